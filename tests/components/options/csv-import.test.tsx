// @vitest-environment jsdom
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { OptionsApp } from '../../../components/options/options-app';
import { CSV_ROW_LIMIT } from '../../../lib/profile/csv';
import { SOURCE_VAULT_KEY, createSourceVault, unlockSourceVault } from '../../../lib/storage/source-store';
import { fileFrom, installMessages, message, sample } from './helpers';

const PASS = 'willow kettle harbour nine';
const FAST = 100_000;

async function openImport() {
  const user = userEvent.setup({ delay: null });
  await createSourceVault(PASS, { source: sample() }, { iterations: FAST });
  location.hash = '#manager/people';
  render(<OptionsApp iterations={FAST} />);
  await user.type(await screen.findByLabelText(message('options_passphrase')), PASS);
  await user.click(screen.getByRole('button', { name: message('options_unlock_submit') }));
  await user.click(await screen.findByRole('button', { name: message('options_people_import') }));
  const dialog = screen.getByRole('dialog', { name: message('options_csv_title') });
  return { user, dialog };
}

async function storedPeople() {
  const result = await unlockSourceVault(PASS);
  if (!result.ok) throw new Error('vault did not open');
  return result.vault.contents.source.people;
}

const GOOD_AND_BAD = [
  'Full name,Date of birth,Mobile,Email,Family,Type',
  'Noor Rahimi,14/07/2015,07700 900301,,h-20,child',
  '"=HYPERLINK(""http://evil.example"",""Click me"")",,,,,',
  'Sara Rahimi,1989-02-30,07700 900302,sara@mail.example,h-20,client',
  'Omid Rahimi,,07700 900303,omid@,h-20,family',
  'Leyla Aydin,,07700 900304,leyla@mail.example,,client',
].join('\r\n');

