import type { CompiledProfile } from '../compiled-profile';
import { HOST_WORDS, ORIGIN_ABJAD, ORIGIN_STEMS, ORIGIN_TWO_WORDS, ORIGIN_WORDS } from '../rules/combination-origins';
import {
  AGE_ANY,
  AGE_OTHER_ANY,
  ARRIVAL,
  ARRIVAL_OTHER,
  ESTATE,
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
} from '../rules/combination-words';
import { draftText, holds, opens, patternsFor, scriptsOf, type Gated } from '../rules/event-words';
import { NOT_NAMES } from '../rules/named-words';
import { matchKey } from '../text/normalise';
import type { AnalysisContext, Candidate, Recogniser } from '../types';
import { asciiDigits, sentenceRanges } from './child-detail.recogniser';
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
// "I'll call her S": a story told about one person behind an initial.
const INITIAL = /(?:^|[^A-Za-z])(?:call (?:her|him|them)|known as|named)\s+[A-Z](?:\.|(?![A-Za-z]))/;
// A new list item ("2) Olena –", "• Drivers") is another person's part of a handover or a list.
const LIST_ITEM = /^\s*(?:\d{1,2}[).:]|[•▪◦*\-–—]\s)/;
// "a dentist appointment", "the doctor's": a service used, not a job held.
const NOT_A_JOB_AFTER = /^(?:['’]s)?\s*(?:appt|appointment|surgery|practice|visit|check|letter|note|said|says|told)\b/i;
const REGIONAL_INDICATOR = '\uD83C';
const ORIGIN_FIRST_WORDS = new Set([...ORIGIN_TWO_WORDS].map((p) => p.split(' ')[0]!));

const EXPLANATION =
  'Each of these details is harmless alone, but together they could point to one particular person or family we support. Leaving out one or two of them keeps people safe.';

export const identifyingCombinationRecogniser: Recogniser = {
  id: 'identifying-combination',
  phase: 'case',
  analyse(context, earlier) {
    let best = 0;
    for (const w of combinationWindows(context, earlier)) {
      if (!w.specific || w.categories.length < MIN_CATEGORIES) continue;
      best = Math.max(best, Math.min(0.9, 0.55 + 0.08 * (w.categories.length - MIN_CATEGORIES)));
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
  if (!context.text || context.tokens.length < 6) return [];
  const text = asciiDigits(context.text);
  const ranges = sentenceRanges(text);
  if (!ranges.length) return [];

  const paragraphOf: number[] = [];
  let paragraph = 0;
  let previousEnd = 0;
  for (const r of ranges) {
    if (/\n\s*\n/.test(text.slice(previousEnd, r.start + 1)) || LIST_ITEM.test(text.slice(r.start, r.start + 6))) paragraph++;
    paragraphOf.push(paragraph);
    previousEnd = r.end;
  }
  const sentenceOf = (pos: number) => {
    let lo = 0;
    let hi = ranges.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (ranges[mid]!.start <= pos) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };
  // Categories as bits per sentence: cheaper than a set each.
  const found = new Uint16Array(ranges.length);
  const specific = new Set<number>();
  const mark = (pos: number, category: Category) => {
    found[sentenceOf(pos)]! |= BIT[category];
  };
  const words = draftText(text);
  const has = (...gate: string[]) => gate.some((w) => holds(words, w));
  const each = (pattern: RegExp | Gated, visit: (m: RegExpExecArray) => void) => {
    if (!(pattern instanceof RegExp) && !opens(pattern, words)) return;
    const re = pattern instanceof RegExp ? pattern : pattern.re;
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    let n = 0;
    // A bound on matches keeps a pathological draft cheap; real drafts never reach it.
    while ((m = re.exec(text)) && n++ < 500) {
      if (m[0].length === 0) re.lastIndex++;
      visit(m);
    }
    re.lastIndex = 0;
  };
  const markAll = (patterns: readonly (RegExp | Gated)[], category: Category) => {
    for (const pattern of patterns) each(pattern, (m) => mark(m.index, category));
  };
  const scripts = scriptsOf(text);
  const childSpans = earlier.filter((c) => c.rule === 'child-detail' && c.likelihood >= 0.5 && c.start !== undefined);

  wordDetails(context, text, mark, specific, sentenceOf);

  // Who the details are about: one person or one household. Without one, nothing to single out.
  for (const pattern of [...SPECIFIC_PERSON, ...patternsFor(SPECIFIC_OTHER, scripts)]) each(pattern, (m) => specific.add(sentenceOf(m.index)));
  each(UNIQUE, (m) => {
    specific.add(sentenceOf(m.index));
    mark(m.index, 'unique');
  });
  const initial = has('call', 'known', 'named') ? INITIAL.exec(text) : null;
  if (initial) specific.add(sentenceOf(initial.index));
  const registerSentences = new Set<number>();
  for (const c of earlier) {
    if (c.rule === 'register-person' && c.likelihood >= 0.5 && c.start !== undefined) registerSentences.add(sentenceOf(c.start));
  }
  for (const k of registerSentences) specific.add(k);
  for (const name of findNames(context, earlier)) {
    if (name.evidence >= 1 && !name.publicFigure && !name.supporter) specific.add(sentenceOf(name.start));
  }
  // "with his wife and four kids": one person's household says one person is meant.
  each(HOUSEHOLD[1]!, (m) => {
    mark(m.index, 'household');
    specific.add(sentenceOf(m.index));
  });
  if (!specific.size) return [];

  // Details found by pattern, each only when the draft holds a word it needs.
  each(HOUSEHOLD[0]!, (m) => mark(m.index, 'household'));
  each(HOUSEHOLD[2]!, (m) => {
    // "Mum, the little girl I told you about": the first word speaks to someone.
    if (/^[A-Za-z]+\s*,/.test(m[0]) && /(?:^|[.!?\n]\s*)$/.test(text.slice(Math.max(0, m.index - 3), m.index))) return;
    mark(m.index, 'household');
  });
  each(HOUSEHOLD[3]!, (m) => mark(m.index, 'household'));
  markAll(patternsFor(HOUSEHOLD_OTHER, scripts), 'household');
  markAll([...ARRIVAL, ...patternsFor(ARRIVAL_OTHER, scripts)], 'arrival');
  markAll([WORKPLACE, ...patternsFor(JOBS_OTHER, scripts)], 'job');
  markAll([HEALTH, HEALTH_ACRONYM, ...patternsFor(HEALTH_OTHER, scripts)], 'health');
  markAll([LANGUAGE], 'language');
  markAll([RELIGION], 'religion');
  markAll([STREET_ON, ESTATE], 'place');
  if (scripts.arabic) markAll([ORIGIN_ABJAD], 'origin');
  if (text.includes(REGIONAL_INDICATOR)) flags(text, context.profile, mark);
  // An age that is already a child's detail is one detail, not two.
  for (const pattern of [...AGE_ANY, ...patternsFor(AGE_OTHER_ANY, scripts)]) {
    each(pattern, (m) => {
      const end = m.index + m[0].length;
      if (!childSpans.some((k) => k.start! < end && m.index < k.end!)) mark(m.index, 'age');
    });
  }
  for (const c of childSpans) mark(c.start!, 'child');
  // Places other recognisers found (an address, a refuge), unless it is a child's school, counted already.
  for (const c of earlier) {
    if (c.rule !== 'location' || c.likelihood < 0.5 || c.start === undefined) continue;
    if (childSpans.some((k) => k.start! < c.end! && c.start! < k.end!)) continue;
    mark(c.start, 'place');
  }

  const staffParagraphs = staffMentions(context, sentenceOf, paragraphOf);
  const staffIntro = STAFF_INTRO.test(text);

  const windows: CombinationWindow[] = [];
  for (let i = 0; i < ranges.length; i++) {
    // A window of up to three sentences in one paragraph.
    const window: number[] = [];
    for (let k = i; k < Math.min(ranges.length, i + 3); k++) if (paragraphOf[k] === paragraphOf[i]) window.push(k);
    let isSpecific = window.some((k) => specific.has(k));
    // A staff member's story: only a register person makes it a client's.
    if (isSpecific && (staffIntro || staffParagraphs.has(paragraphOf[i]!))) isSpecific = window.some((k) => registerSentences.has(k));
    let bits = 0;
    for (const k of window) bits |= found[k]!;
    windows.push({ sentences: window, categories: CATEGORIES.filter((c) => bits & BIT[c]), specific: isSpecific });
  }
  return windows;
}

/** Origin, job and place, word by word: these need the words' capitals and their neighbours. */
function wordDetails(
  context: AnalysisContext,
  text: string,
  mark: (pos: number, category: Category) => void,
  specific: Set<number>,
  sentenceOf: (pos: number) => number,
): void {
  const { tokens, profile } = context;
  const host = new Set(HOST_WORDS[profile.region ?? ''] ?? []);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.hashtag || t.mention) continue;
    const next = tokens[i + 1];
    const pair = next && ORIGIN_FIRST_WORDS.has(t.key) ? `${t.key} ${next.key}` : '';
    if (pair && ORIGIN_TWO_WORDS.has(pair) && !host.has(pair)) {
      mark(t.start, 'origin');
      continue;
    }
    if (ORIGIN_WORDS.has(t.key) && !host.has(t.key) && (t.capitalised || t.allCaps)) {
      mark(t.start, 'origin');
      continue;
    }
    if (t.nonLatin && t.capitalised && ORIGIN_STEMS.some((stem) => t.key.startsWith(stem))) {
      mark(t.start, 'origin');
      continue;
    }
    if (JOBS.has(t.key) && !t.capitalised && !NOT_A_JOB_AFTER.test(text.slice(t.end, t.end + 14))) {
      const lead = text.slice(Math.max(0, t.start - 40), t.start);
      if (JOB_CONTEXT.test(lead)) {
        mark(t.start, 'job');
        // "the Afghan interpreter": a person, by their job.
        if (/(?:^|[^A-Za-z])(?:a|an|the)\s+(?:[A-Za-z]+\s+){0,2}$/i.test(lead)) specific.add(sentenceOf(t.start));
      }
    }
    // "in Dewsbury", "from Fartown", "у Батлі": a town or area, unless it is a day, a language or a person.
    const prev = tokens[i - 1];
    // "new to Bathurst", "moved to Cork": "to" names a place only after a move.
    const toPlace = prev?.key === 'to' && MOVED.has(tokens[i - 2]?.key ?? '');
    if (
      prev &&
      t.capitalised &&
      !t.sentenceStart &&
      (PLACE_PREPOSITIONS.has(prev.key) || toPlace) &&
      !prev.capitalised &&
      /^\s+$/.test(text.slice(prev.end, t.start)) &&
      !NOT_NAMES.has(t.key) &&
      !LANGUAGE_NAMES.has(t.key) &&
      !profile.ownNames.some((n) => n.includes(t.key)) &&
      !profile.staffNames.some((n) => n.includes(t.key)) &&
      !onRegister(profile, matchKey(t.text.replace(/['’]s$/i, ''), t.key))
    ) {
      // (Register names are people, not places; the lookup runs only for capitalised words after "in", "from"…)
      mark(t.start, 'place');
    }
  }
}

/** Flag emoji other than the organisation's own country's, the EU's and the UN's: an origin. */
function flags(text: string, profile: CompiledProfile, mark: (pos: number, category: Category) => void): void {
  const region = profile.region;
  const own = region ? String.fromCodePoint(...[...region.toUpperCase()].map((c) => 0x1f1e6 + c.charCodeAt(0) - 65)) : '';
  const pattern = /[\u{1F1E6}-\u{1F1FF}]{2}/gu;
  let m: RegExpExecArray | null;
  while ((m = pattern.exec(text))) if (m[0] !== own && m[0] !== '🇪🇺' && m[0] !== '🇺🇳') mark(m.index, 'origin');
}

/** Paragraphs that name a member of staff. */
function staffMentions(context: AnalysisContext, sentenceOf: (pos: number) => number, paragraphOf: number[]): Set<number> {
  const out = new Set<number>();
  const staff = new Set<string>();
  for (const name of context.profile.staffNames) for (const k of name) staff.add(k);
  if (!staff.size) return out;
  for (const t of context.tokens) if (t.capitalised && staff.has(t.key)) out.add(paragraphOf[sentenceOf(t.start)]!);
  return out;
}
