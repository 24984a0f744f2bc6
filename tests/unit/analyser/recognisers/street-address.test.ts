import { beforeAll, describe, expect, it } from 'vitest';
import type { CompiledProfile } from '../../../../lib/analyser/compiled-profile';
import { analyse } from '../../../../lib/analyser/engine';
import { MAX_ADDRESSES, streetAddressRecogniser } from '../../../../lib/analyser/recognisers/street-address.recogniser';
import { compiledFrom, contextFor, createSource, run } from '../../../helpers/analysis';

// Invented addresses in each region's postal format; none are from the development corpus.
let gb: CompiledProfile;
let au: CompiledProfile;
let gr: CompiledProfile;
beforeAll(async () => {
  const org = (locale: string) => ({ name: 'Harbour Women’s Aid', locale, publicContacts: [], staff: ['Niamh Byrne'] });
  gb = await compiledFrom(createSource());
  au = await compiledFrom(createSource({ organisation: org('en-AU') }));
  gr = await compiledFrom(createSource({ organisation: org('el-GR') }));
});

/** The texts the recogniser would show (at or above the engine's threshold of 0.5). */
const flagged = (text: string, profile = gb) =>
  run(streetAddressRecogniser, text, profile)
    .filter((c) => c.likelihood >= 0.5)
    .map((c) => c.text);

