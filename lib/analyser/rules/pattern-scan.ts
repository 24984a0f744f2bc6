/**
 * Scanning a pattern over a draft quickly, with the same matches. V8 tries a pattern's leading
 * look-behind at every position of the text, which makes a scan three to five times slower than
 * scanning the rest of the pattern, which it can skip through the text to. So a pattern that
 * opens with look-behinds (word edges, "not after a digit") is scanned as two: the rest, and the
 * look-behinds alone, asked only where the rest matches; where they fail the scan resumes one
 * position on, as the whole pattern's would.
 */

/** Each match of a global pattern (at most `limit`, starting before `end`), as a plain scan finds them. */
export function scanMatches(pattern: RegExp, text: string, visit: (m: RegExpExecArray) => void, limit = 200, end = Infinity): void {
  const split = splitOf(pattern);
  const scan = split?.body ?? pattern;
  scan.lastIndex = 0;
  let m: RegExpExecArray | null;
  let n = 0;
  while ((m = scan.exec(text)) && m.index < end) {
    if (split) {
      split.guard.lastIndex = m.index;
      // Not a match of the whole pattern: go on from the next position, as its own scan would.
      if (!split.guard.test(text)) {
        scan.lastIndex = m.index + 1;
        continue;
      }
    }
    if (n++ >= limit) break;
    if (m[0].length === 0) scan.lastIndex++;
    visit(m);
  }
  scan.lastIndex = 0;
}

/** A pattern split into its leading look-behinds (`guard`, sticky) and the rest (`body`). */
export interface Split {
  body: RegExp;
  guard: RegExp;
}
const splits = new WeakMap<RegExp, Split | null>();
function splitOf(pattern: RegExp): Split | null {
  let split = splits.get(pattern);
  if (split === undefined) splits.set(pattern, (split = splitLookBehinds(pattern)));
  return split;
}

/**
 * The split of a global pattern, or null where it would not find the same matches in linear
 * time: no leading look-behind, a look-behind that captures (the groups would be renumbered), an
 * alternative outside any group (the look-behinds guard only the first), or a repeat without
 * bound of anything but white space. The rest is now tried inside words too, and a repeat such
 * as `[a-z]*` would then run from every letter of a long word to its end.
 */
export function splitLookBehinds(pattern: RegExp): Split | null {
  const { source, flags } = pattern;
  if (!flags.includes('g') || /[uvy]/.test(flags)) return null;
  let lead = 0;
  while (source.startsWith('(?<!', lead) || source.startsWith('(?<=', lead)) lead = groupEnd(source, lead);
  if (lead === 0) return null;
  for (let k = 0; k < lead; k++) {
    if (source[k] === '\\') {
      // A back-reference would mean something else in a pattern of its own.
      if (/[1-9k]/.test(source[++k]!)) return null;
    } else if (source[k] === '[') k = classEnd(source, k) - 1;
    else if (source[k] === '(' && (source[k + 1] !== '?' || (source[k + 2] === '<' && !'=!'.includes(source[k + 3]!)))) return null;
  }
  let depth = 0;
  let atom = '';
  for (let k = lead; k < source.length; k++) {
    const ch = source[k]!;
    if (ch === '\\') {
      atom = source.slice(k, k + 2);
      k++;
    } else if (ch === '[') {
      const end = classEnd(source, k);
      atom = source.slice(k, end);
      k = end - 1;
    } else if (ch === '(') {
      depth++;
      atom = '';
    } else if (ch === ')') {
      depth--;
      atom = ')';
    } else if (ch === '|') {
      if (depth === 0) return null;
      atom = '';
    } else if (ch === '*' || ch === '+' || (ch === '{' && openRepeatAt(source, k))) {
      if (!WHITE_SPACE_ATOM.test(atom)) return null;
    } else if (ch !== '?') atom = ch;
  }
  const rest = flags.replace('g', '');
  return { body: new RegExp(source.slice(lead), flags), guard: new RegExp(source.slice(0, lead), `${rest}y`) };
}

const WHITE_SPACE_ATOM = /^(?:\\s|\[\\s[-,]?\])$/;
const OPEN_REPEAT = /\{\d+,\}/y;
/** Whether a repeat with no upper bound ("{2,}") opens at `k`. */
function openRepeatAt(source: string, k: number): boolean {
  OPEN_REPEAT.lastIndex = k;
  return OPEN_REPEAT.test(source);
}

/** Where the group opening at `open` ends (just after its ")"). */
function groupEnd(source: string, open: number): number {
  let depth = 0;
  for (let k = open; k < source.length; k++) {
    const ch = source[k];
    if (ch === '\\') k++;
    else if (ch === '[') k = classEnd(source, k) - 1;
    else if (ch === '(') depth++;
    else if (ch === ')' && --depth === 0) return k + 1;
  }
  return source.length;
}

/** Where the character class opening at `open` ends (just after its "]"). */
function classEnd(source: string, open: number): number {
  for (let k = open + 1; k < source.length; k++) {
    if (source[k] === '\\') k++;
    else if (source[k] === ']') return k + 1;
  }
  return source.length;
}

