import {
  AGE_OTHER,
  AGE_YEAR_OLD,
  AGED,
  AND_ALREADY,
  ARE_AGE,
  AT_AGE,
  ATTENDS,
  BE_AGE,
  BIRTHDAY,
  GENERIC_BEFORE,
  NAME_COMMA_AGE,
  NAME_IS_AGE,
  NEEDS,
  NOT_CHILD_SCHOOL,
  NOT_SCHOOL_PLACE,
  NUMBER_WORDS,
  ORDINAL_VALUE,
  PAREN_AGE,
  PLURAL_BEFORE_AGED,
  ROUTINE_KID,
  ROUTINE_MEDICAL,
  ROUTINE_SCHOOL,
  ROUTINE_SPORT,
  ROUTINE_TIME,
  ROUTINE_TRANSPORT,
  SCHOOL_ACRONYMS,
  SCHOOL_JOINERS,
  SCHOOL_PREFIX,
  SCHOOL_SUFFIX,
  SCHOOL_WORDS,
  SPORT_CONTEXT,
  UNDER_TEAM,
  YEAR_GROUP,
  YEAR_GROUP_OTHER,
} from '../rules/child-words';
import { PUBLIC_EVENT, WEEKDAY, WEEKDAY_SHORT, draftText, holds, opens, patternsFor, scriptsOf, type DraftText, type Gated, type Scripts } from '../rules/event-words';
import { scanMatches } from '../rules/pattern-scan';
import { isCommonWord, matchKey } from '../text/normalise';
import type { Token } from '../text/tokenise';
import type { AnalysisContext, Candidate, Recogniser } from '../types';
import { nameShaped, onRegister, registerMinor } from './named-individual.recogniser';

/**
 * child-detail: details about one particular child: an age tied to a child or family, a school,
 * a class or year group, a nursery, a regular time and place. Ages, schools and routines of
 * children in general ("children under 5 go free", "homework club for 8–14 year olds",
 * "Moorbrook Academy lent us their hall") stay silent: each detail needs a sign that a
 * particular child is meant.
 */

export interface Range {
  start: number;
  end: number;
}

/** Arabic-Indic and Persian digits as ASCII, one code unit for one, so offsets do not move. */
export function asciiDigits(text: string): string {
  if (!/[\u0660-\u0669\u06f0-\u06f9]/.test(text)) return text;
  return text.replace(/[\u0660-\u0669\u06f0-\u06f9]/g, (d) => String.fromCharCode(48 + ((d.charCodeAt(0) - 0x660) % 0x90)));
}

/**
 * Sentences as ranges: a break at ! ? … and new lines, and at a full stop followed by a capital,
 * an emoji or the end ("7.45", "no. 999" and "Mr. Khan" do not break).
 */
export function sentenceRanges(text: string): readonly Range[] {
  // Three recognisers ask about the same draft in one analysis: split it once.
  if (lastSplit?.text === text) return lastSplit.ranges;
  const out: Range[] = [];
  let start = 0;
  // From one possible break to the next: a scan for them is far quicker than a loop over characters.
  BREAKS.lastIndex = 0;
  while (BREAKS.test(text)) {
    const i = BREAKS.lastIndex - 1;
    if (text.charCodeAt(i) === FULL_STOP && !fullStopEnds(text, i)) continue;
    if (!blank(text, start, i + 1)) out.push({ start, end: i + 1 });
    start = i + 1;
  }
  if (!blank(text, start, text.length)) out.push({ start, end: text.length });
  lastSplit = { text, ranges: out };
  return out;
}
const BREAKS = /[\n!?.\u2026\u061f\u3002]/g;
const NEW_LINE = 0x0a;
const SPACE = 0x20;
const TAB = 0x09;
const FULL_STOP = 0x2e;
const ABBREVIATION = /(?:^|[^A-Za-z])(?:Mr|Mrs|Ms|Dr|St|Mt|no|No|vs)$/;
const SENTENCE_START = /[\p{Lu}\p{Lo}\p{Extended_Pictographic}]/u;

/** Whether the full stop at `i` ends a sentence: before a capital, an emoji, a new line or the end. */
function fullStopEnds(text: string, i: number): boolean {
  let k = i + 1;
  while (k < text.length && (text.charCodeAt(k) === SPACE || text.charCodeAt(k) === TAB)) k++;
  if (k === text.length || text.charCodeAt(k) === NEW_LINE) return true;
  return k > i + 1 && startsSentence(text.codePointAt(k)!) && !ABBREVIATION.test(text.slice(Math.max(0, i - 4), i));
}

/** A capital, a letter of a script without case, or an emoji; ASCII answered without the Unicode tables. */
function startsSentence(code: number): boolean {
  if (code < 0x80) return code >= 0x41 && code <= 0x5a;
  return SENTENCE_START.test(String.fromCodePoint(code));
}

/** Whether text[start, end) holds only spaces, tabs and line ends: no sentence. */
function blank(text: string, start: number, end: number): boolean {
  for (let k = start; k < end; k++) {
    const ch = text.charCodeAt(k);
    if (ch !== SPACE && ch !== TAB && ch !== 0x0d && ch !== NEW_LINE) return false;
  }
  return true;
}
let lastSplit: { text: string; ranges: readonly Range[] } | undefined;