describe('street-address: numbered addresses', () => {
  it.each([
    // UK and Ireland (Royal Mail PAF, An Post): number, name, thoroughfare type.
    ['UK house', 'The boxes go to 17 Rowan Grove tomorrow', '17 Rowan Grove'],
    ['UK flat before the house', 'She has Flat 2, 58 Tanner Court now', 'Flat 2, 58 Tanner Court'],
    ['UK letter suffix', 'drop it at 4b Orchard Close please', '4b Orchard Close'],
    ['UK range', 'the family at 23-25 Mill Street are settling in', '23-25 Mill Street'],
    ['UK saint in name', 'moved to 9 St Anne’s Road last week', '9 St Anne’s Road'],
    ['UK "The" street', 'Parcel for 4 The Crescent', '4 The Crescent'],
    ['UK two street words', 'Boxes to 10 Park View Road', '10 Park View Road'],
    ['UK street, then a Title Case phrase', 'Meet at 12 Elm Grove Thursday Night Walk', '12 Elm Grove'],
    ['UK with town and postcode', 'New address: 8 Linden Avenue, Thornbury BS35 2QX', '8 Linden Avenue, Thornbury BS35 2QX'],
    ['UK lower case', 'moved into 31 linden avenue yesterday', '31 linden avenue'],
    ['Irish apartment', 'Apt 3, 19 Main Street, Ballincollig is the new place', 'Apt 3, 19 Main Street'],
    ['Irish Eircode after', 'Send it to 6 Abbey Road, Cork T12 W9K4', '6 Abbey Road, Cork T12 W9K4'],
    // Australia (Australia Post / AS 4590): unit/number and ranges.
    ['AU unit/number', 'Unit 7/88 Beach Rd is where they are', 'Unit 7/88 Beach Rd'],
    ['AU slash without unit word', 'she is at 3/14 Pitt Street', '3/14 Pitt Street'],
    ['AU unit, range', 'Unit 5, 10–12 Harbour St', 'Unit 5, 10–12 Harbour St'],
    ['AU level', 'Level 2, 71 Collins St', 'Level 2, 71 Collins St'],
    ['AU with state and postcode', 'It’s 14 Kent St, Sydney NSW 2000', '14 Kent St, Sydney NSW 2000'],
    // US (USPS Pub 28): directionals and secondary units after the street.
    ['US directional and apartment', 'She’s at 4410 Cedar Avenue NW, Apt 12 now', '4410 Cedar Avenue NW, Apt 12'],
    ['US with ZIP', 'mail to 902 Oak Blvd, Austin, TX 78701', '902 Oak Blvd, Austin, TX 78701'],
    ['US ordinal street', 'the shelter at 310 W 42nd Street', '310 W 42nd Street'],
    ['US hash unit', 'it is 77 Pine Street #4B', '77 Pine Street #4B'],
    // Canada (Canada Post): civic numbers, French order, postal code.
    ['Canada English', 'Her place is 455 King St W, Toronto ON M5V 1M4', '455 King St W, Toronto ON M5V 1M4'],
    ['Canada French with comma', 'Elle habite au 1280, rue Sainte-Catherine', '1280, rue Sainte-Catherine'],
    ['Canada boulevard abbreviation', '88 boul. Saint-Laurent', '88 boul. Saint-Laurent'],
    ['Canada with province and postal code', 'Send it to 67 Riverside Drive, Winnipeg MB R3T 2N2', '67 Riverside Drive, Winnipeg MB R3T 2N2'],
    // France, Belgium: type first.
    ['France number first', 'Chez elle, 7 rue des Lilas, 69003 Lyon', '7 rue des Lilas, 69003 Lyon'],
    ['France bis', 'au 12 bis avenue Jean Jaurès', '12 bis avenue Jean Jaurès'],
    ['Belgium number last', 'Rue du Marché 14, 1000 Bruxelles', 'Rue du Marché 14, 1000 Bruxelles'],
    // Netherlands, Germany, Nordics: one-word streets, number after.
    ['Dutch -straat', 'Ze woont op Molenstraat 41a', 'Molenstraat 41a'],
    ['Dutch -weg with postcode', 'Adres: Havikweg 3, 3541 CK Utrecht', 'Havikweg 3, 3541 CK Utrecht'],
    ['German -straße', 'Sie wohnt in der Lindenstraße 8', 'Lindenstraße 8'],
    ['German abbreviation', 'Lindenstr. 8, 50674 Köln', 'Lindenstr. 8, 50674 Köln'],
    ['German separate word', 'Kölner Straße 112', 'Kölner Straße 112'],
    ['Dutch canal, range, postcode', 'De familie woont op de Keizersgracht 17-2, 1015 CJ Amsterdam', 'Keizersgracht 17-2, 1015 CJ Amsterdam'],
    ['Swedish -gatan', 'Hon bor på Sveavägen 12', 'Sveavägen 12'],
    ['Danish -gade', 'Vesterbrogade 55', 'Vesterbrogade 55'],
    ['Norwegian separate gate', 'Thorvald Meyers gate 20', 'Thorvald Meyers gate 20'],
    // Italy, Spain, Portugal: type first, number last, sometimes after a comma.
    ['Italian via', 'abita in Via Garibaldi 21 con i figli', 'Via Garibaldi 21'],
    ['Italian piazza', 'Piazza Cavour, 3', 'Piazza Cavour, 3'],
    ['Spanish calle with comma', 'vive en Calle de Toledo, 48', 'Calle de Toledo, 48'],
    ['Spanish C/ abbreviation', 'C/ Alcalá 200', 'C/ Alcalá 200'],
    ['Spanish avenida', 'Avenida de América 9', 'Avenida de América 9'],
    ['Catalan carrer', 'Carrer de Provença 250', 'Carrer de Provença 250'],
    ['Portuguese rua', 'Rua das Flores 71', 'Rua das Flores 71'],
    ['Polish ul.', 'ul. Długa 5', 'ul. Długa 5'],
    // Greece (ELTA): street word optional, genitive name, number, postcode "NNN NN".
    ['Greek οδός with postcode', 'Μένει στην Οδός Αιόλου 42, 105 51 Αθήνα', 'Οδός Αιόλου 42, 105 51 Αθήνα'],
    ['Greek accusative οδό', 'μένει στην οδό Σταδίου 10', 'οδό Σταδίου 10'],
    ['Greek genitive alone', 'Η οικογένεια είναι στην Πατησίων 88', 'Πατησίων 88'],
    ['Greek two-word genitive', 'Αγίου Δημητρίου 25, Θεσσαλονίκη', 'Αγίου Δημητρίου 25'],
    ['Greek avenue abbreviation', 'Λεωφ. Συγγρού 150', 'Λεωφ. Συγγρού 150'],
    ['Greek Λ. abbreviation', 'Λ. Αλεξάνδρας 44', 'Λ. Αλεξάνδρας 44'],
    ['Greek number word', 'Σταδίου αρ. 7', 'Σταδίου αρ. 7'],
    ['Greek square', 'Πλατεία Κάνιγγος 3', 'Πλατεία Κάνιγγος 3'],
    // Ukrainian (people supported write their own script).
    ['Ukrainian вул.', 'жила на вул. Шевченка, 14', 'вул. Шевченка, 14'],
  ])('%s', (_label, text, expected) => {
    expect(flagged(text)).toEqual([expected]);
  });
});

