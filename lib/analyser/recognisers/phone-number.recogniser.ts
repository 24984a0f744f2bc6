import { parsePhoneNumberFromString, type CountryCode, type PhoneNumber } from 'libphonenumber-js/min';
import type { Candidate, Recogniser } from '../types';
import { belongsToRecipient } from './identifiers/recipient';

/**
 * Private phone numbers, in any region's format. A hand-written scan finds runs of digits and
 * phone separators in one pass (linear, no regex backtracking); libphonenumber-js (the `min`
 * metadata the profile code already bundles) decides whether a run is a possible number of the
 * profile's region, or of the region its +/00 prefix names.
 *
 * `min` metadata only checks lengths and leading digits: fine here, because fictional and newly
 * issued ranges (which full validation rejects) still belong to someone in a draft.
 */

const ID = 'phone-number';
const SUGGESTION = '[number removed]';
/** Shortest national number worth reporting; emergency and short codes (999, 116 123, 13 11 14) are shorter. */
const MIN_DIGITS = 8;
/** E.164 allows 15 digits; a written form may add a trunk 0 or the 00 prefix. */
const MAX_DIGITS = 17;
/** A run this long is a digit dump (or an attack), not a phone number: skipped without parsing. */
const MAX_RUN_DIGITS = 40;
/** Parsing costs tens of microseconds; no real draft holds more numbers than this. */
const MAX_PARSES = 120;

const EXPLAIN = "This looks like someone's private phone number. Shared, it could let someone find or contact them without their say.";
const EXPLAIN_REGISTER =
  "This is the phone number of someone on your organisation's register. Shared, it could let someone find or contact them without their say.";

/**
 * Non-geographic service ranges per country calling code (national numbering plans: Ofcom
 * National Telephone Numbering Plan, ComReg, ACMA, NANPA, EETT, ARCEP, BNetzA and others):
 * freephone, shared-cost, premium and corporate numbers belong to organisations and helplines,
 * never to a private person. Tested against the national significant number.
 */
const SERVICE_RANGES: Readonly<Record<string, RegExp>> = {
  '1': /^(?:8(?:00|33|44|55|66|77|88)|900)/, // NANP toll-free and premium
  '44': /^(?:3|5[56]|70|8|9)/, // UK: 03, 055/056, 070, 08, 09
  '353': /^(?:1(?:5|8[059]0)|700|818)/, // Ireland: 1800/1850/1890, 15xx, 0700, 0818
  '61': /^(?:1[389]|500)/, // Australia: 13/1300, 1800, 19, 0500
  '64': /^(?:508|80|90)/, // New Zealand: 0508, 0800, 0900
  '30': /^(?:8|90)/, // Greece: 800/801/8xx, 90x premium
  '33': /^8/, // France: 08
  '49': /^(?:1(?:37|80)|700|800|900)/, // Germany
  '43': /^(?:8[0-2]|9)/, // Austria
  '41': /^(?:8[04]|90)/, // Switzerland
  '39': /^(?:8|1)/, // Italy: 80x, 89x and 1xx services
  '34': /^(?:80|90)/, // Spain
  '351': /^(?:70|80)/, // Portugal
  '31': /^(?:8[0-8]|90)/, // Netherlands: 0800, 084–088, 0900
  '32': /^(?:70|78|80|90)/, // Belgium
  '45': /^(?:80|90)/, // Denmark
  '46': /^(?:20|77|9)/, // Sweden
  '47': /^(?:8[0-2])/, // Norway
  '48': /^(?:70|80)/, // Poland
};

/** Words just before a number that say it is a phone number (several languages). "number" and "no." say nothing either way. */
const PHONE_CUE =
  /(?:^|[^\p{L}])(?:phone|tel|telephone|mob|mobile|cell|ring|call|calling|text|txt|sms|whats\s?app|wa|viber|signal|telegram|contact|reach|dial|τηλ|τηλέφωνο|κινητό|téléphone|tél|portable|handy|telefon|telefono|teléfono|móvil|rufnummer|رقم|هاتف|جوال|موبايل|واتساب|شماره|тел|телефон|номер|мобільний)(?![\p{L}])|[☎📞📱]/giu;

