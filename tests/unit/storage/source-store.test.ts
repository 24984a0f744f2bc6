import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  SOURCE_VAULT_KEY,
  createSourceVault,
  deleteSourceVault,
  hasSourceVault,
  passphraseProblem,
  unlockSourceVault,
} from '../../../lib/storage/source-store';
import { PBKDF2_ITERATIONS } from '../../../lib/storage/passphrase-crypto';
import { createSigningKey } from '../../../lib/profile/signing';
import { sampleSource } from '../../helpers/analysis';

const PASS = 'river bank otter lantern';
const FAST = { iterations: 100_000 };

async function stored(): Promise<string> {
  return JSON.stringify((await fakeBrowser.storage.local.get(SOURCE_VAULT_KEY))[SOURCE_VAULT_KEY]);
}

describe('encrypted source store', () => {
  beforeEach(() => fakeBrowser.reset());

  it('keeps the source profile only encrypted: no name, phone or place in what is stored', async () => {
    const source = sampleSource();
    await createSourceVault(PASS, { source }, FAST);
    const text = await stored();
    expect(text.length).toBeGreaterThan(1000);
    for (const p of source.people) {
      expect(text).not.toContain(p.name);
      for (const phone of p.phones) expect(text).not.toContain(phone);
    }
    for (const place of source.places) expect(text).not.toContain(place.name);
    expect(text).not.toContain(source.organisation.name);
  });

  it('opens with the passphrase and gives back the same profile and signing key', async () => {
    const source = sampleSource();
    const signingKey = await createSigningKey();
    await createSourceVault(PASS, { source, signingKey }, FAST);
    const result = await unlockSourceVault(PASS);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.vault.contents.source).toEqual(source);
    expect(result.vault.contents.signingKey).toEqual(signingKey);
  });

  it('uses 600,000 PBKDF2 rounds by default', async () => {
    await createSourceVault(PASS, { source: sampleSource() });
    const record = (await fakeBrowser.storage.local.get(SOURCE_VAULT_KEY))[SOURCE_VAULT_KEY] as { box: { iterations: number; kdf: string } };
    expect(record.box.iterations).toBe(PBKDF2_ITERATIONS);
    expect(record.box.kdf).toBe('PBKDF2-SHA-256');
  });

  it('refuses a wrong passphrase and changes nothing', async () => {
    await createSourceVault(PASS, { source: sampleSource() }, FAST);
    const before = await stored();
    expect(await unlockSourceVault('river bank otter lanterns')).toEqual({ ok: false, reason: 'wrong-passphrase' });
    expect(await stored()).toBe(before);
    expect((await unlockSourceVault(PASS)).ok).toBe(true);
  });

  it('detects a changed byte in the stored ciphertext', async () => {
    await createSourceVault(PASS, { source: sampleSource() }, FAST);
    const record = (await fakeBrowser.storage.local.get(SOURCE_VAULT_KEY))[SOURCE_VAULT_KEY] as { box: { data: string } };
    const data = record.box.data;
    await fakeBrowser.storage.local.set({
      [SOURCE_VAULT_KEY]: { ...record, box: { ...record.box, data: (data[5] === 'A' ? 'B' : 'A') + data.slice(1) } },
    });
    const result = await unlockSourceVault(PASS);
    expect(result.ok).toBe(false);
  });

  it('will not overwrite a stored profile by accident', async () => {
    await createSourceVault(PASS, { source: sampleSource() }, FAST);
    const before = await stored();
    await expect(createSourceVault(PASS, { source: sampleSource() }, FAST)).rejects.toThrow();
    expect(await stored()).toBe(before);
  });

  it('saves changes with a fresh IV, readable with the same passphrase', async () => {
    const vault = await createSourceVault(PASS, { source: sampleSource() }, FAST);
    const before = await stored();
    const next = { ...vault.contents, source: { ...vault.contents.source, people: vault.contents.source.people.slice(1) } };
    await vault.save(next);
    expect(await stored()).not.toBe(before);
    const reopened = await unlockSourceVault(PASS);
    expect(reopened.ok && reopened.vault.contents.source.people.length).toBe(sampleSource().people.length - 1);
  });

  it('changes the passphrase: the old one stops working', async () => {
    const vault = await createSourceVault(PASS, { source: sampleSource() }, FAST);
    await vault.changePassphrase('a brand new passphrase', 100_000);
    expect((await unlockSourceVault(PASS)).ok).toBe(false);
    expect((await unlockSourceVault('a brand new passphrase')).ok).toBe(true);
  });

  it('requires a passphrase of at least 12 characters', async () => {
    expect(passphraseProblem('short')).toBe('too-short');
    expect(passphraseProblem('           a')).toBe('too-short');
    expect(passphraseProblem('twelve chars')).toBeUndefined();
    await expect(createSourceVault('short', { source: sampleSource() }, FAST)).rejects.toThrow();
    expect(await hasSourceVault()).toBe(false);
  });

  it('can be deleted, after which unlocking says there is none', async () => {
    await createSourceVault(PASS, { source: sampleSource() }, FAST);
    await deleteSourceVault();
    expect(await hasSourceVault()).toBe(false);
    expect(await unlockSourceVault(PASS)).toEqual({ ok: false, reason: 'no-vault' });
  });
});
