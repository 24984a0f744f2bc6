import { parsePhone } from '../../profile/phone';
import { findRecipientPerson, scanRegister, type RegisterHit } from '../register/register-scan';
import { CAPITALISED_WORDS } from '../rules/name-words';
import { isCommonWord } from '../text/normalise';
import type { Token } from '../text/tokenise';
import type { AnalysisContext, Candidate, Recogniser } from '../types';

/**
 * register-person: someone on the organisation's register is named, in any of the forms the
 * spec lists (full name, given or family name alone, alias, other script, spelling variant,
 * one-edit misspelling, possessive, hashtag, letter-by-letter). A name that is also an ordinary
 * word ("Hope", "Grace", "Will") only counts when it is written as a name.
 */
const FAMILY_NOUNS = new Set(['family', 'families', 'household', 'kids', 'children', 'boys', 'girls', 'lot', 'clan', 'brothers', 'sisters']);

export const registerPersonRecogniser: Recogniser = {
  id: 'register-person',
  analyse(context) {
    const { tokens, profile, input } = context;
    const hits = scanRegister(context).filter((h) => h.ref.type === 'person');
    if (!hits.length) return [];
    const excluded = ownNameTokens(context);
    const recipient =
      (input.surface === 'message' || input.surface === 'connect') && input.recipient
        ? findRecipientPerson(profile.register, input.recipient, (p) => parsePhone(p, profile.region))
        : undefined;

    const scan = summarise(hits, context);
    const accepted: { hit: RegisterHit; likelihood: number }[] = [];
    for (const hit of hits) {
      // Greeting the person a message is going to is not a disclosure.
      if (hit.ref.index === recipient) continue;
      if (excluded.has(hit.first) && hit.strength !== 'phrase') continue;
      const likelihood = judge(hit, tokens, context, scan);
      if (likelihood > 0) accepted.push({ hit, likelihood });
    }
    const out: Candidate[] = [];
    const taken = new Set<string>();
    for (const { hit, likelihood } of joinFullNames(accepted, context)) {
      const span = familySpan(hit, tokens);
      const id = `${span.start}:${span.end}`;
      if (taken.has(id)) continue;
      taken.add(id);
      const minor = profile.register.isMinor(hit.ref.index, context.today);
      out.push({
        rule: 'register-person',
        start: span.start,
        end: span.end,
        likelihood,
        explanation: minor
          ? `This looks like the name of a young person on ${profile.organisationName}'s register. Naming a child we support can put them at risk, even in a kind message.`
          : `This looks like the name of someone on ${profile.organisationName}'s register of people we support. Naming them, even kindly, can let others identify them.`,
        suggestion: span.family ? 'a family we support' : tokens[hit.last]!.possessive ? 'their' : minor ? 'a young person we support' : 'someone we support',
        recogniser: 'register-person',
      });
    }
    return out;
  },
};

/** What the whole scan says, computed once: who is named at each word, and clear mentions. */
interface ScanSummary {
  peopleAt: Map<number, Set<number>>;
  /** People and households mentioned by a word that is unmistakably a name. */
  clearPeople: Map<number, number>;
  clearHouseholds: Map<number, number>;
}

function summarise(hits: readonly RegisterHit[], context: AnalysisContext): ScanSummary {
  const peopleAt = new Map<number, Set<number>>();
  const clearPeople = new Map<number, number>();
  const clearHouseholds = new Map<number, number>();
  for (const h of hits) {
    for (let i = h.first; i <= h.last; i++) {
      let set = peopleAt.get(i);
      if (!set) peopleAt.set(i, (set = new Set()));
      set.add(h.ref.index);
    }
    const token = context.tokens[h.first]!;
    if (h.strength !== 'phrase' && (isCommonWord(token.key) || CAPITALISED_WORDS.has(token.key))) continue;
    clearPeople.set(h.ref.index, (clearPeople.get(h.ref.index) ?? 0) + 1);
    const household = context.profile.register.people[h.ref.index]?.household;
    if (household !== undefined) clearHouseholds.set(household, (clearHouseholds.get(household) ?? 0) + 1);
  }
  return { peopleAt, clearPeople, clearHouseholds };
}

/** How sure a mention is, or 0 when it is an ordinary word or someone else. */
function judge(hit: RegisterHit, tokens: readonly Token[], context: AnalysisContext, scan: ScanSummary): number {
  if (hit.strength === 'phrase') return 0.97;
  const token = tokens[hit.first]!;
  const key = token.key;
  const written = token.capitalised || token.allCaps || token.nonLatin || token.spelledOut || token.mention;
  // "Olena Zelenska", "Amina Mohammed": next to a capitalised name that is not this person's, the
  // word belongs to someone else's full name.
  if (hit.strength !== 'family' && besideOtherName(hit, tokens, context, scan)) return 0;
  if (!token.nonLatin && CAPITALISED_WORDS.has(key)) {
    // Hope, Grace, Will, May: a name only when written as one and something says so.
    if (!written) return 0;
    if (token.possessive || corroborated(hit, context, scan)) return 0.85;
    return actsAsPerson(hit, tokens) ? 0.75 : 0;
  }
  if (!token.nonLatin && isCommonWord(key)) return written ? 0.8 : 0;
  switch (hit.strength) {
    case 'exact':
    case 'family':
      return written ? 0.92 : 0.7;
    case 'skeleton':
      return written ? 0.8 : 0;
    case 'fuzzy':
      return written ? 0.75 : 0;
  }
}

