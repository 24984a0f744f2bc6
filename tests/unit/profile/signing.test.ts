import { beforeAll, describe, expect, it } from 'vitest';
import { publish } from '../../../lib/profile/publish';
import type { PublishedProfile } from '../../../lib/profile/published.schema';
import {
  PROFILE_FILE_FORMAT,
  createSigningKey,
  formatFingerprint,
  keyFingerprint,
  readProfileFile,
  writeProfileFile,
  type SigningKeyPair,
} from '../../../lib/profile/signing';
import { PBKDF2_ITERATIONS } from '../../../lib/storage/passphrase-crypto';
import { sampleSource } from '../../helpers/analysis';

let published: PublishedProfile;
let key: SigningKeyPair;
let other: SigningKeyPair;
let file: string;

beforeAll(async () => {
  published = await publish(sampleSource(), { now: new Date('2026-11-22T09:00:00Z') });
  key = await createSigningKey();
  other = await createSigningKey();
  file = await writeProfileFile(published, key);
});

function edit(text: string, change: (envelope: Record<string, unknown>) => void): string {
  const envelope = JSON.parse(text) as Record<string, unknown>;
  change(envelope);
  return JSON.stringify(envelope);
}

describe('profile file signing', () => {
  it('reads back exactly the profile that was signed, with the signing key’s fingerprint', async () => {
    const read = await readProfileFile(file);
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.profile).toEqual(published);
    expect(read.fingerprint).toBe(await keyFingerprint(key.publicJwk));
    expect(read.protected).toBe(false);
  });

  it('holds no register name, phone number or email in plain text', () => {
    const source = sampleSource();
    for (const person of source.people) {
      expect(file).not.toContain(person.name);
      for (const phone of person.phones) expect(file).not.toContain(phone);
      for (const email of person.emails) expect(file).not.toContain(email);
    }
    for (const place of source.places) expect(file).not.toContain(place.name);
  });

  it('refuses a file whose body was changed after signing', async () => {
    const tampered = edit(file, (e) => {
      e.body = (e.body as string).replace('"block"', '"off"');
    });
    expect(tampered).not.toBe(file);
    expect(await readProfileFile(tampered)).toMatchObject({ ok: false, problem: 'tampered' });
  });

  it('refuses a file whose rule settings were switched off by hand, even one character', async () => {
    const body = JSON.parse(file).body as string;
    const i = body.indexOf('"register-person":"block"');
    expect(i).toBeGreaterThan(0);
    const tampered = edit(file, (e) => {
      e.body = body.slice(0, i) + '"register-person":"warn" ' + body.slice(i + '"register-person":"block"'.length);
    });
    expect(await readProfileFile(tampered)).toMatchObject({ ok: false, problem: 'tampered' });
  });

  it('refuses a changed signature and a swapped public key', async () => {
    const sig = edit(file, (e) => {
      const s = e.signature as string;
      e.signature = (s[0] === 'A' ? 'B' : 'A') + s.slice(1);
    });
    expect(await readProfileFile(sig)).toMatchObject({ ok: false, problem: 'tampered' });
    const swapped = edit(file, (e) => {
      e.publicKey = other.publicJwk;
    });
    expect(await readProfileFile(swapped)).toMatchObject({ ok: false, problem: 'tampered' });
  });

  it('says a truncated file is incomplete', async () => {
    expect(await readProfileFile(file.slice(0, Math.floor(file.length / 2)))).toEqual({ ok: false, problem: 'truncated' });
    expect(await readProfileFile(file.slice(0, 10))).toEqual({ ok: false, problem: 'truncated' });
  });

  it('tells apart other files: not a profile, the source profile, an unsigned published profile, a newer format', async () => {
    expect(await readProfileFile('name,phone\nA,1')).toEqual({ ok: false, problem: 'not-a-profile-file' });
    expect(await readProfileFile('{"hello":1}')).toEqual({ ok: false, problem: 'not-a-profile-file' });
    expect(await readProfileFile(JSON.stringify(sampleSource()))).toEqual({ ok: false, problem: 'source-profile' });
    expect(await readProfileFile(JSON.stringify(published))).toEqual({ ok: false, problem: 'unsigned' });
    expect(await readProfileFile(edit(file, (e) => (e.format = 'second-look/profile-file@2')))).toEqual({ ok: false, problem: 'newer-format' });
  });

  it('verifies a file another key signed (pinning, not the signature, decides whether to trust it)', async () => {
    const forged = await writeProfileFile(published, other);
    const read = await readProfileFile(forged);
    expect(read.ok).toBe(true);
    if (read.ok) expect(read.fingerprint).not.toBe(await keyFingerprint(key.publicJwk));
  });

  describe('with a passphrase', () => {
    let locked: string;
    beforeAll(async () => {
      locked = await writeProfileFile(published, key, { passphrase: 'correct horse battery staple' });
    });

    it('asks for the passphrase, naming the organisation, before anything else', async () => {
      expect(await readProfileFile(locked)).toEqual({ ok: false, problem: 'needs-passphrase', organisation: published.organisation.name });
    });

    it('says a wrong passphrase is wrong and gives nothing', async () => {
      const read = await readProfileFile(locked, { passphrase: 'correct horse battery stapler' });
      expect(read).toMatchObject({ ok: false, problem: 'wrong-passphrase' });
      expect(read).not.toHaveProperty('profile');
    });

    it('opens with the right passphrase', async () => {
      const read = await readProfileFile(locked, { passphrase: 'correct horse battery staple' });
      expect(read.ok && read.protected).toBe(true);
      if (read.ok) expect(read.profile).toEqual(published);
    });

    it('hides the register key and the policy and uses at least 600,000 PBKDF2 rounds', () => {
      expect(locked).not.toContain(published.register.key);
      expect(locked).not.toContain('register-person');
      const body = JSON.parse(JSON.parse(locked).body);
      expect(body.sealed.iterations).toBeGreaterThanOrEqual(PBKDF2_ITERATIONS);
      expect(PBKDF2_ITERATIONS).toBeGreaterThanOrEqual(600_000);
      expect(body.sealed.kdf).toBe('PBKDF2-SHA-256');
      expect(body.sealed.cipher).toBe('AES-256-GCM');
    });

    it('catches a changed ciphertext through the signature, before asking for a passphrase', async () => {
      const tampered = edit(locked, (e) => {
        const body = JSON.parse(e.body as string);
        body.sealed.data = (body.sealed.data[0] === 'A' ? 'B' : 'A') + body.sealed.data.slice(1);
        e.body = JSON.stringify(body);
      });
      expect(await readProfileFile(tampered)).toMatchObject({ ok: false, problem: 'tampered' });
      expect(await readProfileFile(tampered, { passphrase: 'correct horse battery staple' })).toMatchObject({ ok: false, problem: 'tampered' });
    });
  });

  it('formats a fingerprint as five groups of four characters', async () => {
    const formatted = formatFingerprint(await keyFingerprint(key.publicJwk));
    expect(formatted).toMatch(/^[0-9A-F]{4}( [0-9A-F]{4}){4}$/);
  });

  it('gives the same fingerprint for the same key whatever extra JWK fields it carries', async () => {
    const fp = await keyFingerprint(key.publicJwk);
    expect(await keyFingerprint({ ...key.publicJwk })).toBe(fp);
    expect(fp).not.toBe(await keyFingerprint(other.publicJwk));
  });

  it('writes the documented envelope', () => {
    const envelope = JSON.parse(file);
    expect(envelope.format).toBe(PROFILE_FILE_FORMAT);
    expect(Object.keys(envelope.publicKey).sort()).toEqual(['crv', 'kty', 'x', 'y']);
    expect(envelope.publicKey).not.toHaveProperty('d');
  });
});
