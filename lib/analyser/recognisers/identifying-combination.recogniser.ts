import type { CompiledProfile } from '../compiled-profile';
import { HOST_WORDS, ORIGIN_ABJAD, ORIGIN_STEMS, ORIGIN_TWO_WORDS, ORIGIN_WORDS } from '../rules/combination-origins';
import {
  AGE_ANY,
  AGE_OTHER_ANY,
  ARRIVAL,
  ARRIVAL_OTHER,
  ESTATE,
  FAST_FORMS,
  HEALTH,
  HEALTH_ACRONYM,
  HEALTH_OTHER,
  HOUSEHOLD,
  HOUSEHOLD_OTHER,
  JOB_CONTEXT,
  JOBS,
  JOBS_OTHER,
  LANGUAGE,
  LANGUAGE_NAMES,
  RELIGION,
  SPECIFIC_OTHER,
  SPECIFIC_PERSON,
  STREET_ON,
  UNIQUE,
  WORKPLACE,
  type FastForm,
} from '../rules/combination-words';
import { draftText, holds, opens, patternsFor, scriptsOf, type DraftText, type Gated, type Scripts } from '../rules/event-words';
import { NOT_NAMES } from '../rules/named-words';
import { matchKey } from '../text/normalise';
import type { AnalysisContext, Candidate, Recogniser } from '../types';
import { asciiDigits, sentenceRanges, type Range } from './child-detail.recogniser';
import { findNames, onRegister } from './named-individual.recogniser';

/**
 * identifying-combination (case-level): several details, each harmless alone, that together
 * single out one person or family: where they come from, who is in the household, the town,
 * when they arrived, a job, a health condition, a language, a faith, an age. It fires when a
 * window of up to three sentences speaks of one particular person or household (not "23
 * families", not "refugees") and holds three or more different kinds of detail: the "jigsaw"
 * behind Save the Children's triangle of risk.
 */

export type Category = 'origin' | 'household' | 'place' | 'arrival' | 'job' | 'health' | 'language' | 'religion' | 'age' | 'child' | 'unique';

export interface CombinationWindow {
  /** Sentence indexes of the window. */
  sentences: number[];
  categories: Category[];
  /** Whether the window speaks of one particular person or household. */
  specific: boolean;
}

const CATEGORIES: readonly Category[] = ['origin', 'household', 'place', 'arrival', 'job', 'health', 'language', 'religion', 'age', 'child', 'unique'];
const BIT = Object.fromEntries(CATEGORIES.map((c, i) => [c, 1 << i])) as Record<Category, number>;
const MIN_CATEGORIES = 3;
const MOVED = new Set(['new', 'moved', 'moving', 'relocated', 'relocating', 'settled', 'came', 'come', 'arrived', 'welcome', 'resettled', 'sent', 'housed', 'dispersed']);
const PLACE_PREPOSITIONS = new Set(['in', 'from', 'near', 'outside', 'around', 'nr', 'u', 'v', 'z', 'iz', 'se', 'sto', 'sti', 'stin', 'apo']);
// A colleague's or volunteer's own story, told with their consent, is not a client's: "Meet Amal, our new caseworker…"
const STAFF_INTRO =
  /(?:^|[^A-Za-z])(?:our (?:new |newest )?(?:[A-Za-z-]+ ){0,2}(?:caseworker|case worker|youth worker|support worker|project worker|outreach worker|coordinator|co-ordinator|manager|director|trustee|colleague|team member|member of (?:the )?(?:team|staff))|joined (?:the|our) team|meet the team|(?:meet )?our (?:new |amazing |wonderful |brilliant )?volunteers?(?: of the (?:month|year|week))?|volunteer (?:spotlight|of the (?:month|year|week)))(?:$|[^A-Za-z])/i;
