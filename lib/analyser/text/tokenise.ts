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

// Letters, marks and digits, optionally joined by an apostrophe or hyphen inside the word.
// Each repetition must consume a separator, so matching stays linear.
const WORD = /[\p{L}\p{M}\p{N}]+(?:['’\-‐][\p{L}\p{M}\p{N}]+)*/gu;
const POSSESSIVE = /['’]s$/i;
const ELISION = /^(?:l|d|j|n|s|c|m|t|qu|dell|all|dall|nell|sull)['’](?=\p{L}{2})/iu;

export function tokenise(text: string): Token[] {
  const tokens: Token[] = [];
  WORD.lastIndex = 0;
  let match: RegExpExecArray | null;
  while ((match = WORD.exec(text))) {
    const start = match.index;
    const word = match[0];
    const before = start > 0 ? text[start - 1] : '';
    if (before === '#' && /\p{Lu}/u.test(word.slice(1))) {
      pushHashtagParts(tokens, text, word, start);
      continue;
    }
    tokens.push(makeToken(text, word, start, before === '#', before === '@'));
  }
  return mergeSpelledOut(text, tokens);
}

function makeToken(text: string, word: string, start: number, hashtag: boolean, mention: boolean): Token {
  const possessive = word.length > 3 && POSSESSIVE.test(word);
  // French and Italian elide articles and prepositions onto the next word: l'espoir, d'Amina.
  const elided = ELISION.exec(word);
  const core = (possessive ? word.slice(0, -2) : word).slice(elided ? elided[0].length : 0);
  const first = core.charAt(0);
  const upper = core.toUpperCase();
  const lower = core.toLowerCase();
  const allCaps = core.length > 1 && core === upper && core !== lower;
  return {
    start,
    end: start + word.length,
    text: word,
    key: nameKey(core),
    capitalised: first !== first.toLowerCase() && !allCaps,
    allCaps,
    sentenceStart: isSentenceStart(text, start),
    nonLatin: !isLatinOnly(core) && isNonLatin(core),
    numeric: isDigits(core),
    hashtag,
    mention,
    possessive,
    spelledOut: false,
  };
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

const SKIPPED_BEFORE_WORD = new Set([' ', '\t', '"', '“', '‘', "'", '(', '*', '_', '\u00a0']);
const ENDS_SENTENCE = new Set(['.', '!', '?', '…', '\n', ':', '。', '！', '？', '\r']);

function isSentenceStart(text: string, start: number): boolean {
  // Looks back at most a few characters: emoji and quotes between sentences are short.
  let i = start - 1;
  for (let seen = 0; i >= 0 && seen < 16; i--, seen++) {
    const ch = text[i]!;
    if (SKIPPED_BEFORE_WORD.has(ch)) continue;
    if (ENDS_SENTENCE.has(ch)) return true;
    const code = ch.charCodeAt(0);
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
