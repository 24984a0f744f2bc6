import type { CompiledProfile } from '../compiled-profile';
import { allowsSkeleton, nameWords } from '../register/variants';
import { LANGUAGE_NAMES } from '../rules/combination-words';
import { ORIGIN_WORDS } from '../rules/combination-origins';
import {
  AFFILIATION_AFTER,
  CASE_NOUNS,
  CREDIT_BEFORE,
  NOT_NAMES,
  PLACE_ORG_NOUNS,
  PRIVATE_TITLES,
  PUBLIC_CONTEXT,
  PUBLIC_TITLES,
  RELATION_NOUNS,
  STORY_SIGNALS,
  SUPPORTER_BEFORE,
  VOCATIVE_BEFORE,
  WRITER_POSSESSIVES,
} from '../rules/named-words';
import { isCommonWord, matchKey, skeleton } from '../text/normalise';
import type { Token } from '../text/tokenise';
import type { AnalysisContext, Candidate, Recogniser } from '../types';

/**
 * named-individual: a person who is not on the register, named in a story about someone the
 * organisation supports (the landlord, the abuser, a relative, a neighbour, a supported person
 * the register does not hold). Without name lists: a capitalised word is a name only when its
 * context says so (a title, a relation, a verb after it, a pronoun that follows), and a post is
 * a story only when something says so (a register mention, "a family we support", "her ex").
 * Staff, the organisation, public figures, people thanked and volunteers praised are left alone.
 */

const LOCATIVES = new Set([
  'in', 'at', 'from', 'to', 'near', 'into', 'across', 'around', 'via', 'outside', 'of', 'on', 'towards', 'toward',
  'through', 'round', 'onto', 'inside', 'beyond', 'between', 'visit', 'visiting', 'leaving', 'left',
  // Ukrainian, Russian, Greek, French, German, Spanish
  'u', 'v', 'z', 'iz', 'do', 'na', 'vid', 'bilia', 'k', 'ot', 'se', 'sto', 'sti', 'stin', 'apo', 'en', 'au', 'aux', 'im', 'nach', 'aus',
]);
const VERBS_AFTER = new Set(
  `is was has had says said told asks asked came comes come arrived cooked fled needs needed wants wanted made makes
  got gets started starts passed lives lived works worked moved left went goes did does will can could would should
  loves loved helped runs ran won brought took gave sent called found lost cried smiled laughed danced sang played
  plays scored fixed knitted baked drove turned hasnt wasnt isnt cant couldnt wont didnt doesnt just still never
  always finally`
    .split(/\s+/)
    .filter(Boolean),
);
const OBJECT_VERBS_BEFORE = new Set(
  'helped help helping met meet meeting visited drove took picked collected named told asked support supporting supported hugged thank with remember remembers called'.split(' '),
);
const PRONOUN_AFTER = /(?:^|[^A-Za-z])(?:he|she|him|her|his|hers|himself|herself)(?:$|[^A-Za-z])/i;

export interface NameMention {
  start: number;
  end: number;
  /** The keys of the name's own words (not the title). */
  keys: string[];
  /** How strongly the context says this is a person (1 or more: a person). */
  evidence: number;
  /** "neighbour", "landlady": the relation that introduced the name, for the suggestion. */
  relation?: string;
  relationOwner?: string;
  /** A relation of the writer ("my sister Emma"). */
  writersOwn: boolean;
  /** A thank-you, a greeting, a volunteer praised: left alone unless the story says otherwise. */
  supporter: boolean;
  /** A public figure or a credit: always left alone. */
  publicFigure: boolean;
  /** Introduced by a title or a relation: a name for certain, even if it is an ordinary word. */
  strongContext: boolean;
  /** Introduced by a relation to someone ("her neighbour Bogdan"): thanks or greetings do not excuse it. */
  relationContext: boolean;
}

/** Whether a register person is named by this key (given, family, alias or its consonant skeleton). */
export function onRegister(profile: CompiledProfile, key: string): boolean {
  const register = profile.register;
  if (register.isEmpty || !key) return false;
  let cache = registerCache.get(profile);
  if (!cache) registerCache.set(profile, (cache = new Map()));
  let found = cache.get(key);
  if (found === undefined) {
    found = ['g', 'f', 'n'].some((code) => register.findPerson(code, key) !== undefined);
    found ||= allowsSkeleton(key) && register.findPerson('k', skeleton(key.replace(/^~/, ''))) !== undefined;
    // Bounded: a long session must not grow it without end.
    if (cache.size > 5000) cache.clear();
    cache.set(key, found);
  }
  return found;
}
const registerCache = new WeakMap<CompiledProfile, Map<string, boolean>>();

