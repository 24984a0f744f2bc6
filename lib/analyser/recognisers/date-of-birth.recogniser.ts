import { nameKey } from '../text/normalise';
import type { AnalysisContext, Candidate, Recogniser } from '../types';
import { execInWindows, PhraseTable, windowsOf } from './identifiers/phrases';

/**
 * Dates of birth: a date next to a word that says it is one ("DOB 03/03/2015", "born 3 March
 * 2015", "her birthday is 12th June", "γεννήθηκε 3 Μαρτίου 2015", "née le 3 mars 2015").
 * Ordinary dates of events are not dates of birth, so a date alone is never reported. Keywords
 * are looked up on the draft's words; dates are only looked for in the few characters around a
 * keyword (each character read at most once), and paired with the keyword before them.
 */

const ID = 'date-of-birth';
const SUGGESTION = '[date of birth removed]';
const EXPLAIN =
  "This looks like someone's date of birth. Together with a name or a photo it can identify them, and it is often used to check who someone is.";

/**
 * Keywords, by language, matched on the draft's words. "birthday" words give day and month
 * without a year; the rest name a date of birth outright. Romance-language participles need their
 * article ("né le", "nata il") so that "NATO" and the English "née" (a maiden name) do not count.
 */
const BIRTHDAY_WORDS = [
  'birthday', 'bday', "b'day", 'b’day', 'b-day', 'geburtstag', 'cumpleaños', 'compleanno', 'verjaardag', 'aniversário',
  'anniversaire', 'γενέθλια', 'день народження', 'день рождения', 'عيد ميلاد',
];
const BIRTH_WORDS = [
  'dob', 'd.o.b', 'date of birth', 'birth date', 'birthdate', 'born', 'born on', 'né le', 'née le', 'nee le', 'ne le',
  'date de naissance', 'geboren', 'geboren am', 'geboren op', 'geb', 'geburtsdatum', 'geboortedatum', 'nacido el',
  'nacida el', 'fecha de nacimiento', 'data di nascita', 'nascido em', 'nascida em',
  'data de nascimento', 'γεννήθηκε', 'γεννημένος', 'γεννημένη', 'ημερομηνία γέννησης', 'ημ νία γέννησης', 'ημ γέννησης',
  'народився', 'народилася', 'дата народження', 'родился', 'родилась', 'дата рождения', 'تاريخ الميلاد', 'مواليد',
  'تاریخ تولد', 'متولد',
];
/** Verbs ("born", "γεννήθηκε") are followed by places as often as dates: their gap is checked strictly. */
const BIRTH_VERBS = new Set(['born', 'born on', 'geboren', 'γεννήθηκε', 'γεννημένος', 'γεννημένη', 'народився', 'народилася', 'родился', 'родилась', 'متولد', 'مواليد']);

type KeywordKind = 'birthday' | 'label' | 'verb';
const KEYWORDS = new PhraseTable<KeywordKind>();
for (const w of BIRTHDAY_WORDS) KEYWORDS.add(w, 'birthday');
for (const w of BIRTH_WORDS) KEYWORDS.add(w, BIRTH_VERBS.has(w) ? 'verb' : 'label');
// Italian participles in their written capitals only: "NATO il 3 marzo" is the alliance.
for (const w of ['nato il', 'nata il', 'Nato il', 'Nata il']) KEYWORDS.add(w, 'label', true);

/** Words after "birthday" that make the date an event's: "birthday party on 5 June". */
const EVENT_AFTER = /^\s*(?:party|parties|cake|celebrations?|bash|meal|drinks|cards?|presents?|gifts?|do|lunch|dinner|event|fundraiser|picnic|disco|tea|trip|weekend|week|wishes|message|post|shout[\s-]?out|surprise)(?![\p{L}])/iu;

const MONTHS: Record<string, number> = {};
const MONTH_NAMES: string[][] = [
  ['january', 'jan', 'janvier', 'januar', 'enero', 'gennaio', 'janeiro', 'ιανουαρίου', 'ιανουάριος', 'ιαν'],
  ['february', 'feb', 'février', 'fevrier', 'februar', 'febrero', 'febbraio', 'fevereiro', 'φεβρουαρίου', 'φεβρουάριος', 'φεβ'],
  ['march', 'mar', 'mars', 'märz', 'marzo', 'março', 'μαρτίου', 'μάρτιος', 'μαρ'],
  ['april', 'apr', 'avril', 'abril', 'aprile', 'απριλίου', 'απρίλιος', 'απρ'],
  ['may', 'mai', 'mayo', 'maggio', 'maio', 'μαΐου', 'μαίου', 'μάιος', 'μαι'],
  ['june', 'jun', 'juin', 'juni', 'junio', 'giugno', 'junho', 'ιουνίου', 'ιούνιος', 'ιουν'],
  ['july', 'jul', 'juillet', 'juli', 'julio', 'luglio', 'julho', 'ιουλίου', 'ιούλιος', 'ιουλ'],
  ['august', 'aug', 'août', 'aout', 'agosto', 'αυγούστου', 'αύγουστος', 'αυγ'],
  ['september', 'sep', 'sept', 'septembre', 'septiembre', 'settembre', 'setembro', 'σεπτεμβρίου', 'σεπτέμβριος', 'σεπ'],
  ['october', 'oct', 'octobre', 'oktober', 'octubre', 'ottobre', 'outubro', 'οκτωβρίου', 'οκτώβριος', 'οκτ'],
  ['november', 'nov', 'novembre', 'noviembre', 'novembro', 'νοεμβρίου', 'νοέμβριος', 'νοε'],
  ['december', 'dec', 'décembre', 'decembre', 'dezember', 'diciembre', 'dicembre', 'dezembro', 'δεκεμβρίου', 'δεκέμβριος', 'δεκ'],
];
MONTH_NAMES.forEach((names, i) => names.forEach((n) => (MONTHS[n] = i + 1)));
// Longest first, so "september" is preferred to "sep" at the same place.
const MONTH = `(?:${Object.keys(MONTHS).sort((a, b) => b.length - a.length).join('|')})`;

