import { beforeAll, describe, expect, it } from 'vitest';
import type { CompiledProfile } from '../../../../lib/analyser/compiled-profile';
import { dateOfBirthRecogniser } from '../../../../lib/analyser/recognisers/date-of-birth.recogniser';
import { compiledFrom, createSource, run } from '../../../helpers/analysis';
import { bestTime, HOSTILE, HOSTILE_BUDGET_MS } from './hostile-input';

let profile: CompiledProfile;
beforeAll(async () => {
  profile = await compiledFrom(createSource());
});

// The helper's context says today is 2026-11-22.
const flagged = (text: string) =>
  run(dateOfBirthRecogniser, text, profile)
    .filter((c) => c.likelihood >= 0.5)
    .map((c) => c.text);

describe('date-of-birth: finds dates of birth', () => {
  it.each([
    ['DOB with slashes', 'Maryam Ahmadzai, DOB 22/04/2019, NHS no. 999 432 1072', '22/04/2019'],
    ['D.O.B. with dots', 'client D.O.B. 18.04.1996 — any news?', '18.04.1996'],
    ['US month-day order', 'DOB: 03/14/2015', '03/14/2015'],
    ['two-digit year', 'dob 03/03/15', '03/03/15'],
    ['ISO 8601', 'date of birth: 2015-03-03', '2015-03-03'],
    ['born with day and month names', 'Happy birthday Hawa!! 🎂 born 5th May 1985 and still the best dancer', '5th May 1985'],
    ['born on the …', 'she was born on the 3rd of March, 2015 in Kyiv', '3rd of March, 2015'],
    ['born in a place on a date', 'He was born in Aleppo on 3 March 1990.', '3 March 1990'],
    ['month first', 'born March 3, 2015', 'March 3, 2015'],
    ['month and year', 'born in March 2015', 'March 2015'],
    ['a birthday with its date', 'her birthday is 12th June', '12th June'],
    ['a birthday in figures', 'his birthday is 12/05 so cake on the day!', '12/05'],
    ['a shared birthday', 'Turns out she shares a birthday with my niece, 9th August!', '9th August'],
    ['a date followed by (DOB)', 'Sami 08/05/2022 (DOB) for the nursery form', '08/05/2022'],
    ['a date that is said to be one', '12/03/1990 is her date of birth', '12/03/1990'],
    ['French', 'Amina, née le 3 mars 2015 à Lyon', '3 mars 2015'],
    ['German', 'geboren am 3. März 2015', '3. März 2015'],
    ['Italian', 'nata il 3 marzo 2015', '3 marzo 2015'],
    ['Spanish', 'fecha de nacimiento: 03/03/2015', '03/03/2015'],
    ['Greek verb', 'γεννήθηκε 3 Μαρτίου 2015', '3 Μαρτίου 2015'],
    ['Greek label', 'Ημερομηνία γέννησης: 15/03/1985', '15/03/1985'],
  ])('%s', (_label, text, expected) => {
    expect(flagged(text)).toEqual([expected]);
  });

  it('explains without repeating the date', () => {
    const [c] = run(dateOfBirthRecogniser, 'DOB 22/04/2019', profile);
    expect(c).toMatchObject({ rule: 'personal-identifier', recogniser: 'date-of-birth', suggestion: '[date of birth removed]' });
    expect(c!.explanation).not.toContain('2019');
  });
});

describe('date-of-birth: leaves dates of events alone', () => {
  it.each([
    ['a closing date', 'Closing date 12 December 2026, interviews w/c 4 January.'],
    ['an organisation’s birthday party', "Save the date! Riverside turns 10 on 14/03/2027 and we're throwing a birthday party."],
    ['a birthday party date', 'Her birthday party is on 5 June at the hall'],
    ['born, then another event', 'born in Syria, arrived in the UK on 3 March 2015'],
    ['born elsewhere in the sentence', 'Sir Mo Farah was born in Somalia. He came to the UK on 8 July 1993.'],
    ['a future date', 'DOB 01/01/2030'],
    ['an impossible date', 'DOB 45/13/1990'],
    ['a year alone', 'born in 1985'],
    ['a time of birth', 'the baby was born at 9.30 this morning'],
    ['NATO, not Italian', 'NATO il 3 marzo 2015 summit'],
    ['a date with no keyword', 'We arrived on 22/04/2019 and never looked back'],
    ['a birthday week', 'Happy birthday week! Cake on 12th June'],
    ['the organisation’s own birthday', "It's Harbour's 10th birthday on 12 June!"],
    ['our birthday', 'Our birthday is 12 June and you are all invited'],
  ])('%s', (_label, text) => {
    expect(flagged(text)).toEqual([]);
  });
});

describe('date-of-birth: hostile input', () => {
  it.each(HOSTILE)('%s: linear time, no throw', (_label, text) => {
    const { ms, found } = bestTime(dateOfBirthRecogniser, text, profile);
    expect(ms).toBeLessThan(HOSTILE_BUDGET_MS);
    expect(found).toBeLessThanOrEqual(64);
  });
});