/** Whether a register person named by this key is a child today. */
export function registerMinor(context: AnalysisContext, key: string): boolean {
  const register = context.profile.register;
  if (register.isEmpty || !key) return false;
  for (const code of ['g', 'n']) {
    const person = register.findPerson(code, key);
    if (person !== undefined && register.isMinor(person, context.today)) return true;
  }
  return false;
}

/** Name keys of the organisation (its name and accounts) and of its staff. */
function ownKeys(profile: CompiledProfile): Set<string> {
  const keys = new Set<string>();
  for (const name of [...profile.ownNames, ...profile.staffNames, nameWords(profile.organisationName)]) for (const k of name) keys.add(k);
  return keys;
}
const ownKeyCache = new WeakMap<CompiledProfile, Set<string>>();
function ownKeysOf(profile: CompiledProfile): Set<string> {
  let keys = ownKeyCache.get(profile);
  if (!keys) ownKeyCache.set(profile, (keys = ownKeys(profile)));
  return keys;
}

/** Never a person's name, whatever its capitals: days, festivals, peoples, languages, places. */
function notAName(key: string): boolean {
  return NOT_NAMES.has(key) || ORIGIN_WORDS.has(key) || LANGUAGE_NAMES.has(key) || PLACE_ORG_NOUNS.has(key);
}

/**
 * The shape of a first or family name: capitalised, not all capitals, not a number, not a
 * hashtag, not a frequent word of our languages (so "Hope" at the start of a sentence is not a
 * name), not a day, people, language or place word, not the organisation's or its staff's.
 */
export function nameShaped(token: Token, profile: CompiledProfile): boolean {
  if (!token.capitalised || token.allCaps || token.hashtag || token.mention || token.numeric) return false;
  if (token.key.length < 2 || isCommonWord(token.key) || notAName(token.key)) return false;
  return !ownKeysOf(profile).has(token.key);
}

function sentenceBefore(text: string, at: number): string {
  const from = Math.max(0, at - 120);
  const slice = text.slice(from, at);
  const cut = Math.max(slice.lastIndexOf('. '), slice.lastIndexOf('! '), slice.lastIndexOf('? '), slice.lastIndexOf('\n'));
  return cut >= 0 ? slice.slice(cut + 1) : slice;
}
function sentenceAround(text: string, start: number, end: number): string {
  const tail = text.slice(end, end + 160);
  const stop = tail.search(/[.!?\n]/);
  return sentenceBefore(text, start) + text.slice(start, end) + (stop >= 0 ? tail.slice(0, stop) : tail);
}

/**
 * Every capitalised word or run of words (up to a title and two names) whose context says it is
 * a private person, with the evidence. Used by named-individual and identifying-combination.
 */
export function findNames(context: AnalysisContext, earlier: readonly Candidate[]): NameMention[] {
  if (lastNames?.context === context && lastNames.earlier === earlier) return lastNames.names;
  const { tokens, text, profile } = context;
  const own = ownKeysOf(profile);
  const taken = new SpanIndex(earlier);
  const counts = new Map<string, number>();
  for (const t of tokens) if (t.capitalised) counts.set(t.key, (counts.get(t.key) ?? 0) + 1);
  const out: NameMention[] = [];
  let i = 0;
  let examined = 0;
  // A post names a handful of people; past a few hundred capitalised runs the draft is not a post.
  while (i < tokens.length && examined < MAX_RUNS) {
    const first = tokens[i]!;
    if (!first.capitalised || first.allCaps || first.hashtag || first.mention || first.numeric) {
      i++;
      continue;
    }
    // A run of capitalised words joined by single spaces: "Mrs Hirst", "Reza Moradi".
    let j = i;
    while (j + 1 < tokens.length && j - i < 3) {
      const next = tokens[j + 1]!;
      const gap = text.slice(tokens[j]!.end, next.start);
      if (gap !== ' ' || !next.capitalised || next.allCaps || next.hashtag || next.mention || tokens[j]!.possessive) break;
      j++;
    }
    examined++;
    const mention = judgeRun(context, taken, i, j, own, counts);
    i = j + 1;
    if (mention) out.push(mention);
  }
  // A name accepted once is a name wherever it appears ("Abdi! … Abdi came to us").
  const accepted = new Set(out.filter((m) => m.evidence >= 1).map((m) => m.keys.join(' ')));
  const names: NameMention[] = [];
  for (const m of out) {
    if (!accepted.has(m.keys.join(' '))) {
      names.push(m);
      continue;
    }
    m.evidence = Math.max(m.evidence, 1);
    // Only now, for names that count, read the sentence around them: thanks, greetings, public figures.
    if (judgeContext(text, m)) names.push(m);
  }
  lastNames = { context, earlier, names };
  return names;
}

