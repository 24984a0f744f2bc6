// @vitest-environment jsdom
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { MemberView } from '../../../components/options/member-view';
import { policyValues } from '../../../lib/profile/managed-policy';
import { publish } from '../../../lib/profile/publish';
import type { PublishedProfile } from '../../../lib/profile/published.schema';
import { createSigningKey, formatFingerprint, keyFingerprint, writeProfileFile, type SigningKeyPair } from '../../../lib/profile/signing';
import { importProfileFile, loadActiveProfile, readPinnedKey } from '../../../lib/storage/active-profile';
import { loadMemberSettings } from '../../../lib/storage/member-settings';
import { fileFrom, installMessages, message, sample } from './helpers';

let published: PublishedProfile;
let impostor: PublishedProfile;
let orgKey: SigningKeyPair;
let otherKey: SigningKeyPair;

beforeAll(async () => {
  published = await publish(sample(), { now: new Date('2026-11-01T09:00:00Z') });
  impostor = await publish({ ...sample(), rules: { 'register-person': 'off' } }, { now: new Date('2026-11-21T09:00:00Z') });
  orgKey = await createSigningKey();
  otherKey = await createSigningKey();
});

async function storage() {
  return JSON.stringify(await fakeBrowser.storage.local.get(null));
}

async function upload(user: ReturnType<typeof userEvent.setup>, text: string) {
  const inputs = screen.getAllByLabelText(message('member_import_label'));
  await user.upload(inputs.at(-1)!, fileFrom(text, 'riverside.secondlook.json'));
}

