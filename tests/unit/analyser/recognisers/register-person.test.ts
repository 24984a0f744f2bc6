import { beforeAll, describe, expect, it } from 'vitest';
import type { CompiledProfile } from '../../../../lib/analyser/compiled-profile';
import { registerPersonRecogniser } from '../../../../lib/analyser/recognisers/register-person.recogniser';
import { compiledFrom, createSource, run } from '../../../helpers/analysis';

// An invented register, unlike the development corpus's: other names, scripts and regions.
let profile: CompiledProfile;
beforeAll(async () => {
  profile = await compiledFrom(
    createSource({
      organisation: { name: 'Harbour Women’s Aid', locale: 'en-IE', staff: ['Niamh Byrne'], publicContacts: [] },
      people: [
        { id: 'a', name: 'Fatemeh Karimi', aliases: ['فاطمه کریمی', 'Fati'], kind: 'client', household: 'h1' },
        { id: 'b', name: 'Hope Karimi', kind: 'child', household: 'h1' },
        { id: 'c', name: 'Mohammed Al-Amin', aliases: ['محمد الأمين', 'Abu Yusuf'], kind: 'client', household: 'h2' },
        { id: 'd', name: 'Oleksandr Kovalenko', aliases: ['Олександр Коваленко', 'Sasha'], kind: 'family' },
        { id: 'e', name: 'Nguyễn Thị Lan', kind: 'client' },
        { id: 'f', name: 'Γιώργος Παπαδόπουλος', aliases: ['Giorgos Papadopoulos'], kind: 'client' },
        { id: 'g', name: 'Wei Zhang', aliases: ['张伟'], kind: 'client' },
        { id: 'h', name: 'Will Brennan', kind: 'child', birthDate: '2014-05-01' },
        { id: 'i', name: 'Amina Yusuf', kind: 'client' },
        { id: 'j', name: 'Abdul Karim Sultani', kind: 'client', household: 'h3' },
        { id: 'k', name: 'Joy Sultani', kind: 'child', household: 'h3' },
        { id: 'l', name: 'Dara Cooper', aliases: ['DC'], kind: 'client' },
        { id: 'm', name: 'Espoir Kabila', kind: 'client' },
        { id: 'n', name: 'Omid Rahimi', kind: 'child' },
      ],
    }),
  );
});

const flagged = (text: string, input = {}) => run(registerPersonRecogniser, text, profile, input).map((c) => c.text);