const MAX_RUNS = 400;
// A thank-you earlier in the same clause: "Huge thanks to Dr Sarah Jones and …", "Thank you, Mr and Mrs Henderson".
const THANKS_CLAUSE = /(?:^|[^A-Za-z])(?:thank you|thanks|thank u|cheers|shout ?out|special mention|congratulations|congrats|well done|grateful to|gratitude to|big up|hats off)\b[^.!?;:]{0,60}$/i;

/** Reads the words around an accepted name; false when it is credited, not named (a photo credit). */
function judgeContext(text: string, m: NameMention): boolean {
  const { start, end } = m;
  const before = sentenceBefore(text, start);
  if (CREDIT_BEFORE.test(before)) return false;
  const related = m.relationContext;
  m.publicFigure = (PUBLIC_CONTEXT.test(sentenceAround(text, start, end)) || AFFILIATION_AFTER.test(text.slice(end, end + 80))) && !related;
  if (related) return true;
  // Thanked, greeted, or praised as a volunteer or supporter ("Thank you to Mr and Mrs Henderson …").
  if (VOCATIVE_BEFORE.test(before) || SUPPORTER_BEFORE.test(before) || THANKS_CLAUSE.test(before)) m.supporter = true;
  // Spoken to, not about: "Sara you are a star", "Shirin, if you need a lift".
  const after = text.slice(end, end + 12);
  if (/^\s*[,!]?\s*(?:you|u|ur|your)\b/i.test(after)) m.supporter = true;
  if (/^\s*$/.test(before) && /^\s*[,!:]/.test(after) && !/^\s*,\s*who\b/i.test(after)) m.supporter = true;
  return true;
}

// Both case-level recognisers ask for the names of the same draft: find them once. One slot, not a
// WeakMap keyed by context, for the reason in register-scan.ts.
let lastNames: { context: AnalysisContext; earlier: readonly Candidate[]; names: NameMention[] } | undefined;

