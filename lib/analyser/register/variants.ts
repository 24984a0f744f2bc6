import { parsePhone } from '../../profile/phone';
import type { SourcePerson, SourcePlace, SourceTerm } from '../../profile/source.schema';
import type { CountryCode } from 'libphonenumber-js/min';
import { isAbjad, isCommonWord, matchKey, skeleton, vowelSkeleton } from '../text/normalise';
import { tokenise } from '../text/tokenise';

/**
 * Every normalised form under which the register matcher may meet an entry. Publishing hashes
 * each `variant:value` pair; the matcher builds the same strings from the draft. Variant codes
 * are listed in lib/profile/published.schema.ts.
 */
export interface Variant {
  code: string;
  value: string;
}

/** Words that make a name a kunya or join a compound name; never a name on their own. */
export const NAME_PARTICLES = new Set([
  'abu', 'abou', 'umm', 'um', 'om', 'oum', 'bin', 'ibn', 'bint', 'al', 'el', 'ul', 'abd', 'abdel', 'abdul',
  'van', 'von', 'der', 'de', 'da', 'di', 'du', 'la', 'le', 'dos', 'das', 'mac', 'st',
  '~abw', '~am', '~bn', '~bnt', '~l', '~bd',
]);

/** First words that make a given name of two words ("Abdul Rahim", "Abu Bakr" as a given name). */
const COMPOUND_GIVEN = new Set(['abdul', 'abdel', 'abdal', 'abd', 'abdur', 'abdol', 'nur', 'noor', 'ghulam', 'mohammad', 'muhammad', '~bd', '~bdl']);