/** Every match of STAFF_INTRO holds one of these (in lower case): a draft without them needs no scan. */
const STAFF_INTRO_GATE = ['our ', 'joined ', 'meet ', 'volunteer '];
// "I'll call her S": a story told about one person behind an initial.
const INITIAL = /(?:^|[^A-Za-z])(?:call (?:her|him|them)|known as|named)\s+[A-Z](?:\.|(?![A-Za-z]))/;
// A new list item ("2) Olena –", "• Drivers") is another person's part of a handover or a list.
// Anchored at a sentence's start, and counted only within its first six characters.
const LIST_ITEM = /\s*(?:\d{1,2}[).:]|[•▪◦*\-–—]\s)/y;
const WHITE_SPACE = /\s*/y;
// "a dentist appointment", "the doctor's": a service used, not a job held.
const NOT_A_JOB_AFTER = /^(?:['’]s)?\s*(?:appt|appointment|surgery|practice|visit|check|letter|note|said|says|told)\b/i;

/** What a word can be, as bits: one lookup rules out most words of a draft. */
const ORIGIN_WORD = 1;
const STARTS_ORIGIN_PAIR = 2;
const JOB_WORD = 4;
const WORD_KINDS = new Map<string, number>();
const addKind = (word: string, kind: number) => WORD_KINDS.set(word, (WORD_KINDS.get(word) ?? 0) | kind);
for (const w of ORIGIN_WORDS) addKind(w, ORIGIN_WORD);
for (const p of ORIGIN_TWO_WORDS) addKind(p.split(' ')[0]!, STARTS_ORIGIN_PAIR);
for (const w of JOBS) addKind(w, JOB_WORD);
const HOSTS = new Map(Object.entries(HOST_WORDS).map(([region, words]) => [region, new Set(words)]));
const NO_HOST: ReadonlySet<string> = new Set();

/** Patterns that mark a kind of detail wherever they match (the Latin ones; others by script). */
const DETAIL_PATTERNS: readonly (readonly [Gated, Category])[] = [
  [HOUSEHOLD[0]!, 'household'],
  [HOUSEHOLD[3]!, 'household'],
  ...ARRIVAL.map((p) => [p, 'arrival'] as const),
  [WORKPLACE, 'job'],
  [HEALTH, 'health'],
  [HEALTH_ACRONYM, 'health'],
  [LANGUAGE, 'language'],
  [RELIGION, 'religion'],
  [STREET_ON, 'place'],
  [ESTATE, 'place'],
];
const OTHER_SCRIPT_DETAILS = [
  [HOUSEHOLD_OTHER, 'household'],
  [ARRIVAL_OTHER, 'arrival'],
  [JOBS_OTHER, 'job'],
  [HEALTH_OTHER, 'health'],
] as const;

const EXPLANATION =
  'Each of these details is harmless alone, but together they could point to one particular person or family we support. Leaving out one or two of them keeps people safe.';

export const identifyingCombinationRecogniser: Recogniser = {
  id: 'identifying-combination',
  phase: 'case',
  analyse(context, earlier) {
    // Only a window with three kinds of detail can fire: whom the sentences speak of is worked out only then.
    const w = working(context, earlier, true);
    if (!w) return [];
    let best = 0;
    for (let i = 0; i < w.sentences; i++) {
      const end = w.windowEnd(i);
      const count = bitCount(w.windowBits(i, end));
      if (count < MIN_CATEGORIES || !w.windowSpecific(i, end)) continue;
      best = Math.max(best, Math.min(0.9, 0.55 + 0.08 * (count - MIN_CATEGORIES)));
    }
    if (!best) return [];
    return [
      {
        rule: 'identifying-combination',
        likelihood: best,
        explanation: EXPLANATION,
        suggestion: 'Leave out some of the details: the town, the country, the family make-up or when they arrived.',
        recogniser: 'identifying-combination',
      },
    ];
  },
};

/** Every window of up to three sentences with the kinds of detail in it: the recogniser's working. */
export function combinationWindows(context: AnalysisContext, earlier: readonly Candidate[]): CombinationWindow[] {
  const w = working(context, earlier, false);
  if (!w) return [];
  const windows: CombinationWindow[] = [];
  for (let i = 0; i < w.sentences; i++) {
    const end = w.windowEnd(i);
    const bits = w.windowBits(i, end);
    const sentences: number[] = [];
    for (let k = i; k <= end; k++) sentences.push(k);
    windows.push({ sentences, categories: CATEGORIES.filter((c) => bits & BIT[c]), specific: w.windowSpecific(i, end) });
  }
  return windows;
}

/**
 * The kinds of detail in each sentence, then whom each sentence speaks of; null when no sentence
 * speaks of one particular person or household, or (`firing`) when no window could fire anyway.
 */
function working(context: AnalysisContext, earlier: readonly Candidate[], firing: boolean): Working | null {
  if (!context.text || context.tokens.length < 6) return null;
  const text = asciiDigits(context.text);
  const ranges = sentenceRanges(text);
  if (!ranges.length) return null;
  const w = new Working(context, text, ranges);
  findDetails(w, earlier);
  if (firing && !w.anyWindowHolds(MIN_CATEGORIES)) return null;
  findWhoIsMeant(w, earlier, firing);
  return w.specific.includes(1) ? w : null;
}

/** Per sentence of one draft: its paragraph, the kinds of detail in it, and whom it speaks of. */
class Working {
  readonly sentences: number;
  readonly paragraphOf: Int32Array;
  /** Kinds of detail as bits per sentence: cheaper than a set each. */
  readonly found: Uint16Array;
  /** 1 where the sentence speaks of one particular person or household. */
  readonly specific: Uint8Array;
  /** 1 where a register person is named. */
  readonly register: Uint8Array;
  /** The draft's words, for the gates. */
  readonly words: DraftText;
  readonly scripts: Scripts;
  private readonly scan: PatternScan;
  private staffIntro: boolean | undefined;
  private staffParagraphs: Set<number> | undefined;

  constructor(
    readonly context: AnalysisContext,
    readonly text: string,
    private readonly ranges: readonly Range[],
  ) {
    this.sentences = ranges.length;
    this.paragraphOf = paragraphs(text, ranges);
    this.found = new Uint16Array(ranges.length);
    this.specific = new Uint8Array(ranges.length);
    this.register = new Uint8Array(ranges.length);
    // Arabic-Indic digits make no difference to the gates (no gate word has a digit): the
    // original text's words, which other recognisers have already made.
    this.words = draftText(context.text);
    this.scripts = scriptsOf(text);
    this.scan = new PatternScan(text);
  }

  sentenceOf(pos: number): number {
    const ranges = this.ranges;
    let lo = 0;
    let hi = ranges.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (ranges[mid]!.start <= pos) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  mark(pos: number, category: Category): void {
    this.found[this.sentenceOf(pos)]! |= BIT[category];
  }

  markSpecific(pos: number): void {
    this.specific[this.sentenceOf(pos)] = 1;
  }

  has(...gate: string[]): boolean {
    return gate.some((w) => holds(this.words, w));
  }

  /** Each match of a pattern (starting before `until`), when the draft holds a word it needs. */
  each(pattern: RegExp | Gated, visit: (m: RegExpExecArray) => void, until = Infinity): void {
    if (pattern instanceof RegExp) this.scan.each(pattern, visit, until);
    else if (opens(pattern, this.words)) this.scan.each(pattern.re, visit, until);
  }

  markAll(patterns: readonly (RegExp | Gated)[], category: Category): void {
    for (const pattern of patterns) this.each(pattern, (m) => this.mark(m.index, category));
  }

  /** The last sentence of the window starting at sentence i: up to three sentences, in one paragraph. */
  windowEnd(i: number): number {
    let end = i;
    while (end + 1 < this.sentences && end + 1 < i + 3 && this.paragraphOf[end + 1] === this.paragraphOf[i]) end++;
    return end;
  }

  windowBits(i: number, end: number): number {
    let bits = 0;
    for (let k = i; k <= end; k++) bits |= this.found[k]!;
    return bits;
  }

  anyWindowHolds(categories: number): boolean {
    for (let i = 0; i < this.sentences; i++) if (bitCount(this.windowBits(i, this.windowEnd(i))) >= categories) return true;
    return false;
  }

  /** Whether the window speaks of one particular person or household. */
  windowSpecific(i: number, end: number): boolean {
    let specific = false;
    for (let k = i; k <= end && !specific; k++) specific = this.specific[k] === 1;
    // A staff member's story: only a register person makes it a client's.
    if (specific && this.staffStory(i)) {
      specific = false;
      for (let k = i; k <= end && !specific; k++) specific = this.register[k] === 1;
    }
    return specific;
  }

  /**
   * How far in the draft it still matters to the finding whether a sentence speaks of someone:
   * to the end of the last window that has enough kinds of detail, more than any window known
   * to speak of someone, and could yet turn out to (a member of staff's story cannot). -1 when
   * no window is left open.
   */
  openUntil(): number {
    let best = 0;
    for (let i = 0; i < this.sentences; i++) {
      const end = this.windowEnd(i);
      const count = bitCount(this.windowBits(i, end));
      if (count >= MIN_CATEGORIES && count > best && this.windowSpecific(i, end)) best = count;
    }
    let last = -1;
    for (let i = 0; i < this.sentences; i++) {
      const end = this.windowEnd(i);
      const count = bitCount(this.windowBits(i, end));
      if (count >= MIN_CATEGORIES && count > best && !this.windowSpecific(i, end) && !this.staffStory(i)) last = Math.max(last, end);
    }
    if (last < 0) return -1;
    return last + 1 < this.sentences ? this.ranges[last + 1]!.start : Infinity;
  }

  /** Whether sentence i is in a member of staff's story (worked out on the first ask: most drafts never ask). */
  private staffStory(i: number): boolean {
    this.staffIntro ??= STAFF_INTRO_GATE.some((g) => this.words.lower.includes(g)) && STAFF_INTRO.test(this.text);
    this.staffParagraphs ??= staffMentions(this);
    return this.staffIntro || this.staffParagraphs.has(this.paragraphOf[i]!);
  }
}

function bitCount(bits: number): number {
  let n = 0;
  for (; bits; bits &= bits - 1) n++;
  return n;
}

/** The paragraph of each sentence: a blank line or a new list item starts one. */
function paragraphs(text: string, ranges: readonly Range[]): Int32Array {
  const paragraphOf = new Int32Array(ranges.length);
  let paragraph = 0;
  let previousEnd = 0;
  for (let i = 0; i < ranges.length; i++) {
    const r = ranges[i]!;
    if (blankLine(text, previousEnd, r.start + 1) || listItemAt(text, r.start)) paragraph++;
    paragraphOf[i] = paragraph;
    previousEnd = r.end;
  }
  return paragraphOf;
}

/** Whether text[from, to) holds a blank line: two line breaks with only white space between. Nothing is sliced. */
function blankLine(text: string, from: number, to: number): boolean {
  for (let k = text.indexOf('\n', from); k >= 0 && k < to; ) {
    const next = text.indexOf('\n', k + 1);
    if (next < 0 || next >= to) return false;
    WHITE_SPACE.lastIndex = k + 1;
    WHITE_SPACE.test(text);
    if (WHITE_SPACE.lastIndex >= next) return true;
    k = next;
  }
  return false;
}

function listItemAt(text: string, start: number): boolean {
  LIST_ITEM.lastIndex = start;
  return LIST_ITEM.test(text) && LIST_ITEM.lastIndex - start <= 6;
}

/** The kinds of detail: where from, the household, the place, arrival, a job, health, language, faith, age. */
function findDetails(w: Working, earlier: readonly Candidate[]): void {
  const { text, scripts } = w;
  wordDetails(w);
  // "the only …" singles someone out, and is a detail of its own.
  w.each(UNIQUE, (m) => {
    w.markSpecific(m.index);
    w.mark(m.index, 'unique');
  });
  // "with his wife and four kids": one person's household says one person is meant.
  w.each(HOUSEHOLD[1]!, (m) => {
    w.mark(m.index, 'household');
    w.markSpecific(m.index);
  });
  for (const [pattern, category] of DETAIL_PATTERNS) w.each(pattern, (m) => w.mark(m.index, category));
  w.each(HOUSEHOLD[2]!, (m) => {
    // "Mum, the little girl I told you about": the first word speaks to someone.
    if (/^[A-Za-z]+\s*,/.test(m[0]) && /(?:^|[.!?\n]\s*)$/.test(text.slice(Math.max(0, m.index - 3), m.index))) return;
    w.mark(m.index, 'household');
  });
  for (const [set, category] of OTHER_SCRIPT_DETAILS) w.markAll(patternsFor(set, scripts), category);
  if (scripts.arabic) w.markAll([ORIGIN_ABJAD], 'origin');
  if (hasRegionalIndicator(text)) flags(w);
  // An age that is already a child's detail is one detail, not two.
  const childSpans = earlier.filter((c) => c.rule === 'child-detail' && c.likelihood >= 0.5 && c.start !== undefined);
  const markAge = (m: RegExpExecArray) => {
    const end = m.index + m[0].length;
    if (!childSpans.some((k) => k.start! < end && m.index < k.end!)) w.mark(m.index, 'age');
  };
  for (const pattern of AGE_ANY) w.each(pattern, markAge);
  for (const pattern of patternsFor(AGE_OTHER_ANY, scripts)) w.each(pattern, markAge);
  for (const c of childSpans) w.mark(c.start!, 'child');
  // Places other recognisers found (an address, a refuge), unless it is a child's school, counted already.
  for (const c of earlier) {
    if (c.rule !== 'location' || c.likelihood < 0.5 || c.start === undefined) continue;
    if (childSpans.some((k) => k.start! < c.end! && c.start! < k.end!)) continue;
    w.mark(c.start, 'place');
  }
}

/**
 * Whom the details are about: one person or one household. Without one, nothing to single out.
 * For the finding (`firing`), only windows that could still raise it need the answer: each step
 * scans only as far as the last of them, and once none is left the rest is skipped.
 */
function findWhoIsMeant(w: Working, earlier: readonly Candidate[], firing: boolean): void {
  const openUntil = () => (firing ? w.openUntil() : Infinity);
  for (const c of earlier) {
    if (c.rule === 'register-person' && c.likelihood >= 0.5 && c.start !== undefined) w.register[w.sentenceOf(c.start)] = 1;
  }
  for (let k = 0; k < w.sentences; k++) if (w.register[k]) w.specific[k] = 1;
  for (const pattern of [...SPECIFIC_PERSON, ...patternsFor(SPECIFIC_OTHER, w.scripts)]) {
    const until = openUntil();
    if (until < 0) return;
    w.each(pattern, (m) => w.markSpecific(m.index), until);
  }
  let until = openUntil();
  if (until < 0) return;
  const initial = w.has('call', 'known', 'named') ? INITIAL.exec(w.text) : null;
  if (initial && initial.index < until) w.markSpecific(initial.index);
  until = openUntil();
  if (until < 0) return;
  for (const name of findNames(w.context, earlier)) {
    if (name.evidence >= 1 && !name.publicFigure && !name.supporter && name.start < until) w.markSpecific(name.start);
  }
}

/**
 * Runs the patterns over one draft, in a pattern's fast form (FAST_FORMS) when it has one. The
 * fast form matches wherever the pattern does, and perhaps elsewhere: the pattern as written,
 * anchored, decides on each match. The exception is straight after "_", where `\b` standing for
 * the word guard B refuses what B allows: the written form is tried at each such place first,
 * and if it matches at one the draft is scanned as written.
 */
class PatternScan {
  /** Where a word can start straight after "_" (null: too many to try one by one). */
  private afterUnderscore: number[] | null = [];

  constructor(readonly text: string) {
    for (let i = text.indexOf('_'); i >= 0 && this.afterUnderscore; i = text.indexOf('_', i + 1)) {
      if (!/[A-Za-z0-9]/.test(text.charAt(i + 1))) continue;
      if (this.afterUnderscore.length === MAX_TRIED_AFTER_UNDERSCORE) this.afterUnderscore = null;
      else this.afterUnderscore.push(i + 1);
    }
  }

  each(pattern: RegExp, visit: (m: RegExpExecArray) => void, until: number): void {
    const text = this.text;
    let forms = FAST_FORMS.get(pattern);
    if (forms && !this.fastFindsAll(forms)) forms = undefined;
    const re = forms ? forms.fast : pattern;
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    let n = 0;
    // A bound on matches keeps a pathological draft cheap; real drafts never reach it.
    while (n < 500 && (m = re.exec(text))) {
      if (forms) {
        const at = forms.at;
        at.lastIndex = m.index;
        const written = at.exec(text);
        if (!written) {
          re.lastIndex = m.index + 1;
          continue;
        }
        m = written;
        re.lastIndex = m.index + m[0].length;
      }
      if (m.index >= until) break;
      n++;
      if (m[0].length === 0) re.lastIndex++;
      visit(m);
    }
    re.lastIndex = 0;
  }

  /** Whether the fast form finds every match: the written form matches nowhere straight after "_". */
  private fastFindsAll(forms: FastForm): boolean {
    if (!this.afterUnderscore) return false;
    for (const i of this.afterUnderscore) {
      forms.at.lastIndex = i;
      if (forms.at.test(this.text)) return false;
    }
    return true;
  }
}
const MAX_TRIED_AFTER_UNDERSCORE = 16;

/** Origin, job and place, word by word: these need the words' capitals and their neighbours. */
function wordDetails(w: Working): void {
  const { text, context } = w;
  const { tokens, profile } = context;
  const host = HOSTS.get(profile.region ?? '') ?? NO_HOST;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.hashtag || t.mention) continue;
    const kind = WORD_KINDS.get(t.key) ?? 0;
    const next = tokens[i + 1];
    if (kind & STARTS_ORIGIN_PAIR && next) {
      const pair = `${t.key} ${next.key}`;
      if (ORIGIN_TWO_WORDS.has(pair) && !host.has(pair)) {
        w.mark(t.start, 'origin');
        continue;
      }
    }
    if (kind & ORIGIN_WORD && !host.has(t.key) && (t.capitalised || t.allCaps)) {
      w.mark(t.start, 'origin');
      continue;
    }
    if (t.nonLatin && t.capitalised && startsWithAny(t.key, ORIGIN_STEMS)) {
      w.mark(t.start, 'origin');
      continue;
    }
    if (kind & JOB_WORD && !t.capitalised && !NOT_A_JOB_AFTER.test(text.slice(t.end, t.end + 14))) {
      const lead = text.slice(Math.max(0, t.start - 40), t.start);
      if (JOB_CONTEXT.test(lead)) {
        w.mark(t.start, 'job');
        // "the Afghan interpreter": a person, by their job.
        if (/(?:^|[^A-Za-z])(?:a|an|the)\s+(?:[A-Za-z]+\s+){0,2}$/i.test(lead)) w.markSpecific(t.start);
      }
    }
    // "in Dewsbury", "from Fartown", "у Батлі": a town or area, unless it is a day, a language or a person.
    if (!t.capitalised || t.sentenceStart || i === 0) continue;
    const prev = tokens[i - 1]!;
    // "new to Bathurst", "moved to Cork": "to" names a place only after a move.
    const toPlace = prev.key === 'to' && MOVED.has(tokens[i - 2]?.key ?? '');
    if (
      (PLACE_PREPOSITIONS.has(prev.key) || toPlace) &&
      !prev.capitalised &&
      /^\s+$/.test(text.slice(prev.end, t.start)) &&
      !NOT_NAMES.has(t.key) &&
      !LANGUAGE_NAMES.has(t.key) &&
      !inAnyName(profile.ownNames, t.key) &&
      !inAnyName(profile.staffNames, t.key) &&
      !onRegister(profile, matchKey(t.text.replace(/['’]s$/i, ''), t.key))
    ) {
      // (Register names are people, not places; the lookup runs only for capitalised words after "in", "from"…)
      w.mark(t.start, 'place');
    }
  }
}

// Plain loops, not closures over the token: a closure would make each turn of the word loop allocate.
function startsWithAny(key: string, stems: readonly string[]): boolean {
  for (const stem of stems) if (key.startsWith(stem)) return true;
  return false;
}
function inAnyName(names: readonly (readonly string[])[], key: string): boolean {
  for (const name of names) if (name.includes(key)) return true;
  return false;
}

/** Whether the text holds a regional indicator (half of a flag): most drafts with emoji hold none. */
function hasRegionalIndicator(text: string): boolean {
  for (let i = text.indexOf('\uD83C'); i >= 0; i = text.indexOf('\uD83C', i + 1)) {
    const low = text.charCodeAt(i + 1);
    if (low >= 0xdde6 && low <= 0xddff) return true;
  }
  return false;
}

/** Flag emoji other than the organisation's own country's, the EU's and the UN's: an origin. */
function flags(w: Working): void {
  const region = w.context.profile.region;
  const own = region ? String.fromCodePoint(...[...region.toUpperCase()].map((c) => 0x1f1e6 + c.charCodeAt(0) - 65)) : '';
  const pattern = /[\u{1F1E6}-\u{1F1FF}]{2}/gu;
  let m: RegExpExecArray | null;
  while ((m = pattern.exec(w.text))) if (m[0] !== own && m[0] !== '🇪🇺' && m[0] !== '🇺🇳') w.mark(m.index, 'origin');
}

/** Paragraphs that name a member of staff. */
function staffMentions(w: Working): Set<number> {
  const out = new Set<number>();
  const staff = staffKeys(w.context.profile);
  if (!staff.size) return out;
  for (const t of w.context.tokens) if (t.capitalised && staff.has(t.key)) out.add(w.paragraphOf[w.sentenceOf(t.start)]!);
  return out;
}

const staffKeyCache = new WeakMap<CompiledProfile, ReadonlySet<string>>();
function staffKeys(profile: CompiledProfile): ReadonlySet<string> {
  let keys = staffKeyCache.get(profile);
  if (!keys) staffKeyCache.set(profile, (keys = new Set(profile.staffNames.flat())));
  return keys;
}
