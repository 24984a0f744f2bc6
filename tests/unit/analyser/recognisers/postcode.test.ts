import { beforeAll, describe, expect, it } from 'vitest';
import type { CompiledProfile } from '../../../../lib/analyser/compiled-profile';
import { postcodeRecogniser } from '../../../../lib/analyser/recognisers/postcode.recogniser';
import { MAX_ADDRESSES } from '../../../../lib/analyser/recognisers/street-address.recogniser';
import { compiledFrom, contextFor, createSource, run } from '../../../helpers/analysis';

// Invented codes in each country's official format; none are from the development corpus.
const profiles: Record<string, CompiledProfile> = {};
beforeAll(async () => {
  const org = (locale: string) => ({ name: 'Harbour Women’s Aid', locale, publicContacts: [], staff: ['Niamh Byrne'] });
  for (const locale of ['en-GB', 'en-IE', 'en-AU', 'en-US', 'en-CA', 'el-GR', 'de-DE', 'nl-NL', 'fr-FR', 'de-AT']) {
    profiles[locale] = await compiledFrom(createSource({ organisation: org(locale) }));
  }
});

/** The postcodes the recogniser would show (at or above the engine's threshold of 0.5). */
const flagged = (text: string, locale = 'en-GB') =>
  run(postcodeRecogniser, text, profiles[locale]!)
    .filter((c) => c.likelihood >= 0.5)
    .map((c) => c.text);

describe('postcode: full postcodes', () => {
  it.each([
    // UK: Royal Mail pattern, every outward shape.
    ['UK A9 9AA', 'Anyone near M4 5JD tonight?', 'M4 5JD'],
    ['UK A99 9AA', 'it is B33 8TH', 'B33 8TH'],
    ['UK AA9 9AA', 'post it to CR2 6XH', 'CR2 6XH'],
    ['UK AA99 9AA', 'sat nav: DN55 1PT', 'DN55 1PT'],
    ['UK A9A 9AA', 'W1A 0AX is the one', 'W1A 0AX'],
    ['UK AA9A 9AA', 'EC1A 1BB, second floor', 'EC1A 1BB'],
    ['UK lower case', 'her postcode is ls6 2qd', 'ls6 2qd'],
    ['UK without space', 'postcode LS62QD', 'LS62QD'],
    ['UK Girobank', 'GIR 0AA', 'GIR 0AA'],
    ['UK forces post', 'BFPO 105', 'BFPO 105'],
    ['UK Northern Ireland', 'now living at BT9 6AD', 'BT9 6AD'],
    // Ireland: Eircode (routing key + unique identifier).
    ['Eircode Dublin', 'She is at D02 X285 now', 'D02 X285'],
    ['Eircode joined', 'eircode A65F4E2', 'A65F4E2'],
    ['Eircode D6W', 'D6W Y2K7 is the house', 'D6W Y2K7'],
    ['Eircode all digits with Irish context', 'Co. Cork P31 4567', 'P31 4567', 'en-IE'],
    // Canada.
    ['Canada', 'Ottawa ON K1A 0B1', 'K1A 0B1'],
    ['Canada joined', 'code M5V2T6', 'M5V2T6'],
    // US: only with a state, ZIP, or an address.
    ['US state code', 'Springfield, IL 62704', '62704'],
    ['US ZIP+4', 'Brooklyn, NY 11201-3345', '11201-3345'],
    ['US state name', 'Austin, Texas 78701', '78701'],
    ['US zip keyword', 'zip code 90210', '90210'],
    ['US after an address', '1600 Elm Street 27514', '27514'],
    // Australia: four digits after a state, or a suburb where the organisation works in Australia.
    ['Australia state', 'Sydney NSW 2000', '2000'],
    ['Australia Victoria abbreviation', 'Fitzroy Vic 3065', '3065'],
    ['Australia suburb (AU organisation)', 'She’s moved to Parramatta 2150', '2150', 'en-AU'],
    // Greece: "NNN NN" or "NNNNN" with Τ.Κ., a Greek town, or an address.
    ['Greece Τ.Κ.', 'Τ.Κ. 546 21', '546 21'],
    ['Greece ΤΚ joined', 'ΤΚ 54621', '54621'],
    ['Greece town after', 'Έρχεται από 105 63 Αθήνα', '105 63'],
    ['Greece joined, town after', '10563 Αθήνα', '10563'],
    ['Greece after an address', 'Πατησίων 88, 104 34', '104 34'],
    // Netherlands.
    ['Netherlands with town', '3541 CK Utrecht', '3541 CK'],
    ['Netherlands joined with town', '1017AB Amsterdam', '1017AB'],
    // Germany, France, Spain, Italy: five digits with an address, a keyword or a country letter.
    ['Germany after address', 'Lindenstraße 8, 50674 Köln', '50674'],
    ['Germany keyword', 'PLZ 50674', '50674'],
    ['Germany country letter', 'D-50674 Köln', 'D-50674'],
    ['France after address', '7 rue des Lilas, 69003 Lyon', '69003'],
    ['Spain keyword', 'CP 28013 Madrid', '28013'],
    ['Italy after address', 'Via Garibaldi 21, 00184 Roma', '00184'],
    ['Germany own line (DE organisation)', 'Frau Weber\n50674 Köln', '50674', 'de-DE'],
    ['Austria own line (AT organisation)', 'Frau Weber\n1010 Wien', '1010', 'de-AT'],
  ])('%s', (_label, text, expected, locale = 'en-GB') => {
    expect(flagged(text, locale)).toEqual([expected]);
  });
});

