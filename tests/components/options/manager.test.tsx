// @vitest-environment jsdom
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { OptionsApp } from '../../../components/options/options-app';
import { SOURCE_VAULT_KEY, createSourceVault, hasSourceVault, unlockSourceVault } from '../../../lib/storage/source-store';
import { fileFrom, installMessages, message, sample } from './helpers';

const PASS = 'willow kettle harbour nine';
const FAST = 100_000;

async function openEditor(user = userEvent.setup({ delay: null })) {
  await createSourceVault(PASS, { source: sample() }, { iterations: FAST });
  location.hash = '#manager';
  render(<OptionsApp iterations={FAST} />);
  await user.type(await screen.findByLabelText(message('options_passphrase')), PASS);
  await user.click(screen.getByRole('button', { name: message('options_unlock_submit') }));
  await screen.findByRole('tablist', { name: message('options_tabs_label') });
  return user;
}

async function storedSource() {
  const result = await unlockSourceVault(PASS);
  if (!result.ok) throw new Error('vault did not open');
  return result.vault.contents.source;
}

describe('the manager’s options page', { timeout: 30_000 }, () => {
  beforeEach(() => {
    fakeBrowser.reset();
    installMessages();
    location.hash = '';
  });

  it('sets up a new profile only with a long, repeated passphrase and the warning acknowledged', async () => {
    const user = userEvent.setup({ delay: null });
    location.hash = '#manager';
    render(<OptionsApp iterations={FAST} />);
    await user.type(await screen.findByLabelText(new RegExp(message('options_org_name'))), 'Harbour Women’s Aid');
    await user.type(screen.getByLabelText(new RegExp(`^${message('options_passphrase_new')}`)), 'too short');
    await user.type(screen.getByLabelText(new RegExp(`^${message('options_passphrase_again')}`)), 'too short');
    await user.click(screen.getByRole('button', { name: message('options_setup_submit') }));
    expect(await screen.findByText(message('options_passphrase_too_short', '12'))).toBeInTheDocument();
    expect(screen.getByText(message('options_setup_understood_missing'))).toBeInTheDocument();
    expect(screen.getByText(message('options_forget_warning'))).toBeInTheDocument();
    expect(await hasSourceVault()).toBe(false);

    await user.clear(screen.getByLabelText(new RegExp(`^${message('options_passphrase_new')}`)));
    await user.type(screen.getByLabelText(new RegExp(`^${message('options_passphrase_new')}`)), PASS);
    await user.clear(screen.getByLabelText(new RegExp(`^${message('options_passphrase_again')}`)));
    await user.type(screen.getByLabelText(new RegExp(`^${message('options_passphrase_again')}`)), PASS);
    await user.click(screen.getByLabelText(message('options_setup_understood')));
    await user.click(screen.getByRole('button', { name: message('options_setup_submit') }));
    await screen.findByRole('tablist');
    expect((await storedSource()).organisation.name).toBe('Harbour Women’s Aid');
  });

  it('lists what is wrong with a broken source profile file, field by field, and stores nothing', async () => {
    const user = userEvent.setup({ delay: null });
    location.hash = '#manager';
    render(<OptionsApp iterations={FAST} />);
    await user.click(await screen.findByRole('radio', { name: message('options_setup_start_file') }));
    const broken = { ...sample(), people: [{ ...sample().people[0], birthDate: '1988-02-30', emails: ['nope'] }] };
    await user.upload(screen.getByLabelText(message('options_setup_file_label')), fileFrom(JSON.stringify(broken), 'source.json'));
    const problems = await screen.findByText(message('options_setup_file_problems'));
    const notice = problems.closest('.sl-notice')!;
    expect(notice).toHaveTextContent('people[0].birthDate');
    expect(notice).toHaveTextContent('people[0].emails[0]');
    // The reasons name fields, never the values in them.
    expect(notice.textContent).not.toContain(sample().people[0]!.name);

    await user.upload(screen.getByLabelText(message('options_setup_file_label')), fileFrom('{"format":"second-look/org-profile@1","organisation":', 'cut.json'));
    expect(await screen.findByText(/not a complete JSON file/)).toBeInTheDocument();
    expect(await hasSourceVault()).toBe(false);
  });

  it('says plainly when the passphrase is wrong, and changes nothing', async () => {
    const user = userEvent.setup({ delay: null });
    await createSourceVault(PASS, { source: sample() }, { iterations: FAST });
    const before = JSON.stringify(await fakeBrowser.storage.local.get(SOURCE_VAULT_KEY));
    location.hash = '#manager';
    render(<OptionsApp iterations={FAST} />);
    await user.type(await screen.findByLabelText(message('options_passphrase')), 'willow kettle harbour ten');
    await user.click(screen.getByRole('button', { name: message('options_unlock_submit') }));
    const field = screen.getByLabelText(message('options_passphrase'));
    await waitFor(() => expect(field).toHaveAccessibleDescription(message('options_unlock_wrong')));
    expect(field).toHaveAttribute('aria-invalid', 'true');
    expect(screen.queryByRole('tablist')).not.toBeInTheDocument();
    expect(JSON.stringify(await fakeBrowser.storage.local.get(SOURCE_VAULT_KEY))).toBe(before);
    // The register never appears before unlocking.
    expect(document.body.textContent).not.toContain(sample().people[0]!.name);
  });

  it('explains what forgetting the passphrase means, and deletes only after confirmation', async () => {
    const user = userEvent.setup({ delay: null });
    await createSourceVault(PASS, { source: sample() }, { iterations: FAST });
    location.hash = '#manager';
    render(<OptionsApp iterations={FAST} />);
    await user.click(await screen.findByRole('button', { name: message('options_unlock_forgot') }));
    const dialog = screen.getByRole('dialog', { name: message('options_forgot_title') });
    expect(within(dialog).getByText(message('options_forgot_body_2'))).toBeInTheDocument();
    expect(within(dialog).getByRole('button', { name: message('options_forgot_delete') })).toBeDisabled();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(await hasSourceVault()).toBe(true);
  });

  it('checks the organisation form field by field and saves it encrypted once it is right', async () => {
    const user = await openEditor();
    const email = screen.getByLabelText(message('options_lead_email'));
    await user.clear(email);
    await user.type(email, 'not an email');
    const name = screen.getByLabelText(new RegExp(`^${message('options_org_name')}`));
    await user.clear(name);
    await user.click(screen.getByRole('button', { name: message('options_org_save') }));
    expect(await screen.findByText(message('options_form_invalid'))).toBeInTheDocument();
    expect(email).toHaveAttribute('aria-invalid', 'true');
    expect(email).toHaveAccessibleDescription(expect.stringMatching(/email address/));
    expect(name).toHaveAttribute('aria-invalid', 'true');
    expect((await storedSource()).organisation.name).toBe(sample().organisation.name);

    await user.type(name, 'Riverside Refugee & Migrant Support');
    await user.clear(email);
    await user.type(email, 'lead@riverside.example');
    await user.click(screen.getByRole('button', { name: message('options_org_save') }));
    await screen.findByText(message('options_saved'));
    const saved = await storedSource();
    expect(saved.organisation.name).toBe('Riverside Refugee & Migrant Support');
    expect(saved.organisation.safeguardingLead?.email).toBe('lead@riverside.example');
  });

  it('shows the register grouped by household with children marked, searches it, adds and removes people', async () => {
    const user = await openEditor();
    await user.click(screen.getByRole('tab', { name: message('options_tab_people') }));
    const people = sample().people;
    const table = await screen.findByRole('table');
    const household = people.find((p) => p.household)!.household!;
    const members = people.filter((p) => p.household === household);
    const count = message(members.length === 1 ? 'options_count_people_one' : 'options_count_people', String(members.length));
    expect(within(table).getByRole('rowheader', { name: message('options_people_household', [household, count]) })).toBeInTheDocument();
    const childCount = screen.getAllByText(message('options_people_child_tag')).length;
    expect(childCount).toBeGreaterThan(0);

    await user.type(screen.getByRole('searchbox', { name: message('options_people_search') }), people[0]!.name);
    expect(within(screen.getByRole('table')).getAllByRole('row').filter((r) => r.textContent?.includes(people[0]!.name))).toHaveLength(1);
    expect(screen.queryByText(people.at(-1)!.name)).not.toBeInTheDocument();
    await user.clear(screen.getByRole('searchbox'));

    await user.click(screen.getByRole('button', { name: message('options_people_add') }));
    const dialog = screen.getByRole('dialog', { name: message('options_person_add_title') });
    await user.type(within(dialog).getByLabelText(new RegExp(`^${message('options_person_name')}`)), 'Lina Haddad');
    await user.click(within(dialog).getByLabelText(message('options_kind_child')));
    await user.type(within(dialog).getByLabelText(message('options_person_phones')), '0770');
    await user.click(within(dialog).getByRole('button', { name: message('options_person_add') }));
    expect(within(dialog).getByLabelText(message('options_person_phones'))).toHaveAttribute('aria-invalid', 'true');
    await user.clear(within(dialog).getByLabelText(message('options_person_phones')));
    await user.type(within(dialog).getByLabelText(message('options_person_phones')), '07700 900555');
    await user.click(within(dialog).getByRole('button', { name: message('options_person_add') }));
    await screen.findByText(message('options_person_added', 'Lina Haddad'));
    expect((await storedSource()).people.find((p) => p.name === 'Lina Haddad')).toMatchObject({ kind: 'child', phones: ['07700 900555'] });
    expect(screen.getAllByText(message('options_people_child_tag'))).toHaveLength(childCount + 1);

    await user.click(screen.getByRole('button', { name: message('options_remove_named', 'Lina Haddad') }));
    const confirm = screen.getByRole('dialog', { name: message('options_person_remove_title') });
    expect(within(confirm).getByRole('button', { name: message('options_keep') })).toHaveFocus();
    await user.click(within(confirm).getByRole('button', { name: message('options_remove') }));
    await screen.findByText(message('options_person_removed', 'Lina Haddad'));
    expect((await storedSource()).people.some((p) => p.name === 'Lina Haddad')).toBe(false);
  });

  it('sets a rule to block, warn or off, saves it, and warns before a serious rule is turned off', async () => {
    const user = await openEditor();
    await user.click(screen.getByRole('tab', { name: message('options_tab_rules') }));
    const group = screen.getByRole('group', { name: message('options_rules_setting_for', message('options_rule_minor_contact_name')) });
    expect(within(group).getByRole('radio', { name: message('options_setting_default', message('options_setting_block')) })).toBeChecked();
    const section = group.closest('section')!;
    expect(within(section).getByText(message('options_rule_minor_contact_source'))).toBeInTheDocument();

    await user.click(within(group).getByRole('radio', { name: message('options_setting_off') }));
    await screen.findByText(message('options_rules_saved', message('options_rule_minor_contact_name')));
    expect(within(section).getByText(message('options_rules_off_warning'))).toBeInTheDocument();
    expect((await storedSource()).rules['minor-contact']).toBe('off');

    await user.click(within(group).getByRole('radio', { name: message('options_setting_default', message('options_setting_block')) }));
    await waitFor(async () => expect((await storedSource()).rules['minor-contact']).toBeUndefined());
  });

  it('moves between tabs with the arrow keys', async () => {
    const user = await openEditor();
    const first = screen.getByRole('tab', { name: message('options_tab_organisation') });
    first.focus();
    await user.keyboard('{ArrowRight}');
    expect(screen.getByRole('tab', { name: message('options_tab_people') })).toHaveFocus();
    expect(screen.getByRole('tab', { name: message('options_tab_people') })).toHaveAttribute('aria-selected', 'true');
    await user.keyboard('{End}');
    expect(screen.getByRole('tab', { name: message('options_tab_publish') })).toHaveFocus();
  });

  it('tries a draft as a volunteer would see it: flagged, explained, without repeating the register', async () => {
    const user = await openEditor();
    await user.click(screen.getByRole('tab', { name: message('options_tab_try') }));
    const person = sample().people[0]!;
    await user.type(screen.getByLabelText(message('options_try_draft')), `Lovely to see ${person.name} at the drop-in today`);
    const item = await screen.findByText(message('options_rule_register_person_name'), {}, { timeout: 20_000 });
    const finding = item.closest('li')!;
    expect(within(finding).getByText(message('options_try_blocks'))).toBeInTheDocument();
    // The explanation is the published profile's: it speaks of the register, not of the person.
    const explanation = finding.querySelectorAll('p')[1]!.textContent!;
    expect(explanation).not.toContain(person.name);
    expect(explanation.length).toBeGreaterThan(20);
  });
});