// Letters of every script we read, for word edges in patterns without the `u` flag.
const NL = '[^A-Za-z\\u00C0-\\u024F\\u0370-\\u03FF\\u0400-\\u04FF\\u0600-\\u06FF]';
const CHILD_REF_STRONG = new RegExp(
  `(?:^|${NL})(?:son|sons|daughter|daughters|boy|girl|lad|lass|kid|child|(?:my|her|his|their) (?:kids|children|boys|girls)|the kids|baby|toddler|youngest|eldest|oldest|little one|little ones|wee one|wee ones|bairn|bairns|twins|grandson|granddaughter|nephew|niece|fils|fille|enfant|sohn|tochter|hijo|hija|niño|niña|figlio|figlia|bambin[a-z]*|zoon|dochter|син|сина|сину|синові|донька|доньку|доньці|дочка|дочку|дитин[\\u0400-\\u04FF]*|діт[\\u0400-\\u04FF]*|хлопчик[\\u0400-\\u04FF]*|дівчинк[\\u0400-\\u04FF]*|сын[\\u0400-\\u04FF]*|дочь|дочери|ребён[\\u0400-\\u04FF]*|ребен[\\u0400-\\u04FF]*|мальчик[\\u0400-\\u04FF]*|девочк[\\u0400-\\u04FF]*|ابن|ابنة|ابني|ابنه|ابنها|بنت|بنتي|بنتها|ولد|طفل|طفلة|أطفال|اطفال|أولاد|پسر|دختر|بچه|فرزند|کودک|γιος|γιο|κόρη|αγόρι|κορίτσι|παιδί|παιδιά|ο μικρός|η μικρή)(?:$|${NL})`,
  'i',
);
// Case-sensitive on purpose: "little Sami" is a child, "a little bit" is not.
const LITTLE_NAME = /(?:^|[^A-Za-z])(?:little|wee|baby) [A-Z\u00C0-\u00DE][a-z\u00DF-\u00FF]+/;
const CHILD_REF_WEAK = new RegExp(`(?:^|${NL})(?:he|she|him|his|her|він|вона|його|її|он|она|его|ее|αυτός|αυτή|il|elle|er|sie|él|ella|lui|lei|hij|zij)(?:$|${NL})`, 'i');
const GREETINGS = 'hi|hiya|hello|hey|dear|morning|salaam|salam|yo|привіт|привет|مرحبا|سلام|γεια';
const GREETING_START = new RegExp(`^\\s*(?:${GREETINGS})[\\s,!]*$`, 'i');
// Whether a sentence opens with a greeting's letters at all: most do not, and then no word in it is greeted.
const GREETING_OPENS = new RegExp(`\\s*(?:${GREETINGS})`, 'iy');
// Words around a name that show a person, not a place or a club.
const PERSON_VERBS = new Set(
  'is was has had got gets scored scores plays played made makes won wins joined joins started starts goes went loves loved turned turns finished passed needs wants can will did does said came comes walks walked takes took and who'.split(' '),
);
const OBJECT_VERBS = new Set('pick picks picked picking collect collects collected drop drops dropped take takes took walk walks walked meet met help helped'.split(' '));
const NOW_ADULT = /(?:^|[^A-Za-z])now\s+(?:aged\s+)?(?:1[89]|[2-9]\d)(?!\d)/;
// A draft with more findings than this is not a post; the first ones say enough.
const MAX_CANDIDATES = 40;

const EXPLAIN = {
  age: 'A child’s age, tied to a particular family, helps people work out which child this is. Our safeguarding policy is to leave children’s ages out.',
  school: 'This names the school or nursery a child goes to, which tells anyone where to find them on a weekday. Please leave it out.',
  year: 'A child’s class or school year narrows down which child this is. Please leave it out.',
  routine: 'This shows when and where a child can regularly be found. Routines like this can help someone who means them harm.',
  team: 'A child’s team or age group, with the rest of the post, helps people find them at matches and training.',
};
const SUGGEST = { age: '[age removed]', school: 'a local school', year: 'at school', routine: 'regularly', team: 'their team' };
type Kind = keyof typeof EXPLAIN;
type Add = (start: number, end: number, kind: Kind, likelihood: number) => void;

function ageValue(raw: string): number {
  const lower = raw.toLowerCase();
  return NUMBER_WORDS[lower] ?? ORDINAL_VALUE[lower] ?? parseInt(lower, 10);
}

/**
 * Runs a pattern over the text, calling back for each match (at most `limit`) that starts before
 * `end`. It is not run at all where the text lacks what every match needs (NEEDS), and a pattern
 * that opens with look-behinds is scanned without them (see rules/pattern-scan.ts).
 */
export function each(pattern: RegExp, text: string, visit: (m: RegExpExecArray) => void, limit = 200, end = Infinity): void {
  if (holdsNeeds(pattern, text)) scanMatches(pattern, text, visit, limit, end);
}

/** Whether the text holds what the pattern needs (NEEDS); patterns in a row that share it ask once. */
function holdsNeeds(pattern: RegExp, text: string): boolean {
  const needs = NEEDS.get(pattern);
  if (!needs) return true;
  if (lastNeeds.needs !== needs || lastNeeds.text !== text) {
    lastNeeds.needs = needs;
    lastNeeds.text = text;
    lastNeeds.held = needs instanceof RegExp ? needs.test(text) : needs.some((piece) => text.includes(piece));
  }
  return lastNeeds.held;
}
const lastNeeds: { needs?: RegExp | readonly string[]; text?: string; held: boolean } = { held: false };