describe('postcode: not postcodes', () => {
  it.each([
    ['UK outward code alone', 'Families across HD2 and HD1'],
    ['UK district with town', 'Anyone in LS6?'],
    ['paper size', 'Print it on A4 2PL paper'],
    ['motorway and ordinal', 'The M62 1st junction'],
    ['motorway and time', 'heading up the m1 2am'],
    ['mixed case', 'Room B12 2ab'],
    ['bare five digits', 'We raised 12345 this year'],
    ['bare four digits', 'Since 2015 we have helped families'],
    ['year with a town', 'Thanks Melbourne 2026!'],
    ['AU suburb rule needs an AU organisation', 'She’s moved to Parramatta 2150'],
    ['three digits and two', 'The score was 105 63'],
    ['state code in capitals-only text', 'CALL IN 46204'],
    ['Dutch shape that is a time', 'Doors open 1130 PM'],
    ['Dutch shape that is a year', 'Built in 1066 AD'],
    ['money', '£12,000 raised'],
    ['phone number', 'Ring 0800 111 222'],
    ['charity number', 'registered charity no. 1187654'],
    ['reference', 'ref RRS-2026-0417'],
    ['emergency numbers', 'call 999 or 111'],
    ['URL', 'see example.org/HD2 1PL'],
    ['thousands', 'over 10 000 people'],
    ['German number without an address', 'Wir haben 12000 Spenden bekommen'],
    ['public venue postcode', 'Drop-offs at our office, 12 High Street, HD1 2AB'],
  ])('%s', (_label, text) => {
    expect(flagged(text)).toEqual([]);
  });
});

describe('postcode: wording', () => {
  it('explains without repeating the code and suggests the wider area', () => {
    const [c] = run(postcodeRecogniser, 'Anyone near LS6 2QD fancy a food drop?', profiles['en-GB']!);
    expect(c).toMatchObject({ rule: 'location', recogniser: 'postcode', suggestion: 'our area' });
    expect(c!.explanation).not.toContain('LS6');
    expect(run(postcodeRecogniser, 'Sat nav is LS6 2QD', profiles['en-GB']!)[0]?.suggestion).toBe('[postcode removed]');
  });
});

describe('postcode: robustness and cost', () => {
  it.each([
    ['100,000 digits', '1'.repeat(100_000)],
    ['"1 1 1 …"', '1 '.repeat(50_000)],
    ['five-digit runs', '12345 '.repeat(16_000)],
    ['postcodes everywhere', 'LS6 2QD '.repeat(12_000)],
    ['100,000 letters', 'A'.repeat(100_000)],
    ['deep punctuation', '['.repeat(50_000) + ']'.repeat(50_000)],
    ['Greek codes', '105 63 '.repeat(14_000)],
  ])('%s: linear and quick', (_label, text) => {
    const context = contextFor(text, profiles['en-GB']!);
    let best = Infinity;
    // Two warm-up runs (compilation), then the fastest of five: the least disturbed by other work.
    // (CPU time of this process: a busy test machine stretches wall-clock time, not this.)
    for (let k = 0; k < 7; k++) {
      const tokens = context.tokens.slice();
      const started = process.cpuUsage();
      postcodeRecogniser.analyse({ ...context, tokens }, []);
      const used = process.cpuUsage(started);
      if (k >= 2) best = Math.min(best, (used.user + used.system) / 1000);
    }
    expect(postcodeRecogniser.analyse(context, []).length).toBeLessThanOrEqual(MAX_ADDRESSES);
    expect(best).toBeLessThan(50);
  });

  it('never throws, whatever the string', () => {
    const pieces = ['LS6', ' ', '2QD', '105', '63', 'NSW', '2000', 'IL', '62704', ',', '\n', 'Τ.Κ.', '#', '-', 'GIR', 'BFPO', '\ud800', '😀'];
    let seed = 11;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    for (let n = 0; n < 300; n++) {
      let text = '';
      for (let k = 0; k < 30; k++) text += pieces[Math.floor(next() * pieces.length)];
      expect(() => run(postcodeRecogniser, text, profiles['en-AU']!)).not.toThrow();
    }
  });
});
