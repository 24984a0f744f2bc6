import { CLOCK_TIME, CLOSED_SIGNALS, PUBLIC_EVENT, RELATIVE_TIME, VENUE, WEEKDAY, WEEKDAY_SHORT, draftText, holds, patternsFor, scriptsOf } from '../rules/event-words';
import type { Candidate, Recogniser } from '../types';
import { asciiDigits, sentenceRanges, type Range } from './child-detail.recogniser';

/**
 * private-event: when and where a closed session for the people supported meets (a survivors'
 * group, a women's drop-in, a group for young people who arrived alone). It needs a sign of whom
 * the group is for or that it is kept private, with a day or time and a place in the same or a
 * neighbouring sentence (a strong sign of privacy needs only one of them). Anything that says the
 * event is public (all welcome, tickets, an open day, a fundraiser) keeps the paragraph silent.
 * The organisation's own confidential group names are the confidential-term recogniser's.
 */

// A group word alone says little, but with a discreet way in it tips the balance.
const GROUP_WORD = /(?<![A-Za-z])(?:group|circle|session|meet-?up|meeting|drop-?in|club)s?(?![A-Za-z])/i;

const EXPLANATION =
  'This says when and where a closed group for the people we support meets. Someone looking for a person in that group could use it to find them, so we share these details privately.';

interface SentenceFacts {
  /** The strongest sign of whom the group is for. */
  who: number;
  /** Signs that it is kept private, added up. */
  kept: number;
  /** Both together (and a group word, once there is a sign). */
  closed: number;
  when: boolean;
  where: boolean;
  paragraph: number;
}

/** Each sentence's facts, from one pass of each pattern over the whole draft. */
function facts(text: string, ranges: readonly Range[]): SentenceFacts[] {
  const out: SentenceFacts[] = [];
  let paragraph = 0;
  let previousEnd = 0;
  for (const r of ranges) {
    // A blank line starts a new paragraph: a public notice below does not excuse a closed group above.
    if (/\n\s*\n/.test(text.slice(previousEnd, r.start + 1))) paragraph++;
    previousEnd = r.end;
    out.push({ who: 0, kept: 0, closed: 0, when: false, where: false, paragraph });
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
  const each = (pattern: RegExp, visit: (f: SentenceFacts) => void) => {
    pattern.lastIndex = 0;
    let m: RegExpExecArray | null;
    let seen = -1;
    let n = 0;
    // A bound on matches keeps a pathological draft cheap; real drafts never reach it.
    while ((m = pattern.exec(text)) && n++ < 500) {
      if (m[0].length === 0) pattern.lastIndex++;
      const i = sentenceOf(m.index);
      // One count per pattern per sentence.
      if (i !== seen) visit(out[i]!);
      seen = i;
    }
  };
  for (const [pattern, weight, kind] of CLOSED_SIGNALS) {
    each(pattern, (f) => {
      if (kind === 'who') f.who = Math.max(f.who, weight);
      else f.kept += weight;
      f.closed = f.who + f.kept;
    });
  }
  if (!out.some((f) => f.closed > 0)) return out;
  const scripts = scriptsOf(text);
  for (const pattern of [...patternsFor(WEEKDAY, scripts), WEEKDAY_SHORT, ...patternsFor(CLOCK_TIME, scripts), ...patternsFor(RELATIVE_TIME, scripts)]) {
    each(pattern, (f) => (f.when = true));
  }
  for (const pattern of patternsFor(VENUE, scripts)) each(pattern, (f) => (f.where = true));
  ranges.forEach((r, i) => {
    const f = out[i]!;
    if (f.closed > 0 && GROUP_WORD.test(text.slice(r.start, r.end))) f.closed += 0.2;
    f.closed = Math.min(f.closed, 2);
  });
  return out;
}

// Every closed-group sign holds one of these (or is in another script): most drafts hold none.
const CLOSED_GATE = [
  'group', 'groups', 'circle', 'session', 'sessions', 'survivor', 'survivors', 'support', 'only', 'referral', 'invite',
  'invitation', 'confidential', 'private', 'press', 'photos', 'photographs', 'cameras', 'share', 'door', 'entrance',
  'gate', 'bell', 'buzzer', 'unaccompanied', 'carers', 'leavers', 'separated', 'alone', 'own', 'themselves', 'without',
  'programme', 'toolkit', 'pattern', 'power', 'drop', 'dropin', 'tots', 'stay', 'next', 'women', 'ladies', 'mums',
  'groupe', 'gruppe', 'grupo', 'gruppo', 'groep', 'réservé', 'nur', 'solo', 'alleen', 'frauengruppe', 'frauentreff',
  'selbsthilfegruppe', 'lotgenotengroep', 'steungroep',
]

export const privateEventRecogniser: Recogniser = {
  id: 'private-event',
  analyse(context) {
    if (!context.text || context.text.length < 12) return [];
    const words = draftText(context.text);
    if (!/[\u0370-\u03FF\u0400-\u04FF\u0600-\u06FF]/.test(words.lower) && !CLOSED_GATE.some((w) => holds(words, w))) return [];
    const text = asciiDigits(context.text);
    const ranges = sentenceRanges(text);
    const all = facts(text, ranges);
    const publicParagraphs = new Set<number>();
    all.forEach((f, i) => {
      if (PUBLIC_EVENT.test(text.slice(ranges[i]!.start, ranges[i]!.end))) publicParagraphs.add(f.paragraph);
    });
    let best = 0;
    for (let i = 0; i < all.length; i++) {
      const f = all[i]!;
      if (f.closed <= 0 || publicParagraphs.has(f.paragraph)) continue;
      // The group and its time or place may sit in neighbouring sentences of one paragraph.
      let closed = 0;
      let when = false;
      let where = false;
      for (let k = Math.max(0, i - 1); k <= Math.min(all.length - 1, i + 1); k++) {
        const g = all[k]!;
        if (g.paragraph !== f.paragraph) continue;
        closed += g.closed;
        when ||= g.when;
        where ||= g.where;
      }
      closed = Math.min(closed, 2);
      // A closed group with a time and a place; or one said twice over to be private, with either.
      if (closed < 0.8 || !(when && where) && !(closed >= 1.5 && (when || where))) continue;
      best = Math.max(best, Math.min(0.95, 0.45 + 0.2 * Math.min(closed, 1.5) + (when ? 0.1 : 0) + (where ? 0.1 : 0)));
    }
    if (!best) return [];
    const finding: Candidate = {
      rule: 'private-event',
      likelihood: best,
      explanation: EXPLANATION,
      suggestion: 'Share the time and place directly with the people who come, not in a public post.',
      recogniser: 'private-event',
    };
    return [finding];
  },
};
