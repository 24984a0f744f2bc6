import { isNonLatin, nameKey } from './normalise';

/**
 * A word of the draft, with what recognisers need to judge it. Offsets are UTF-16 code units.
 * Hyphenated and apostrophe-joined words stay one token ("Al-Khatib", "O'Brien"); a possessive
 * "'s" is left out of the key; camel-case hashtags are split into their words; letter-by-letter
 * spellings ("A.m.i.n.a", "A m i n a") become one token.
 */
export interface Token {
  start: number;
  end: number;
  /** The text as written (including a possessive 's). */
  text: string;
  /** nameKey of the word: lower-case ASCII letters and digits, or CJK as written. */
  key: string;
  /** First letter upper case and not all upper case ("Amina", not "AMINA" or "amina"). */
  capitalised: boolean;
  allCaps: boolean;
  /** First word of the text or of a sentence, where capitals say nothing about names. */
  sentenceStart: boolean;
  /** Written in a script other than Latin (the key is a transliteration). */
  nonLatin: boolean;
  /** Only digits. */
  numeric: boolean;
  /** Inside a hashtag (#TeamAmina → "Team", "Amina") or an @mention. */
  hashtag: boolean;
  mention: boolean;
  possessive: boolean;
  /** Spelt out letter by letter with separators. */
  spelledOut: boolean;
}

const POSSESSIVE = /['’]s$/i;
const ELISION = /^(?:l|d|j|n|s|c|m|t|qu|dell|all|dall|nell|sull)['’](?=\p{L}{2})/iu;

/**
 * The draft's words: letters, marks and digits, optionally joined inside the word by an
 * apostrophe or a hyphen (what /[\p{L}\p{M}\p{N}]+(?:['’\-‐][\p{L}\p{M}\p{N}]+)* /u matches).
 * Scanned by hand because this runs on every pause in typing: ASCII is judged by character
 * code, and only other characters ask the Unicode tables. One pass, linear in the text.
 */
export function tokenise(text: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < text.length) {
    const first = wordCharLength(text, i);
    if (!first) {
      i += isSurrogatePair(text, i) ? 2 : 1;
      continue;
    }
    const start = i;
    i = endOfRun(text, i + first);
    // Joined parts: a joiner counts only with a letter or digit after it.
    while (i < text.length && isJoiner(text.charCodeAt(i))) {
      const next = wordCharLength(text, i + 1);
      if (!next) break;
      i = endOfRun(text, i + 1 + next);
    }
    const word = text.slice(start, i);
    const before = start > 0 ? text.charCodeAt(start - 1) : 0;
    if (before === 0x23 /* # */ && hasUpperAfterFirst(word)) {
      pushHashtagParts(tokens, text, word, start);
      continue;
    }
    tokens.push(makeToken(text, word, start, before === 0x23, before === 0x40 /* @ */));
  }
  return mergeSpelledOut(text, tokens);
}

const WORD_CHAR = /[\p{L}\p{M}\p{N}]/uy;

/** The length in code units (1 or 2) of the letter, mark or digit at `i`, or 0 if there is none. */
function wordCharLength(text: string, i: number): number {
  if (i >= text.length) return 0;
  const c = text.charCodeAt(i);
  if (c < 0x80) return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39) ? 1 : 0;
  WORD_CHAR.lastIndex = i;
  if (!WORD_CHAR.test(text)) return 0;
  return isSurrogatePair(text, i) ? 2 : 1;
}

function isSurrogatePair(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 0xd800 || c > 0xdbff) return false;
  const d = text.charCodeAt(i + 1);
  return d >= 0xdc00 && d <= 0xdfff;
}

function endOfRun(text: string, i: number): number {
  for (let n = wordCharLength(text, i); n; n = wordCharLength(text, i)) i += n;
  return i;
}

/** ' ’ - ‐ */
function isJoiner(c: number): boolean {
  return c === 0x27 || c === 0x2019 || c === 0x2d || c === 0x2010;
}

