import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { publish } from '../../../lib/profile/publish';
import type { PublishedProfile } from '../../../lib/profile/published.schema';
import { createSigningKey, keyFingerprint, writeProfileFile, type SigningKeyPair } from '../../../lib/profile/signing';
import { policyValues } from '../../../lib/profile/managed-policy';
import {
  STORAGE_KEYS,
  describeManagedProblem,
  importProfileFile,
  installOwnProfile,
  loadActiveProfile,
  readImportedMeta,
  readPinnedKey,
  removeImportedProfile,
  watchActiveProfile,
} from '../../../lib/storage/active-profile';
import { sampleSource, createSource } from '../../helpers/analysis';

let published: PublishedProfile;
let newer: PublishedProfile;
let other: PublishedProfile;
let orgKey: SigningKeyPair;
let strangerKey: SigningKeyPair;

beforeAll(async () => {
  published = await publish(sampleSource(), { now: new Date('2026-11-01T09:00:00Z') });
  newer = await publish(sampleSource(), { now: new Date('2026-11-20T09:00:00Z') });
  other = await publish(createSource(), { now: new Date('2026-11-21T09:00:00Z') });
  orgKey = await createSigningKey();
  strangerKey = await createSigningKey();
});

async function snapshot() {
  return JSON.stringify(await fakeBrowser.storage.local.get(null));
}

describe('importing a profile file', () => {
  beforeEach(() => fakeBrowser.reset());

  it('installs a good file and pins the key that signed it', async () => {
    const result = await importProfileFile(await writeProfileFile(published, orgKey));
    expect(result).toMatchObject({ ok: true, firstKey: true, replacedKey: false });
    const active = await loadActiveProfile();
    expect(active.source).toBe('imported');
    expect(active.profile?.publishedAt).toBe(published.publishedAt);
    const pin = await readPinnedKey();
    expect(pin?.fingerprint).toBe(await keyFingerprint(orgKey.publicJwk));
    expect(pin?.organisation).toBe(published.organisation.name);
    expect((await readImportedMeta())?.fingerprint).toBe(pin?.fingerprint);
  });

  it('accepts a newer file from the same key without asking', async () => {
    await importProfileFile(await writeProfileFile(published, orgKey));
    const result = await importProfileFile(await writeProfileFile(newer, orgKey));
    expect(result).toMatchObject({ ok: true, firstKey: false, replacedKey: false });
    expect((await loadActiveProfile()).profile?.publishedAt).toBe(newer.publishedAt);
  });

  it('refuses a file signed by another key until the person confirms, changing nothing meanwhile', async () => {
    await importProfileFile(await writeProfileFile(published, orgKey));
    const before = await snapshot();
    const forged = await writeProfileFile(other, strangerKey);

    const refused = await importProfileFile(forged);
    expect(refused).toMatchObject({
      ok: false,
      problem: 'key-changed',
      pinned: { fingerprint: await keyFingerprint(orgKey.publicJwk), organisation: published.organisation.name },
      offered: { fingerprint: await keyFingerprint(strangerKey.publicJwk), organisation: other.organisation.name },
    });
    expect(await snapshot()).toBe(before);

    const accepted = await importProfileFile(forged, { trustNewKey: true });
    expect(accepted).toMatchObject({ ok: true, replacedKey: true });
    expect((await readPinnedKey())?.fingerprint).toBe(await keyFingerprint(strangerKey.publicJwk));
    expect((await loadActiveProfile()).profile?.organisation.name).toBe(other.organisation.name);
  });

  it.each([
    ['a truncated file', (f: string) => f.slice(0, f.length - 40), 'truncated'],
    ['a tampered file', (f: string) => f.replace('"block', '"warn'), 'tampered'],
    ['not a profile', () => 'id,name\n1,Someone', 'not-a-profile-file'],
  ])('leaves the installed profile and pin untouched for %s', async (_, spoil, problem) => {
    await importProfileFile(await writeProfileFile(published, orgKey));
    const before = await snapshot();
    const result = await importProfileFile(spoil(await writeProfileFile(newer, orgKey)));
    expect(result).toMatchObject({ ok: false, problem });
    expect(await snapshot()).toBe(before);
  });

  it('leaves everything untouched for a wrong passphrase, and installs with the right one', async () => {
    await importProfileFile(await writeProfileFile(published, orgKey));
    const before = await snapshot();
    const locked = await writeProfileFile(newer, orgKey, { passphrase: 'harbour light seven', iterations: 100_000 });
    expect(await importProfileFile(locked)).toMatchObject({ ok: false, problem: 'needs-passphrase' });
    expect(await importProfileFile(locked, { passphrase: 'harbour light 7' })).toMatchObject({ ok: false, problem: 'wrong-passphrase' });
    expect(await snapshot()).toBe(before);
    expect(await importProfileFile(locked, { passphrase: 'harbour light seven' })).toMatchObject({ ok: true });
    expect((await readImportedMeta())?.protected).toBe(true);
  });

  it('removes the imported profile but keeps the pinned key', async () => {
    await importProfileFile(await writeProfileFile(published, orgKey));
    await removeImportedProfile();
    expect(await loadActiveProfile()).toEqual({ profile: undefined, source: 'none' });
    expect(await readPinnedKey()).toBeDefined();
    expect(await importProfileFile(await writeProfileFile(other, strangerKey))).toMatchObject({ problem: 'key-changed' });
  });

  it('installs the manager’s own publish on the same browser and pins the organisation key', async () => {
    await installOwnProfile(published, orgKey.publicJwk);
    expect((await loadActiveProfile()).source).toBe('imported');
    expect(await importProfileFile(await writeProfileFile(newer, orgKey))).toMatchObject({ ok: true, replacedKey: false });
  });
});

