import { parsePhone } from '../../profile/phone';
import { findRecipientPerson, scanRegister, writtenAsName, type RegisterHit } from '../register/register-scan';
import { CAPITALISED_WORDS } from '../rules/name-words';
import { hasLetterCase, isCommonWord } from '../text/normalise';
import type { Token } from '../text/tokenise';
import type { CompiledProfile } from '../compiled-profile';
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
    const taken = new Set<number>();
    const explain = explanations(profile);
    for (const { hit, likelihood } of joinFullNames(accepted, context)) {
      const span = familySpan(hit, tokens);
      // Spans lie inside one analysis window (32,768 characters), so this number names one span.
      const id = span.start * 65_536 + span.end;
      if (taken.has(id)) continue;
      taken.add(id);
      const minor = profile.register.isMinor(hit.ref.index, context.today);
      out.push({
        rule: 'register-person',
        start: span.start,
        end: span.end,
        likelihood,
        explanation: minor ? explain.child : explain.person,
        suggestion: span.family ? 'a family we support' : tokens[hit.last]!.possessive ? 'their' : minor ? 'a young person we support' : 'someone we support',
        recogniser: 'register-person',
      });
    }
    return out;
  },
};

/** The two explanations, in the organisation's name: made once per profile, not per mention. */
function explanations(profile: CompiledProfile): { child: string; person: string } {
  let explain = explanationCache.get(profile);
  if (!explain) {
    explain = {
      child: `This looks like the name of a young person on ${profile.organisationName}'s register. Naming a child we support can put them at risk, even in a kind message.`,
      person: `This looks like the name of someone on ${profile.organisationName}'s register of people we support. Naming them, even kindly, can let others identify them.`,
    };
    explanationCache.set(profile, explain);
  }
  return explain;
}
const explanationCache = new WeakMap<CompiledProfile, { child: string; person: string }>();

/** What the whole scan says, computed once: who is named at each word, and clear mentions. */
interface ScanSummary {
  peopleAt: Map<number, Set<number>>;
  /** People and households mentioned by a word that is unmistakably a name. */
  clearPeople: Map<number, number>;
  clearHouseholds: Map<number, number>;
  /** Whether the draft's sentences start with capitals: then a lower-case word is not a name. Asked rarely, so worked out when asked. */
  authorCapitalises: () => boolean;
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
    if (!isClear(h, context)) continue;
    clearPeople.set(h.ref.index, (clearPeople.get(h.ref.index) ?? 0) + 1);
    const household = context.profile.register.people[h.ref.index]?.household;
    if (household !== undefined) clearHouseholds.set(household, (clearHouseholds.get(household) ?? 0) + 1);
  }
  let capitalises: boolean | undefined;
  const authorCapitalises = () => (capitalises ??= startsWithCapitals(context.tokens));
  return { peopleAt, clearPeople, clearHouseholds, authorCapitalises };
}

function startsWithCapitals(tokens: readonly Token[]): boolean {
  let starts = 0;
  let capitalStarts = 0;
  for (const t of tokens) {
    if (!t.sentenceStart || t.numeric || !hasLetterCase(t.text)) continue;
    starts++;
    const first = t.text.charAt(0);
    if (first !== first.toLowerCase()) capitalStarts++; // "L'espoir" starts with a capital too
  }
  return starts > 0 && capitalStarts / starts >= 0.5;
}