/** Words after a name that say a person is doing something ("Grace has been…", "Hope smashed it"). */
const PERSON_VERBS = new Set([
  'has', 'had', 'was', 'did', 'does', 'said', 'says', 'told', 'asked', 'loves', 'loved', 'got', 'gets', 'went', 'goes',
  'came', 'comes', 'made', 'won', 'scored', 'sang', 'sings', 'ran', 'smashed', 'passed', 'finished', 'started', 'turned',
  'just', 'always', 'never', 'really', 'wants', 'wanted', 'needs', 'needed', 'drew', 'painted', 'played',
  'plays', 'joined', 'arrived', 'moved', 'lives', 'lived',
]);

function actsAsPerson(hit: RegisterHit, tokens: readonly Token[]): boolean {
  const next = tokens[hit.last + 1];
  if (!next) return false;
  return PERSON_VERBS.has(next.key) || (/ed$/.test(next.key) && next.key.length > 4 && !next.capitalised);
}

/** Titles and cues that may stand before a name without being a given name themselves. */
const TITLES = new Set(['mr', 'mrs', 'ms', 'miss', 'mx', 'dr', 'little', 'baby', 'young', 'our', 'dear', 'hi', 'hello', 'hey', 'thanks', 'love', 'auntie', 'uncle']);

function besideOtherName(hit: RegisterHit, tokens: readonly Token[], context: AnalysisContext, scan: ScanSummary): boolean {
  const isOther = (index: number, gapFrom: number, gapTo: number) => {
    const t = tokens[index];
    if (!t || !t.capitalised || t.hashtag || t.key.length < 3 || isCommonWord(t.key) || TITLES.has(t.key)) return false;
    if (context.text.slice(gapFrom, gapTo) !== ' ') return false;
    return !scan.peopleAt.get(index)?.has(hit.ref.index);
  };
  const next = hit.last + 1;
  const before = hit.first - 1;
  return (
    (next < tokens.length && !tokens[next]!.sentenceStart && isOther(next, tokens[hit.last]!.end, tokens[next]!.start)) ||
    (before >= 0 && isOther(before, tokens[before]!.end, tokens[hit.first]!.start))
  );
}

/** Another clear mention of the same person or household elsewhere in the draft. */
function corroborated(hit: RegisterHit, context: AnalysisContext, scan: ScanSummary): boolean {
  if ((scan.clearPeople.get(hit.ref.index) ?? 0) > 0) return true;
  const household = context.profile.register.people[hit.ref.index]?.household;
  return household !== undefined && (scan.clearHouseholds.get(household) ?? 0) > 0;
}

/** Given and family name of one person side by side become one mention: "Alexander Kovalenko". */
function joinFullNames(
  accepted: { hit: RegisterHit; likelihood: number }[],
  context: AnalysisContext,
): { hit: RegisterHit; likelihood: number }[] {
  const sorted = accepted.slice().sort((a, b) => a.hit.first - b.hit.first);
  const out: { hit: RegisterHit; likelihood: number }[] = [];
  for (const item of sorted) {
    const last = out[out.length - 1];
    if (
      last &&
      last.hit.ref.index === item.hit.ref.index &&
      item.hit.first === last.hit.last + 1 &&
      /^[\s\-‐]{1,2}$/.test(context.text.slice(last.hit.end, item.hit.start))
    ) {
      last.hit = { ...last.hit, end: item.hit.end, last: item.hit.last };
      last.likelihood = Math.max(last.likelihood, item.likelihood, 0.95);
      continue;
    }
    out.push({ hit: item.hit, likelihood: item.likelihood });
  }
  return out;
}

/** "the Al-Khatib family": the whole phrase is what a safer wording replaces. */
function familySpan(hit: RegisterHit, tokens: readonly Token[]): { start: number; end: number; family: boolean } {
  const before = tokens[hit.first - 1];
  const after = tokens[hit.last + 1];
  if (before?.key === 'the' && after && FAMILY_NOUNS.has(after.key)) return { start: before.start, end: after.end, family: true };
  return { start: hit.start, end: hit.end, family: false };
}

/** Token indices inside the names of staff and of the organisation's own accounts. */
function ownNameTokens(context: AnalysisContext): Set<number> {
  const out = new Set<number>();
  const keys = context.tokens.map((t) => t.key);
  for (const name of [...context.profile.staffNames, ...context.profile.ownNames]) {
    if (!name.length) continue;
    for (let i = 0; i + name.length <= keys.length; i++) {
      if (name.every((w, j) => keys[i + j] === w)) for (let j = 0; j < name.length; j++) out.add(i + j);
    }
  }
  return out;
}