/**
 * The date formats of the regions served: day-month-year and US month-day-year with "/", "." or
 * "-"; ISO 8601; day and month names ("3rd of March 2015", "3. März 2015"); month first
 * ("March 3, 2015"); month and year ("March 2015"); day and month with a slash ("12/05"; "9.30" is a time). Every
 * part is bounded, and the pattern only ever runs near a keyword.
 */
const DATE = new RegExp(
  [
    String.raw`(?<![\p{L}\p{N}/.\-])(?<n1>\d{1,2})(?<sep>[./\-])(?<n2>\d{1,2})\k<sep>(?<ny>\d{4}|\d{2})(?![\p{N}]|[./\-]\d)`,
    String.raw`(?<![\p{L}\p{N}/.\-])(?<iy>(?:19|20)\d\d)-(?<im>\d{1,2})-(?<id>\d{1,2})(?![\p{N}]|[./\-]\d)`,
    String.raw`(?<![\p{L}\p{N}])(?<dd>\d{1,2})(?:st|nd|rd|th|\.|η|ος|er)?(?:\s+of)?\s+(?<dm>${MONTH})\.?(?:,?\s+(?<dy>(?:19|20)\d\d))?(?![\p{L}\p{N}])`,
    String.raw`(?<![\p{L}\p{N}])(?<mm>${MONTH})\.?\s+(?<md>\d{1,2})(?:st|nd|rd|th)?(?:,?\s+(?<my>(?:19|20)\d\d))?(?![\p{L}\p{N}])`,
    String.raw`(?<![\p{L}\p{N}])(?<om>${MONTH})\.?,?\s+(?<oy>(?:19|20)\d\d)(?![\p{L}\p{N}])`,
    String.raw`(?<![\p{L}\p{N}/.\-])(?<s1>\d{1,2})\/(?<s2>\d{1,2})(?![\p{N}]|[./\-]\d)`,
  ].join('|'),
  'giu',
);

/** After a date: "(DOB)", "is her date of birth". */
const KEYWORD_AFTER =
  /\s*(?:\(\s*(?:dob|d\.o\.b\.?|born|date\s+of\s+birth)\s*\)|,?\s*(?:is|was)\s+(?:his|her|their|my|your|the)\s+(?:date\s+of\s+birth|dob|d\.o\.b\.?|birthday))/iy;

const MAX_GAP = 40;
/** Longest date the pattern reads ("3rd of September, 2015" and a little more). */
const DATE_LENGTH = 40;
/** How far before a keyword a date may stand ("22/04/2019 (DOB)", "12/03/1990 is her date of birth"). */
const LOOK_BEHIND = 80;
/** No real draft holds more; the cap bounds the work on pathological input. */
const MAX_FOUND = 64;
/** A sentence end or a digit between keyword and date means the date is about something else. */
const BROKEN_GAP = /[.!?…]\s|\n|\d/;
/**
 * After a verb, only small words and a place may come before the date: "born on the 3rd",
 * "born in Aleppo on 3 March 1990", not "born in Syria, arrived on 3 March 2015".
 */
const VERB_GAP =
  /^[\s:,–—-]*(?:(?:on|the|of|in|at|στις|στην|στη|στο|την|τον|le|am|il|el|em|op|a|в|у|في)[\s,]+|(?:in|at|στην|στη|στο|à|en|a|в|у)\s+\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)?[\s,]+)*$/u;

interface Found {
  start: number;
  end: number;
  /** The year when written in full. */
  year?: number;
  hasYear: boolean;
  valid: boolean;
  /** Month and year only. */
  partial: boolean;
}

function plausible(day: number, month: number): boolean {
  return day >= 1 && day <= 31 && month >= 1 && month <= 12;
}

