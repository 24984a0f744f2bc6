import { readFileSync } from 'node:fs';
import { draftText } from '../../../../lib/analyser/rules/event-words';
import { tokenise } from '../../../../lib/analyser/text/tokenise';
import { foldSounds, nameKey } from '../../../../lib/analyser/text/normalise';

/**
 * The tokeniser scans by hand for speed. It must find exactly the words the Unicode pattern it
 * replaced finds; this holds it to that pattern on many scripts, joiners and edge cases.
 */
const REFERENCE_WORD = /[\p{L}\p{M}\p{N}]+(?:['’\-‐][\p{L}\p{M}\p{N}]+)*/gu;

function referenceWords(text: string): [number, number][] {
  return [...text.matchAll(REFERENCE_WORD)].map((m) => [m.index, m.index + m[0].length]);
}

/** Spans as the tokeniser reports them, with hashtags split into parts and spelt-out runs merged undone. */
function tokenSpans(text: string): [number, number][] {
  return tokenise(text).map((t) => [t.start, t.end]);
}

const CASES = [
  'Amina and her son Yusuf came to the drop-in on Tuesday.',
  "O'Brien’s kids, Al-Khatib‐family, rock-'n'-roll - and -- dashes ' quotes '",
  'Олена з донькою, أحمد والأطفال, Γιώργος και η Μαρία, 陈美玲 和 李娜, Nguyễn Thị Hoa',
  'emoji 🎉Amina🎉 and 👍🏽 then 𝐀𝐁𝐂 math letters and 𠀀 CJK extension B',
  'lone \ud800 high and \udc00 low surrogates, \ud800a and a\udc00',
  'digits 07700 900731, ٠١٢٣ and ۴۵۶, 3rd, 10am, £5.50',
  'combining: e\u0301cole, n\u0303, Zoë, naïve',
  "trailing joiners: word' word’ word- word‐ 'lead -lead",
  '',
  '   ',
  "l'espoir d'Amina dell'Ara qu'il",
];

describe('tokenise', () => {
  it.each(CASES)('finds the same words as the reference pattern: %s', (text) => {
    expect(tokenSpans(text.replace(/#/g, ' '))).toEqual(referenceWords(text.replace(/#/g, ' ')));
  });

  it('finds the same words as the reference pattern across the development corpus', () => {
    const corpus = readFileSync(new URL('../../../../../shared/eval/dev.jsonl', import.meta.url), 'utf8')
      .trim()
      .split('\n')
      .map((line) => (JSON.parse(line) as { text: string }).text.replace(/#/g, ' '));
    for (const text of corpus) {
      const spans = tokenise(text).filter((t) => !t.spelledOut).map((t) => [t.start, t.end]);
      const spelled = new Set(tokenise(text).filter((t) => t.spelledOut).flatMap((t) => referenceWords(text).filter(([s, e]) => s >= t.start && e <= t.end).map(([s]) => s)));
      expect(spans).toEqual(referenceWords(text).filter(([s]) => !spelled.has(s)));
    }
  });

  it('marks case, script, digits and possessives', () => {
    const [amina, nhs, olena, digits, possessive, elided] = tokenise("Amina NHS Олена 2024 Yusuf's d'Amina");
    expect(amina).toMatchObject({ capitalised: true, allCaps: false, key: 'amina', sentenceStart: true });
    expect(nhs).toMatchObject({ capitalised: false, allCaps: true, key: 'nhs' });
    expect(olena).toMatchObject({ capitalised: true, nonLatin: true, key: 'olena' });
    expect(digits).toMatchObject({ numeric: true, capitalised: false });
    expect(possessive).toMatchObject({ possessive: true, key: 'yusuf', text: "Yusuf's" });
    expect(elided).toMatchObject({ key: 'amina', capitalised: true });
  });

  it('splits camel-case hashtags and keeps plain ones whole', () => {
    expect(tokenise('#JusticeForAmina #amina').map((t) => [t.text, t.hashtag])).toEqual([
      ['Justice', true],
      ['For', true],
      ['Amina', true],
      ['amina', true],
    ]);
  });

  it('merges letter-by-letter spellings', () => {
    const [spelled] = tokenise('A.m.i.n.a');
    expect(spelled).toMatchObject({ spelledOut: true, key: 'amina', start: 0, end: 9 });
  });
});

describe('nameKey', () => {
  it.each([
    ['amina', 'amina'],
    ['Amina', 'amina'],
    ['AL-KHATIB', 'alkhatib'],
    ["O'Brien", 'obrien'],
    ['Zoë', 'zoe'],
    ['Олена', 'olena'],
    ['Ομίντ', 'omid'],
    ['2024', '2024'],
  ])('%s → %s', (word, key) => {
    expect(nameKey(word)).toBe(key);
  });
});

describe('foldSounds', () => {
  /** The chain of replacements publishing has always used: the one-pass version must agree. */
  function reference(key: string): string {
    let s = key
      .replace(/ph/g, 'f')
      .replace(/x/g, 'ks')
      .replace(/ck/g, 'k')
      .replace(/q/g, 'k')
      .replace(/c(?=[eiy])/g, 's')
      .replace(/c/g, 'k')
      .replace(/dh/g, 'd')
      .replace(/th/g, 't')
      .replace(/gh/g, 'g')
      .replace(/z/g, 's');
    if (s.length > 3 && s.endsWith('h') && /[aeiouyn]/.test(s[s.length - 2]!)) s = s.slice(0, -1);
    return s;
  }

  it('agrees with the chain of replacements on names and on every short mix of the letters involved', () => {
    for (const name of ['philip', 'alexander', 'jackson', 'qasim', 'cecilia', 'dhruv', 'thomas', 'ghazal', 'zainab', 'fatemeh', 'sarah', 'cx', 'ccx', 'cck', 'cq', 'dhh', 'tph', 'ckx']) {
      expect(foldSounds(name)).toBe(reference(name));
    }
    const letters = 'pxcqdtghzkeiyansh';
    let seed = 7;
    const random = () => ((seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0) / 2 ** 32);
    for (let n = 0; n < 20_000; n++) {
      let key = '';
      const length = Math.floor(random() * 9);
      for (let i = 0; i < length; i++) key += letters[Math.floor(random() * letters.length)];
      expect(foldSounds(key)).toBe(reference(key));
    }
  });
});

describe('draftText', () => {
  it('holds the same words as splitting the lower-cased draft on everything but letters and digits', () => {
    const split = (text: string) => new Set(text.toLowerCase().split(/[^a-z0-9\u00DF-\u024F\u0370-\u03FF\u1F00-\u1FFF\u0400-\u04FF\u0600-\u06FF]+/));
    for (const text of [...CASES, ' lead', 'trail ', '  ', 'a', 'İstanbul and ΣΟΦΊΑ', 'école, drop-in; 10am!!']) {
      expect(draftText(text).words).toEqual(split(text));
    }
  });
});
