import type { Candidate, Recogniser } from '../types';
import { execInWindows, windowsOf } from './identifiers/phrases';
import { SCHEMES, type Evidence } from './identifiers/schemes';
import { findTriggers, ORGANISATION_CONTEXT, PERSONAL_CONTEXT, type IdentifierKind, type Trigger } from './identifiers/triggers';

/**
 * Case, reference and document numbers that belong to one person. Two kinds of evidence:
 * - the number's own format and check digit (NHS mod 11, Medicare, PPSN, AMKA, SIN, SSN,
 *   NI number, GWF and tribunal references: see identifiers/schemes.ts), and
 * - a keyword beside a number that has no fixed format ("HO ref F2318874", "UNHCR case
 *   123-16C02345", "crime reference 14/123456/24"): see identifiers/triggers.ts.
 * Dates, money, times, phone numbers and an organisation's own registration numbers are not
 * identifiers here (dates of birth have their own recogniser).
 */

const ID = 'personal-identifier';
const SUGGESTION = '[reference removed]';

const EXPLAIN: Record<IdentifierKind, string> = {
  health: 'This looks like a health or medical record number. It belongs to one person and should stay in their records, not in a post or message.',
  immigration: "This looks like an immigration or asylum reference. It identifies one person's case, and in the wrong hands it could put them at risk.",
  document: 'This looks like a passport or identity document number. It belongs to one person and could be misused if shared.',
  national: 'This looks like a national insurance, tax or benefit number. It belongs to one person and could be misused if shared.',
  police: 'This looks like a police or court reference. It ties someone to a case that should stay private.',
  bank: 'This looks like a bank or card number. It belongs to one person and could be misused if shared.',
  generic: 'This looks like a case or reference number. It could identify the person it belongs to, so it is best kept out of posts and messages.',
};

/**
 * A number-like token: an optional short letter prefix ("F2318874", "ΑΚ 123456"), then digit groups
 * joined by "-", "/", "." or single spaces between digit groups, with an optional check letter. Every repetition starts
 * with a separator or a digit that the previous part cannot consume, so matching stays linear.
 */
const TOKEN =
  /(?<![\p{L}\p{N}_])(?:[A-Za-zΑ-Ω]{1,5}[-/]?|[A-ZΑ-Ω]{1,2} )?\d[\dA-Za-z]*(?:[-/.]\d[\dA-Za-z]*|[-/.][A-Za-z]{1,4}\d[\dA-Za-z]*| \d[\dA-Za-z]+){0,8}(?: [A-D])?(?![\p{L}\p{N}])/gu;

