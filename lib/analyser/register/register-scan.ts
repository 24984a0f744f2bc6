import { hasLetterCase, isAbjad, isCommonWord, isUnspacedScript, matchKey, skeleton, vowelSkeleton } from '../text/normalise';
import type { Token } from '../text/tokenise';
import type { AnalysisContext } from '../types';
import type { EntryRef, Register } from './register';
import { allowsFuzzy, allowsSkeleton, NAME_PARTICLES, nameWords } from './variants';

/**
 * One pass over the draft's words that finds every mention of the register: people (by name,
 * alias, family name, spelling variant, one-edit misspelling, other script), places and terms
 * (as phrases). The register-person, confidential-place and confidential-term recognisers read
 * the same scan, memoised per analysis, so the draft is hashed once.
 */

export type MatchStrength = 'phrase' | 'exact' | 'family' | 'skeleton' | 'fuzzy';

export interface RegisterHit {
  ref: EntryRef;
  start: number;
  end: number;
  /** Token indices covered, [first, last]. */
  first: number;
  last: number;
  strength: MatchStrength;
}

/**
 * The last analysis's scan. One slot, not a WeakMap keyed by context: V8's young-generation
 * collector keeps WeakMap entries alive, so every analysis's working data was promoted to the
 * old generation and made each scavenge slow (several milliseconds) and the next full
 * collection longer. One slot frees it as soon as the next analysis starts.
 */
let lastScan: { context: AnalysisContext; hits: RegisterHit[] } | undefined;

export function scanRegister(context: AnalysisContext): RegisterHit[] {
  if (lastScan?.context === context) return lastScan.hits;
  const hits = context.profile.register.isEmpty ? [] : scan(context.tokens, context.text, context.profile.register);
  lastScan = { context, hits };
  return hits;
}