describe('street-address: where someone lives or stays (no number)', () => {
  it.each([
    ['staying at the house on', 'She’s staying at the house on Heron Lane for now', 'on Heron Lane'],
    ['above a shop', 'they live above the bakery on Union Street', 'on Union Street'],
    ['next to a shop', 'the flat next to the Co-op on Albert Road is theirs', 'on Albert Road'],
    ['refuge on', 'the kids are at the refuge on Meadow Crescent this week', 'on Meadow Crescent'],
    ['home on', 'they found a home on Sycamore Close', 'on Sycamore Close'],
    ['moved to', 'Grace has moved to Willow Avenue', 'to Willow Avenue'],
    ['street as the home’s name', 'Can someone take the cot to the Heron Lane house?', 'the Heron Lane house'],
    ['street flat', 'The Union Street flat needs a new lock', 'The Union Street flat'],
    ['household on', 'the Syrian family on Albert Road are lovely', 'on Albert Road'],
    ['hotel they stay in', 'They’re staying at the Regency Hotel on Station Road', 'on Station Road'],
    ['address is', 'Her new address is Sycamore Close', 'Sycamore Close'],
    ['lower case', 'she lives on heron lane now', 'on heron lane'],
    ['unit without a number', 'Flat 3, Tanner Court', 'Flat 3, Tanner Court'],
    ['Spanish', 'vive en la Calle Mayor con su hija', 'en la Calle Mayor'],
    ['German', 'Sie wohnt jetzt in der Lindenstraße', 'in der Lindenstraße'],
    ['Greek', 'Η Ελένη μένει στην οδό Αιόλου', 'στην οδό Αιόλου'],
  ])('%s', (_label, text, expected) => {
    expect(flagged(text)).toEqual([expected]);
  });
});