describe('the member’s view', { timeout: 30_000 }, () => {
  beforeEach(() => {
    fakeBrowser.reset();
    installMessages();
  });

  it('installs a profile file and shows the organisation, the date and counts, never names', async () => {
    const user = userEvent.setup({ delay: null });
    render(<MemberView />);
    expect(await screen.findByText(message('member_no_profile_generic'))).toBeInTheDocument();
    await upload(user, await writeProfileFile(published, orgKey));
    await screen.findByText(message('member_import_done', published.organisation.name));
    const summary = await screen.findByText(message('member_summary_protects'));
    expect(summary).toBeInTheDocument();
    expect(screen.getByText(String(published.counts.people))).toBeInTheDocument();
    expect(screen.getByText(formatFingerprint(await keyFingerprint(orgKey.publicJwk)))).toBeInTheDocument();
    for (const person of sample().people) expect(document.body.textContent).not.toContain(person.name);
    expect((await loadActiveProfile()).source).toBe('imported');
  });

  it('stops at a file signed by another key: “Don’t install” changes nothing; confirming installs it', async () => {
    const user = userEvent.setup({ delay: null });
    await importProfileFile(await writeProfileFile(published, orgKey));
    render(<MemberView />);
    await user.click(await screen.findByRole('button', { name: message('member_replace') }));
    const before = await storage();

    await upload(user, await writeProfileFile(impostor, otherKey));
    const dialog = await screen.findByRole('dialog', { name: message('member_key_changed_title') });
    expect(within(dialog).getByText(formatFingerprint(await keyFingerprint(orgKey.publicJwk)))).toBeInTheDocument();
    expect(within(dialog).getByText(formatFingerprint(await keyFingerprint(otherKey.publicJwk)))).toBeInTheDocument();
    // The safe choice has focus, so a hurried Enter does not trust the new key.
    expect(within(dialog).getByRole('button', { name: message('member_key_changed_keep') })).toHaveFocus();
    await user.keyboard('{Enter}');
    await screen.findByText(message('member_key_changed_cancelled'));
    expect(screen.getByText(message('member_import_nothing_changed_existing'))).toBeInTheDocument();
    expect(await storage()).toBe(before);

    await upload(user, await writeProfileFile(impostor, otherKey));
    const again = await screen.findByRole('dialog', { name: message('member_key_changed_title') });
    await user.click(within(again).getByRole('button', { name: message('member_key_changed_trust') }));
    await screen.findByText(message('member_import_done_new_key'));
    expect((await readPinnedKey())?.fingerprint).toBe(await keyFingerprint(otherKey.publicJwk));
    expect((await loadActiveProfile()).profile?.publishedAt).toBe(impostor.publishedAt);
  });

  it.each([
    ['truncated', (f: string) => f.slice(0, f.length / 2), 'member_import_truncated'],
    ['tampered', (f: string) => f.replace('\\"block\\"', '\\"off\\"'), 'member_import_tampered'],
  ])('refuses a %s file with a clear message, keeping what was installed', async (_, spoil, key) => {
    const user = userEvent.setup({ delay: null });
    await importProfileFile(await writeProfileFile(published, orgKey));
    render(<MemberView />);
    await user.click(await screen.findByRole('button', { name: message('member_replace') }));
    const before = await storage();
    const file = await writeProfileFile(impostor, orgKey);
    const spoiled = spoil(file);
    expect(spoiled).not.toBe(file);
    await upload(user, spoiled);
    expect(await screen.findByText(message(key))).toBeInTheDocument();
    expect(screen.getByText(message('member_import_nothing_changed_existing'))).toBeInTheDocument();
    expect(await storage()).toBe(before);
  });

  it('asks for the passphrase of a locked file and says when it is wrong', async () => {
    const user = userEvent.setup({ delay: null });
    render(<MemberView />);
    await screen.findByText(message('member_no_profile_generic'));
    await upload(user, await writeProfileFile(published, orgKey, { passphrase: 'lantern quay seven', iterations: 100_000 }));
    const field = await screen.findByLabelText(message('member_passphrase_label'));
    expect(screen.getByText(message('member_passphrase_intro_org', published.organisation.name))).toBeInTheDocument();
    await user.type(field, 'lantern quay six');
    await user.click(screen.getByRole('button', { name: message('member_passphrase_submit') }));
    await waitFor(() => expect(screen.getByLabelText(message('member_passphrase_label'))).toHaveAccessibleDescription(message('member_passphrase_wrong')));
    expect((await loadActiveProfile()).source).toBe('none');
    await user.clear(screen.getByLabelText(message('member_passphrase_label')));
    await user.type(screen.getByLabelText(message('member_passphrase_label')), 'lantern quay seven');
    await user.click(screen.getByRole('button', { name: message('member_passphrase_submit') }));
    await screen.findByText(message('member_import_done', published.organisation.name));
  });

  it('lets the person choose the kind of account this browser is mostly used for', async () => {
    const user = userEvent.setup({ delay: null });
    render(<MemberView />);
    const personal = await screen.findByRole('radio', { name: message('member_account_personal') });
    expect(personal).toBeChecked();
    await user.click(screen.getByRole('radio', { name: message('member_account_organisation') }));
    await waitFor(async () => expect((await loadMemberSettings()).defaultAccount).toBe('organisation'));
  });

  it('shows a managed profile as set by the organisation, with no way to remove it or change the account kind', async () => {
    await fakeBrowser.storage.managed.set(policyValues({ profile: published, defaultAccount: 'organisation' }));
    render(<MemberView />);
    expect(await screen.findByText(message('member_managed_explain'))).toBeInTheDocument();
    expect(screen.getByText(message('member_summary_source_managed'))).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: message('member_remove') })).not.toBeInTheDocument();
    expect(screen.getByRole('radio', { name: message('member_account_organisation') })).toBeDisabled();
    expect(screen.getByRole('radio', { name: message('member_account_organisation') })).toBeChecked();
  });

  it('says when the device policy cannot be read, and keeps what works', async () => {
    await importProfileFile(await writeProfileFile(published, orgKey));
    await fakeBrowser.storage.managed.set({ publishedProfile: '{"format": "second-look/published-profile@1"' });
    render(<MemberView />);
    expect(await screen.findByText(message('member_managed_problem_title'))).toBeInTheDocument();
    expect(screen.getByText(message('member_managed_problem_kept'))).toBeInTheDocument();
    expect(screen.getByText(published.organisation.name)).toBeInTheDocument();
  });

  it('removes an imported profile only after confirmation', async () => {
    const user = userEvent.setup({ delay: null });
    await importProfileFile(await writeProfileFile(published, orgKey));
    render(<MemberView />);
    await user.click(await screen.findByRole('button', { name: message('member_remove') }));
    await user.click(within(screen.getByRole('dialog')).getByRole('button', { name: message('member_remove_keep') }));
    expect((await loadActiveProfile()).source).toBe('imported');
    await user.click(screen.getByRole('button', { name: message('member_remove') }));
    await user.click(within(screen.getByRole('dialog')).getByRole('button', { name: message('member_remove_confirm') }));
    await screen.findByText(message('member_removed'));
    expect((await loadActiveProfile()).source).toBe('none');
  });
});
