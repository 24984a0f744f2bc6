import { nameKey } from '../../text/normalise';
import type { Token } from '../../text/tokenise';

/**
 * Keyword phrases looked up on the draft's tokens (already split once per analysis) instead of
 * one regex of hundreds of alternatives: a regex like that tries every alternative at every
 * character, a Map lookup per word does not.
 */

export interface Phrase<T> {
  /** Lower-case words, as the tokeniser splits them ("home office", "date of birth", "b'day"). */
  words: readonly string[];
  /** Match the token text exactly, capitals included ("NI", "HO" are words in lower case). */
  exact: boolean;
  value: T;
}

export interface PhraseHit<T> {
  start: number;
  end: number;
  value: T;
}

export class PhraseTable<T> {
  private readonly folded = new Map<string, Phrase<T>[]>();
  private readonly exactly = new Map<string, Phrase<T>[]>();
  /** The tokeniser's key of every first word: most tokens are turned away on this alone. */
  private readonly firstKeys = new Set<string>();

  /** `phrase` is space-separated words; `exact` keeps capitals significant. */
  add(phrase: string, value: T, exact = false): this {
    const words = phrase.split(' ').filter(Boolean).map((w) => (exact ? w : w.toLowerCase()));
    if (words.length === 0) return this;
    const map = exact ? this.exactly : this.folded;
    // The tokeniser keys a possessive without its "'s" ("driver's" → "driver").
    this.firstKeys.add(nameKey(words[0]!));
    this.firstKeys.add(nameKey(words[0]!.replace(/['’]s$/i, '')));
    const list = map.get(words[0]!) ?? [];
    list.push({ words, exact, value });
    // Longest phrases first, so "date of birth" wins over "date".
    list.sort((a, b) => b.words.length - a.words.length);
    map.set(words[0]!, list);
    return this;
  }

  /** Every phrase in the tokens, leftmost-longest, in order. */
  find(tokens: readonly Token[], text: string): PhraseHit<T>[] {
    const out: PhraseHit<T>[] = [];
    for (let i = 0; i < tokens.length; i++) {
      const first = tokens[i]!;
      if (!this.firstKeys.has(first.key)) continue;
      const length = this.longestAt(this.exactly.get(first.text), tokens, i, text) || this.longestAt(this.folded.get(first.text.toLowerCase()), tokens, i, text);
      if (!length) continue;
      out.push({ start: first.start, end: tokens[i + length.words.length - 1]!.end, value: length.value });
      i += length.words.length - 1;
    }
    return out;
  }

  private longestAt(list: Phrase<T>[] | undefined, tokens: readonly Token[], i: number, text: string): Phrase<T> | undefined {
    if (!list) return undefined;
    return list.find((phrase) => matchesAt(phrase, tokens, i, text));
  }
}

/** Words of a phrase are separated by a few spaces, or joined by "/", "." or "-" ("ημ/νία", "ημ. γέννησης"). */
const WORD_GAP = /^(?:[ \t\u00a0]{1,3}|[/.-]|\. )$/;

function matchesAt<T>(phrase: Phrase<T>, tokens: readonly Token[], i: number, text: string): boolean {
  for (let k = 1; k < phrase.words.length; k++) {
    const token = tokens[i + k];
    if (!token) return false;
    const word = phrase.exact ? token.text : token.text.toLowerCase();
    if (word !== phrase.words[k]) return false;
    if (!WORD_GAP.test(text.slice(tokens[i + k - 1]!.end, token.start))) return false;
  }
  return true;
}

/** Pieces of the text to read, each with its offset into the whole text. */
export interface Window {
  offset: number;
  text: string;
}

/** Merges [start, end) ranges into disjoint, sorted pieces of the text, each cut once. */
export function windowsOf(text: string, ranges: [number, number][]): Window[] {
  ranges.sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const [from, to] of ranges) {
    const start = Math.max(0, from);
    const end = Math.min(text.length, to);
    const last = merged[merged.length - 1];
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else if (start < end) merged.push([start, end]);
  }
  return merged.map(([start, end]) => ({ offset: start, text: text.slice(start, end) }));
}

/**
 * Runs a global regex over pieces of the text only, each character at most once, with offsets into
 * the whole text. A pattern of many alternatives then costs nothing where no keyword is near.
 * `each` returns false to stop.
 */
export function execInWindows(re: RegExp, windows: readonly Window[], each: (m: RegExpExecArray) => boolean | void): void {
  for (const piece of windows) {
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(piece.text))) {
      m.index += piece.offset;
      if (each(m) === false) return;
      if (m[0].length === 0) re.lastIndex++;
    }
  }
}