describe('street-address: not addresses', () => {
  it.each([
    ['town alone', 'She has moved to Halifax and loves it'],
    ['public venue', 'Open day at St Mary’s Hall, 11am–3pm, all welcome'],
    ['park', 'Thank you to the 40 of you who walked 10k round Victoria Park'],
    ['library', 'English class at the library on Tuesday'],
    ['restaurant on a street', 'Finally tried the new Syrian place on Market Street. 10/10'],
    ['market on a street', 'Bake sale at the Church Street market this Saturday, 10 till 2'],
    ['workplace on a street', 'He works at the car wash on Manchester Road'],
    ['organisation moved', 'Our office has moved to Bridge Street'],
    ['someone lives in a town, office elsewhere', 'She lives in Leeds and her office is on King Street'],
    ['organisation premises with number', 'Drop-offs Mon–Thu at our office, 12 High Street'],
    ['visit us', 'Visit us at 12 High Street'],
    ['German office', 'Unser Büro ist in der Lindenstraße 12 – kommen Sie vorbei!'],
    ['French opening hours', 'Bureau ouvert du lundi au vendredi, 9h–17h, 14 rue de la République'],
    ['party at a hotel', 'We had our Christmas party at the Holiday Inn hotel on Leeds Road'],
    ['lives, works elsewhere', 'she lives with her aunt and works at the café on Mill Lane'],
    ['Home Office', 'Your Home Office interview is at 2 Marsham Street'],
    ['Title Case headline', 'Over 1000 Women Walk raises record sum'],
    ['public event at an address', 'Coffee morning at 5 Market Place, everyone welcome!'],
    ['times', 'Thursdays 10–12 at the community centre'],
    ['dates', 'Thursday 10 December at 7pm'],
    ['money', 'Tickets £12, 3 for £30'],
    ['distances', 'It’s a 5 minute walk, or 10 min drive'],
    ['durations', 'Could you give 2 hours a week?'],
    ['measurements', 'We ran 10k and 5 miles'],
    ['version number', 'Update to version 2.3.1 Street Edition'],
    ['scores', 'Lost 7-2 but raised £380'],
    ['counts before Title Case', 'Top 5 Family Walk ideas for the summer'],
    ['car park', 'Meet at Level 2 Car Park'],
    ['lower-case court', 'She attended 3 family court hearings'],
    ['close friends', 'I have 2 close friends there'],
    ['high street shops', '3 high street banks closed this year'],
    ['saint before a name', 'Thanks to 12 St Paul’s volunteers'],
    ['doctor', 'Watched 3 Dr Who episodes'],
    ['year group', 'Year 10 at Moorbrook Academy'],
    ['via in English', 'Sent via Royal Mail 2 days ago'],
    ['via with years', 'We travelled via Calais 3 years ago'],
    ['et al.', 'as shown in Smith et al. 2019'],
    ['brigade', 'The Fire Brigade 999 line'],
    ['Greek date', 'Η συνάντηση είναι στις 15 Μαΐου'],
    ['Greek day and time', 'Τρίτης 15 στο γραφείο'],
    ['Greek year', 'από την Αθήνας 2004'],
    ['departure gate', 'Meet at Departure Gate 12'],
    ['bus route', 'the 363 bus route'],
  ])('%s', (_label, text) => {
    expect(flagged(text)).toEqual([]);
  });
});

describe('street-address: a public event counts only in the address\'s own sentence', () => {
  it.each([
    ['event before, same sentence', 'Raffle tickets, boxes to 12 Weavers Court', []],
    ['event after, same sentence', 'Boxes to 12 Weavers Court, raffle tickets', []],
    ['event in the sentence before', 'Raffle tickets! Boxes to 12 Weavers Court', ['12 Weavers Court']],
    ['event in the sentence after', 'Boxes to 12 Weavers Court. Raffle tickets', ['12 Weavers Court']],
    ['address over a line break, event after it', 'Boxes to 12 Weavers Court,\nLeeds LS2 7AB tickets £5', ['12 Weavers Court,\nLeeds LS2 7AB']],
  ])('%s', (_label, text, expected) => {
    expect(flagged(text)).toEqual(expected);
  });
});

describe('street-address: wording', () => {
  it('explains without repeating the address, and offers safer wording', () => {
    const [c] = run(streetAddressRecogniser, 'The family are now at 17 Rowan Grove', gb);
    expect(c).toMatchObject({ rule: 'location', recogniser: 'street-address', suggestion: 'a local address' });
    expect(c!.explanation).not.toContain('Rowan');
    expect(c!.explanation.split(/(?<=\.)\s/).length).toBeLessThanOrEqual(2);
  });

  it('suggests "nearby" for a street and "the house" for a street used as the home’s name', () => {
    expect(run(streetAddressRecogniser, 'she is staying on Heron Lane', gb)[0]?.suggestion).toBe('nearby');
    expect(run(streetAddressRecogniser, 'the Heron Lane house', gb)[0]?.suggestion).toBe('the house');
  });

  it('works the same whatever the organisation’s region', () => {
    for (const p of [gb, au, gr]) expect(flagged('Πατησίων 88 and 17 Rowan Grove', p)).toEqual(['Πατησίων 88', '17 Rowan Grove']);
  });

  it('keeps one finding when a postcode follows the address (the engine resolves the overlap)', () => {
    const text = 'Address is 8 Linden Avenue, Thornbury BS35 2QX thanks';
    const found = analyse({ text, platform: 'whatsapp', surface: 'message', account: 'personal' }, gb).filter((f) => f.rule === 'location');
    expect(found.map((f) => text.slice(f.start, f.end))).toEqual(['8 Linden Avenue, Thornbury BS35 2QX']);
  });
});

