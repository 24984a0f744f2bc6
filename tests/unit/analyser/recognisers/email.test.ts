import { beforeAll, describe, expect, it } from 'vitest';
import type { CompiledProfile } from '../../../../lib/analyser/compiled-profile';
import { emailRecogniser } from '../../../../lib/analyser/recognisers/email.recogniser';
import { compiledFrom, createSource, run } from '../../../helpers/analysis';
import { bestTime, HOSTILE, HOSTILE_BUDGET_MS } from './hostile-input';

let profile: CompiledProfile;
beforeAll(async () => {
  profile = await compiledFrom(
    createSource({
      organisation: {
        name: 'Riverside Refugee Support',
        locale: 'en-GB',
        publicContacts: ['hello@riversiderefugee.example', '0800 111 222'],
        staff: ['Daniel Price'],
        safeguardingLead: { name: 'Claire Whitfield', email: 'safeguarding@riversiderefugee.example' },
      },
      people: [{ id: 'p1', name: 'Rasha Al-Khatib', kind: 'family', emails: ['rasha.alkhatib@mail.example'], aliases: [] }],
    }),
  );
});

const flagged = (text: string) =>
  run(emailRecogniser, text, profile)
    .filter((c) => c.likelihood >= 0.5)
    .map((c) => c.text);

describe('email: finds private addresses', () => {
  it.each([
    ['a landlord’s address', 'give him a piece of your mind: g.pearson62@example.org 😡', 'g.pearson62@example.org'],
    ['at the end of a sentence', 'Email her at amina.h@mail.example.', 'amina.h@mail.example'],
    ['with plus and hyphen', 'it is jo-anne+refuge@post.example.co.uk', 'jo-anne+refuge@post.example.co.uk'],
    ['with accents (RFC 6531)', 'écris à zoë.müller@exämple.de', 'zoë.müller@exämple.de'],
    ['in brackets', '(sam_99@mail.example)', 'sam_99@mail.example'],
    ['a staff member’s own inbox on the organisation’s domain', 'email daniel.price@riversiderefugee.example', 'daniel.price@riversiderefugee.example'],
    ['the at-sign written out', 'reach her on amina.h [at] mail [dot] example', 'amina.h [at] mail [dot] example'],
    ['the at-sign in round brackets', 'sam99 (at) mail.example', 'sam99 (at) mail.example'],
    ['a fediverse address', 'find him at @dawit@mastodon.example', 'dawit@mastodon.example'],
  ])('%s', (_label, text, expected) => {
    expect(flagged(text)).toEqual([expected]);
  });
});

describe('email: leaves other text alone', () => {
  it.each([
    ['the organisation’s public address', 'Email hello@riversiderefugee.example to volunteer'],
    ['the safeguarding lead’s public address, any case', 'Concerns: SAFEGUARDING@riversiderefugee.example'],
    ['a role inbox of the organisation', 'or volunteers@riversiderefugee.example'],
    ['another organisation’s role inbox', 'write to enquiries@citizensadvice.example.org.uk'],
    ['an @mention', 'Shout out to @hamid_nz'],
    ['no domain', 'meet me @ the park, a@b'],
    ['a single-label domain', 'root@localhost'],
    ['a bracketed "at" in a sentence', 'meet (at) the park'],
    ['a price', 'coffee @ £2.50'],
    ['a professional’s work inbox at a public institution', 'the midwife is jane.doe@nhs.net, or the school office on a.smith@moorbrook.sch.uk'],
  ])('%s', (_label, text) => {
    expect(flagged(text)).toEqual([]);
  });
});

describe('email: the register', () => {
  it('reports an address on the register with more certainty, without naming anyone', () => {
    const [found] = run(emailRecogniser, 'email her at Rasha.AlKhatib@mail.example', profile);
    expect(found).toMatchObject({ rule: 'contact-detail', suggestion: '[email removed]', recogniser: 'email' });
    expect(found!.likelihood).toBeGreaterThan(0.9);
    expect(found!.explanation).toMatch(/register/);
    expect(found!.explanation).not.toMatch(/Rasha|Khatib|mail\.example/);
  });
});

describe('email: the recipient’s own address', () => {
  it('is not a disclosure in a direct message to that person', async () => {
    const withPhone = await compiledFrom(
      createSource({ people: [{ id: 'p1', name: 'Rasha Al-Khatib', kind: 'family', aliases: [], phones: ['07700 900102'], emails: ['rasha.alkhatib@mail.example'] }] }),
    );
    const input = { platform: 'whatsapp' as const, surface: 'message' as const, recipient: { phone: '+447700900102' } };
    expect(run(emailRecogniser, 'I have your email as rasha.alkhatib@mail.example, right?', withPhone, input)).toEqual([]);
    expect(run(emailRecogniser, 'I have your email as rasha.alkhatib@mail.example, right?', withPhone)).toHaveLength(1);
  });
});

describe('email: hostile input', () => {
  it.each(HOSTILE)('%s: linear time, no throw', (_label, text) => {
    const { ms, found } = bestTime(emailRecogniser, text, profile);
    expect(ms).toBeLessThan(HOSTILE_BUDGET_MS);
    expect(found).toBeLessThanOrEqual(100_000);
  });
});