function hasUpperAfterFirst(word: string): boolean {
  for (let i = 1; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c >= 0x41 && c <= 0x5a) return true;
    if (c >= 0x80) return /\p{Lu}/u.test(word.slice(1));
  }
  return false;
}

function makeToken(text: string, word: string, start: number, hashtag: boolean, mention: boolean): Token {
  const apostrophe = hasApostrophe(word);
  const possessive = apostrophe && word.length > 3 && POSSESSIVE.test(word);
  // French and Italian elide articles and prepositions onto the next word: l'espoir, d'Amina.
  const elided = apostrophe ? ELISION.exec(word) : null;
  const core = possessive || elided ? (possessive ? word.slice(0, -2) : word).slice(elided ? elided[0].length : 0) : word;
  const sentenceStart = isSentenceStart(text, start);
  // Most words are plain ASCII: case, digits and the key from one pass over the letters.
  let upper = 0;
  let lower = 0;
  let digits = 0;
  let ascii = true;
  for (let i = 0; i < core.length && ascii; i++) {
    const c = core.charCodeAt(i);
    if (c >= 0x80) ascii = false;
    else if (c >= 0x41 && c <= 0x5a) upper++;
    else if (c >= 0x61 && c <= 0x7a) lower++;
    else if (c >= 0x30 && c <= 0x39) digits++;
  }
  if (ascii) {
    const allCaps = core.length > 1 && upper > 0 && lower === 0;
    const first = core.charCodeAt(0);
    const key = upper + lower + digits === core.length ? (upper ? core.toLowerCase() : core) : nameKey(core);
    const capitalised = !allCaps && first >= 0x41 && first <= 0x5a;
    return token(start, word, key, capitalised, allCaps, sentenceStart, false, digits === core.length, hashtag, mention, possessive);
  }
  const { capitalised, allCaps } = letterCase(core);
  const nonLatin = !isLatinOnly(core) && isNonLatin(core);
  return token(start, word, nameKey(core), capitalised, allCaps, sentenceStart, nonLatin, isDigits(core), hashtag, mention, possessive);
}

/** Every token is made here, so all share one shape (V8 keeps the code that reads them fast). */
function token(
  start: number,
  text: string,
  key: string,
  capitalised: boolean,
  allCaps: boolean,
  sentenceStart: boolean,
  nonLatin: boolean,
  numeric: boolean,
  hashtag: boolean,
  mention: boolean,
  possessive: boolean,
): Token {
  return { start, end: start + text.length, text, key, capitalised, allCaps, sentenceStart, nonLatin, numeric, hashtag, mention, possessive, spelledOut: false };
}

function hasApostrophe(word: string): boolean {
  return word.indexOf("'") >= 0 || word.indexOf('’') >= 0;
}

const CAPITALISED = { capitalised: true, allCaps: false } as const;
const ALL_CAPS = { capitalised: false, allCaps: true } as const;
const LOWER = { capitalised: false, allCaps: false } as const;

/**
 * Capitalised: first letter upper case and not all upper case ("Amina", not "AMINA" or "amina").
 * All caps: more than one character, unchanged by upper-casing and changed by lower-casing.
 */
function letterCase(core: string): { readonly capitalised: boolean; readonly allCaps: boolean } {
  let ascii = true;
  let hasUpper = false;
  let hasLower = false;
  for (let i = 0; i < core.length && ascii; i++) {
    const c = core.charCodeAt(i);
    if (c >= 0x80) ascii = false;
    else if (c >= 0x41 && c <= 0x5a) hasUpper = true;
    else if (c >= 0x61 && c <= 0x7a) hasLower = true;
  }
  if (ascii) {
    const allCaps = core.length > 1 && hasUpper && !hasLower;
    const c = core.charCodeAt(0);
    return allCaps ? ALL_CAPS : c >= 0x41 && c <= 0x5a ? CAPITALISED : LOWER;
  }
  const first = core.charAt(0);
  const upper = core.toUpperCase();
  const lower = core.toLowerCase();
  const allCaps = core.length > 1 && core === upper && core !== lower;
  return allCaps ? ALL_CAPS : first !== first.toLowerCase() ? CAPITALISED : LOWER;
}