/** Words may join a phrase across spaces, hyphens and apostrophes only, not across a sentence. */
function adjacent(text: string, a: Token, b: Token): boolean {
  const gap = text.slice(a.end, b.start);
  return gap.length <= 3 && /^[\s\-‐'’.,]*$/.test(gap) && !/[.,]\s/.test(gap);
}

function keyOf(token: Token): string {
  return token.nonLatin && isAbjad(token.text) ? `~${token.key}` : token.key;
}

function scan(tokens: readonly Token[], text: string, register: Register): RegisterHit[] {
  const hits: RegisterHit[] = [];
  const keys = tokens.map(keyOf);
  const covered = new Uint8Array(tokens.length);
  const lengths = register.phraseLengths;
  const startCodes = lengths.map((length) => `s${length}`);
  // Most words start no name or phrase: one check each, instead of one per variant code.
  const named = new Uint8Array(tokens.length);
  for (let i = 0; i < tokens.length; i++) named[i] = register.mayHoldWord(keys[i]!) ? 1 : 0;

  // Phrases first (full names, multi-word aliases, places, terms): the longest wins.
  for (let i = 0; i < tokens.length; i++) {
    if (!named[i]) continue;
    for (let l = 0; l < lengths.length; l++) {
      const length = lengths[l]!;
      if (i + length > tokens.length) continue;
      if (register.find(startCodes[l]!, keys[i]!).length === 0) continue;
      let ok = true;
      for (let j = i + 1; j < i + length && ok; j++) ok = adjacent(text, tokens[j - 1]!, tokens[j]!);
      if (!ok) continue;
      const refs = register.find(`p${length}`, keys.slice(i, i + length).join(' '));
      if (refs.length === 0) continue;
      for (let r = 0; r < refs.length; r++) {
        hits.push({ ref: refs[r]!, start: tokens[i]!.start, end: tokens[i + length - 1]!.end, first: i, last: i + length - 1, strength: 'phrase' });
      }
      covered.fill(1, i, i + length);
      break;
    }
  }

  for (let i = 0; i < tokens.length; i++) {
    if (covered[i]) continue;
    const token = tokens[i]!;
    const key = keys[i]!;
    if (token.numeric || key.length < 2 || key.length > MAX_NAME_WORD) continue;
    if (token.nonLatin && isUnspacedScript(token.text)) {
      scanUnspaced(token, register, hits, i);
      continue;
    }
    if (NAME_PARTICLES.has(key)) {
      // "Al Khatib", "Abdul Rahim" with a space: the particle joined to the next word is one name.
      const next = tokens[i + 1];
      if (next && adjacent(text, token, next)) {
        const joined = key + unmarked(keys[i + 1]!);
        const family = register.find('f', joined);
        const given = register.find('g', joined);
        for (const ref of family) hits.push({ ref, start: token.start, end: next.end, first: i, last: i + 1, strength: 'family' });
        for (const ref of given) hits.push({ ref, start: token.start, end: next.end, first: i, last: i + 1, strength: 'exact' });
        if (family.length || given.length) {
          covered[i + 1] = 1;
          i++;
        }
      }
      continue;
    }
    let found = findWord(register, token, key, named[i] === 1);
    // "the Coopers", "the Hassans": a family named in the plural.
    if (!found.length && token.capitalised && tokens[i - 1]?.key === 'the' && /[a-z]{3}s$/.test(key)) {
      found = withStrength(register.find('f', key.slice(0, -1)), 'family');
    }
    for (let f = 0; f < found.length; f++) {
      const { ref, strength } = found[f]!;
      hits.push({ ref, start: token.start, end: token.end, first: i, last: i, strength });
    }
  }
  return hits;
}

/** A key without the abjad mark. */
function unmarked(key: string): string {
  return key.charCodeAt(0) === 0x7e ? key.slice(1) : key;
}

/**
 * Whether a word is written the way names are: capitalised, or in a script without capitals,
 * spelt out, or an @mention or hashtag. "σήμερα" and "amina" are not; "Σήμερα" at a sentence
 * start and "أمينة" are.
 */
export function writtenAsName(token: Token): boolean {
  if (token.capitalised || token.allCaps || token.spelledOut || token.mention || token.hashtag) return true;
  return token.nonLatin && !hasLetterCase(token.text);
}

/** Arabic joins "and", "for", "with", "so" and "the" to the next word: و ف ب ل ك ال. */
const ARABIC_CLITIC = /^[وفبلك](?=\p{Script=Arabic}{2})/u;
const ARABIC_ARTICLE = /^ال(?=\p{Script=Arabic}{2})/u;

/** No name is this long; longer "words" (pasted data, key mashing) are not looked up at all. */
const MAX_NAME_WORD = 32;

interface WordMatch {
  ref: EntryRef;
  strength: MatchStrength;
}
const NO_MATCH: readonly WordMatch[] = [];
const NO_REFS: readonly EntryRef[] = [];

function withStrength(refs: readonly EntryRef[], strength: MatchStrength): readonly WordMatch[] {
  return refs.length ? refs.map((ref) => ({ ref, strength })) : NO_MATCH;
}

/**
 * A single word against the register: exact forms first, then spelling variants, then one edit.
 * Most words are on no register: that path allocates nothing, as it runs for every word typed.
 */
function findWord(register: Register, token: Token, key: string, mayBeExact = true): readonly WordMatch[] {
  const given = mayBeExact ? register.find('g', key) : NO_REFS;
  const named = mayBeExact ? register.find('n', key) : NO_REFS;
  const family = mayBeExact ? register.find('f', key) : NO_REFS;
  if (given.length || named.length || family.length) {
    const out: WordMatch[] = [];
    for (let r = 0; r < given.length; r++) out.push({ ref: given[r]!, strength: 'exact' });
    for (let r = 0; r < named.length; r++) out.push({ ref: named[r]!, strength: 'exact' });
    for (let r = 0; r < family.length; r++) out.push({ ref: family[r]!, strength: 'family' });
    return out;
  }
  if (token.nonLatin && isAbjad(token.text)) {
    for (const prefix of [ARABIC_CLITIC, ARABIC_ARTICLE]) {
      const clitic = prefix.exec(token.text);
      if (!clitic) continue;
      const stripped = token.text.slice(clitic[0].length);
      const inner = findWord(register, { ...token, text: stripped }, matchKey(stripped));
      if (inner.length) return inner;
    }
    if (!allowsSkeleton(key)) return NO_MATCH;
    return withStrength(register.find('k', skeleton(unmarked(key))), 'skeleton');
  }
  // Spelling variants and misspellings count only for words written as names (the register-person
  // judgement drops them otherwise), so lower-case words cost no further lookups.
  if (!writtenAsName(token)) return NO_MATCH;
  // A frequent word is only a spelling variant of a name when written as a name, and then only
  // through its consonant skeleton (Alexander for Oleksandr), never one edit away (Barker, darker).
  if (isCommonWord(unmarked(key))) {
    if (!token.capitalised) return NO_MATCH;
    const consonants = skeleton(key);
    return consonants.length < 4 ? NO_MATCH : withStrength(register.find('k', consonants), 'skeleton');
  }
  const consonants = skeleton(key);
  // allowsVowelSkeleton(key), with the consonant skeleton already in hand.
  if (key.charCodeAt(0) !== 0x7e && key.length >= 4 && consonants.length >= 3) {
    const refs = register.find('v', vowelSkeleton(key));
    if (refs.length) return withStrength(refs, 'skeleton');
  }
  if (consonants.length >= 4) {
    const refs = register.find('k', consonants);
    if (refs.length) return withStrength(refs, 'skeleton');
  }
  if (!allowsFuzzy(key)) return NO_MATCH;
  const out: WordMatch[] = [];
  const seen = new Set<string>();
  const add = (refs: readonly EntryRef[]) => {
    for (const ref of refs) {
      const id = `${ref.type}${ref.index}`;
      if (seen.has(id)) continue;
      seen.add(id);
      out.push({ ref, strength: 'fuzzy' });
    }
  };
  add(register.find('d', key));
  for (let i = 0; i < key.length; i++) {
    const deleted = key.slice(0, i) + key.slice(i + 1);
    add(register.find('d', deleted)); // the draft has one letter too many
    add(register.find('q', `${i}:${deleted}`)); // one letter differs
  }
  for (let i = 0; i <= key.length; i++) add(register.find('q', `${i}:${key}`)); // one letter missing
  return out;
}

/** Chinese and Japanese names are written without spaces: look for register names inside the run. */
function scanUnspaced(token: Token, register: Register, hits: RegisterHit[], index: number): void {
  const chars = [...token.text];
  let offset = token.start;
  const offsets = chars.map((c) => {
    const at = offset;
    offset += c.length;
    return at;
  });
  for (let i = 0; i < chars.length; i++) {
    for (let length = Math.min(4, chars.length - i); length >= 2; length--) {
      const piece = chars.slice(i, i + length).join('');
      const refs = [...register.find('g', piece), ...register.find('n', piece), ...register.find('f', piece)];
      if (!refs.length) continue;
      const end = offsets[i + length - 1]! + chars[i + length - 1]!.length;
      for (const ref of refs) hits.push({ ref, start: offsets[i]!, end, first: index, last: index, strength: 'exact' });
      i += length - 1;
      break;
    }
  }
}

/**
 * The register person a recipient or connection target is, if any: by phone, handle or
 * username, then by name (a whole name or alias first; a lone given name only when the page
 * shows no more than that).
 */
export function findRecipientPerson(
  register: Register,
  recipient: { name?: string; phone?: string; handle?: string; username?: string },
  parsePhoneToE164: (phone: string) => string | undefined,
): number | undefined {
  if (register.isEmpty) return undefined;
  if (recipient.phone) {
    const e164 = parsePhoneToE164(recipient.phone);
    const person = e164 ? register.findPerson('t', e164) : undefined;
    if (person !== undefined) return person;
  }
  for (const handle of [recipient.handle, recipient.username]) {
    if (!handle) continue;
    const person = register.findPerson('h', handle.trim().replace(/^@/, '').toLowerCase());
    if (person !== undefined) return person;
  }
  if (!recipient.name) return undefined;
  const words = nameWords(recipient.name);
  if (words.length >= 2) {
    for (let length = Math.min(words.length, 8); length >= 2; length--) {
      for (let i = 0; i + length <= words.length; i++) {
        const person = register.findPerson(`p${length}`, words.slice(i, i + length).join(' '));
        if (person !== undefined) return person;
      }
    }
    // Given and family name of the same person, written differently from the register's phrase.
    const given = register.find('g', words[0]!).filter((r) => r.type === 'person');
    const family = register.find('f', words[words.length - 1]!).filter((r) => r.type === 'person');
    const both = given.find((g) => family.some((f) => f.index === g.index));
    if (both) return both.index;
    return undefined;
  }
  const only = words[0];
  if (!only) return undefined;
  const refs = [...register.find('n', only), ...register.find('g', only)].filter((r) => r.type === 'person');
  return refs[0]?.index;
}
