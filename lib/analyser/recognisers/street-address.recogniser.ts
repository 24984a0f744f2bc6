import { isNonLatin, nameKey } from '../text/normalise';
import type { Token } from '../text/tokenise';
import type { AnalysisContext, Candidate, Recogniser } from '../types';
import {
  CALENDAR_WORDS,
  DWELLING_NOUNS,
  HOUSEHOLD_NOUNS,
  LIVING_CUES,
  NOT_LIVING_CUES,
  NOT_STREET_NAME_WORDS,
  PUBLIC_EVENT_WORDS,
  QUANTITY_WORDS,
  VENUE_NOUNS,
} from '../rules/address-cues';
import {
  COMPOUND_ABBREVIATED_ENDINGS,
  COMPOUND_EXCEPTIONS,
  COMPOUND_STREET_ENDINGS,
  DIRECTIONALS,
  ENGLISH_STREET_TYPES,
  GREEK_GENITIVE_ENDINGS,
  GREEK_NOT_STREETS,
  NAME_PARTICLES,
  NUMBER_SUFFIXES,
  PREFIX_STREET_WORDS,
  SEPARATE_SUFFIX_WORDS,
  UNIT_WORDS,
  type PrefixStreetWord,
  type StreetTypeStrength,
} from '../rules/street-words';
import { matchPostcodeAt } from './postcode.recogniser';

/**
 * Street addresses, and streets named as where someone lives or stays (rule `location`).
 *
 * Works on the tokeniser's words, never on the raw text with open-ended patterns: every start
 * position looks ahead or back a bounded number of words, so the cost is linear in the draft.
 *
 * Three kinds of finding:
 * - a numbered address in the forms postal standards define: English-speaking countries put the
 *   number first and the street type last ("23 Weavers Court", "Unit 3/45 Smith St",
 *   "1234 Maple Avenue NW, Apt 5"); France and Québec put the type first ("123, rue Saint-Denis");
 *   most of continental Europe puts the number last ("Via Roma 10", "Kestrelweg 12",
 *   "Οδός Ερμού 15", "Ερμού 15");
 * - a street without a number said as where someone lives or stays ("staying at the house on
 *   Kestrel Lane", "the Kestrel Lane house", "the family on Bridge Street");
 * - nothing for a town alone, a public venue ("St Paul's Hall"), a street named for ordinary
 *   reasons ("the café on King Street"), or an address given with a public event or the
 *   organisation's own premises.
 *
 * A register place's address is also found by the confidential-place recogniser (hashed); the
 * engine keeps one finding where the two overlap.
 */

const ID = 'street-address';

const ADDRESS_EXPLANATION =
  'This looks like a street address. If it is where someone we support lives or stays, sharing it could help the wrong person find them.';
const STREET_EXPLANATION =
  'This says which street someone lives or stays on. Even without a house number, that can be enough for the wrong person to find them.';

/** Likelihoods: what each kind of evidence is worth (the engine shows 0.5 and above). */
const L = {
  strong: 0.85,
  weak: 0.7,
  lowerCase: 0.6,
  continental: 0.85,
  continentalAmbiguous: 0.7,
  greekBare: 0.65,
  livingStreet: 0.7,
  household: 0.65,
  /** A public venue or event: kept below the threshold, but known to the postcode recogniser. */
  publicPlace: 0.3,
} as const;

export interface AddressSpan {
  start: number;
  end: number;
  firstToken: number;
  lastToken: number;
  likelihood: number;
  kind: 'address' | 'street' | 'dwelling';
  /** Near a public venue or event: not reported, and a postcode that follows is not either. */
  publicPlace: boolean;
  /** Safer wording for the span. */
  suggestion: string;
  /** The last token of the street itself, before any town or postcode the span was extended over. */
  streetEnd: number;
}

// ---------------------------------------------------------------------------------------------
// Word helpers

/** Lower case without accents: the form the street-word tables are keyed by. */
function fold(word: string): string {
  for (let i = 0; i < word.length; i++) {
    if (word.charCodeAt(i) > 0x7f) return word.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
  }
  return word.toLowerCase();
}

const isDigitCode = (c: number) => c >= 0x30 && c <= 0x39;
/** Greek and Coptic, Greek Extended. */
const isGreekCode = (c: number) => (c >= 0x370 && c <= 0x3ff) || (c >= 0x1f00 && c <= 0x1fff);

/**
 * Table words are looked up by the tokeniser's key (ASCII, transliterated), in one table for
 * Latin words and one for other scripts, so that Greek "Λ." never meets Latin "L." and no word
 * is folded twice.
 */
interface ScriptTable<V> {
  latin: Map<string, V>;
  other: Map<string, V>;
}
function scriptTable<V>(entries: Iterable<[string, V]>): ScriptTable<V> {
  const table: ScriptTable<V> = { latin: new Map(), other: new Map() };
  for (const [word, value] of entries) (isNonLatin(word) ? table.other : table.latin).set(nameKey(word), value);
  return table;
}
const lookup = <V>(table: ScriptTable<V>, t: Token): V | undefined => (t.nonLatin ? table.other : table.latin).get(t.key);

/**
 * The English street types and the prefix street words (by script, as in ScriptTable) in one
 * table: the scan looks each word up once, and most words are in neither.
 */
