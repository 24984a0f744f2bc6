import { beforeAll, describe, expect, it } from 'vitest';
import { createTagger, createWebCryptoTagger, fromBase64, toBase64 } from '../../../lib/analyser/register/keyed-hash';
import { nameKey } from '../../../lib/analyser/text/normalise';
import { publish } from '../../../lib/profile/publish';
import { publishedProfileSchema, type PublishedProfile } from '../../../lib/profile/published.schema';
import type { SourceProfile } from '../../../lib/profile/source.schema';
import { sampleSource } from '../../helpers/analysis';

let source: SourceProfile;
let published: PublishedProfile;
let serialised: string;
beforeAll(async () => {
  source = sampleSource();
  published = await publish(source, { now: new Date('2026-11-22T09:00:00Z') });
  serialised = JSON.stringify(published);
});

/** Every form of a secret a reader of the file might search for. */
function forms(secret: string): string[] {
  const plain = secret.trim();
  const digits = plain.replace(/\D/g, '');
  return [
    plain,
    plain.toLowerCase(),
    plain.toUpperCase(),
    plain.normalize('NFD').replace(/\p{M}/gu, ''),
    nameKey(plain),
    plain.replace(/[\s-]/g, ''),
    ...(digits.length >= 6 ? [digits, digits.slice(-9)] : []),
  ].filter((f) => f.length >= 6);
}

describe('publish', () => {
  it('produces a form that validates against the published schema', () => {
    expect(publishedProfileSchema.safeParse(published).success).toBe(true);
  });

  it('leaves no name, alias, phone, email, handle, address or term of the register readable', () => {
    const secrets: string[] = [];
    for (const p of source.people) {
      secrets.push(p.name, ...p.aliases, ...p.phones, ...p.emails, ...p.name.split(' '));
      for (const a of p.profiles) secrets.push(...[a.name, a.username, a.handle, a.phone].filter((x): x is string => !!x));
    }
    for (const place of source.places) secrets.push(place.name, ...place.aliases, ...(place.address ? [place.address, ...place.address.split(',')] : []));
    for (const term of source.terms) secrets.push(term.text);
    const haystacks = [serialised, serialised.toLowerCase(), nameKey(serialised)];
    const leaks = secrets.flatMap(forms).filter((f) => haystacks.some((h) => h.includes(f.toLowerCase()) || h.includes(f)));
    expect(leaks).toEqual([]);
  });

  it('does not publish adults’ birth dates, only when a child turns 18', () => {
    for (const p of source.people) if (p.birthDate) expect(serialised).not.toContain(p.birthDate);
    const minors = published.register.people.filter((p) => p.minorUntil);
    expect(minors.length).toBeGreaterThan(0);
    expect(minors.every((p) => p.minorUntil! > '2026-11-22')).toBe(true);
  });

  it('uses a fresh key each time', async () => {
    const again = await publish(source);
    expect(again.register.key).not.toBe(published.register.key);
    expect(again.register.people[0]!.tags.g).not.toBe(published.register.people[0]!.tags.g);
  });

  it('keeps the policy fields as they are', () => {
    expect(published.organisation).toEqual(source.organisation);
    expect(published.rules['register-person']).toBe('block');
    expect(published.rules['location']).toBe('warn');
    expect(published.counts).toMatchObject({ people: 30, places: 6, terms: 3, households: 9 });
  });
});

describe('keyed hashes', () => {
  it('agree between WebCrypto (publishing) and the synchronous matcher', async () => {
    const key = crypto.getRandomValues(new Uint8Array(32));
    const sync = createTagger(key, 6);
    const web = await createWebCryptoTagger(key, 6);
    for (const input of ['g:ahmad', 'p2:olena petrenko', 't:+447700900123', 'n:~mhmd', 'n:张伟', '']) {
      expect(sync(input)).toBe(await web(input));
    }
  });

  it('round-trips base64', () => {
    const bytes = crypto.getRandomValues(new Uint8Array(31));
    expect(fromBase64(toBase64(bytes))).toEqual(bytes);
  });
});

describe('HMAC-SHA-256', () => {
  const hex = (b: Uint8Array) => [...b].map((x) => x.toString(16).padStart(2, '0')).join('');
  const bytes = (h: string) => new Uint8Array(h.match(/../g)!.map((x) => parseInt(x, 16)));

  it.each([
    // RFC 4231 test cases 1, 2 and 6 (a key longer than a block)
    ['0b'.repeat(20), 'Hi There', 'b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7'],
    ['4a656665', 'what do ya want for nothing?', '5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843'],
    ['aa'.repeat(131), 'Test Using Larger Than Block-Size Key - Hash Key First', '60e431591ee0b67f0d8a26aacbf5b77f8e0bc6213728c5140546040f0ee37f54'],
  ])('matches the RFC 4231 vector for key %s', async (key, message, expected) => {
    const { createHmacSha256 } = await import('../../../lib/analyser/register/hmac-sha256');
    expect(hex(createHmacSha256(bytes(key))(message))).toBe(expected);
  });

  it('agrees with WebCrypto on random inputs of every length up to three blocks', async () => {
    const { createHmacSha256 } = await import('../../../lib/analyser/register/hmac-sha256');
    const key = crypto.getRandomValues(new Uint8Array(32));
    const mac = createHmacSha256(key);
    const reference = await crypto.subtle.importKey('raw', key, { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
    for (let length = 0; length < 200; length++) {
      const input = Array.from({ length }, (_, i) => String.fromCharCode(32 + ((i * 7 + length) % 90))).join('') + (length % 5 === 0 ? 'ä张' : '');
      const expected = new Uint8Array(await crypto.subtle.sign('HMAC', reference, new TextEncoder().encode(input)));
      expect(hex(mac(input))).toBe(hex(expected));
    }
  });
});