describe('register-person', () => {
  it.each([
    ['full name', 'Fatemeh Karimi came to the drop-in today', 'Fatemeh Karimi'],
    ['given name alone', 'So proud of Fatemeh this week', 'Fatemeh'],
    ['spelling family (Fatima)', 'Fatima has started her course', 'Fatima'],
    ['family name alone', 'the Karimi family are settling in', 'the Karimi family'],
    ['alias', 'Fati brought cake for everyone', 'Fati'],
    ['Persian script', 'فاطمه امروز آمد', 'فاطمه'],
    ['Latin name from Persian alias, reverse direction', 'کریمی خانواده', 'کریمی'],
    ['Mohamed for Mohammed', 'Mohamed fixed the bikes', 'Mohamed'],
    ['Muhammad for Mohammed', 'thanks to Muhammad for his help', 'Muhammad'],
    ['hyphenated family name written without hyphen', 'Alamin family', 'Alamin'],
    ['family name without its particle', 'Mr Amin called', 'Amin'],
    ['Arabic script with a conjunction prefix, joined to the given name', 'جاء محمد والأمين', 'محمد والأمين'],
    ['Arabic family name alone after a conjunction', 'عائلة والأمين', 'والأمين'],
    ['kunya as a whole', 'Abu Yusuf says hello', 'Abu Yusuf'],
    ['Alexander for Oleksandr', 'Alexander Kovalenko moved here', 'Alexander Kovalenko'],
    ['Cyrillic', 'Олександр сьогодні прийшов', 'Олександр'],
    ['Vietnamese without diacritics', 'Nguyen Thi Lan is doing well', 'Nguyen Thi Lan'],
    ['Greek script', 'Ο Γιώργος ήρθε σήμερα', 'Γιώργος'],
    ['Greek name in Latin letters', 'Giorgos fixed the van', 'Giorgos'],
    ['CJK inside a sentence', '今天张伟来了', '张伟'],
    ['possessive', "Amina's daughter", "Amina's"],
    ['hashtag', 'Go team! #TeamAmina', 'Amina'],
    ['@mention of a name', 'well done @Amina', 'Amina'],
    ['letter by letter', 'A.m.i.n.a is amazing', 'A.m.i.n.a'],
    ['one-edit misspelling', 'Ammina came in', 'Ammina'],
    ['all capitals', 'HUGE thanks to AMINA', 'AMINA'],
    ['Hope as a name with a possessive', "Hope's lift is at six", "Hope's"],
    ['Hope acting as a person', 'Hope smashed her exam', 'Hope'],
    ['Will with family corroboration', 'Will Brennan won the race', 'Will Brennan'],
    ['a compound given name', 'So proud of Abdul Karim today', 'Abdul Karim'],
    ['a virtue name in a list of names', 'added Amina, Joy and Fatemeh to the chat', 'Joy'],
    ['a virtue name in a hashtag made for a person', 'Thinking of her today #StandWithJoy', 'Joy'],
    ['a virtue name with an age', 'Joy (9) read her poem', 'Joy'],
    ['a family in the plural', 'the Coopers are moving on Friday', 'Coopers'],
    ['a Greek spelling of a foreign name', 'Ο Ομίντ ήρθε', 'Ομίντ'],
    ['a name after a French elision', "C'est l'anniversaire d'Amina", "d'Amina"],
    ['a lower-case name from someone who types in lower case', 'can u pick up amina at 3', 'amina'],
  ])('finds %s', (_label, text, expected) => {
    expect(flagged(text)).toContain(expected);
  });

  it.each([
    ['hope as a verb', 'we hope to see you there'],
    ['Hope as an abstract noun', 'Hope is what gets families through the winter'],
    ['will as a verb', 'Will you come to the open day?'],
    ['a month', 'See you in May'],
    ['staff member', 'Niamh Byrne will run the session'],
    ['a different person with the same first name', 'Great talk by Amina Mohammed at the UN'],
    ['a word two edits from a name', 'Aisha and Pete ran the stall'],
    ['ordinary words', 'The karaoke night was fun and the amenities were great'],
    ['similar consonants, different name', 'Happy Newroz to everyone celebrating'],
    ['empty text', ''],
    ['a contraction after a virtue name', "Joy's here at last, spring is coming"],
    ['a name talked about as a word', 'Omid means hope in Dari'],
    ['a lower-case word equal to a name, from someone who capitalises', "L'espoir fait vivre. Merci"],
    ['short initials in lower case', 'dc and marvel films tonight'],
    ['a lower-case Greek word', 'σήμερα ήρθαν όλοι'],
    ['a stranger whose names both appear on the register', 'Reading Omid Yusuf’s new novel'],
  ])('does not fire on %s', (_label, text) => {
    expect(flagged(text)).toEqual([]);
  });

  it('does not treat the recipient’s own name in a greeting as a disclosure', () => {
    expect(flagged('Hi Amina, your appointment is at 10', { surface: 'message', recipient: { name: 'Amina Yusuf' } })).toEqual([]);
    expect(flagged('Hi Amina, Fatemeh says hello', { surface: 'message', recipient: { name: 'Amina Yusuf' } })).toEqual(['Fatemeh']);
  });

  it('never repeats the name in its explanation and offers a safer wording', () => {
    const [finding] = run(registerPersonRecogniser, 'Fatemeh Karimi came today', profile);
    expect(finding?.explanation).not.toMatch(/fatemeh|karimi/i);
    expect(finding?.suggestion).toBe('someone we support');
  });

  it('speaks of a young person for a child', () => {
    const [finding] = run(registerPersonRecogniser, "Hope's lift is at six", profile);
    expect(finding?.explanation).toMatch(/young person/);
  });

  it('stays linear on adversarial input', () => {
    for (const text of ['a'.repeat(100_000), 'Amina '.repeat(20_000), 'A.'.repeat(50_000), '\ud800'.repeat(10_000)]) {
      const t = performance.now();
      run(registerPersonRecogniser, text, profile);
      expect(performance.now() - t).toBeLessThan(1500);
    }
  });
});