/** Words just before a number that say it is something else: accounts, registrations, references. */
const OTHER_CUE =
  /(?:^|[^\p{L}])(?:account|acct|a\/c|sort\s?code|iban|bic|swift|charity|company|registered|registration|reg|ref|reference|invoice|order|case\s+(?:no|number|ref|id)|nhs|ni|nino|passport|visa|brp|uan|card\s+(?:no|number)|policy|serial|isbn|tracking|receipt|ticket|pin|id|claim|crime|incident|born|dob|abn|acn|ein|vat)(?![\p{L}])/giu;

/**
 * Words that say whose number it is. A council's, a surgery's or a helpline's number (or "ring us")
 * is an organisation's, published on purpose; "his", "her", "ring him" make it a person's.
 */
const ORGANISATION_OWNER =
  /(?:^|[^\p{L}])(?:us|our\s+(?:new\s+|main\s+|office\s+|direct\s+)?(?:number|phone|line|mobile|whatsapp|landline|tel)|council|surgery|gp|practice|hospital|clinic|school|college|nursery|office|reception|switchboard|helpline|hotline|advice\s?line|jobcentre|home\s+office|dwp|hmrc|police|citizens\s+advice|embassy|consulate|solicitors|service|department|helpdesk|help\s?desk|enquiries|bookings?|team|group|project|club|centre|center|charity|organisation|organization)(?![\p{L}])/giu;
