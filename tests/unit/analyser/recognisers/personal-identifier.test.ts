import { beforeAll, describe, expect, it } from 'vitest';
import type { CompiledProfile } from '../../../../lib/analyser/compiled-profile';
import { personalIdentifierRecogniser } from '../../../../lib/analyser/recognisers/personal-identifier.recogniser';
import * as checks from '../../../../lib/analyser/recognisers/identifiers/checksums';
import { compiledFrom, createSource, run } from '../../../helpers/analysis';
import { bestTime, HOSTILE, HOSTILE_BUDGET_MS } from './hostile-input';

const profiles: Record<string, CompiledProfile> = {};
beforeAll(async () => {
  for (const locale of ['en-GB', 'en-US', 'en-AU', 'en-IE', 'en-CA', 'el-GR']) {
    profiles[locale.slice(3)] = await compiledFrom(
      createSource({ organisation: { name: 'Harbour Women’s Aid', locale, publicContacts: [], staff: [] } }),
    );
  }
});

const flagged = (region: string, text: string) =>
  run(personalIdentifierRecogniser, text, profiles[region]!)
    .filter((c) => c.likelihood >= 0.5)
    .map((c) => c.text);

describe('check digits (each scheme’s published rule)', () => {
  it.each([
    ['NHS mod 11', checks.nhsNumber, '9434765919', '9434765918'],
    ['Medicare', checks.medicareNumber, '2123456701', '2123456711'],
    ['PPSN mod 23', checks.ppsNumber, '1234567T', '1234567A'],
    ['PPSN with second letter', checks.ppsNumber, '1234567FA', '1234567TA'],
    ['AMKA date + Luhn', checks.amka, '15038512347', '15038512346'],
    ['AFM', checks.afm, '090000045', '090000046'],
    ['Canadian SIN', checks.socialInsuranceNumber, '130692544', '130692545'],
    ['Australian TFN', checks.taxFileNumber, '123456782', '123456789'],
    ['IBAN mod 97', checks.iban, 'GB82WEST12345698765432', 'GB82WEST12345698765433'],
    ['US SSN structure', checks.socialSecurityNumber, '123456789', '666456789'],
  ])('%s', (_label, check, valid, invalid) => {
    expect(check(valid)).toBe(true);
    expect(check(invalid)).toBe(false);
  });

  it('knows HMRC’s NI prefixes', () => {
    expect(checks.nationalInsurancePrefix('AB')).toBe('valid');
    expect(checks.nationalInsurancePrefix('QQ')).toBe('specimen');
    expect(checks.nationalInsurancePrefix('GB')).toBe('invalid');
    expect(checks.nationalInsurancePrefix('DA')).toBe('invalid');
  });
});

describe('personal-identifier: finds case, reference and document numbers', () => {
  it.each([
    ['GB', 'NHS number', 'Maryam Ahmadzai, NHS no. 999 432 1072. Inhaler twice a day', '999 432 1072'],
    ['GB', 'a bare NHS number that passes mod 11', 'her number at the surgery is 943 476 5919', '943 476 5919'],
    ['GB', 'NI number with its keyword', "Olena's NI number is QQ 12 34 56 C, she needs it", 'QQ 12 34 56 C'],
    ['GB', 'NI number by its format', 'form says AB123456C for him', 'AB123456C'],
    ['GB', 'Home Office reference', 'HO ref F2318874 if anyone can chase it', 'F2318874'],
    ['GB', 'a reference a few words after the agency', 'solicitor still waiting on the HO, ref F2318874.', 'F2318874'],
    ['GB', 'a GWF number alone', 'GWF071234567 is his visa application ref', 'GWF071234567'],
    ['GB', 'a UAN', 'UAN 3434-0187-2256-9011 — any news?', '3434-0187-2256-9011'],
    ['GB', 'a passport number in the same breath', 'how long do passport renewals take? Asking for Serhiy, his is FX482913', 'FX482913'],
    ['GB', 'a BRP number', 'Found a BRP on the bus, name on it Dawit, number ZU4285519.', 'ZU4285519'],
    ['GB', 'a tribunal appeal number', 'hearing for PA/01234/2024 is listed', 'PA/01234/2024'],
    ['GB', 'a police crime reference', 'crime reference number 14/123456/24 for the break-in', '14/123456/24'],
    ['GB', 'a UNHCR case number', 'UNHCR case no. 123-16C02345 for the family', '123-16C02345'],
    ['GB', 'a Universal Credit reference', 'her UC claim ref is 1234567890', '1234567890'],
    ['GB', 'a court case number', 'family court case no. FD24P00123 next week', 'FD24P00123'],
    ['GB', 'a personal IBAN', 'her IBAN is GB82 WEST 1234 5698 7654 32', 'GB82 WEST 1234 5698 7654 32'],
    ['GB', 'a passport number with letters among the digits', 'Reisepass C01X00T47 abgelaufen', 'C01X00T47'],
    ['GB', 'an asylum support reference', 'her NASS ref is 1234567 and payments stopped', '1234567'],
    ['GB', 'a number straight after its keyword', 'HO 12345678 is the number on the letter', '12345678'],
    ['GR', 'a Greek identity card number', 'ΑΔΤ ΑΚ 123456 για τη φόρμα', 'ΑΚ 123456'],
    ['GR', 'an AMKA with a dotted keyword', 'Α.Μ.Κ.Α.: 15038512347', '15038512347'],
    ['GB', 'a generic reference tied to a person', "Hamid's file ref: KRL/2231/09", 'KRL/2231/09'],
    ['US', 'an SSN', 'his SSN is 123-45-6789', '123-45-6789'],
    ['US', 'an SSN by its shape', 'form: 123-45-6789', '123-45-6789'],
    ['US', 'an A-number', 'A-Number A-123-456-789', 'A-123-456-789'],
    ['US', 'a USCIS receipt number', 'receipt EAC2190012345 came today', 'EAC2190012345'],
    ['CA', 'a SIN with its keyword', 'SIN 130 692 544', '130 692 544'],
    ['CA', 'a SIN by its shape in Canada', 'number on the card: 130-692-544', '130-692-544'],
    ['AU', 'a Medicare number', 'Medicare 2123 45670 1', '2123 45670 1'],
    ['AU', 'a tax file number', 'her TFN is 123 456 782', '123 456 782'],
    ['AU', 'a Centrelink CRN', 'Centrelink CRN 123 456 789A', '123 456 789A'],
    ['IE', 'a PPS number', 'his PPSN is 1234567T', '1234567T'],
    ['IE', 'a PPS number alone', 'form 1234567FA attached', '1234567FA'],
    ['GR', 'an AMKA', 'ΑΜΚΑ 15038512347', '15038512347'],
    ['GR', 'an AFM', 'ΑΦΜ: 090000045', '090000045'],
    ['GR', 'an AMKA by its shape in Greece', 'αριθμός 15038512347', '15038512347'],
  ])('%s: %s', (region, _label, text, expected) => {
    expect(flagged(region, text)).toEqual([expected]);
  });

  it('explains by kind, without repeating the number', () => {
    const [c] = run(personalIdentifierRecogniser, 'HO ref F2318874', profiles.GB!);
    expect(c).toMatchObject({ rule: 'personal-identifier', recogniser: 'personal-identifier', suggestion: '[reference removed]' });
    expect(c!.explanation).toMatch(/immigration/);
    expect(c!.explanation).not.toContain('F2318874');
  });
});