interface StreetWord {
  type?: StreetTypeStrength;
  latinPrefix?: PrefixStreetWord;
  otherPrefix?: PrefixStreetWord;
}
const STREET_WORDS = new Map<string, StreetWord>();
const streetWordEntry = (key: string): StreetWord => {
  let entry = STREET_WORDS.get(key);
  if (!entry) STREET_WORDS.set(key, (entry = {}));
  return entry;
};
for (const [key, type] of ENGLISH_STREET_TYPES) streetWordEntry(key).type = type;
for (const [word, prefix] of [...PREFIX_STREET_WORDS, ['οδό', {}], ['λεωφόρο', {}]] as const) {
  if (isNonLatin(word)) streetWordEntry(nameKey(word)).otherPrefix = prefix;
  else streetWordEntry(nameKey(word)).latinPrefix = prefix;
}
const UNITS = scriptTable<true>([...UNIT_WORDS].map((w) => [w, true]));
/** Endings grouped by their last letter, so most words are ruled out by one lookup. */
const COMPOUND_ENDINGS = new Map<string, string[]>();
for (const e of COMPOUND_STREET_ENDINGS.map(nameKey)) COMPOUND_ENDINGS.set(e.slice(-1), [...(COMPOUND_ENDINGS.get(e.slice(-1)) ?? []), e]);
const COMPOUND_ABBREVIATIONS = COMPOUND_ABBREVIATED_ENDINGS.map(nameKey);
const SEPARATE_SUFFIXES = new Set([...SEPARATE_SUFFIX_WORDS].map(nameKey));

/** House number: 1–5 digits, an optional letter ("12a", "15Α"), or a joined range ("12-14"). */
const HOUSE_NUMBER = /^[1-9]\d{0,4}\p{L}?$/u;
const HOUSE_RANGE = /^[1-9]\d{0,4}\p{L}?[-‐][1-9]\d{0,4}\p{L}?$/u;
const ORDINAL = /^\d{1,3}(?:st|nd|rd|th)$/i;
const UPPER_START = /^\p{Lu}/u;

function isHouseNumber(t: Token | undefined, maxDigits = 5): boolean {
  if (!t || t.text.length > 13) return false;
  const s = t.text;
  const c = s.charCodeAt(0);
  if (c < 0x31 || c > 0x39) return false;
  let digits = 1;
  while (digits < s.length && isDigitCode(s.charCodeAt(digits))) digits++;
  if (digits > maxDigits) return false;
  if (digits === s.length) return true;
  return HOUSE_NUMBER.test(s) || HOUSE_RANGE.test(s);
}

/** A capitalised word as a name part: "Elm", "NW", "St", "Saint-Denis", "Ερμού", "42nd". */
function isNameWord(t: Token): boolean {
  if (t.capitalised || t.allCaps) return true;
  if (t.numeric) return false;
  if (isDigitCode(t.text.charCodeAt(0))) return ORDINAL.test(t.text);
  return t.text.length === 1 && UPPER_START.test(t.text);
}

/** Types are keyed by nameKey; "St." and "St" alike. */
function streetType(t: Token): StreetTypeStrength | undefined {
  return STREET_WORDS.get(t.key)?.type;
}

/**
 * The scanner: tokens, the gaps between them, and where sentences end. A gap longer than a few
 * characters is never a joint inside an address, so it is not sliced (keeps long runs of
 * punctuation cheap). Gaps are not kept: a scan asks for a few, and most are one space.
 */
export class AddressScan {
  readonly text: string;
  readonly tokens: readonly Token[];
  /** The draft's addresses, once findAddresses has found them. */
  addresses: AddressSpan[] | undefined;
  /** Made on first use: only Greek streets ask. */
  private folds: (string | undefined)[] | undefined;

  constructor(text: string, tokens: readonly Token[]) {
    this.text = text;
    this.tokens = tokens;
  }

  /** Text between token i-1 and token i (before the first, after the last); LONG when over 12 characters. */
  gap(i: number): string {
    if (i < 0 || i > this.tokens.length) return '';
    const from = i === 0 ? 0 : this.tokens[i - 1]!.end;
    const to = i === this.tokens.length ? this.text.length : this.tokens[i]!.start;
    if (to - from > 12) return LONG;
    return to - from === 1 && this.text.charCodeAt(from) === 0x20 ? ' ' : this.text.slice(from, to);
  }

  /** Token i in lower case without accents. */
  fold(i: number): string {
    const folds = (this.folds ??= new Array<string | undefined>(this.tokens.length));
    let f = folds[i];
    if (f === undefined) {
      const t = this.tokens[i];
      f = t ? fold(t.text) : '';
      folds[i] = f;
    }
    return f;
  }

  /**
   * Whether a sentence ends between token i-1 and token i (0 < i < tokens): a long gap, or
   * ! ? … or a new line, or a full stop after a word (a full stop after an abbreviation, "St.
   * John's", "No. 12", "Λεωφ. Κηφισίας", does not end one). Read from the text: no gap is sliced.
   */
  endsSentence(i: number): boolean {
    const from = this.tokens[i - 1]!.end;
    const to = this.tokens[i]!.start;
    if (to - from > 12) return true;
    let fullStop = false;
    for (let k = from; k < to; k++) {
      const c = this.text.charCodeAt(k);
      if (c === 0x21 /* ! */ || c === 0x3f /* ? */ || c === 0x0a /* \n */ || c === 0x2026 /* … */) return true;
      if (c === 0x2e /* . */) fullStop = true;
    }
    if (!fullStop) return false;
    const prev = this.tokens[i - 1]!;
    return prev.text.length > 4 && !/\d/.test(prev.text);
  }