describe('street-address: robustness and cost', () => {
  const adversarial: [string, string][] = [
    ['100,000 digits', '1'.repeat(100_000)],
    ['"1 1 1 …"', '1 '.repeat(50_000)],
    ['100,000 letters', 'a'.repeat(100_000)],
    ['deep punctuation', '('.repeat(50_000) + ')'.repeat(50_000)],
    ['full stops', '. '.repeat(50_000)],
    ['street types', 'Street '.repeat(15_000)],
    ['numbers and names', '12 Elm '.repeat(15_000)],
    ['Greek genitives', 'Ερμού '.repeat(20_000)],
    ['commas and digits', '1, '.repeat(33_000)],
    ['addresses everywhere', 'Via Roma 10 '.repeat(8_000)],
  ];

  it.each(adversarial)('%s: linear and quick', (_label, text) => {
    const context = contextFor(text, gb);
    const elapsed = fastest(5, () => streetAddressRecogniser.analyse({ ...context, tokens: context.tokens.slice() }, []));
    expect(streetAddressRecogniser.analyse(context, []).length).toBeLessThanOrEqual(MAX_ADDRESSES);
    // A few milliseconds when measured alone; the bound leaves room for a busy test machine.
    expect(elapsed).toBeLessThan(50);
  });

  it('never throws, whatever the string', () => {
    const pieces = ['12', ' ', 'Elm', 'Street', ',', '/', '–', 'Via', 'Ερμού', '.', '\n', '#', 'Flat', 'C/', '\u0000', '\ud800', '😀', 'rue', 'the', 'house', 'on'];
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    for (let n = 0; n < 300; n++) {
      let text = '';
      for (let k = 0; k < 40; k++) text += pieces[Math.floor(next() * pieces.length)];
      expect(() => run(streetAddressRecogniser, text, gb)).not.toThrow();
    }
    for (const text of ['', ' ', '12', 'Street', 'on', 'Via', 'Λ.', '\ud800']) expect(() => run(streetAddressRecogniser, text, gb)).not.toThrow();
  });

  it('costs well under 0.2 ms on a 2,000-character draft', () => {
    const para =
      'Lovely afternoon at the drop-in 💜 Thank you to everyone who came. The family at 17 Rowan Grove say hello, and the boxes for Flat 2, 58 Tanner Court are ready. ' +
      'Bake sale on Saturday at the Church Street market, 10 till 2, everyone welcome. Η οικογένεια είναι στην Πατησίων 88. ';
    let text = '';
    while (text.length < 2000) text += para;
    const context = contextFor(text.slice(0, 2000), gb);
    expect(streetAddressRecogniser.analyse(context, []).length).toBeGreaterThan(0);
    // A fresh token array each run, so that nothing is served from the per-analysis cache.
    const runs = 200;
    const elapsed = fastest(5, () => {
      for (let k = 0; k < runs; k++) streetAddressRecogniser.analyse({ ...context, tokens: context.tokens.slice() }, []);
    }) / runs;
    expect(elapsed).toBeLessThan(0.2);
  });
});

/**
 * The fastest of n runs after two warm-up runs, in milliseconds of this process's CPU time: other
 * work on a busy test machine stretches wall-clock time but not the CPU time spent here.
 */
function fastest(n: number, f: () => void): number {
  f();
  f();
  let best = Infinity;
  for (let k = 0; k < n; k++) {
    const started = process.cpuUsage();
    f();
    const used = process.cpuUsage(started);
    best = Math.min(best, (used.user + used.system) / 1000);
  }
  return best;
}