describe('personal-identifier: leaves other numbers alone', () => {
  it.each([
    ['GB', 'charity and company numbers', 'Riverside is a registered charity (no. 1187654) and a company limited by guarantee (no. 11923456).'],
    ['GB', 'an appeal reference for donations', 'Our Gift Aid appeal reference is RRS-2026-0417, please quote it on bank transfers.'],
    ['GB', 'the organisation’s bank details', 'Bank: Riverside Refugee Support, sort code 40-11-62, account 71234567.'],
    ['GB', 'the organisation’s IBAN for gifts', 'To donate from abroad: IBAN GB82 WEST 1234 5698 7654 32'],
    ['GB', 'keywords without a number', 'You do NOT need an NHS number, ID or proof of address to register with a GP.'],
    ['GB', 'emergency and service numbers', 'call NHS 111 or the Home Office on 0300 123 2241'],
    ['GB', 'dates near keywords', 'Home Office interview on 12/05/2025, visa expires 2026-01-31'],
    ['GB', 'money near keywords', 'the visa fee is £1,048 and the IHS £1,035'],
    ['GB', 'years and ranges', 'Our annual report for 2025-26; crime fell 12% in 2024'],
    ['GB', 'a phone number after a keyword', 'ref: ring 07700 900123'],
    ['GB', 'a score', 'Yaseen got 10/10 in his test'],
    ['GB', 'counts', 'We answered 12,500 asylum questions and 1,200 visa calls'],
    ['GB', 'a random 10-digit number', 'order 1234567890 shipped'],
    ['US', 'a phone-shaped number', 'call 212-555-0123'],
    ['GB', 'a meeting ID', 'Join our online info evening: Zoom meeting ID 845 1234 5678, passcode 123456'],
    ['GB', 'a company number', 'Registered in England and Wales, company number 01234567'],
    ['GB', 'a Scottish charity number', 'Scottish Charity Number SC012345'],
    ['GB', 'the organisation’s own reference in its own post', 'Please mention our reference: RRS/2026/0417 when you write'],
    ['GR', 'a charity’s own tax number', 'Δωρεές: IBAN GR16 0110 1250 0000 0001 2300 695, ΑΦΜ 090000045'],
    ['GB', 'an NHS-shaped number not written as the NHS prints it', 'tracking 943-476-5919 shipped'],
  ])('%s: %s', (region, _label, text) => {
    expect(flagged(region, text)).toEqual([]);
  });

  it('an NHS-shaped number is not one outside the UK without a keyword', () => {
    expect(flagged('US', 'her number at the surgery is 943 476 5919')).toEqual([]);
  });
});

describe('personal-identifier: hostile input', () => {
  it.each(HOSTILE)('%s: linear time, no throw', (_label, text) => {
    const { ms, found } = bestTime(personalIdentifierRecogniser, text, profiles.GB!);
    expect(ms).toBeLessThan(HOSTILE_BUDGET_MS);
    expect(found).toBeLessThanOrEqual(64);
  });
});