  /** Whether tokens a and b (a <= b) are in one sentence. */
  oneSentence(a: number, b: number): boolean {
    for (let k = a + 1; k <= b; k++) if (this.endsSentence(k)) return false;
    return true;
  }
}

const LONG = '\u0000long';
/** What joins a range or a unit to a house number: "12–14", "3/45". */
const RANGE_JOINS = new Set(['/', '–', '—', '-']);
const SPACE_GAP = /^[ \t\u00a0\u202f]{1,3}$/;
const COMMA_GAP = /^,?[ \t\u00a0\u202f]{0,3}$/;
const isSpace = (g: string) => g === ' ' || (g.length > 0 && g.length <= 3 && SPACE_GAP.test(g));
const isSpaceOrComma = (g: string) => g !== '' && COMMA_GAP.test(g) && g !== ',';

// ---------------------------------------------------------------------------------------------
// Numbered addresses

interface Match {
  first: number;
  last: number;
  likelihood: number;
}

/**
 * The house number at token i: "12", "12a", "12-14", "12–14", "3/45" (unit/number, Australia
 * Post). Returns the index of its last token, or -1. Rejects amounts, decimals and thousands
 * ("£12", "2.5", "1,200") by what touches the number on the left.
 */
function houseNumberAt(scan: AddressScan, i: number, maxDigits = 5): number {
  const t = scan.tokens[i];
  if (!isHouseNumber(t, maxDigits)) return -1;
  const before = scan.gap(i);
  if (before !== LONG && before !== '' && /[£$€¥#%:/.,+\-–—]$/.test(before) && !/\s/.test(before)) return -1;
  if (i > 0 && before === '') return -1;
  const next = scan.tokens[i + 1];
  const g = scan.gap(i + 1);
  if (next && RANGE_JOINS.has(g) && isHouseNumber(next, maxDigits)) return i + 1;
  return i;
}

/** Quantity or time after a number: "2 hours", "10:30", "5%": not a house number. */
function followedByQuantity(scan: AddressScan, last: number): boolean {
  const g = scan.gap(last + 1);
  if (/^[:%]/.test(g) || /^[.,]\d/.test(g + (scan.tokens[last + 1]?.text ?? ''))) return true;
  const next = scan.tokens[last + 1];
  return !!next && isSpace(g) && QUANTITY_WORDS.has(next.key);
}

/** "Flat 4, 23 …", "Apartment 2, 14 …", "Unit 5, 12–14 …", "Unit 3/45 …": where the address begins. */
function withUnitBefore(scan: AddressScan, first: number): number {
  const t = scan.tokens;
  const g = scan.gap(first);
  if (first >= 1 && isSpace(g) && lookup(UNITS, t[first - 1]!)) return first - 1;
  if (first >= 2 && isSpaceOrComma(g) && /^(?:\d{1,4}\p{L}?|\p{Lu})$/u.test(t[first - 1]!.text)) {
    if (isSpace(scan.gap(first - 1)) && lookup(UNITS, t[first - 2]!)) return first - 2;
  }
  return first;
}

/** "… Avenue NW", "…, Apt 5", "… #5": what follows the street in US and Canadian addresses. */
function withUnitAfter(scan: AddressScan, last: number): number {
  const t = scan.tokens;
  let k = last;
  const dir = t[k + 1];
  if (dir && isSpace(scan.gap(k + 1)) && DIRECTIONALS.has(dir.key) && (dir.allCaps || dir.capitalised || dir.text.length <= 2) && !dir.sentenceStart) {
    if (dir.text.length <= 2 ? dir.text === dir.text.toUpperCase() : true) k++;
  }
  const unit = t[k + 1];
  const g = scan.gap(k + 1);
  if (unit && isSpaceOrComma(g) && lookup(UNITS, unit) && isSpace(scan.gap(k + 2)) && /^\d{1,5}\p{L}?$/u.test(t[k + 2]?.text ?? '')) {
    return k + 2;
  }
  if (unit && /^,?\s?#\s?$/.test(g) && /^\d{1,5}\p{L}?$/u.test(unit.text)) {
    // "#4B": the tokeniser reads it as a hashtag and splits the letter off.
    const letter = t[k + 2];
    return letter && scan.gap(k + 2) === '' && letter.text.length === 1 ? k + 2 : k + 1;
  }
  return k;
}

/** English order: number, capitalised name, street type ("23 Weavers Court", "12 The Crescent"). */
function englishAfterNumber(scan: AddressScan, numLast: number): Match | null {
  const t = scan.tokens;
  let names = 0;
  let best = -1;
  let bestStrength: StreetTypeStrength | undefined;
  let abbreviation = -1; // "Smith St", "Smith St, Sydney"
  let fallback = -1; // "George St Sydney": St before a name, used when nothing better follows
  for (let k = numLast + 1; k < t.length && k <= numLast + 6; k++) {
    const g = scan.gap(k);
    const prevAbbrev = k > numLast + 1 && (g === '. ' || g === '.') && t[k - 1]!.text.length <= 3;
    if (!isSpace(g) && !prevAbbrev) break;
    const w = t[k]!;
    if (!isNameWord(w)) break;
    if (names === 0 && (CALENDAR_WORDS.has(w.key) || QUANTITY_WORDS.has(w.key))) return null;
    const strength = streetType(w);
    // After a street type, only another type continues the street ("Mill Hill Road"); "12 Elm
    // Grove Thursday Night Walk" ends at Grove.
    if (best >= 0 && (!strength || strength === 'ambiguous')) break;
    if (strength && names > 0 && !(w.allCaps && strength === 'weak')) {
      if (strength === 'ambiguous') {
        const after = t[k + 1];
        const beforeName = !!after && isSpace(scan.gap(k + 1)) && isNameWord(after) && !DIRECTIONALS.has(after.key);
        if (!beforeName) abbreviation = k;
        else if (fallback < 0) fallback = k;
      } else {
        best = k;
        // "Church Street Park": a strong type anywhere in the chain keeps the street strong.
        if (bestStrength === undefined || bestStrength === 'weak') bestStrength = strength;
      }
    }
    names++;
  }
  if (best < 0) {
    best = abbreviation >= 0 ? abbreviation : fallback;
    bestStrength = 'capital';
  }
  const first = t[numLast + 1];
  if (best < 0 || !first) return null;
  if (bestStrength === 'weak' && NOT_STREET_NAME_WORDS.has(first.key)) return null;
  return { first: numLast + 1, last: best, likelihood: bestStrength === 'weak' ? L.weak : L.strong };
}

/** All-lower-case drafts: "moved into 23 elm grove" (strong street types only). */
const LOWER_STOP = new Set(['the', 'a', 'an', 'and', 'or', 'of', 'to', 'in', 'on', 'at', 'for', 'with', 'from', 'by', 'my', 'our', 'your', 'his', 'her', 'their', 'this', 'that', 'it', 'is', 'was', 'are', 'be', 'high']);
function lowerCaseAfterNumber(scan: AddressScan, numLast: number): Match | null {
  const t = scan.tokens;
  let names = 0;
  for (let k = numLast + 1; k < t.length && k <= numLast + 4; k++) {
    if (!isSpace(scan.gap(k))) return null;
    const w = t[k]!;
    if (w.numeric || !/^\p{L}/u.test(w.text)) return null;
    if (names > 0 && streetType(w) === 'strong') {
      // "12 bis avenue Jean Jaurès": a French street word before its name, not an English type.
      const after = t[k + 1];
      if (after && isSpace(scan.gap(k + 1)) && isNameWord(after)) return null;
      return { first: numLast + 1, last: k, likelihood: L.lowerCase };
    }
    if (NUMBER_SUFFIXES.has(w.key) || LOWER_STOP.has(w.key) || QUANTITY_WORDS.has(w.key) || CALENDAR_WORDS.has(w.key) || NOT_STREET_NAME_WORDS.has(w.key)) return null;
    if (streetType(w)) return null;
    names++;
  }
  return null;
}

/** The prefix street word at token i, checking the full stop or slash an abbreviation needs. */
function prefixWordAt(scan: AddressScan, i: number): PrefixStreetWord | undefined {
  const w = scan.tokens[i];
  return w && prefixWordOf(scan, i, STREET_WORDS.get(w.key));
}

/** prefixWordAt with the token's STREET_WORDS entry already looked up. */
function prefixWordOf(scan: AddressScan, i: number, street: StreetWord | undefined): PrefixStreetWord | undefined {
  const w = scan.tokens[i]!;
  if (w.numeric) return undefined;
  const entry = w.nonLatin ? street?.otherPrefix : street?.latinPrefix;
  if (!entry) return undefined;
  const g = scan.gap(i + 1);
  if (entry.needsMark) {
    if (w.key === 'c' ? !/^\/\s?$/.test(g) : !/^\.\s?$/.test(g)) return undefined;
    // "et al. 2019"
    if (w.key === 'al' && scan.tokens[i - 1]?.key === 'et') return undefined;
  } else if (!isSpace(g) && !/^\.\s?$/.test(g)) return undefined;
  return entry;
}

/**
 * The name after a prefix street word: capitalised words and particles ("de la Paix",
 * "Saint-Denis", "Ερμού"), ending on a capitalised word. Returns its last token, or -1.
 */
function nameAfterPrefix(scan: AddressScan, prefix: number): number {
  const t = scan.tokens;
  let lastCap = -1;
  for (let k = prefix + 1; k < t.length && k <= prefix + 6; k++) {
    if (k > prefix + 1 && !isSpace(scan.gap(k)) && scan.gap(k) !== "'" && scan.gap(k) !== '’') break;
    const w = t[k]!;
    if (isNameWord(w) && !CALENDAR_WORDS.has(w.key)) lastCap = k;
    else if (!NAME_PARTICLES.has(w.text.toLowerCase())) break;
  }
  return lastCap;
}

/** "n.", "nº", "Nr.", "No:", Greek "αρ." (αριθμός): a word for "number" before the house number. */
const NUMBER_WORD = /^(?:n|no|nr|num|numero|nro|ar)$/;

/** The number after a continental street name: "Via Roma 10", "Calle Mayor, 5", "Rue X n° 3". */
function numberAfterName(scan: AddressScan, nameLast: number): number {
  const t = scan.tokens;
  let k = nameLast + 1;
  if (!isSpaceOrComma(scan.gap(k))) return -1;
  // "n. 5", "nº 5", "Nr. 5", "No: 5"
  const w = t[k];
  if (w && NUMBER_WORD.test(w.key) && !w.numeric && /^[.°º:]?\s?$/.test(scan.gap(k + 1))) k++;
  const last = houseNumberAt(scan, k, 4);
  if (last < 0 || followedByQuantity(scan, last)) return -1;
  return last;
}

/** Number first, then a French street word: "12 rue de la Paix", "123, rue Saint-Denis", "3 bis avenue Foch". */
function frenchAfterNumber(scan: AddressScan, numLast: number): Match | null {
  let k = numLast + 1;
  const t = scan.tokens;
  if (t[k] && isSpace(scan.gap(k)) && /^(?:bis|ter|quater)$/.test(t[k]!.key)) k++;
  if (!isSpaceOrComma(scan.gap(k))) return null;
  const prefix = prefixWordAt(scan, k);
  if (!prefix?.numberFirst) return null;
  const last = nameAfterPrefix(scan, k);
  if (last < 0) return null;
  return { first: numLast + 1, last, likelihood: prefix.ambiguous ? L.continentalAmbiguous + 0.05 : L.continental };
}

/** Greek script and capitalised ("Ερμού", not "οδός"). */
function isGreekCapital(t: Token): boolean {
  return t.capitalised && isGreekCode(t.text.charCodeAt(0));
}

const GREEK_ACCENTS: Readonly<Record<string, string>> = { ά: 'α', έ: 'ε', ή: 'η', ί: 'ι', ό: 'ο', ύ: 'υ', ώ: 'ω', ΐ: 'ι', ΰ: 'υ' };

/** Greek script, capitalised, in the genitive: "Ερμού", "Κωνσταντίνου" (not a month or a day). */
function isGreekGenitive(scan: AddressScan, i: number): boolean {
  const t = scan.tokens[i]!;
  if (!isGreekCapital(t) || t.text.length < 4) return false;
  // The ending alone first (cheap), the full word against the exceptions only when it fits.
  let end = '';
  for (const ch of t.text.slice(-3).toLowerCase()) end += GREEK_ACCENTS[ch] ?? ch;
  if (!endsWithAny(end, GREEK_GENITIVE_ENDINGS, 0)) return false;
  return !GREEK_NOT_STREETS.has(scan.fold(i));
}

/** A one-word street ("Kestrelweg", "Storgatan"), or its abbreviation before a full stop ("Hauptstr."). */
function compoundStreet(scan: AddressScan, i: number): boolean {
  const t = scan.tokens[i]!;
  if (t.numeric || !(t.capitalised || t.allCaps) || t.text.length < 5) return false;
  if (t.nonLatin) return false;
  const f = t.key;
  if (COMPOUND_EXCEPTIONS.has(f)) return false;
  if (scan.gap(i + 1).startsWith('.') && endsWithAny(f, COMPOUND_ABBREVIATIONS, 3)) return true;
  const endings = COMPOUND_ENDINGS.get(f.charAt(f.length - 1));
  return !!endings && endsWithAny(f, endings, 3);
}

/**
 * Whether the word ends in one of the endings with at least `before` letters ahead of it. A
 * plain loop: a closure over the word would make every call allocate, and this runs per word.
 */
function endsWithAny(word: string, endings: readonly string[], before: number): boolean {
  for (const e of endings) if (word.length >= e.length + before && word.endsWith(e)) return true;
  return false;
}

/**
 * Finds numbered addresses starting at token i (the number, a prefix street word, a one-word
 * street or a Greek genitive). Returns null when none starts here. `prefix` and `compound` are
 * prefixWordAt and compoundStreet at i, which the caller needs too.
 */
function numberedAt(scan: AddressScan, i: number, prefix: PrefixStreetWord | undefined, compound: boolean): Match | null {
  const t = scan.tokens;
  const w = t[i]!;

  // Number first (English-speaking countries, France, Québec).
  if (isDigitCode(w.text.charCodeAt(0))) {
    // Fast exit for runs of numbers ("1 1 1 …"): a name must follow, or a range/unit number.
    const next = t[i + 1];
    if (!next || (next.numeric && !RANGE_JOINS.has(scan.gap(i + 1)))) return null;
    const numLast = houseNumberAt(scan, i);
    if (numLast < 0 || !isSpaceOrComma(scan.gap(numLast + 1))) return null;
    const english = isSpace(scan.gap(numLast + 1)) ? englishAfterNumber(scan, numLast) ?? lowerCaseAfterNumber(scan, numLast) : null;
    const m = english ?? frenchAfterNumber(scan, numLast);
    return m ? { first: i, last: m.last, likelihood: m.likelihood } : null;
  }
  if (w.numeric || w.text.length > 40) return null;

  // Street word first, number last (Italy, Spain, Portugal, Greece, Poland, Belgium …).
  if (prefix) {
    const nameLast = nameAfterPrefix(scan, i);
    if (nameLast >= 0) {
      const n = numberAfterName(scan, nameLast);
      if (n >= 0) return { first: i, last: n, likelihood: prefix.ambiguous ? L.continentalAmbiguous : L.continental };
    }
  }
  if (!isNameWord(w)) return null;

  // One-word streets (German, Dutch, Nordic): "Kestrelweg 12", "Hauptstr. 5".
  if (compound) {
    const abbreviated = w.key.endsWith('str') && /^\.\s$/.test(scan.gap(i + 1));
    const n = abbreviated ? houseNumberAt(scan, i + 1, 4) : numberAfterName(scan, i);
    if (n >= 0 && !followedByQuantity(scan, n)) return { first: i, last: n, likelihood: L.continental };
  }

  // Separate suffix word after a name: "Berliner Straße 12", "Karl Johans gate 1", "Váci utca 5".
  let k = i;
  while (k + 1 < t.length && k < i + 3 && isSpace(scan.gap(k + 1)) && isNameWord(t[k + 1]!) && !SEPARATE_SUFFIXES.has(t[k + 1]!.key)) k++;
  const suffix = t[k + 1];
  if (suffix && isSpace(scan.gap(k + 1)) && !suffix.nonLatin && SEPARATE_SUFFIXES.has(suffix.key) && !suffix.allCaps && !(suffix.key === 'gate' && suffix.capitalised)) {
    const abbreviated = suffix.key === 'str' && /^\.\s$/.test(scan.gap(k + 2));
    const n = abbreviated ? houseNumberAt(scan, k + 2, 4) : numberAfterName(scan, k + 1);
    if (n >= 0 && !followedByQuantity(scan, n)) return { first: i, last: n, likelihood: L.continental };
  }

  // Greek streets are usually a genitive name alone: "Ερμού 15", "Αγίου Κωνσταντίνου 20".
  if (isGreekCapital(w)) {
    let last = i;
    while (last + 1 < t.length && last < i + 2 && isSpace(scan.gap(last + 1)) && isGreekCapital(t[last + 1]!)) last++;
    const after = t[last + 1];
    const n = after && (isDigitCode(after.text.charCodeAt(0)) || NUMBER_WORD.test(after.key)) ? numberAfterName(scan, last) : -1;
    if (n >= 0 && /^\d{1,3}\p{L}?(?:[-‐]\d{1,3})?$/u.test(t[n]!.text) && isGreekGenitive(scan, last)) {
      return { first: i, last: n, likelihood: L.greekBare };
    }
  }
  return null;
}

// ---------------------------------------------------------------------------------------------
// Streets without a number

/** Where a street name without a number begins, when token `typeIndex` is an English street type. */
function englishStreetName(scan: AddressScan, typeIndex: number): number {
  const t = scan.tokens;
  const type = t[typeIndex]!;
  const strength = streetType(type);
  if (!strength) return -1;
  if (!(type.capitalised || type.allCaps) && strength !== 'strong') return -1;
  if (strength === 'ambiguous') {
    const after = t[typeIndex + 1];
    if (after && isSpace(scan.gap(typeIndex + 1)) && isNameWord(after)) return -1;
  }
  const capital = type.capitalised || type.allCaps;
  let first = -1;
  for (let k = typeIndex - 1; k >= 0 && k >= typeIndex - 4; k--) {
    if (!isSpace(scan.gap(k + 1))) break;
    const w = t[k]!;
    if (w.key === 'the' || PREPOSITIONS.has(w.key) || isLivingCue(scan, k) || HOUSEHOLD_NOUNS.has(w.key)) break;
    const ok = capital ? isNameWord(w) : /^\p{Ll}/u.test(w.text) && !w.numeric && !LOWER_STOP.has(w.key);
    if (!ok) break;
    first = k;
    if (!capital) break; // lower case: one name word only ("kestrel lane")
  }
  if (first < 0) return -1;
  const lead = t[first]!;
  if (CALENDAR_WORDS.has(lead.key) || QUANTITY_WORDS.has(lead.key) || NOT_STREET_NAME_WORDS.has(lead.key)) return -1;
  return first;
}

/** Prepositions that put someone on a street, in the languages of LIVING_CUES (as keys). */
const PREPOSITIONS = new Set([
  'on', 'in', 'at', 'off', 'along', 'near', 'onto', 'into', 'to', 'down', 'up', 'opposite',
  'en', 'dans', 'sur', 'a', 'au', 'nella', 'nel', 'in', 'auf', 'an', 'am', 'aan', 'op', 'sto', 'stin', 'sti', 'ston', 'se',
]);
/** Positional words that make a venue a landmark for a home ("above the chip shop on …"). */
const POSITIONAL = new Set(['above', 'below', 'over', 'next', 'opposite', 'behind', 'beside', 'near', 'corner', 'across', 'round', 'around', 'by']);
const ARTICLES = new Set(['the', 'la', 'le', 'el', 'der', 'die', 'de', 'het', 'l', 'ti']);
const ORG_SUBJECTS = new Set(['we', 'our', 'us', 'office', 'shop', 'cafe', 'charity', 'team', 'service', 'services', 'stall', 'clinic', 'surgery']);
const VERB_CUES = new Set(['moved', 'moving', 'move', 'moves', 'placed', 'settled', 'resettled', 'housed', 'rehoused']);

/** A word that says someone lives or stays somewhere ("Home Office" is not one). */
function isLivingCue(scan: AddressScan, k: number): boolean {
  const key = scan.tokens[k]!.key;
  if (!LIVING_CUES.has(key)) return false;
  return !(key === 'home' && scan.tokens[k + 1]?.key === 'office');
}

/**
 * Whether the words before a street say someone lives or stays there. `p` is the preposition
 * (or the token before the street when there is none).
 */
function livingCueBefore(scan: AddressScan, p: number): boolean {
  const t = scan.tokens;
  let venue = false;
  let positional = false;
  // Between the cue and a venue, another clause ("lives in Leeds and her office is on …") makes
  // the venue the subject; "staying at the Britannia Hotel on …" keeps it where they stay.
  let clauseBreak = false;
  // Back through the sentence: a sentence end before token k+1 stops the walk.
  for (let k = p - 1; k >= 0 && k >= p - 8 && !scan.endsSentence(k + 1); k--) {
    const w = t[k]!;
    const key = w.key;
    if (NOT_LIVING_CUES.has(key)) return false;
    if (POSITIONAL.has(key)) positional = true;
    if (isLivingCue(scan, k)) {
      if (venue && !positional && clauseBreak) return false;
      if (!VERB_CUES.has(key)) return true;
      // "Our office has moved to Bridge Street": a move by the organisation or a venue.
      for (let j = k - 1; j >= 0 && j >= k - 6 && !scan.endsSentence(j + 1); j--) if (ORG_SUBJECTS.has(t[j]!.key) || VENUE_NOUNS.has(t[j]!.key)) return false;
      return true;
    }
    if (venue && !w.capitalised && !w.allCaps && !SMALL_WORDS.has(key)) clauseBreak = true;
    if (VENUE_NOUNS.has(key)) venue = true;
  }
  return false;
}

/** Words that join a cue to its place without starting a new clause ("staying at the … Hotel"). */
const SMALL_WORDS = new Set(['at', 'in', 'on', 'the', 'a', 'an', 'of', 'with', 'for', 'new', 'same', 'old']);

/** A street without a number ending at `last`, beginning at `first`: is it said as where someone lives? */
function streetWithoutNumber(scan: AddressScan, first: number, last: number, weak: boolean): AddressSpan | null {
  const t = scan.tokens;
  // "the Kestrel Lane house": the street used as the name of a home.
  const after = t[last + 1];
  if (after && isSpace(scan.gap(last + 1)) && DWELLING_NOUNS.has(after.key) && !after.possessive) {
    const the = first > 0 && t[first - 1]!.key === 'the' && isSpace(scan.gap(first)) ? first - 1 : first;
    return span(scan, the, last + 1, L.livingStreet, 'dwelling');
  }
  // "Flat 4, Weavers Court": a unit with the street is an address.
  const unitStart = withUnitBefore(scan, first);
  if (unitStart < first && first - unitStart === 2) return span(scan, unitStart, last, L.strong, 'address');

  let p = first - 1;
  if (p >= 0 && ARTICLES.has(t[p]!.key) && isSpace(scan.gap(first))) p--;
  const prep = t[p];
  if (!prep) return null;
  // "New address is Kestrel Lane", "Address: Kestrel Lane"
  if ((prep.key === 'is' && t[p - 1]?.key === 'address') || (prep.key === 'address' && /^:\s?$/.test(scan.gap(first)))) {
    return span(scan, first, last, L.livingStreet, 'street');
  }
  // "habite rue des Lilas", "wohnt Lindenstraße": the verb straight before the street.
  if (!PREPOSITIONS.has(prep.key)) return isLivingCue(scan, p) && !DWELLING_NOUNS.has(prep.key) ? span(scan, first, last, L.livingStreet, 'street') : null;
  if (weak && prep.key !== 'on' && prep.key !== 'off' && prep.key !== 'in') return null;
  // "the family on Bridge Street"
  const who = t[p - 1];
  if (who && HOUSEHOLD_NOUNS.has(who.key) && (prep.key === 'on' || prep.key === 'in' || prep.key === 'off')) {
    return span(scan, p, last, L.household, 'street');
  }
  if (!livingCueBefore(scan, p)) return null;
  return span(scan, p, last, L.livingStreet, 'street');
}

// ---------------------------------------------------------------------------------------------
// Context: public venues and events

/** An address next to a public venue, the organisation's premises or a public event. */
function isPublicPlace(scan: AddressScan, first: number, last: number): boolean {
  const t = scan.tokens;
  let living = false;
  let venue = false;
  let event = false;
  // Within the sentence of the address's first token, back and then forward.
  for (let k = first - 1; k >= 0 && k >= first - 12 && !scan.endsSentence(k + 1); k--) {
    const key = t[k]!.key;
    if (isLivingCue(scan, k)) living = true;
    // "our office, 12 High Street", "visit us at 12 High Street"
    if (k >= first - 4 && (VENUE_NOUNS.has(key) || (key === 'us' && k >= first - 3))) venue = true;
    if (PUBLIC_EVENT_WORDS.has(key) || (key === 'open' && t[k + 1]?.key === 'day')) event = true;
  }
  const forward = scan.oneSentence(first, last);
  for (let k = last + 1; forward && k < t.length && k <= last + 12 && !scan.endsSentence(k); k++) {
    const key = t[k]!.key;
    if (isLivingCue(scan, k)) living = true;
    if (PUBLIC_EVENT_WORDS.has(key) || (key === 'open' && t[k + 1]?.key === 'day')) event = true;
  }
  return !living && (venue || event);
}

// ---------------------------------------------------------------------------------------------
// Scan

const SUGGESTIONS: Record<AddressSpan['kind'], string> = { address: 'a local address', street: 'nearby', dwelling: 'the house' };

function span(scan: AddressScan, first: number, last: number, likelihood: number, kind: AddressSpan['kind']): AddressSpan {
  const t = scan.tokens;
  // "the Kestrel Lane flat" → "the flat"
  const suggestion = kind === 'dwelling' ? `the ${t[last]!.text.toLowerCase()}` : SUGGESTIONS[kind];
  return { start: t[first]!.start, end: t[last]!.end, firstToken: first, lastToken: last, likelihood, kind, publicPlace: false, suggestion, streetEnd: last };
}

/** Extends an address over a following town and postcode ("…, Fartown HD2 1PL", "…, 105 63 Αθήνα"). */
function withPostcodeAfter(scan: AddressScan, a: AddressSpan, region: string | undefined): AddressSpan {
  const t = scan.tokens;
  for (let k = a.lastToken + 1; k < t.length && k <= a.lastToken + 5; k++) {
    const g = scan.gap(k);
    if (g === LONG || !/^[\s,.]{1,5}$/.test(g) || (g.match(/\n/g)?.length ?? 0) > 1) break;
    const pc = matchPostcodeAt(scan, k, { afterAddress: true, region });
    if (pc) {
      let last = pc.lastToken;
      const town = t[last + 1];
      if (town && isSpace(scan.gap(last + 1)) && (town.capitalised || town.allCaps) && !town.numeric) last++;
      return { ...a, end: t[last]!.end, lastToken: last, likelihood: Math.max(a.likelihood, pc.likelihood) };
    }
    const w = t[k]!;
    if (!(w.capitalised || w.allCaps) || w.numeric) break;
  }
  return a;
}

/**
 * No real draft holds more addresses than this; stopping here keeps a pasted list (or an attack)
 * cheap for this scan and for the engine's overlap resolution.
 */
export const MAX_ADDRESSES = 100;

/** The last analysis's scanner: one slot rather than a WeakMap, for the reason in register-scan.ts. */
let lastScan: AddressScan | undefined;

/** The scanner for this analysis, built once and shared with the postcode recogniser. */
export function addressScan(context: Pick<AnalysisContext, 'text' | 'tokens'>): AddressScan {
  if (lastScan?.tokens !== context.tokens) lastScan = new AddressScan(context.text, context.tokens);
  return lastScan;
}

/**
 * Every address and living-place street in the draft, public ones included (marked), in text
 * order. Computed once per analysis and shared with the postcode recogniser.
 */
export function findAddresses(context: Pick<AnalysisContext, 'text' | 'tokens' | 'profile'>): AddressSpan[] {
  const scan = addressScan(context);
  if (scan.addresses) return scan.addresses;
  const region = context.profile?.region;
  const t = scan.tokens;
  const out: AddressSpan[] = [];
  let next = 0;
  for (let i = 0; i < t.length && out.length < MAX_ADDRESSES; i++) {
    if (i < next) continue;
    const w = t[i]!;
    // What the word can be in a street, worked out once for all the uses below.
    const street = STREET_WORDS.get(w.key);
    const prefix = prefixWordOf(scan, i, street);
    const compound = compoundStreet(scan, i);
    const m = numberedAt(scan, i, prefix, compound);
    if (m) {
      const first = withUnitBefore(scan, m.first);
      const last = withUnitAfter(scan, m.last);
      let a = span(scan, Math.max(first, next), last, m.likelihood, 'address');
      a = withPostcodeAfter(scan, a, region);
      if (isPublicPlace(scan, a.firstToken, a.lastToken)) a = { ...a, publicPlace: true, likelihood: Math.min(a.likelihood, L.publicPlace) };
      out.push(a);
      next = a.lastToken + 1;
      i = a.lastToken;
      continue;
    }
    // A street named without a number, ending at this token.
    if (w.numeric) continue;
    let first = -1;
    let weak = false;
    const type = street?.type;
    if (type) {
      first = englishStreetName(scan, i);
      weak = type === 'weak';
    } else if (compound) first = i;
    if (first >= 0 && first >= next) {
      const a = streetWithoutNumber(scan, first, i, weak);
      if (a) {
        out.push(a);
        next = a.lastToken + 1;
        i = a.lastToken;
        continue;
      }
    }
    // A continental street word and name without a number ("vive en la Calle Mayor").
    if (prefix && !prefix.ambiguous) {
      const nameLast = nameAfterPrefix(scan, i);
      if (nameLast >= 0) {
        const a = streetWithoutNumber(scan, i, nameLast, false);
        if (a) {
          out.push(a);
          next = a.lastToken + 1;
          i = a.lastToken;
        }
      }
    }
  }
  scan.addresses = out;
  return out;
}

export const streetAddressRecogniser: Recogniser = {
  id: ID,
  analyse(context): Candidate[] {
    const out: Candidate[] = [];
    for (const a of findAddresses(context)) {
      if (a.publicPlace) continue;
      out.push({
        rule: 'location',
        start: a.start,
        end: a.end,
        likelihood: a.likelihood,
        explanation: a.kind === 'address' ? ADDRESS_EXPLANATION : STREET_EXPLANATION,
        suggestion: a.suggestion,
        recogniser: ID,
      });
    }
    return out;
  },
};