/** How sure a mention is, or 0 when it is an ordinary word or someone else. */
function judge(hit: RegisterHit, tokens: readonly Token[], context: AnalysisContext, scan: ScanSummary): number {
  if (hit.strength === 'phrase') return 0.97;
  const token = tokens[hit.first]!;
  const key = token.key;
  const written = writtenAsName(token);
  // "Olena Zelenska", "Amina Mohammed": next to a capitalised name that is not this person's, the
  // word belongs to someone else's full name.
  if (besideOtherName(hit, tokens, context, scan)) return 0;
  // "Amal means hope": a name talked about as a word names nobody.
  if (tokens[hit.last + 1] && METALINGUISTIC.has(tokens[hit.last + 1]!.key)) return 0;
  // Initials and short aliases ("JK") count only in capitals: "jk" is just kidding.
  if (key.length <= 3 && !token.allCaps && !token.capitalised && !token.nonLatin) return 0;
  if (!token.nonLatin && CAPITALISED_WORDS.has(key)) {
    // Hope, Grace, Will, May: a name only when written as one and something says so.
    if (!written) return 0;
    if (token.possessive && !isContraction(hit, tokens)) return 0.85;
    if (corroborated(hit, context, scan) || inListOfNames(hit, tokens, scan) || hashtagCue(hit, tokens)) return 0.8;
    return actsAsPerson(hit, tokens, context) ? 0.75 : 0;
  }
  if (!token.nonLatin && isCommonWord(key)) return written ? 0.8 : 0;
  switch (hit.strength) {
    case 'exact':
    case 'family':
      if (written) return 0.92;
      // Someone who types in lower case writes names that way too; someone who capitalises does not.
      return !scan.authorCapitalises() || FAMILY_NOUNS.has(tokens[hit.last + 1]?.key ?? '') || corroborated(hit, context, scan) ? 0.7 : 0;
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

function actsAsPerson(hit: RegisterHit, tokens: readonly Token[], context: AnalysisContext): boolean {
  // "Hunter (16)", "Hope, 9,": an age right after the word makes it a person.
  if (/^\s*(?:\(\d{1,2}\)|,\s*\d{1,2}\s*,)/.test(context.text.slice(hit.end, hit.end + 8))) return true;
  const next = tokens[hit.last + 1];
  if (!next) return false;
  return PERSON_VERBS.has(next.key) || (/ed$/.test(next.key) && next.key.length > 4 && !next.capitalised);
}

/** Words that show a name is being talked about as a word. */
const METALINGUISTIC = new Set(['means', 'meaning', 'σημαίνει', 'signifie', 'bedeutet', 'significa', 'означає', 'означает']);

/** "Summer's here", "Hope's not lost": 's is "is" before these words, not a possessive. */
const AFTER_IS = new Set(['here', 'there', 'coming', 'over', 'back', 'nearly', 'almost', 'finally', 'a', 'an', 'the', 'not', 'so', 'just', 'really', 'been', 'gone', 'all', 'what', 'never', 'always', 'still', 'on', 'in', 'at']);

function isContraction(hit: RegisterHit, tokens: readonly Token[]): boolean {
  const next = tokens[hit.last + 1];
  return next !== undefined && AFTER_IS.has(next.key);
}

/** "added Summer, Dima and Joy": a word among other names in a list is a name too. */
function inListOfNames(hit: RegisterHit, tokens: readonly Token[], scan: ScanSummary): boolean {
  const clear = (i: number) => {
    const t = tokens[i];
    return t !== undefined && (scan.peopleAt.get(i)?.size ?? 0) > 0 && !CAPITALISED_WORDS.has(t.key) && !isCommonWord(t.key);
  };
  const joiners = new Set(['and', 'or', 'και', 'і', 'и', 'et', 'und', 'y', 'e']);
  const before = tokens[hit.first - 1];
  const after = tokens[hit.last + 1];
  return (
    clear(hit.first - 1) ||
    clear(hit.last + 1) ||
    (before !== undefined && joiners.has(before.key) && clear(hit.first - 2)) ||
    (after !== undefined && joiners.has(after.key) && clear(hit.last + 2))
  );
}

/** "#StandWithGrace", "#JusticeForHope", "#TeamJoy": a hashtag made for a person. */
const HASHTAG_CUES = new Set(['with', 'for', 'team', 'justice', 'pray', 'love', 'free', 'save', 'bring', 'support', 'stand', 'go']);

function hashtagCue(hit: RegisterHit, tokens: readonly Token[]): boolean {
  const token = tokens[hit.first]!;
  const before = tokens[hit.first - 1];
  return token.hashtag && before !== undefined && before.hashtag && before.end === token.start && HASHTAG_CUES.has(before.key);
}

/** Titles and cues that may stand before a name without being a given name themselves. */
const TITLES = new Set(['mr', 'mrs', 'ms', 'miss', 'mx', 'dr', 'little', 'baby', 'young', 'our', 'dear', 'hi', 'hello', 'hey', 'thanks', 'love', 'auntie', 'uncle']);

function besideOtherName(hit: RegisterHit, tokens: readonly Token[], context: AnalysisContext, scan: ScanSummary): boolean {
  const isOther = (index: number, gapFrom: number, gapTo: number) => {
    const t = tokens[index];
    if (!t || !t.capitalised || t.hashtag || t.key.length < 3 || isCommonWord(t.key) || TITLES.has(t.key) || CAPITALISED_WORDS.has(t.key)) return false;
    if (context.text.slice(gapFrom, gapTo) !== ' ') return false;
    return !scan.peopleAt.get(index)?.has(hit.ref.index);
  };
  const next = hit.last + 1;
  const before = hit.first - 1;
  if (hit.strength === 'family') {
    // "Khaled Hosseini": a family name after another register person's given name is a stranger's
    // full name. After a given name not on the register ("Mick Brennan") it may be a relative.
    return before >= 0 && (scan.peopleAt.get(before)?.size ?? 0) > 0 && isOther(before, tokens[before]!.end, tokens[hit.first]!.start);
  }
  return (
    (next < tokens.length && !tokens[next]!.sentenceStart && isOther(next, tokens[hit.last]!.end, tokens[next]!.start)) ||
    (before >= 0 && isOther(before, tokens[before]!.end, tokens[hit.first]!.start))
  );
}

/** Another clear mention of the same person or household elsewhere in the draft (not this one). */
function corroborated(hit: RegisterHit, context: AnalysisContext, scan: ScanSummary): boolean {
  const self = isClear(hit, context) ? 1 : 0;
  if ((scan.clearPeople.get(hit.ref.index) ?? 0) > self) return true;
  const household = context.profile.register.people[hit.ref.index]?.household;
  return household !== undefined && (scan.clearHouseholds.get(household) ?? 0) > self;
}

/** A mention that is unmistakably a name: a whole phrase, or a word that is not also an ordinary word. */
function isClear(hit: RegisterHit, context: AnalysisContext): boolean {
  const token = context.tokens[hit.first]!;
  return hit.strength === 'phrase' || !(isCommonWord(token.key) || CAPITALISED_WORDS.has(token.key));
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
  const { names, firstWords } = ownNamesOf(context.profile);
  if (!names.length) return out;
  const tokens = context.tokens;
  for (let i = 0; i < tokens.length; i++) {
    if (!firstWords.has(tokens[i]!.key)) continue;
    for (const name of names) {
      if (name.every((w, j) => tokens[i + j]?.key === w)) for (let j = 0; j < name.length; j++) out.add(i + j);
    }
  }
  return out;
}

/** The staff's and the organisation's own names, as word keys, worked out once per profile. */
function ownNamesOf(profile: CompiledProfile): { names: readonly (readonly string[])[]; firstWords: ReadonlySet<string> } {
  let own = ownNames.get(profile);
  if (!own) {
    const names = [...profile.staffNames, ...profile.ownNames].filter((n) => n.length > 0);
    own = { names, firstWords: new Set(names.map((n) => n[0]!)) };
    ownNames.set(profile, own);
  }
  return own;
}
const ownNames = new WeakMap<CompiledProfile, { names: readonly (readonly string[])[]; firstWords: ReadonlySet<string> }>();