function readDate(m: RegExpExecArray): Found {
  const g = m.groups!;
  const start = m.index;
  const end = start + m[0].length;
  const num = (s: string | undefined) => (s === undefined ? undefined : Number(s));
  const month = (s: string | undefined) => (s === undefined ? 0 : MONTHS[s.toLowerCase()] ?? 0);
  if (g.n1 !== undefined) {
    const a = num(g.n1)!;
    const b = num(g.n2)!;
    // Day-month (most regions) or month-day (US): either reading makes it a date.
    const valid = plausible(a, b) || plausible(b, a);
    // A two-digit year ("03/03/15") could be either century: no future check.
    return { start, end, year: g.ny!.length === 4 ? num(g.ny) : undefined, hasYear: true, valid, partial: false };
  }
  if (g.iy !== undefined) return { start, end, year: num(g.iy), hasYear: true, valid: plausible(num(g.id)!, num(g.im)!), partial: false };
  if (g.dd !== undefined) return { start, end, year: num(g.dy), hasYear: g.dy !== undefined, valid: plausible(num(g.dd)!, month(g.dm)), partial: false };
  if (g.mm !== undefined) return { start, end, year: num(g.my), hasYear: g.my !== undefined, valid: plausible(num(g.md)!, month(g.mm)), partial: false };
  if (g.om !== undefined) return { start, end, year: num(g.oy), hasYear: true, valid: month(g.om) > 0, partial: true };
  // Day and month in figures ("12/05"): either order, no year.
  const a = num(g.s1)!;
  const b = num(g.s2)!;
  return { start, end, hasYear: false, valid: plausible(a, b) || plausible(b, a), partial: false };
}

/**
 * "Riverside's 10th birthday on 12 June", "our birthday party": the organisation's own birthday
 * is an event. True when one of the three words before the keyword is "our" or starts the
 * organisation's own name.
 */
function organisationsBirthday(context: AnalysisContext, start: number): boolean {
  const before = context.text.slice(Math.max(0, start - 40), start).match(/[\p{L}\p{N}'’]+/gu) ?? [];
  const own = new Set(context.profile.ownNames.map((words) => words[0]));
  own.add(nameKey(context.profile.organisationName.split(/\s+/)[0] ?? ''));
  return before.slice(-3).some((w) => {
    const key = nameKey(w.replace(/['’]s$/i, ''));
    return key === 'our' || (key.length >= 3 && own.has(key));
  });
}

interface Keyword {
  end: number;
  kind: KeywordKind;
}

export const dateOfBirthRecogniser: Recogniser = {
  id: ID,
  analyse(context) {
    const { text } = context;
    if (!/\d/.test(text)) return [];
    const keywords: Keyword[] = [];
    for (const hit of KEYWORDS.find(context.tokens, text)) {
      if (hit.value === 'birthday' && (EVENT_AFTER.test(text.slice(hit.end, hit.end + 30)) || organisationsBirthday(context, hit.start))) continue;
      keywords.push({ end: hit.end, kind: hit.value });
    }
    if (keywords.length === 0) return [];
    const thisYear = Number(context.today.slice(0, 4)) || new Date().getFullYear();
    const out: Candidate[] = [];
    let next = 0; // keywords[next - 1] is the last keyword ending before the current date
    // Dates are only looked for just after a keyword, or just before one ("22/04/2019 (DOB)").
    const windows = windowsOf(text, keywords.map((k): [number, number] => [k.end - LOOK_BEHIND, k.end + MAX_GAP + DATE_LENGTH]));
    execInWindows(DATE, windows, (m) => {
      if (out.length >= MAX_FOUND) return false;
      const date = readDate(m);
      while (next < keywords.length && keywords[next]!.end <= date.start) next++;
      if (!date.valid) return;
      // A date of birth is never in the future, and nobody alive was born before 1900.
      if (date.year !== undefined && (date.year > thisYear || date.year < 1900)) return;
      const before = keywords[next - 1];
      let keyword: Keyword | undefined;
      if (before && date.start - before.end <= MAX_GAP) {
        // A dot straight after the keyword ends an abbreviation ("D.O.B.", "geb."), not a sentence.
        const gap = text.slice(before.end, date.start).replace(/^\./, '');
        if (!BROKEN_GAP.test(gap) && (before.kind !== 'verb' || VERB_GAP.test(gap))) keyword = before;
      }
      KEYWORD_AFTER.lastIndex = date.end;
      const after = KEYWORD_AFTER.test(text);
      if (!keyword && !after) return;
      if (date.partial && (!keyword || keyword.kind === 'birthday')) return;
      let likelihood: number;
      if (date.partial) likelihood = 0.6;
      else if (keyword?.kind === 'birthday' && !after) likelihood = date.hasYear ? 0.85 : 0.7;
      else likelihood = date.hasYear ? 0.92 : 0.78;
      out.push({ rule: 'personal-identifier', start: date.start, end: date.end, likelihood, explanation: EXPLAIN, suggestion: SUGGESTION, recogniser: ID });
    });
    return out;
  },
};