const PERSON_OWNER = /(?:^|[^\p{L}])(?:his|her|their|my|your|him|them|me|he|she|they|he['’]s|she['’]s|they['’]re)(?![\p{L}])/giu;

const DATE_LIKE = /^(?:\d{1,2}[./\-]\d{1,2}[./\-]\d{2,4}|\d{4}[./\-]\d{1,2}[./\-]\d{1,2})$/;
/** "2019 2020", "2025-2026": years, not a number. */
const YEARS_ONLY = /^(?:(?:19|20)\d\d[\s\-–/]*)+$/;
/** Thousands written with spaces or dots ("12 345 678", "1.200.000"): a quantity unless a cue says phone. */
const THOUSANDS = /^[1-9]\d{0,2}(?:[ .\u00a0\u202f]\d{3})+$/;

/** ASCII digits, and the Arabic-Indic, Persian and full-width digits some drafts are typed in. */
function digitValue(code: number): number {
  if (code >= 48 && code <= 57) return code - 48;
  if (code >= 0x660 && code <= 0x669) return code - 0x660;
  if (code >= 0x6f0 && code <= 0x6f9) return code - 0x6f0;
  if (code >= 0xff10 && code <= 0xff19) return code - 0xff10;
  return -1;
}

function isDigit(code: number): boolean {
  return digitValue(code) >= 0;
}

/** The same text with every digit in ASCII (one character for one, so offsets still hold). */
function asciiDigits(text: string): string {
  return text.replace(/[\u0660-\u0669\u06f0-\u06f9\uff10-\uff19]/g, (ch) => String(digitValue(ch.charCodeAt(0))));
}

function isSeparator(code: number): boolean {
  // space, no-break and thin spaces, hyphen, dot, slash, brackets
  return code === 32 || code === 0xa0 || code === 0x202f || code === 0x2009 || code === 45 || code === 46 || code === 47 || code === 40 || code === 41;
}

const LETTER = /[\p{L}\p{M}]/u;
const PART_OF_SOMETHING_ELSE = /[\p{L}\p{M}\p{N}£$€¥₹#@/\\_&=%]/u;
const WORD_CHAR = /[\p{L}\p{N}]/u;
const NUMBER_CHAR = /\p{N}/u;

/** Characters that, just before a digit run, make it part of something else: money, a code, a path, a word. */
function blockedBefore(text: string, start: number): boolean {
  if (start === 0) return false;
  const ch = text[start - 1]!;
  if (PART_OF_SOMETHING_ELSE.test(ch)) return true;
  const before = start >= 2 ? text[start - 2]! : '';
  // "RRS-2026-0417", "3,500"
  if (ch === '-' || ch === ',') return WORD_CHAR.test(before);
  // "1.5", "10:30"; but "tel.07700" and "tel:07700" are phone numbers
  if (ch === '.' || ch === ':') return NUMBER_CHAR.test(before);
  return false;
}

/** Characters just after a run that make it a quantity or part of a word: "10k", "45p", "100%", "2pm". */
function blockedAfter(text: string, end: number): boolean {
  if (end >= text.length) return false;
  const ch = text[end]!;
  if (LETTER.test(ch) || /[%£$€@_]/.test(ch)) return true;
  // "10:30", "3,500", "1.5": the run continues as a time or a decimal
  if ((ch === ':' || ch === ',' || ch === '.') && end + 1 < text.length && isDigit(text.charCodeAt(end + 1))) return true;
  return false;
}

interface Run {
  start: number;
  end: number;
  digits: number;
}

/** Where a run may start: a digit of any script digitValue reads, "+" or "(". */
const RUN_START = /[0-9+(\u0660-\u0669\u06f0-\u06f9\uff10-\uff19]/g;

/** Maximal runs of digits joined by at most two separators in a row. One pass; each character read once. */
function scanRuns(text: string): Run[] {
  const runs: Run[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    // Straight to the next digit, "+" or "(": the regex engine skips prose far faster than a loop.
    RUN_START.lastIndex = i;
    if (!RUN_START.test(text)) break;
    i = RUN_START.lastIndex - 1;
    const c = text.charCodeAt(i);
    const next = i + 1 < n ? text.charCodeAt(i + 1) : 0;
    const starts = isDigit(c) || ((c === 43 || c === 40) && (isDigit(next) || next === 43));
    if (!starts) {
      i++;
      continue;
    }
    let j = i + 1;
    let digits = isDigit(c) ? 1 : 0;
    let last = digits ? i + 1 : -1;
    let seps = 0;
    while (j < n) {
      const d = text.charCodeAt(j);
      if (isDigit(d)) {
        digits++;
        seps = 0;
        last = j + 1;
      } else if (isSeparator(d) || (d === 43 && j === i + 1)) {
        if (++seps > 2) break;
      } else break;
      j++;
    }
    if (last > 0) runs.push({ start: i, end: last, digits });
    i = j > i ? j : i + 1;
  }
  return runs;
}

/**
 * Parsing costs tens of microseconds and the analyser runs on every keystroke over much the same
 * text, so recent answers are kept (bounded; cleared when full).
 */
const parsedCache = new Map<string, PhoneNumber | null>();
const CACHE_SIZE = 256;

function parseCached(written: string, region: CountryCode | undefined): PhoneNumber | undefined {
  const key = `${region ?? ''}|${written}`;
  let parsed = parsedCache.get(key);
  if (parsed === undefined) {
    if (parsedCache.size >= CACHE_SIZE) parsedCache.clear();
    parsed = parseRun(written, region) ?? null;
    parsedCache.set(key, parsed);
  }
  return parsed ?? undefined;
}

/** The E.164 number a written run stands for, when it is written the way a phone number is. */
function parseRun(written: string, region: CountryCode | undefined): PhoneNumber | undefined {
  const s = written.replace(/\(0\)/g, ''); // "+44 (0)20 …": the trunk prefix in brackets
  const digits = s.replace(/\D/g, '');
  if (digits.length < MIN_DIGITS || digits.length > MAX_DIGITS) return undefined;
  const plus = s.indexOf('+');
  if (plus > 1 || (plus >= 0 && s.indexOf('+', plus + 1) >= 0)) return undefined;
  let international: string | undefined;
  if (plus >= 0) international = digits;
  else if (digits.startsWith('00') && digits[2] !== '0') international = digits.slice(2);
  if (international !== undefined) {
    const parsed = parsePhoneNumberFromString(`+${international}`);
    if (!parsed || !parsed.isPossible()) return undefined;
    // libphonenumber may drop or repair digits; a number written otherwise is not this number.
    return `${parsed.countryCallingCode}${parsed.nationalNumber}` === international ? parsed : undefined;
  }
  if (!region) return undefined;
  const parsed = parsePhoneNumberFromString(digits, { defaultCountry: region });
  // Seven-digit local numbers (NANP without an area code) cannot be told from other numbers.
  if (!parsed || !parsed.isPossible() || parsed.nationalNumber.length < 8) return undefined;
  // Written nationally, the digits must be the national format's (trunk prefix included): this is
  // what tells "07700 900123" from a reference number that merely has the right length.
  const national = parsed.formatNational().replace(/\D/g, '');
  if (digits === national) return parsed;
  if (parsed.countryCallingCode === '1' && digits === `1${national}`) return parsed;
  return undefined;
}

function lastCue(words: string, cue: RegExp): number {
  cue.lastIndex = 0;
  let found = -1;
  let m: RegExpExecArray | null;
  while ((m = cue.exec(words))) {
    found = m.index + m[0].length;
    if (m[0].length === 0) cue.lastIndex++;
  }
  return found;
}

/** The text just before a number, on its own line. */
function lineBefore(text: string, start: number, length: number): string {
  const words = text.slice(Math.max(0, start - length), start);
  const newline = words.lastIndexOf('\n');
  return newline >= 0 ? words.slice(newline + 1) : words;
}

/** What the words just before the number say it is: 'phone', 'other' or nothing. The nearest word decides. */
function cueBefore(words: string): 'phone' | 'other' | undefined {
  const phone = lastCue(words, PHONE_CUE);
  const other = lastCue(words, OTHER_CUE);
  if (phone < 0 && other < 0) return undefined;
  return phone >= other ? 'phone' : 'other';
}

/** Whether the nearest owner word before the number is an organisation's. */
function organisationOwns(words: string): boolean {
  const organisation = lastCue(words, ORGANISATION_OWNER);
  return organisation >= 0 && organisation > lastCue(words, PERSON_OWNER);
}

function isService(parsed: PhoneNumber): boolean {
  return SERVICE_RANGES[parsed.countryCallingCode]?.test(parsed.nationalNumber) ?? false;
}

/** Space-separated groups of a run, as [start, end) offsets into the text. */
function groupsOf(text: string, run: Run): [number, number][] {
  const groups: [number, number][] = [];
  const re = /[^\s\u00a0\u202f\u2009]+/g;
  const slice = text.slice(run.start, run.end);
  let m: RegExpExecArray | null;
  while ((m = re.exec(slice))) groups.push([run.start + m.index, run.start + m.index + m[0].length]);
  return groups;
}

export const phoneNumberRecogniser: Recogniser = {
  id: ID,
  analyse(context) {
    const { text, profile } = context;
    const out: Candidate[] = [];
    let parses = 0;

    /** Tries one span as a number; true when it parsed (even if it is then not reported). */
    const consider = (from: number, end: number): boolean => {
      const start = text[from] === '(' && !text.slice(from, end).includes(')') ? from + 1 : from;
      if (blockedBefore(text, start) || blockedAfter(text, end)) return false;
      const written = asciiDigits(text.slice(start, end));
      if (DATE_LIKE.test(written) || YEARS_ONLY.test(written)) return false;
      if ((written.match(/\//g)?.length ?? 0) > 1) return false;
      if (++parses > MAX_PARSES) return false;
      const parsed = parseCached(written, profile.region);
      if (!parsed) return false;
      if (isService(parsed) || profile.publicPhones.has(parsed.number) || belongsToRecipient(context, 't', parsed.number)) return true;
      out.push(candidate(text, start, end, written, profile.register.findPerson('t', parsed.number) !== undefined));
      return true;
    };

    for (const run of scanRuns(text)) {
      if (parses > MAX_PARSES) break;
      if (run.digits < MIN_DIGITS || run.digits > MAX_RUN_DIGITS) continue;
      if (run.digits <= MAX_DIGITS) {
        consider(run.start, run.end);
        continue;
      }
      // Too long for one number ("07700 900123 07700 900124"): its groups, greedily, longest first.
      const groups = groupsOf(text, run);
      for (let i = 0; i < groups.length; i++) {
        for (let k = Math.min(groups.length, i + 5); k > i; k--) {
          const digits = text.slice(groups[i]![0], groups[k - 1]![1]).replace(/\D/g, '').length;
          if (digits < MIN_DIGITS || digits > MAX_DIGITS) continue;
          if (consider(groups[i]![0], groups[k - 1]![1])) {
            i = k - 1;
            break;
          }
        }
      }
    }
    return out;
  },
};

function candidate(text: string, start: number, end: number, written: string, onRegister: boolean): Candidate {
  const before = lineBefore(text, start, 50);
  const cue = cueBefore(before.slice(-40));
  let likelihood: number;
  if (onRegister) likelihood = 0.97;
  else if (cue === 'other' || organisationOwns(before)) likelihood = 0.3;
  else if (THOUSANDS.test(written) && cue !== 'phone') likelihood = 0.4;
  else {
    likelihood = cue === 'phone' ? 0.85 : 0.7;
    if (written.startsWith('+') || written.startsWith('00')) likelihood += 0.05;
  }
  return {
    rule: 'contact-detail',
    start,
    end,
    likelihood,
    explanation: onRegister ? EXPLAIN_REGISTER : EXPLAIN,
    suggestion: SUGGESTION,
    recogniser: ID,
  };
}