/** Spans other recognisers already raised, sorted, for an overlap test in logarithmic time. */
class SpanIndex {
  private readonly starts: number[] = [];
  private readonly ends: number[] = [];
  constructor(earlier: readonly Candidate[]) {
    const spans = earlier
      .filter((c) => c.start !== undefined && c.likelihood >= 0.5)
      .map((c) => [c.start!, c.end!] as const)
      .sort((a, b) => a[0] - b[0]);
    // Running maximum of the ends, so one binary search answers the question.
    let maxEnd = -1;
    for (const [s, e] of spans) {
      maxEnd = Math.max(maxEnd, e);
      this.starts.push(s);
      this.ends.push(maxEnd);
    }
  }
  overlaps(start: number, end: number): boolean {
    // The last span starting before `end`: any span overlapping must start before it ends.
    let lo = 0;
    let hi = this.starts.length - 1;
    let at = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (this.starts[mid]! < end) {
        at = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return at >= 0 && this.ends[at]! > start;
  }
}

function judgeRun(
  context: AnalysisContext,
  taken: SpanIndex,
  from: number,
  to: number,
  own: Set<string>,
  counts: Map<string, number>,
): NameMention | undefined {
  const { text, tokens, profile } = context;
  let title: Token | undefined;
  let names = tokens.slice(from, to + 1);
  let firstIndex = from;
  // Leading words that are not part of a name: "Yesterday Khalid", "Thanks Margaret", "Huge".
  // ("Lisa's ex-partner" keeps its first word: a relation follows, so it is someone's name.)
  const after = tokens[to + 1];
  const ownerOfRelation = (t: Token) => t.possessive && after !== undefined && RELATION_NOUNS.has(after.key) && !after.capitalised;
  while (
    names.length &&
    (NOT_NAMES.has(names[0]!.key) ||
      (names[0]!.sentenceStart && isCommonWord(names[0]!.key) && !PRIVATE_TITLES.has(names[0]!.key) && !(names.length === 1 && ownerOfRelation(names[0]!))))
  ) {
    if (PUBLIC_TITLES.has(names[0]!.key) && names.length > 1) return undefined;
    names = names.slice(1);
    firstIndex++;
  }
  if (!names.length) return undefined;
  const head = names[0]!;
  if (PUBLIC_TITLES.has(head.key)) return undefined;
  if (PRIVATE_TITLES.has(head.key) && names.length > 1) {
    title = head;
    names = names.slice(1);
  }
  // A place, organisation or event: "St Paul's Hall", "Holme Valley Rovers FC", "Home Office".
  if (names.some((t) => PLACE_ORG_NOUNS.has(t.key) || notAName(t.key) || own.has(t.key))) return undefined;
  if (names.some((t) => t.key.length < 2 || t.spelledOut)) return undefined;
  if (names.some((t) => onRegister(profile, matchKey(t.text.replace(/['’]s$/i, ''), t.key)))) return undefined;
  const start = (title ?? names[0]!).start;
  const last = names[names.length - 1]!;
  const end = last.end;
  if (taken.overlaps(start, end)) return undefined;
  const lastIndex = to;
  const prev = tokens[firstIndex - 1];
  const prev2 = tokens[firstIndex - 2];
  const next = tokens[lastIndex + 1];
  const gapBefore = prev ? text.slice(prev.end, start) : '';
  const gapAfter = next ? text.slice(end, next.start) : text.slice(end);

  let evidence = 0;
  let relation: string | undefined;
  let relationOwner: string | undefined;
  let writersOwn = false;
  let thirdParty = false;
  const common = names.every((t) => isCommonWord(t.key));

  if (title) evidence += 1;
  // "her neighbour Bogdan", "the family's new host, Mr Ellis", "Shirin's ex, Reza Moradi"
  for (let back = 1; back <= 3; back++) {
    const t = tokens[firstIndex - back];
    if (!t || /[.!?\n]/.test(text.slice(t.end, (tokens[firstIndex - back + 1] ?? names[0]!).start))) break;
    if (RELATION_NOUNS.has(t.key) && !t.capitalised) {
      relation = t.text.replace(/['’]s$/i, '');
      let owner: Token | undefined;
      for (let k = 1; k <= 3; k++) {
        const o = tokens[firstIndex - back - k];
        if (!o) break;
        if (o.possessive || ['his', 'her', 'their', 'its', 'my', 'our', 'the', 'a', 'an', 'your'].includes(o.key)) {
          owner = o;
          break;
        }
      }
      relationOwner = owner?.key;
      thirdParty = !!owner && (owner.possessive || ['his', 'her', 'their'].includes(owner.key));
      if (owner && WRITER_POSSESSIVES.has(owner.key)) writersOwn = true;
      else evidence += thirdParty ? 1.2 : 0.8;
      break;
    }
    if (!/^[\s,]*$/.test(text.slice(t.end, (tokens[firstIndex - back + 1] ?? names[0]!).start))) break;
  }
  // "Fatima's husband", "Amal's landlady": the owner of a relation is a person.
  const ownsRelation = last.possessive && next !== undefined && RELATION_NOUNS.has(next.key) && !next.capitalised;
  if (ownsRelation) evidence += 1.2;
  // "Shanice's transfer", "Amir's hearing": someone with a case.
  else if (last.possessive && next !== undefined && CASE_NOUNS.has(next.key) && !next.capitalised) evidence += 1;
  const strongContext = title !== undefined || relation !== undefined || ownsRelation;
  // Someone's neighbour or landlord is in their story even in a thank-you; "the nurse" need not be.
  const relationContext = (relation !== undefined && thirdParty) || ownsRelation;
  if (prev && !prev.capitalised && (prev.key === 'little' || prev.key === 'baby' || prev.key === 'wee')) evidence += 0.8;
  // First name and family name: two capitals mid-sentence that are not a place or a service.
  if (names.length >= 2) evidence += names.every((t) => !isCommonWord(t.key)) ? 0.6 : names[0]!.sentenceStart ? 0 : 0.5;
  if (next && !next.capitalised && /^\s+$/.test(gapAfter) && (VERBS_AFTER.has(next.key) || (next.key.length > 4 && next.key.endsWith('ed')))) evidence += 0.5;
  if (/^\s*(?:,\s*)?who\b/i.test(text.slice(end, end + 8))) evidence += 0.5;
  if (/^\s+from (?:our|the) (?:[A-Za-z]+\s+)?(?:class|group|club|drop-?in|project|course|session)/i.test(text.slice(end, end + 50))) evidence += 1;
  if (prev && !prev.capitalised && OBJECT_VERBS_BEFORE.has(prev.key) && /^\s+$/.test(gapBefore)) evidence += 0.5;
  if (prev && prev.key === 'for' && prev2 && (prev2.key === 'pray' || prev2.key === 'prayers')) evidence += 0.5;
  if (PRONOUN_AFTER.test(text.slice(end, end + 150))) evidence += 0.3;
  // Said twice: a name the draft keeps coming back to.
  if (names.length === 1 && (counts.get(names[0]!.key) ?? 0) >= 2) evidence += 0.3;
  evidence += common ? (strongContext || names.length >= 2 ? 0 : -0.5) : 0.2;

  // Where the name stands says what it is: after "in", "at", "from" or "St", or before "Road", a place.
  if (prev && LOCATIVES.has(prev.key) && !prev.capitalised && /^\s+$/.test(gapBefore) && !strongContext) return undefined;
  if (prev && (prev.key === 'st' || prev.key === 'saint')) return undefined;
  if (next && PLACE_ORG_NOUNS.has(next.key) && next.capitalised) return undefined;
  return {
    start,
    end,
    keys: names.map((t) => t.key),
    evidence,
    relation,
    relationOwner,
    writersOwn,
    supporter: false,
    publicFigure: false,
    strongContext,
    relationContext,
  };
}

/** How clearly the draft is a story about someone the organisation supports (1: clearly). */
export function storyScore(context: AnalysisContext, earlier: readonly Candidate[]): number {
  let score = 0;
  if (earlier.some((c) => c.rule === 'register-person' && c.likelihood >= 0.5)) score += 1;
  for (const [pattern, weight] of STORY_SIGNALS) if (pattern.test(context.text)) score += weight;
  // A private number or address passed on in the same draft: someone's life, not an announcement.
  if (earlier.some((c) => (c.rule === 'contact-detail' || c.rule === 'location') && c.likelihood >= 0.5)) score += 0.4;
  return Math.min(score, 2);
}

const EXPLANATION =
  'This names someone in a story about a person we support. Naming a relative, neighbour, landlord or ex-partner can lead people straight back to the person we are keeping safe.';

export const namedIndividualRecogniser: Recogniser = {
  id: 'named-individual',
  phase: 'case',
  analyse(context, earlier) {
    if (!context.text || context.tokens.length < 2) return [];
    const story = storyScore(context, earlier);
    if (story < 0.6) return [];
    const names = findNames(context, earlier);
    // A name told about elsewhere in the draft is in the story wherever it appears: the volunteer
    // of the month who "came to us as a client" is named in the praise too.
    const told = new Set(names.filter((m) => m.evidence >= 1 && !m.supporter && !m.publicFigure && !m.writersOwn).map((m) => m.keys.join(' ')));
    const out: Candidate[] = [];
    for (const m of names) {
      if (m.evidence < 1 || m.publicFigure || m.writersOwn) continue;
      if (m.supporter && !told.has(m.keys.join(' '))) continue;
      const likelihood = Math.min(0.85, 0.5 + 0.12 * Math.min(m.evidence, 2) + 0.1 * Math.min(story, 1));
      const owner = m.relationOwner === 'his' || m.relationOwner === 'her' || m.relationOwner === 'their' ? m.relationOwner : 'their';
      out.push({
        rule: 'named-individual',
        start: m.start,
        end: m.end,
        likelihood,
        explanation: EXPLANATION,
        suggestion: m.relation ? `${owner} ${m.relation.toLowerCase()}` : '[name removed]',
        recogniser: 'named-individual',
      });
    }
    return out;
  },
};