describe('managed profile (organisation devices)', () => {
  beforeEach(() => fakeBrowser.reset());

  it('wins over an imported profile', async () => {
    await importProfileFile(await writeProfileFile(other, orgKey));
    await fakeBrowser.storage.managed.set(policyValues({ profile: published }));
    const active = await loadActiveProfile();
    expect(active.source).toBe('managed');
    expect(active.profile?.publishedAt).toBe(published.publishedAt);
    expect(active.managedProblem).toBeUndefined();
  });

  it('keeps the last good managed profile when the policy becomes invalid, and says so', async () => {
    await fakeBrowser.storage.managed.set(policyValues({ profile: published }));
    await loadActiveProfile();
    await fakeBrowser.storage.managed.set({ [STORAGE_KEYS.managedProfile]: '{"format":"second-look/published-profile@1","publishedAt":' });
    const active = await loadActiveProfile();
    expect(active).toMatchObject({ source: 'managed', managedProblem: 'invalid' });
    expect(active.profile?.publishedAt).toBe(published.publishedAt);
    expect(await describeManagedProblem()).toEqual([expect.objectContaining({ path: STORAGE_KEYS.managedProfile })]);
  });

  it('falls back to the imported profile when a first managed policy fails the schema', async () => {
    await importProfileFile(await writeProfileFile(other, orgKey));
    await fakeBrowser.storage.managed.set({ [STORAGE_KEYS.managedProfile]: JSON.stringify({ ...published, rules: 'all off' }) });
    const active = await loadActiveProfile();
    expect(active).toMatchObject({ source: 'imported', managedProblem: 'invalid' });
    expect(active.profile?.organisation.name).toBe(other.organisation.name);
    const problems = await describeManagedProblem();
    expect(problems?.[0]?.path).toBe('rules');
    // Problems name fields, never the values in them.
    expect(JSON.stringify(problems)).not.toContain('all off');
  });

  it('drops the managed profile when IT removes the policy', async () => {
    await fakeBrowser.storage.managed.set(policyValues({ profile: published }));
    await loadActiveProfile();
    await fakeBrowser.storage.managed.remove(STORAGE_KEYS.managedProfile);
    expect(await loadActiveProfile()).toEqual({ profile: undefined, source: 'none' });
  });

  it('applies a change to the policy live, without a restart', async () => {
    const seen = vi.fn();
    const stop = watchActiveProfile(seen);
    await fakeBrowser.storage.managed.set(policyValues({ profile: published }));
    await vi.waitFor(() => expect(seen).toHaveBeenCalledWith(expect.objectContaining({ source: 'managed' })));
    await fakeBrowser.storage.managed.set(policyValues({ profile: newer }));
    await vi.waitFor(() =>
      expect(seen).toHaveBeenLastCalledWith(expect.objectContaining({ profile: expect.objectContaining({ publishedAt: newer.publishedAt }) })),
    );
    stop();
  });
});
