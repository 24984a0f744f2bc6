import { beforeAll, describe, expect, it } from 'vitest';
import type { CompiledProfile } from '../../../../lib/analyser/compiled-profile';
import { phoneNumberRecogniser } from '../../../../lib/analyser/recognisers/phone-number.recogniser';
import { compiledFrom, createSource, run } from '../../../helpers/analysis';
import { bestTime, HOSTILE, HOSTILE_BUDGET_MS } from './hostile-input';

const profiles: Record<string, CompiledProfile> = {};
const organisation = (locale: string, publicContacts: string[] = []) => ({
  name: 'Harbour Women’s Aid',
  locale,
  publicContacts,
  staff: ['Jo Patel'],
  accounts: [{ platform: 'whatsapp' as const, phone: '+44 7700 900400' }],
});

beforeAll(async () => {
  profiles.GB = await compiledFrom(
    createSource({
      organisation: organisation('en-GB', ['01632 960400', '020 7946 0123']),
      people: [{ id: 'p1', name: 'Amina Hassan', kind: 'client', phones: ['07700 900123'], aliases: [] }],
    }),
  );
  for (const locale of ['en-US', 'en-AU', 'en-IE', 'en-CA', 'el-GR', 'fr-FR', 'de-DE']) {
    profiles[locale.slice(3)] = await compiledFrom(createSource({ organisation: organisation(locale) }));
  }
  profiles.NONE = await compiledFrom(createSource({ organisation: organisation('en') }));
});

const flagged = (region: string, text: string) =>
  run(phoneNumberRecogniser, text, profiles[region]!)
    .filter((c) => c.likelihood >= 0.5)
    .map((c) => c.text);

describe('phone-number: finds private numbers', () => {
  it.each([
    ['GB', 'ring him on 07700 900731 if you can help', '07700 900731'],
    ['GB', 'text me 07700900110 👍', '07700900110'],
    ['GB', 'message her on +44 7700 900 114', '+44 7700 900 114'],
    ['GB', "Mohammed's new number: 0044 7700 900106", '0044 7700 900106'],
    ['GB', '(07700) 900 125 is his number', '(07700) 900 125'],
    ['GB', "Kelly's number is 07700-900-120", '07700-900-120'],
    ['GB', 'his number’s 020 7946 0587 and he is an electrician', '020 7946 0587'],
    ['GB', 'call +44 (0)20 7946 0587 tonight', '+44 (0)20 7946 0587'],
    ['GB', 'tel:01632 960755', '01632 960755'],
    ['GB', 'call our volunteer Sarah on 07700 900731', '07700 900731'],
    ['GB', 'the surgery said ring her on 07700 900731', '07700 900731'],
    ['GB', 'call her case worker on 07700 900731', '07700 900731'],
    ['GB', 'an unclosed bracket (07700 900731', '07700 900731'],
    ['GB', 'her cousin in Paris: +33 6 12 34 56 78', '+33 6 12 34 56 78'],
    ['US', 'call her at (212) 555-0123', '(212) 555-0123'],
    ['US', 'his cell is 212-555-0123.', '212-555-0123'],
    ['US', 'text 212.555.0123', '212.555.0123'],
    ['US', 'WhatsApp +1 212 555 0123', '+1 212 555 0123'],
    ['CA', 'her number is (416) 555-0199', '(416) 555-0199'],
    ['AU', 'ring Sam on 0491 570 156', '0491 570 156'],
    ['AU', 'landline (02) 9876 5432', '(02) 9876 5432'],
    ['AU', 'mobile +61 491 570 156', '+61 491 570 156'],
    ['IE', 'text her on 087 123 4567', '087 123 4567'],
    ['IE', 'Dublin number (01) 234 5678', '(01) 234 5678'],
    ['GR', 'το κινητό της είναι 694 123 4567', '694 123 4567'],
    ['GR', 'τηλ. 210 123 4567', '210 123 4567'],
    ['GR', 'call +30 694 123 4567', '+30 694 123 4567'],
    ['FR', 'son portable: 06 12 34 56 78', '06 12 34 56 78'],
    ['DE', 'Handy 0151 23456789', '0151 23456789'],
    ['NONE', 'his number +44 7700 900731', '+44 7700 900731'],
    ['GB', 'شماره‌اش ۰۷۷۰۰ ۹۰۰۷۳۱ است', '۰۷۷۰۰ ۹۰۰۷۳۱'],
    ['GB', 'رقمه ٠٧٧٠٠ ٩٠٠٧٣١', '٠٧٧٠٠ ٩٠٠٧٣١'],
  ])('%s: %s', (region, text, expected) => {
    expect(flagged(region, text)).toEqual([expected]);
  });

  it('finds two numbers written one after the other', () => {
    expect(flagged('GB', 'her numbers: 07700 900731 07700 900732')).toEqual(['07700 900731', '07700 900732']);
  });

  it('finds each of several numbers in one draft', () => {
    expect(flagged('GB', 'Amira 07700 900731, her sister 07700 900732 / 07700 900733')).toEqual([
      '07700 900731',
      '07700 900732',
      '07700 900733',
    ]);
  });
});