describe('importing people from a CSV file', { timeout: 30_000 }, () => {
  beforeEach(() => {
    fakeBrowser.reset();
    installMessages();
  });

  it('maps columns, reports every bad row with its line and reason, and imports only the good ones when confirmed', async () => {
    const { user, dialog } = await openImport();
    const before = (await storedPeople()).length;
    await user.upload(within(dialog).getByLabelText(message('options_csv_file_label')), fileFrom(GOOD_AND_BAD, 'register.csv', 'text/csv'));

    // Step 2: the guessed mapping, which the manager can change.
    const nameSelect = await within(dialog).findByLabelText(new RegExp(`^${message('options_csv_field_name')}`));
    expect((nameSelect as HTMLSelectElement).selectedOptions[0]!.textContent).toBe('Full name');
    expect((within(dialog).getByLabelText(message('options_csv_field_birthDate')) as HTMLSelectElement).selectedOptions[0]!.textContent).toBe('Date of birth');
    expect((within(dialog).getByLabelText(message('options_csv_field_household')) as HTMLSelectElement).selectedOptions[0]!.textContent).toBe('Family');
    await user.click(within(dialog).getByRole('button', { name: message('options_csv_check') }));

    // Step 3: the report. Nothing is stored yet.
    await within(dialog).findByText(message('options_csv_report_ready', '2'));
    expect(within(dialog).getByText(message('options_csv_report_bad', '3'))).toBeInTheDocument();
    expect((await storedPeople()).length).toBe(before);
    const report = within(dialog).getByRole('table', { name: message('options_csv_report_caption', '3') });
    const rows = within(report).getAllByRole('row').slice(1);
    expect(rows.map((r) => within(r).getByRole('rowheader').textContent)).toEqual(['3', '4', '5']);
    expect(rows[0]).toHaveTextContent(message('options_csv_row_formula', message('options_csv_field_name')));
    expect(rows[1]).toHaveTextContent(message('options_csv_row_date', message('options_csv_field_birthDate')));
    expect(rows[2]).toHaveTextContent(message('options_csv_field_emails'));

    await user.click(
      within(dialog).getByRole('button', { name: message('options_csv_confirm_some', [message('options_count_people', '2'), message('options_count_rows', '3')]) }),
    );
    await screen.findByText(message('options_csv_imported', '2'));
    const after = await storedPeople();
    expect(after.length).toBe(before + 2);
    expect(after.find((p) => p.name === 'Noor Rahimi')).toMatchObject({ kind: 'child', birthDate: '2015-07-14', household: 'h-20' });
    expect(after.some((p) => p.name.includes('HYPERLINK'))).toBe(false);
  });

  it('lets the manager fix the mapping when the name column is not recognised', async () => {
    const { user, dialog } = await openImport();
    await user.upload(within(dialog).getByLabelText(message('options_csv_file_label')), fileFrom('Client,Tel\nAmal Nasser,07700 900401\n', 'x.csv', 'text/csv'));
    await user.click(await within(dialog).findByRole('button', { name: message('options_csv_check') }));
    expect(within(dialog).getByText(message('options_csv_map_missing', message('options_csv_field_name')))).toBeInTheDocument();
    await user.selectOptions(within(dialog).getByLabelText(new RegExp(`^${message('options_csv_field_name')}`)), 'Client');
    await user.click(within(dialog).getByRole('button', { name: message('options_csv_check') }));
    expect(await within(dialog).findByRole('button', { name: message('options_csv_confirm', message('options_count_people_one', '1')) })).toBeEnabled();
  });

  it.each([
    [
      '50,000 rows',
      () => fileFrom(['Name', ...Array.from({ length: 50_000 }, (_, i) => `Person ${i}`)].join('\n'), 'big.csv', 'text/csv'),
      () => message('options_csv_problem_too_many_rows', ['50,000', new Intl.NumberFormat('en-GB').format(CSV_ROW_LIMIT)]),
    ],
    ['a Windows-1252 file', () => fileFrom(new Uint8Array([0x4e, 0x61, 0x6d, 0x65, 0x0a, 0x5a, 0x6f, 0xeb, 0x0a]), 'latin.csv', 'text/csv'), () => message('options_csv_problem_encoding')],
    ['an Excel workbook renamed .csv', () => fileFrom(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0, 0]), 'book.csv'), () => message('options_csv_problem_spreadsheet')],
  ])('refuses %s with a clear message and changes nothing', async (_, file, text) => {
    const { user, dialog } = await openImport();
    const before = JSON.stringify(await fakeBrowser.storage.local.get(SOURCE_VAULT_KEY));
    await user.upload(within(dialog).getByLabelText(message('options_csv_file_label')), file());
    expect(await within(dialog).findByText(text())).toBeInTheDocument();
    expect(within(dialog).getByText(message('options_csv_nothing_changed'))).toBeInTheDocument();
    expect(JSON.stringify(await fakeBrowser.storage.local.get(SOURCE_VAULT_KEY))).toBe(before);
  });

  it('takes a file dropped on the box, as well as one chosen', async () => {
    const { dialog } = await openImport();
    const zone = within(dialog).getByLabelText(message('options_csv_file_label')).closest('.sl-drop')!;
    fireEvent.drop(zone, { dataTransfer: { files: [fileFrom(new Uint8Array([0x50, 0x4b, 0x03, 0x04]), 'book.xlsx')] } });
    expect(await within(dialog).findByText(message('options_csv_problem_spreadsheet'))).toBeInTheDocument();
  });

  it('imports nothing when the manager cancels at the report', async () => {
    const { user, dialog } = await openImport();
    const before = JSON.stringify(await fakeBrowser.storage.local.get(SOURCE_VAULT_KEY));
    await user.upload(within(dialog).getByLabelText(message('options_csv_file_label')), fileFrom(GOOD_AND_BAD, 'register.csv', 'text/csv'));
    await user.click(await within(dialog).findByRole('button', { name: message('options_csv_check') }));
    await user.click(await within(dialog).findByRole('button', { name: message('options_csv_cancel_import') }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(JSON.stringify(await fakeBrowser.storage.local.get(SOURCE_VAULT_KEY))).toBe(before);
  });
});