/** Most words are plain Latin: answer without the Unicode-script regex. */
function isLatinOnly(word: string): boolean {
  for (let i = 0; i < word.length; i++) if (word.charCodeAt(i) >= 0x250) return false;
  return true;
}

function isDigits(word: string): boolean {
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c < 0x30 || c > 0x39) return c >= 0x80 && /^\p{N}+$/u.test(word);
  }
  return word.length > 0;
}

/** "#JusticeForAmina" → Justice, For, Amina, each marked as hashtag words. */
function pushHashtagParts(tokens: Token[], text: string, word: string, start: number): void {
  const parts = /\p{Lu}[\p{Ll}\p{M}'’]*|\p{Ll}[\p{Ll}\p{M}'’]*|\p{N}+/gu;
  let part: RegExpExecArray | null;
  while ((part = parts.exec(word))) {
    const token = makeToken(text, part[0], start + part.index, true, false);
    token.sentenceStart = false;
    tokens.push(token);
  }
}

/** Spaces, quotes, brackets and emphasis marks between a sentence's end and its first word. */
function skippedBeforeWord(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x22 || c === 0x201c || c === 0x2018 || c === 0x27 || c === 0x28 || c === 0x2a || c === 0x5f || c === 0xa0;
}

/** . ! ? … new line : and the CJK full stop and marks. */
function endsSentence(c: number): boolean {
  return c === 0x2e || c === 0x21 || c === 0x3f || c === 0x2026 || c === 0x0a || c === 0x3a || c === 0x3002 || c === 0xff01 || c === 0xff1f || c === 0x0d;
}

function isSentenceStart(text: string, start: number): boolean {
  // Looks back at most a few characters: emoji and quotes between sentences are short.
  let i = start - 1;
  for (let seen = 0; i >= 0 && seen < 16; i--, seen++) {
    const code = text.charCodeAt(i);
    if (skippedBeforeWord(code)) continue;
    if (endsSentence(code)) return true;
    if (code < 0x80) return false;
    // Emoji and symbols at the start of a line ("🎉 Amina…") do not end a sentence.
    if ((code >= 0xd800 && code <= 0xdfff) || code === 0x200d || code === 0xfe0f || (code >= 0x2190 && code <= 0x2bff)) continue;
    return false;
  }
  return i < 0;
}

/** Joins runs of three or more single letters separated by one kind of separator: A.m.i.n.a. */
function mergeSpelledOut(text: string, tokens: Token[]): Token[] {
  const out: Token[] = [];
  let i = 0;
  while (i < tokens.length) {
    const first = tokens[i]!;
    let j = i;
    let separator: string | undefined;
    if (first.text.length === 1 && !first.numeric) {
      while (j + 1 < tokens.length) {
        const next = tokens[j + 1]!;
        const gap = text.slice(tokens[j]!.end, next.start);
        if (next.text.length !== 1 || next.numeric || gap.length !== 1 || !/[.\-_* ]/.test(gap)) break;
        if (separator !== undefined && gap !== separator) break;
        separator = gap;
        j++;
      }
    }
    if (j - i >= 2) {
      const word = tokens.slice(i, j + 1).map((t) => t.text).join('');
      const merged = makeToken(text, word, first.start, first.hashtag, first.mention);
      merged.end = tokens[j]!.end;
      merged.text = text.slice(first.start, merged.end);
      merged.sentenceStart = first.sentenceStart;
      merged.spelledOut = true;
      merged.capitalised = first.capitalised || first.allCaps;
      out.push(merged);
      i = j + 1;
    } else {
      out.push(first);
      i++;
    }
  }
  return out;
}