describe('phone-number: leaves other numbers alone', () => {
  it.each([
    ['GB', 'money', 'Our sponsored walk raised £4,375 and the salary is £26,400 FTE.'],
    ['GB', 'a big sum', 'Our target for 2026-27 is £180,000 and every £10 helps'],
    ['GB', 'years', 'In 2019 2020 and 2021 we grew'],
    ['GB', 'dates', 'Closing date 14/03/2027, DOB 18.04.1996, ISO 2026-12-12'],
    ['GB', 'times and scores', 'Open 9.30–4.30, finished in 2:07:33, lost 7-2'],
    ['GB', 'emergency numbers', 'call 999 or 112, NHS 111, police 101, Samaritans 116 123'],
    ['GB', 'freephone helplines', 'Childline 0800 1111, National Domestic Abuse Helpline 0808 2000 247'],
    ['GB', 'non-geographic numbers', 'Home Office helpline 0300 123 2241 or 0845 600 0914'],
    ['GB', 'charity and company numbers', 'registered charity (no. 1187654), company no. 11923456'],
    ['GB', 'bank details', 'sort code 40-11-62, account 71234567'],
    ['GB', 'a reference', 'Our Gift Aid appeal reference is RRS-2026-0417'],
    ['GB', 'an NHS number', 'NHS no. 999 432 1072'],
    ['GB', 'a visa UAN', 'UAN 3434-0187-2256-9011'],
    ['GB', 'the organisation’s own numbers', 'ring us on 01632 960400, 020 7946 0123 or WhatsApp +44 7700 900400'],
    ['GB', 'an IP address', 'server at 192.168.100.200'],
    ['GB', 'a quantity with spaces', 'We handed out 1 200 000 meals'],
    ['GB', 'a number inside a word or code', 'order AB07700900123 or ref-07700900123'],
    ['GB', 'a percentage', 'up 07700900123% on last year'],
    ['GB', 'a case number is not a phone', 'case no. 07700900731'],
    ['GB', 'a council’s number', 'ring the council housing team on 01484 221000'],
    ['GB', 'a surgery’s number', 'Book with the GP surgery on 01632 960999 from 8am'],
    ['GB', '"ring us"', 'Questions? Ring us on 01632 960555'],
    ['US', 'toll-free hotlines', 'National Domestic Violence Hotline 1-800-799-7233'],
    ['AU', 'Australian service numbers', 'Lifeline 13 11 14, 1800RESPECT 1800 737 732, 000'],
    ['IE', 'Irish freephone', 'Women’s Aid 1800 341 900'],
    ['GR', 'Greek helplines', 'SOS 15900, 800 11 88 888'],
  ])('%s: %s', (region, _label, text) => {
    expect(flagged(region, text)).toEqual([]);
  });
});

describe('phone-number: the register', () => {
  it('reports a number on the register with more certainty, without naming anyone', () => {
    const [found] = run(phoneNumberRecogniser, 'her number is +447700900123', profiles.GB!);
    expect(found).toMatchObject({ rule: 'contact-detail', text: '+447700900123', suggestion: '[number removed]', recogniser: 'phone-number' });
    expect(found!.likelihood).toBeGreaterThan(0.9);
    expect(found!.explanation).toMatch(/register/);
    expect(found!.explanation).not.toMatch(/Amina|Hassan|07700/);
  });

  it('does not warn about telling someone their own number in a direct message', () => {
    const text = 'Hi Amina, is 07700 900123 still your number?';
    expect(run(phoneNumberRecogniser, text, profiles.GB!, { platform: 'whatsapp', surface: 'message', recipient: { name: 'Amina', phone: '+447700900123' } })).toEqual([]);
    // …but in a group chat, everyone else would learn it.
    const group = { platform: 'whatsapp' as const, surface: 'message' as const, recipient: { phone: '+447700900123', participants: [{ name: 'Jo' }, { name: 'Sam' }] } };
    expect(run(phoneNumberRecogniser, text, profiles.GB!, group)).toHaveLength(1);
    // …and someone else’s number is still someone else’s.
    expect(run(phoneNumberRecogniser, text, profiles.GB!, { platform: 'whatsapp', surface: 'message', recipient: { phone: '+447700900999' } })).toHaveLength(1);
  });

  it('gives an unknown number an explanation without the number', () => {
    const [found] = run(phoneNumberRecogniser, 'ring 07700 900731', profiles.GB!);
    expect(found!.explanation).not.toMatch(/07700|register/);
    expect(found!.likelihood).toBeLessThan(0.9);
  });
});

describe('phone-number: hostile input', () => {
  it.each(HOSTILE)('%s: linear time, no throw', (_label, text) => {
    const { ms, found } = bestTime(phoneNumberRecogniser, text, profiles.GB!);
    expect(ms).toBeLessThan(HOSTILE_BUDGET_MS);
    expect(found).toBeLessThanOrEqual(200);
  });
});