const DATE_LIKE = /^(?:\d{1,2}[./-]\d{1,2}[./-]\d{2,4}|\d{4}[./-]\d{1,2}[./-]\d{1,2}|\d{1,2}[./-]\d{4})$/;
const YEAR_RANGE = /^(?:19|20)\d\d[-/](?:(?:19|20)?\d\d)$/;
/** Quantities with a unit or ordinal stuck on: "2350hrs", "10km", "45th". */
const QUANTITY = /^\d+(?:st|nd|rd|th|am|pm|k|km|kg|g|mg|ml|l|m|mm|cm|p|x|s|hrs?|mins?|mph|gb|mb|tb|kwh|yo|yrs?)$/i;
/** What may stand between a keyword and its number: "NHS no. ", "ref: ", "HO ref is ". */
const FILLER =
  /^[\s:#=.,()\-–—'’"“”*]*(?:(?:no|nos|nr|num|number|is|was|are|of|for|it's|its|his|her|their|the|a|an|now|still|id|ref|reference|card|code|to|be|→|👉)[\s:#=.,()\-–—'’"“”*]*)*$/iu;
const SENTENCE_BREAK = /[.!?…]\s|\n/;

const ADJACENT = 30;
const NEAR = 100;
/** Longest run of grouped digits worth reading for a scheme (an IBAN with spaces is 42 characters). */
const MAX_CLUSTER = 64;
/** No real draft holds more; the cap keeps overlap checks cheap on pathological input. */
const MAX_CANDIDATES = 64;

export const personalIdentifierRecogniser: Recogniser = {
  id: ID,
  analyse(context) {
    const { text, profile } = context;
    const clusters = digitClusters(text);
    // Every identifier has at least four digits ("C01X00T47" spreads them between letters).
    if (clusters.reduce((sum, c) => sum + c.digits, 0) < 4) return [];
    const triggers = findTriggers(context.tokens, text);
    const out: Candidate[] = [];
    const emit = (start: number, end: number, likelihood: number, kind: IdentifierKind) =>
      out.push({ rule: 'personal-identifier', start, end, likelihood, explanation: EXPLAIN[kind], suggestion: SUGGESTION, recogniser: ID });
    const overlapsEmitted = (start: number, end: number) => out.some((c) => c.start! < end && start < c.end!);
    const organisational = (start: number, end: number) =>
      ORGANISATION_CONTEXT.test(text.slice(Math.max(0, start - 60), Math.min(text.length, end + 60)));

    /** The nearest specific keyword before `start`, on the same line and within `limit` characters. */
    const specificBefore = (start: number, limit: number): Trigger | undefined => {
      for (let i = lastEndingBy(triggers, start); i >= 0; i--) {
        const t = triggers[i]!;
        if (start - t.end > limit) return undefined;
        if (text.slice(t.end, start).includes('\n')) return undefined;
        if (t.specific) return t;
      }
      return undefined;
    };

    // 1. Formats with their own structure and check digits, read only around clusters of digits.
    // A cluster longer than any identifier is a dump of digits: nothing in it is delimited like one.
    const schemeClusters = clusters.filter((c) => c.digits >= 6 && c.end - c.start <= MAX_CLUSTER);
    const schemeWindows = windowsOf(text, schemeClusters.map((c): [number, number] => [c.start - 16, c.end + 4]));
    for (const scheme of SCHEMES) {
      execInWindows(scheme.pattern, schemeWindows, (m) => {
        const start = m.index;
        const end = start + m[0].length;
        if (overlapsEmitted(start, end)) return;
        const keyword = specificBefore(start, 60);
        const evidence: Evidence = { keyword: !!keyword, keywordKind: keyword?.kind, region: profile.region, organisational: organisational(start, end) };
        const likelihood = scheme.judge(m, evidence);
        if (likelihood === undefined) return;
        emit(start, end, likelihood, keyword && scheme.kind === 'generic' ? keyword.kind : scheme.kind);
        return out.length < MAX_CANDIDATES;
      });
      if (out.length >= MAX_CANDIDATES) return out;
    }

    // 2. Numbers without a fixed format, beside a keyword: only the text just after keywords is read.
    if (triggers.length === 0 || out.length >= MAX_CANDIDATES) return out;
    const windows = windowsOf(text, triggers.map((t): [number, number] => [t.end, t.end + NEAR + 40]));
    const triggerStarts = new Set(triggers.map((t) => t.start));
    execInWindows(TOKEN, windows, (m) => {
      if (out.length >= MAX_CANDIDATES) return false;
      let token = m[0];
      let start = m.index;
      // "HO 12345": the spaced prefix is the keyword itself, not part of the number.
      const spaced = /^[A-ZΑ-Ω]{1,2} /.exec(token);
      if (spaced && triggerStarts.has(start)) {
        token = token.slice(spaced[0].length);
        start += spaced[0].length;
      }
      const end = start + token.length;
      const digits = token.replace(/\D/g, '').length;
      const pure = !/[A-Za-zΑ-Ω]/.test(token);
      if (digits < 4 || (pure && digits < 5)) return;
      if (DATE_LIKE.test(token) || YEAR_RANGE.test(token) || QUANTITY.test(token)) return;
      if (start > 0 && /[£$€¥₹+]/.test(text[start - 1]!)) return;
      // A pure number starting with 0 and of phone length is the phone recogniser's.
      if (pure && /^0/.test(token) && digits >= 9 && digits <= 15) return;
      if (overlapsEmitted(start, end)) return;

      const near = specificBefore(start, NEAR);
      const last = triggers[lastEndingBy(triggers, start)];
      const adjacentTo = (t: Trigger | undefined) => !!t && start - t.end <= ADJACENT && FILLER.test(text.slice(t.end, start));
      const orgWords = organisational(start, end);
      let likelihood: number | undefined;
      let kind: IdentifierKind = 'generic';
      if (near && adjacentTo(near)) {
        likelihood = 0.9;
        kind = near.kind;
      } else if (near && !pure && digits >= 5) {
        likelihood = orgWords ? 0.4 : 0.85;
        kind = near.kind;
      } else if (near && pure && digits >= 7 && start - near.end <= 60 && !SENTENCE_BREAK.test(text.slice(near.end, start))) {
        likelihood = orgWords ? 0.4 : 0.75;
        kind = near.kind;
      } else if (last && !last.specific && adjacentTo(last)) {
        const personal = PERSONAL_CONTEXT.test(text.slice(Math.max(0, start - 80), Math.min(text.length, end + 40)));
        // "Our reference: …" in the organisation's own public post is usually its own (a job, an appeal).
        const ownPost = context.input.account === 'organisation' && context.input.surface === 'post';
        likelihood = orgWords ? 0.3 : personal ? 0.75 : ownPost ? 0.45 : 0.62;
      }
      if (likelihood !== undefined) emit(start, end, likelihood, kind);
    });
    return out;
  },
};

interface Cluster {
  start: number;
  end: number;
  digits: number;
}

/**
 * Runs of digits joined by single separators ("999 432 1072", "14/123456/24"): the check-digit
 * schemes hold a run of six or more, so their patterns need only read around those. One pass.
 */
const CLUSTER = /\d+(?:[ \-/.]\d+)*/g;

function digitClusters(text: string): Cluster[] {
  const out: Cluster[] = [];
  CLUSTER.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = CLUSTER.exec(text))) {
    let digits = 0;
    for (let k = 0; k < m[0].length; k++) if (m[0].charCodeAt(k) >= 48 && m[0].charCodeAt(k) <= 57) digits++;
    out.push({ start: m.index, end: m.index + m[0].length, digits });
  }
  return out;
}

/** Index of the last trigger ending at or before `position` (triggers are sorted by end), or -1. */
function lastEndingBy(triggers: readonly Trigger[], position: number): number {
  let lo = 0;
  let hi = triggers.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (triggers[mid]!.end <= position) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}