/** The draft, its sentences and what each says about children, worked out only when asked. */
class Draft {
  /** Sentences that give a child's age: a particular child is in view there. */
  readonly aged = new Set<number>();
  readonly scripts: Scripts;
  readonly words: DraftText;
  private sentences?: readonly Range[];
  // By sentence, worked out when first asked: strong (a child noun, a child on the register) and weak (a pronoun or a name will do).
  private readonly strong: (boolean | undefined)[] = [];
  private readonly weak: (boolean | undefined)[] = [];
  private readonly tests = new Map<RegExp, (boolean | undefined)[]>();
  private readonly keyCache = new Map<string, { minor: boolean; known: boolean }>();
  constructor(
    readonly context: AnalysisContext,
    readonly text: string,
  ) {
    // Most drafts are in one script: one look finds that none of the others is there.
    this.scripts = OTHER_SCRIPTS.test(text) ? scriptsOf(text) : LATIN_ONLY;
    this.words = draftText(text);
  }
  /** Sentences, found the first time a pattern needs them. */
  get ranges(): readonly Range[] {
    return (this.sentences ??= sentenceRanges(this.text));
  }
  has(...words: string[]): boolean {
    for (const w of words) if (holds(this.words, w)) return true;
    return false;
  }
  opens(g: Gated): boolean {
    return opens(g, this.words);
  }
  indexOf(pos: number): number {
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
  sentence(i: number): string {
    const r = this.ranges[i];
    return r ? this.text.slice(r.start, r.end) : '';
  }
  /** A per-sentence test, run once per sentence whatever the number of matches in it. */
  test(pattern: RegExp, pos: number): boolean {
    const i = this.indexOf(pos);
    let results = this.tests.get(pattern);
    if (!results) this.tests.set(pattern, (results = []));
    return (results[i] ??= pattern.test(this.sentence(i)));
  }
  /** Whether this sentence or the next says the event is public ("… carol service. All welcome!"). */
  publicNear(pos: number): boolean {
    const i = this.indexOf(pos);
    return this.test(PUBLIC_EVENT, pos) || (i + 1 < this.ranges.length && this.test(PUBLIC_EVENT, this.ranges[i + 1]!.start));
  }
  /** What the register says of a word: a child on it, or anyone on it. */
  register(token: Token): { minor: boolean; known: boolean } {
    const key = matchKey(token.text.replace(/['’]s$/i, ''), token.key);
    let found = this.keyCache.get(key);
    if (!found) {
      const minor = registerMinor(this.context, key);
      found = { minor, known: minor || onRegister(this.context.profile, key) };
      this.keyCache.set(key, found);
    }
    return found;
  }
  /** A child noun, "little Sami" or a child on the register in sentence i. */
  private strongIn(i: number): boolean {
    let strong = this.strong[i];
    if (strong === undefined) {
      strong = this.someName(i, false);
      if (!strong) {
        const slice = this.sentence(i);
        strong = CHILD_REF_STRONG.test(slice) || LITTLE_NAME.test(slice);
      }
      this.strong[i] = strong;
    }
    return strong;
  }
  /** At least a pronoun or a name in sentence i (or what makes it strong). */
  private weakIn(i: number): boolean {
    let weak = this.weak[i];
    if (weak === undefined) {
      // Names first: a pass over the sentence's words is cheaper than a pattern over its text.
      weak = this.someName(i, true) || CHILD_REF_WEAK.test(this.sentence(i)) || this.strongIn(i);
      this.weak[i] = weak;
    }
    return weak;
  }
  /**
   * Whether sentence i has a child on the register or, when `person` is set, a word naming a
   * person: someone on the register, or a name used of a person.
   */
  private someName(i: number, person: boolean): boolean {
    const r = this.ranges[i];
    if (!r) return false;
    const { tokens, profile } = this.context;
    GREETING_OPENS.lastIndex = r.start;
    const greets = GREETING_OPENS.test(this.text);
    for (let t = tokenIndexAt(tokens, r.start); t < tokens.length && tokens[t]!.start < r.end; t++) {
      const token = tokens[t]!;
      if (!token.capitalised && !token.nonLatin) continue;
      if (token.hashtag || token.mention || token.numeric) continue;
      // "Hi Omar," names the reader, not a child spoken about.
      if (greets && token.start - r.start < 24 && GREETING_START.test(this.text.slice(r.start, token.start))) continue;
      const reg = this.register(token);
      if (reg.minor) return true;
      if (person && ((token.capitalised && reg.known) || (nameShaped(token, profile) && this.actsAsPerson(t)))) return true;
    }
    return false;
  }
  /**
   * Whether a name-shaped word is used of a person ("Chloe got picked", "Amir's in Year 5", "pick
   * Leila up"), not of a place or a team ("Finglas Utd", "Kirklees under-13s").
   */
  private actsAsPerson(i: number): boolean {
    const { tokens } = this.context;
    const token = tokens[i]!;
    if (token.possessive) return true;
    const next = tokens[i + 1];
    const prev = tokens[i - 1];
    if (next && !next.capitalised && (PERSON_VERBS.has(next.key) || (next.key.length > 4 && next.key.endsWith('ed')))) return true;
    return !!prev && !prev.capitalised && OBJECT_VERBS.has(prev.key);
  }
  /** A child noun, "little Sami", a child on the register, or a child's age: in this sentence or the one before. */
  strongAt(pos: number): boolean {
    const i = this.indexOf(pos);
    return this.aged.has(i) || this.strongIn(i) || (i > 0 && (this.aged.has(i - 1) || this.strongIn(i - 1)));
  }
  /** At least a pronoun or a name, here or in the sentence before. */
  weakAt(pos: number): boolean {
    const i = this.indexOf(pos);
    return this.aged.has(i) || this.weakIn(i) || (i > 0 && (this.aged.has(i - 1) || this.weakIn(i - 1)));
  }
}
// Greek, Cyrillic and Arabic letters, which scriptsOf looks for one script at a time.
const OTHER_SCRIPTS = /[\u0370-\u04FF\u0600-\u06FF\u1F00-\u1FFF]/;
const LATIN_ONLY: Scripts = { arabic: false, cyrillic: false, greek: false };

/** The index of the first token starting at or after `pos`. */
function tokenIndexAt(tokens: readonly Token[], pos: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid]!.start < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * A capitalised word that names a person: by its shape, because the register holds it, or as the
 * family name after a first name ("Maddie Cole", where "cole" is also an ordinary word).
 */
function namedPerson(token: Token | undefined, d: Draft): boolean {
  if (!token || !token.capitalised) return false;
  const { profile, tokens } = d.context;
  if (nameShaped(token, profile) || d.register(token).known) return true;
  const before = tokens[tokenIndexAt(tokens, token.start) - 1];
  return !!before && before.capitalised && d.text.slice(before.end, token.start) === ' ' && nameShaped(before, profile) && !isCommonWord(before.key);
}

function findAges(d: Draft, add: Add): void {
  const { text } = d;
  const { tokens, profile } = d.context;
  // "arrived aged 15, now 19": an adult now, so the past age is not a child's detail.
  const adults = text.includes('now');
  const nowAdult = (pos: number) => adults && d.test(NOW_ADULT, pos);

  if (d.opens(AGE_YEAR_OLD)) {
    each(AGE_YEAR_OLD.re, text, (m) => {
      const months = /month|week/i.test(m[0]);
      if ((!months && ageValue(m[1]!) > 17) || nowAdult(m.index)) return;
      const lead = text.slice(Math.max(0, m.index - 20), m.index);
      if (GENERIC_BEFORE.test(lead)) return;
      const end = m.index + m[0].length;
      if (/^\s+(?:children|kids|boys|girls|pupils|students|people|players)\b/i.test(text.slice(end, end + 12))) return;
      const tied = /(?:her|his|their|my|our|your|['’]s|a|an|the)\s*$/i.test(lead) || d.weakAt(m.index);
      add(m.index, end, 'age', tied ? 0.8 : 0.6);
    });
  }
  if (d.opens(AGED)) {
    each(AGED.re, text, (m) => {
      if (ageValue(m[1]!) > 17 || nowAdult(m.index)) return;
      if (PLURAL_BEFORE_AGED.test(text.slice(Math.max(0, m.index - 25), m.index))) return;
      // "by age 13", "age 9 and up" with no child in view: children in general.
      if (d.weakAt(m.index)) add(m.index, m.index + m[0].length, 'age', 0.75);
    });
  }
  if (d.opens(BE_AGE)) {
    each(BE_AGE.re, text, (m) => {
      if (ageValue(m[1]!) > 17 || nowAdult(m.index)) return;
      add(m.index, m.index + m[0].length, 'age', 0.75);
    });
  }
  if (d.opens(NAME_IS_AGE)) {
    each(NAME_IS_AGE.re, text, (m) => {
      if (parseInt(m[2]!, 10) > 17 || nowAdult(m.index) || !namedPerson(tokens[tokenIndexAt(tokens, m.index)], d)) return;
      // The span starts after the name, so the register's own finding on it stays visible.
      const at = m.index + m[1]!.length;
      add(at, m.index + m[0].length, 'age', 0.7);
    });
  }
  if (d.opens(ARE_AGE)) {
    each(ARE_AGE.re, text, (m) => {
      if (ageValue(m[1]!) <= 17 && !nowAdult(m.index)) add(m.index, m.index + m[0].length, 'age', 0.7);
    });
  }
  if (d.opens(NAME_COMMA_AGE)) {
    each(NAME_COMMA_AGE.re, text, (m) => {
      if (parseInt(m[2]!, 10) > 17 || !namedPerson(tokens[tokenIndexAt(tokens, m.index)], d)) return;
      const at = m.index + m[0].indexOf(m[2]!, m[1]!.length);
      add(at, at + m[2]!.length, 'age', 0.7);
    });
  }
  if (d.opens(PAREN_AGE)) {
    each(PAREN_AGE.re, text, (m) => {
      if (parseInt(m[3]!, 10) > 17) return;
      if (!m[2] && !namedPerson(tokens[tokenIndexAt(tokens, m.index)], d)) return;
      add(m.index + m[0].lastIndexOf('('), m.index + m[0].length, 'age', 0.7);
    });
  }
  if (d.opens(AND_ALREADY)) {
    each(AND_ALREADY.re, text, (m) => {
      if (ageValue(m[1]!) > 17 || !d.weakAt(m.index)) return;
      add(m.index, m.index + m[0].length, 'age', 0.6);
    });
  }
  if (d.opens(AT_AGE)) {
    each(AT_AGE.re, text, (m) => {
      if (ageValue(m[1]!) <= 17) add(m.index, m.index + m[0].length, 'age', 0.7);
    });
  }
  if (d.opens(BIRTHDAY)) {
    each(BIRTHDAY.re, text, (m) => {
      if (ageValue(m[1]!.replace(/(?:st|nd|rd|th)$/i, '')) > 17) return;
      // "our 10th birthday": the organisation's, not a child's.
      const lead = text.slice(Math.max(0, m.index - 30), m.index);
      if (/(?:our|its)\s*$/i.test(lead) || ownNamed(lead, profile.ownNames)) return;
      add(m.index, m.index + m[0].length, 'age', 0.75);
    });
  }
  if (d.opens(UNDER_TEAM)) {
    each(UNDER_TEAM.re, text, (m) => {
      const value = parseInt(m[1] ?? m[2] ?? m[3] ?? '99', 10);
      if (value < 5 || value > 18) return;
      if (!d.test(SPORT_CONTEXT, m.index) || d.test(PUBLIC_EVENT, m.index) || !d.weakAt(m.index)) return;
      add(m.index, m.index + m[0].length, 'team', 0.7);
    });
  }
  const other = patternsFor(AGE_OTHER, d.scripts);
  if (other.length > 1 || d.has('jähr', 'jahre', 'jarige', 'jaar', 'ans', 'años', 'anni')) {
    for (const pattern of other) {
      each(pattern, text, (m) => {
        const value = m.slice(1).find((g) => g !== undefined);
        if (value && parseInt(value, 10) <= 17 && !nowAdult(m.index)) add(m.index, m.index + m[0].length, 'age', 0.7);
      });
    }
  }
}

function ownNamed(lead: string, ownNames: readonly (readonly string[])[]): boolean {
  const words = lead.split(/[^A-Za-z0-9\u00C0-\u024F]+/).filter(Boolean);
  const lastWord = words[words.length - 1];
  if (!lastWord) return false;
  const key = matchKey(lastWord.replace(/['’]s$/i, ''));
  return ownNames.some((name) => name.includes(key));
}

const SCHOOL_AFTER = /^,?\s+at\s+((?:(?:St\.?|Saint)\s+)?[A-Z][A-Za-z\u00C0-\u024F'’-]+(?:\s+(?:[A-Z][A-Za-z\u00C0-\u024F'’-]+|of|C of E)){0,4})/;
const YEAR_LEAD = /^(?:in|into|to|starts?|started|starting|joins?|joined|joining|finished|finishing|enters?|entered|entering|['’]s in|is in|are in|now in|up to|going into|goes into|repeating)\s+(?:the\s+)?/i;

function findYearGroups(d: Draft, add: Add): void {
  for (const [g, likelihood] of YEAR_GROUP) if (d.opens(g)) findYearGroup(d, add, g.re, likelihood);
  for (const re of patternsFor(YEAR_GROUP_OTHER, d.scripts)) findYearGroup(d, add, re, 0.7);
}

function findYearGroup(d: Draft, add: Add, pattern: RegExp, likelihood: number): void {
  each(pattern, d.text, (m) => {
    const group = m[1];
    if (group && /^\d+$/.test(group)) {
      const n = parseInt(group, 10);
      if (n < 1 || n > 13) return;
    }
    // "her Year 6 class", "in Mrs Booth's class" say whose; otherwise a child must be in view.
    const personal = /(?:his|her|their|my|['’]s in|Mrs?|Miss|Ms|Mx|Dr)\b/i.test(m[0]);
    if (!personal && !d.weakAt(m.index)) return;
    // A class thanked for a cake sale is the class's news, not one child's detail.
    if (!d.strongAt(m.index) && (d.test(THANKS_ANY, m.index) || d.publicNear(m.index))) return;
    // The detail is the class or year itself, not the verb before it.
    const lead = /class$/i.test(m[0]) ? null : YEAR_LEAD.exec(m[0]);
    const end = m.index + m[0].length;
    add(m.index + (lead ? lead[0].length : 0), end, 'year', likelihood);
    // "in Year 8 at St Mary's": what follows is the school, named or not.
    const school = SCHOOL_AFTER.exec(d.text.slice(end, end + 60));
    if (school) add(end + school[0].length - school[1]!.length, end + school[0].length, 'school', 0.7);
  });
}

const STREET_AFTER = /^\s+on\s+(?:[A-Z][A-Za-z'’-]+\s+){1,2}(?:Road|Street|Lane|Avenue|Way|Drive|Close|Crescent|Terrace|Grove|Hill|Rd|St)\b/;
const BARE_SCHOOL = /(?:kids|children|boys|girls|twins|son|daughter|sons|daughters)\s+(?:are|is|['’]s|['’]re|attend|attends|started at|start at|go to|goes to)\s+(?:at\s+)?(?=[A-Z])/gi;
const BARE_RUN = /^(?:(?:St\.?|Saint)\s+)?[A-Z][A-Za-z\u00C0-\u024F'’-]+(?:\s+[A-Z][A-Za-z\u00C0-\u024F'’-]+){0,2}/;
const NUMBERED_GREEK = /(?<![0-9])\d{1,3}(?:ο|ου)\s+(?:Δημοτικ|Νηπιαγωγεί|Γυμνάσι|Λύκει)[\u0370-\u03FF]*(?:\s+Σχολεί[\u0370-\u03FF]*)?(?:\s+[\u0391-\u03A9][\u0370-\u03FF]+){0,2}/g;
const NUMBERED_CYRILLIC = /(?:школ|ліце|гімназі|лице|гимнази)[\u0400-\u04FF]*\s*(?:№|N)\s?\d{1,3}/gi;
const THANKS_ANY = /(?:^|[^A-Za-z])(?:thanks?|thank you|grateful|congratulations|congrats|well done|shout ?out|proud of)(?:$|[^A-Za-z])/i;
const THANKS_BEFORE = /(?:thanks?|thank you|grateful|shout ?out)\b[^.!?]*$/i;
const THANKS_FOR = /^\s*(?:for|who)\s+(?:lending|hosting|letting|sponsoring|donating|giving|supporting|the loan|their|having)/i;
const SCHOOL_LIFE = /(?:uniform|pupil|class|teacher|year\s?\d|reception|school run|concert|nativity|шкільн|مدرس)/i;

// Every word that can end or begin a school's name: most words are neither.
const SCHOOL_ENDS = new Set([...SCHOOL_SUFFIX, ...SCHOOL_PREFIX]);

/** Named schools and nurseries: "Oakfield Primary", "St Aidan's C of E Primary School", "Little Acorns nursery". */
function findSchoolNames(d: Draft, add: Add): Hit[] {
  const named: Hit[] = [];
  const { tokens } = d.context;
  const text = d.text;
  let judged = 0;
  for (let k = 0; k < tokens.length && judged < MAX_CANDIDATES; k++) {
    const t = tokens[k]!;
    if (!SCHOOL_ENDS.has(t.key)) continue;
    let first: number;
    let last: number;
    if (SCHOOL_SUFFIX.has(t.key) && !t.hashtag && (t.allCaps || !SCHOOL_ACRONYMS.has(t.key))) {
      if (t.key === 'high' && (!t.capitalised || /^\s+(?:Street|St|Road|Rd)\b/.test(text.slice(t.end, t.end + 8)))) continue;
      let m = k - 1;
      let nameWords = 0;
      while (m >= 0 && k - m <= 5) {
        const p = tokens[m]!;
        if (text.slice(p.end, tokens[m + 1]!.start) !== ' ' || p.hashtag || p.mention) break;
        const joiner = SCHOOL_JOINERS.has(p.key);
        if (!p.capitalised && !p.allCaps && !joiner) break;
        if (p.sentenceStart && isCommonWord(p.key) && !joiner && p.key !== 'little') break;
        if (!joiner && !SCHOOL_SUFFIX.has(p.key)) nameWords++;
        m--;
      }
      first = m + 1;
      // Leading joiners are not part of the name ("the", "and").
      while (first < k && (tokens[first]!.key === 'the' || tokens[first]!.key === 'and' || tokens[first]!.key === 'of')) first++;
      if (nameWords === 0 || first >= k) continue;
      if (tokens.slice(first, k).some((p) => NOT_CHILD_SCHOOL.has(p.key))) continue;
      last = k;
      while (last + 1 < tokens.length && SCHOOL_SUFFIX.has(tokens[last + 1]!.key) && text.slice(tokens[last]!.end, tokens[last + 1]!.start) === ' ') last++;
    } else if (t.capitalised && SCHOOL_PREFIX.has(t.key)) {
      first = k;
      last = k;
      while (last + 1 < tokens.length && last - k < 4 && tokens[last + 1]!.capitalised && text.slice(tokens[last]!.end, tokens[last + 1]!.start) === ' ') last++;
      if (last === k) continue;
    } else continue;
    k = last;
    const start = tokens[first]!.start;
    let end = tokens[last]!.end;
    const street = STREET_AFTER.exec(text.slice(end, end + 60));
    if (street) end += street[0].length;
    const college = tokens.slice(first, last + 1).some((p) => p.key === 'college' || p.key === 'university');
    judged++;
    const context = schoolContext(d, start, end);
    if (context === 'none' || (college && context !== 'strong')) continue;
    add(start, end, 'school', context === 'strong' ? 0.75 : 0.6);
    named.push({ start, end, kind: 'school' });
  }
  // "the kids are at Moorbrook and St Aidan's": schools named without the word "school".
  if (d.has('kids', 'children', 'boys', 'girls', 'twins', 'son', 'daughter')) {
    each(BARE_SCHOOL, text, (m) => {
      let pos = m.index + m[0].length;
      for (let round = 0; round < 3; round++) {
        const run = BARE_RUN.exec(text.slice(pos, pos + 60));
        if (!run) break;
        const words = run[0].split(/\s+/).map((w) => matchKey(w.replace(/['’]s$/i, '')));
        const single = words.length === 1 ? words[0]! : '';
        if (!NOT_SCHOOL_PLACE.has(words[words.length - 1]!) && !(single && isCommonWord(single)) && !/^(?:today|tomorrow|home)$/i.test(run[0])) {
          add(pos, pos + run[0].length, 'school', 0.6);
        }
        const joiner = /^\s*(?:,|and|&)\s*(?=[A-Z])/.exec(text.slice(pos + run[0].length, pos + run[0].length + 8));
        if (!joiner) break;
        pos += run[0].length + joiner[0].length;
      }
    });
  }
  // Numbered schools in Greek and Ukrainian ("3ο Δημοτικό Σχολείο", "школа №5").
  if (!d.scripts.greek && !d.scripts.cyrillic) return named;
  for (const numbered of [d.scripts.greek ? NUMBERED_GREEK : undefined, d.scripts.cyrillic ? NUMBERED_CYRILLIC : undefined]) {
    if (!numbered) continue;
    each(numbered, text, (m) => {
      if (schoolContext(d, m.index, m.index + m[0].length) !== 'none') add(m.index, m.index + m[0].length, 'school', 0.7);
    });
  }
  return named;
}

/** Whether a school named here is a particular child's: strong (they go there), weak, or none. */
function schoolContext(d: Draft, start: number, end: number): 'strong' | 'weak' | 'none' {
  const text = d.text;
  // A school is a child's detail only with a particular child in view.
  const weak = d.weakAt(start);
  if (!weak) return 'none';
  const strong = d.strongAt(start);
  const lead = text.slice(Math.max(0, start - 45), start);
  const attends = ATTENDS.test(lead);
  // Thanked, or hosting a public event: the school's own news, unless a child is said to go there.
  if (!(attends && strong) && (THANKS_BEFORE.test(lead) || THANKS_FOR.test(text.slice(end, end + 40)) || d.publicNear(start))) return 'none';
  if (attends || strong || d.test(SCHOOL_LIFE, start)) return 'strong';
  return 'weak';
}

interface Hit {
  start: number;
  end: number;
  kind: 'school' | 'kid' | 'sport' | 'medical' | 'transport' | 'clock' | 'alone';
}
const MANY_OR_YOU = /(?:^|[^A-Za-z])(?:you|your|all|every|everyone|pupils|students|children|kids|parents|families|carers|staff|schools|we|our|us)(?:$|[^A-Za-z])/i;
const RECURRING = /\d|^(?:every|each|daily|twice|once|three|four)|days$/i;
const RANK: Record<Hit['kind'], number> = { school: 0, kid: 1, sport: 2, medical: 3, transport: 4, clock: 5, alone: 5 };
const MAX_PER_SENTENCE = 12;

/** "after-school club at 5:30 every Tuesday", "walks to school on her own", "football on Sat". */
function findRoutines(d: Draft, add: Add, schools: Hit[]): void {
  const text = d.text;
  // By sentence: its anchors, its times, and the anchors that could be a child's routine, best first.
  const bySentence = new Map<number, { anchors: Hit[]; times: Hit[]; ranked?: Hit[] }>();
  const anchor = (hit: Hit) => {
    const i = d.indexOf(hit.start);
    let entry = bySentence.get(i);
    if (!entry) bySentence.set(i, (entry = { anchors: [], times: [] }));
    if (entry.anchors.length < MAX_PER_SENTENCE) entry.anchors.push(hit);
  };
  const collect = (pattern: RegExp, kind: Hit['kind']) => each(pattern, text, (m) => anchor({ start: m.index, end: m.index + m[0].length, kind }));
  // A school named in the sentence is where the routine happens ("walks him to Hill Top School at 8.15").
  schools.forEach(anchor);
  if (d.opens(ROUTINE_SCHOOL)) collect(ROUTINE_SCHOOL.re, 'school');
  if (d.scripts.arabic || d.scripts.cyrillic || d.scripts.greek || d.has('école', 'colegio', 'escuela', 'scuola', 'asilo', 'guardería', 'kita', 'grundschule', 'kindergarten', 'basisschool', 'crèche')) {
    for (const pattern of patternsFor(SCHOOL_WORDS, d.scripts)) collect(pattern, 'school');
  }
  if (d.opens(ROUTINE_KID)) collect(ROUTINE_KID.re, 'kid');
  if (d.opens(ROUTINE_SPORT)) collect(ROUTINE_SPORT.re, 'sport');
  if (d.opens(ROUTINE_MEDICAL)) collect(ROUTINE_MEDICAL.re, 'medical');
  for (const pattern of patternsFor(ROUTINE_TRANSPORT, d.scripts)) collect(pattern, 'transport');
  // Which anchors could be a child's routine does not depend on the times: often none can, and
  // then the draft need not be scanned for times at all.
  let last = -1;
  bySentence.forEach((entry, i) => {
    const { anchors } = entry;
    const at = anchors[0]!.start;
    if (d.test(PUBLIC_EVENT, at)) return;
    const strong = d.strongAt(at);
    const weak = d.weakAt(at);
    const transportNear = anchors.some((o) => o.kind === 'transport');
    const schoolNear = anchors.some((o) => o.kind === 'school');
    const latin = /[A-Za-z]/.test(d.sentence(i));
    const ranked = anchors.filter((a) => {
      // School times are children's times; a script without capitals cannot show a name anyway.
      // Only a notice to many ("all pupils", "parents") or to the reader is not one child's routine.
      if (a.kind === 'school') return weak || !latin || !d.test(MANY_OR_YOU, at);
      if (a.kind === 'kid' || a.kind === 'transport') return weak;
      return strong || ((transportNear || schoolNear) && weak);
    });
    if (!ranked.length) return;
    // School anchors first: they need the least other evidence.
    if (ranked.length > 1) ranked.sort((x, y) => RANK[x.kind] - RANK[y.kind]);
    entry.ranked = ranked;
    last = Math.max(last, i);
  });
  if (last < 0) return;
  // Times after the last sentence that could use them are not needed: the scans stop there.
  const end = d.ranges[last + 1]?.start ?? Infinity;
  const addTime = (pattern: RegExp, alone: (s: string) => boolean) =>
    each(
      pattern,
      text,
      (m) => {
        const entry = bySentence.get(d.indexOf(m.index));
        if (entry?.ranked && entry.times.length < MAX_PER_SENTENCE) entry.times.push({ start: m.index, end: m.index + m[0].length, kind: alone(m[0]) ? 'alone' : 'clock' });
      },
      200,
      end,
    );
  for (const pattern of patternsFor(ROUTINE_TIME, d.scripts)) addTime(pattern, (s) => /^(?:on |by |all by |alone|сам|μόν)/i.test(s));
  for (const pattern of patternsFor(WEEKDAY, d.scripts)) addTime(pattern, () => false);
  addTime(WEEKDAY_SHORT, () => false);

  bySentence.forEach(({ ranked, times }) => {
    if (!ranked || !times.length) return;
    if (times.length > 1) times.sort((x, y) => x.start - y.start);
    for (const a of ranked) {
      const namedSchool = schools.includes(a);
      const near = times.filter(
        (t) =>
          Math.max(t.start - a.end, a.start - t.end) <= 60 &&
          (t.kind !== 'alone' || a.kind === 'school' || a.kind === 'transport') &&
          // A named school with "on Monday" is a first day, not a routine: it needs a clock time or "every".
          (!namedSchool || t.kind === 'alone' || RECURRING.test(text.slice(t.start, t.end))),
      );
      if (!near.length) continue;
      // The time nearest the anchor, and any times touching it ("at 5:30 every Tuesday").
      let nearest = near[0]!;
      for (const t of near) if (Math.abs(t.start - a.start) < Math.abs(nearest.start - a.start)) nearest = t;
      let start = Math.min(a.start, nearest.start);
      let end = Math.max(a.end, nearest.end);
      for (const t of near) if (t.start >= end && t.start - end <= 12) end = Math.max(end, t.end);
      for (let k = near.length - 1; k >= 0; k--) {
        const t = near[k]!;
        if (t.end <= start && start - t.end <= 12) start = Math.min(start, t.start);
      }
      // Keep names out of the span: the register's own finding on a name must not be hidden.
      const span = namedSchool ? { start, end } : trimNames(d, start, end, nearest);
      if (!span) continue;
      // As likely as a school it contains, so that the one finding covers both.
      add(span.start, span.end, 'routine', namedSchool ? 0.75 : a.kind === 'school' || a.kind === 'kid' ? 0.7 : 0.65);
      break;
    }
  });
}

function trimNames(d: Draft, start: number, end: number, time: Hit): Range | undefined {
  const { tokens, profile } = d.context;
  let from = start;
  for (let i = tokenIndexAt(tokens, start); i < tokens.length && tokens[i]!.start < end; i++) {
    const t = tokens[i]!;
    if (t.capitalised && !t.sentenceStart && (nameShaped(t, profile) || d.register(t).known)) from = Math.max(from, t.end);
  }
  if (from === start) return { start, end };
  from += /^[\s,]*(?:up\s+from\s+|off\s+at\s+|up\s+at\s+|from\s+)?/i.exec(d.text.slice(from, end))?.[0].length ?? 0;
  return from < end && time.end > from ? { start: from, end } : undefined;
}

export const childDetailRecogniser: Recogniser = {
  id: 'child-detail',
  analyse(context) {
    if (!context.text) return [];
    const d = new Draft(context, asciiDigits(context.text));
    const out: Candidate[] = [];
    const add: Add = (start, end, kind, likelihood) => {
      if (kind === 'age' && likelihood >= 0.5) d.aged.add(d.indexOf(start));
      if (out.length < MAX_CANDIDATES * 3) out.push({ rule: 'child-detail', start, end, likelihood, explanation: EXPLAIN[kind], suggestion: SUGGEST[kind], recogniser: 'child-detail' });
    };
    findAges(d, add);
    findYearGroups(d, add);
    findRoutines(d, add, findSchoolNames(d, add));
    return dedupe(out).slice(0, MAX_CANDIDATES);
  },
};

/** One candidate per span: where several overlap, keep the likelier (then the longer). */
function dedupe(candidates: Candidate[]): Candidate[] {
  const sorted = candidates.sort((a, b) => a.start! - b.start!);
  const kept: Candidate[] = [];
  let best: Candidate | undefined;
  let clusterEnd = -1;
  for (const c of sorted) {
    if (best && c.start! < clusterEnd) {
      clusterEnd = Math.max(clusterEnd, c.end!);
      if (c.likelihood > best.likelihood || (c.likelihood === best.likelihood && c.end! - c.start! > best.end! - best.start!)) best = c;
      continue;
    }
    if (best) kept.push(best);
    best = c;
    clusterEnd = c.end!;
  }
  if (best) kept.push(best);
  return kept;
}