/** Keys of the words of a name, possessives dropped, abjad words marked. */
export function nameWords(name: string): string[] {
  return tokenise(name)
    .map((t) => matchKey(t.text.replace(/['’]s$/i, ''), t.key))
    .filter((k) => k.length > 0);
}

/**
 * One-deletion variants of a key, each with the position deleted. With positions, two words one
 * substitution apart share a variant at the same position, and a word one letter short equals a
 * variant at some position; words two edits apart never meet (Aisha, Rasha).
 */
export function positionalDeletions(key: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < key.length; i++) out.push(`${i}:${key.slice(0, i)}${key.slice(i + 1)}`);
  return out;
}

/** Whether a name word is long and distinctive enough to be matched one edit away. */
export function allowsFuzzy(key: string): boolean {
  return key.length >= 5 && !key.startsWith('~') && !isCommonWord(key) && /^[a-z]+$/.test(key);
}

/** Whether a name word's consonant skeleton is distinctive enough to count: three consonants. */
export function allowsSkeleton(key: string): boolean {
  return skeleton(key.replace(/^~/, '')).length >= 3;
}

/**
 * Whether a Latin-letter name word may be matched by its vowel-class skeleton: three consonants
 * at least, as two-consonant names collide with other names and words (Amir, Omar; Dawit, дітей).
 */
export function allowsVowelSkeleton(key: string): boolean {
  return !key.startsWith('~') && key.length >= 4 && skeleton(key).length >= 3;
}

function addWord(out: Variant[], code: 'g' | 'f' | 'n', key: string): void {
  if (!key || NAME_PARTICLES.has(key)) return;
  out.push({ code, value: key });
  if (allowsSkeleton(key)) out.push({ code: 'k', value: skeleton(key.replace(/^~/, '')) });
  if (allowsVowelSkeleton(key)) out.push({ code: 'v', value: vowelSkeleton(key) });
  if (allowsFuzzy(key)) {
    out.push({ code: 'd', value: key });
    for (const d of positionalDeletions(key)) out.push({ code: 'q', value: d });
  }
}

function addPhrase(out: Variant[], words: string[]): void {
  if (words.length < 2) return;
  out.push({ code: `s${words.length}`, value: words[0]! });
  out.push({ code: `p${words.length}`, value: words.join(' ') });
}

/** A family word without a leading particle: "Al-Khatib" → also "khatib". */
function withoutParticle(word: string, key: string): string | undefined {
  const [head, ...rest] = word.split(/[-‐' ’]/);
  if (!head || rest.length === 0) return undefined;
  if (!NAME_PARTICLES.has(matchKey(head))) return undefined;
  const remainder = matchKey(rest.join(''));
  return remainder && remainder !== key ? remainder : undefined;
}

function addName(out: Variant[], name: string, role: 'name' | 'alias'): void {
  const tokens = tokenise(name);
  const words = tokens.map((t) => matchKey(t.text.replace(/['’]s$/i, ''), t.key)).filter(Boolean);
  if (words.length === 0) return;
  if (words.length === 1) {
    addWord(out, role === 'name' ? 'g' : 'n', words[0]!);
    return;
  }
  addPhrase(out, words);
  // A kunya ("Abu Omar", "Umm Sara") names a person only as a whole.
  if (NAME_PARTICLES.has(words[0]!) && role === 'alias') return;
  addWord(out, 'g', words[0]!);
  // "Abdul Rahim", "Abd al-Karim": a given name in two words is also one given name.
  if (COMPOUND_GIVEN.has(words[0]!) && words.length >= 3) {
    addWord(out, 'g', words[0]! + words[1]!.replace(/^~/, ''));
    addPhrase(out, words.slice(0, 2));
  }
  const lastToken = tokens[tokens.length - 1]!;
  const family = words[words.length - 1]!;
  addWord(out, 'f', family);
  const bare = withoutParticle(lastToken.text, family);
  if (bare) addWord(out, 'f', bare);
  // Arabic writes the article joined: "الأمين" is also found as "أمين".
  const article = /^ال(?=\p{Script=Arabic}{2})/u.exec(lastToken.text);
  if (article) addWord(out, 'f', matchKey(lastToken.text.slice(2)));
  // "Al Khatib" written with a space: the particle and the family word form one key too.
  if (words.length >= 3 && NAME_PARTICLES.has(words[words.length - 2]!)) {
    addWord(out, 'f', words[words.length - 2]! + family.replace(/^~/, ''));
  }
}

export function personVariants(person: SourcePerson, region: CountryCode | undefined): Variant[] {
  const out: Variant[] = [];
  addName(out, person.name, 'name');
  for (const alias of person.aliases) addName(out, alias, 'alias');
  for (const account of person.profiles) {
    if (account.name) addName(out, account.name, 'alias');
    for (const handle of [account.handle, account.username]) {
      if (handle) out.push({ code: 'h', value: normaliseHandle(handle) });
    }
  }
  for (const phone of [...person.phones, ...person.profiles.map((a) => a.phone)]) {
    const e164 = phone ? parsePhone(phone, region) : undefined;
    if (e164) out.push({ code: 't', value: e164 });
  }
  for (const email of person.emails) out.push({ code: 'e', value: email.trim().toLowerCase() });
  return dedupe(out);
}

const LEADING_ARTICLE = new Set(['the', 'our', 'a']);

/** Place names and aliases as phrases ("the Kestrel Lane house" → "kestrel lane house"). */
function addPlaceName(out: Variant[], name: string): void {
  const words = nameWords(name);
  while (words.length > 1 && LEADING_ARTICLE.has(words[0]!)) words.shift();
  if (words.length === 1) {
    if (!isCommonWord(words[0]!)) out.push({ code: 'n', value: words[0]! });
  } else addPhrase(out, words);
}

/** UK-style "HD2 7QF", Irish "D02 X285", and other alphanumeric postcodes, compared without spaces. */
const POSTCODE_AT_END = /\b([A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}|[A-Z]\d{2}\s?[A-Z\d]{4})\s*$/i;

export function normalisePostcode(text: string): string {
  return text.replace(/\s+/g, '').toUpperCase();
}

export function placeVariants(place: SourcePlace): Variant[] {
  const out: Variant[] = [];
  addPlaceName(out, place.name);
  for (const alias of place.aliases) addPlaceName(out, alias);
  if (place.address) {
    for (const segment of place.address.split(',')) {
      let part = segment.trim();
      const postcode = POSTCODE_AT_END.exec(part);
      if (postcode) {
        out.push({ code: 'z', value: normalisePostcode(postcode[1]!) });
        part = part.slice(0, postcode.index).trim();
      }
      const words = nameWords(part);
      // "7 Kestrel Lane": the street with its number, and the street alone.
      if (words.length >= 2) addPhrase(out, words);
      if (words.length >= 3 && /^\d/.test(words[0]!)) addPhrase(out, words.slice(1));
    }
  }
  return dedupe(out);
}

export function termVariants(term: SourceTerm): Variant[] {
  const out: Variant[] = [];
  const words = nameWords(term.text);
  if (words.length === 1) out.push({ code: 'n', value: words[0]! });
  else addPhrase(out, words);
  return dedupe(out);
}

export function normaliseHandle(handle: string): string {
  return handle.trim().replace(/^@/, '').toLowerCase();
}

function dedupe(variants: Variant[]): Variant[] {
  const seen = new Set<string>();
  return variants.filter((v) => {
    const id = `${v.code}:${v.value}`;
    if (seen.has(id)) return false;
    seen.add(id);
    return true;
  });
}

export { isAbjad };
