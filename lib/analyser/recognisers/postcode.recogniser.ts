import { isCommonWord } from '../text/normalise';
import type { Token } from '../text/tokenise';
import type { Candidate, Recogniser } from '../types';
import { CALENDAR_WORDS, QUANTITY_WORDS } from '../rules/address-cues';
import {
  AU_STATE_CODES,
  AU_STATE_NAMES,
  CEPT_PREFIXES,
  FIVE_DIGIT_REGIONS,
  IRISH_CONTEXT,
  POSTCODE_KEYWORDS,
  US_STATE_CODES,
  UK_POSTCODE_AREAS,
  US_STATE_NAMES,
} from '../rules/address-postal';
import { MAX_ADDRESSES, addressScan, findAddresses, type AddressScan, type AddressSpan } from './street-address.recogniser';

/**
 * Full postcodes (rule `location`). A partial code ("HD2", "D02") names a district, not a home,
 * and is never a finding. Codes with letters in them (UK, Ireland, Canada, the Netherlands) are
 * recognised by their official shape; all-digit codes (US, Australia, Greece, Germany, France,
 * Spain, Italy …) only with what makes a number a postcode: a state, "Τ.Κ."/"ZIP"/"PLZ", a
 * street address just before, or a town just after in an address layout.
 *
 * Token-based like the street-address recogniser: a postcode is one or two words, so each start
 * looks at a fixed number of words around it and the cost stays linear.
 */

const ID = 'postcode';
const EXPLANATION =
  'This looks like a full postcode, which can point to just a handful of homes. Naming the wider area is safer.';

// UK: BS 7666 / UK Government Data Standards Catalogue postcode pattern (Royal Mail PAF).
// Outward code A9, A99, AA9, AA99, A9A, AA9A with the letters each position may hold; inward
// code 9AA without C, I, K, M, O, V.
const UK_OUTWARD = /^(?:[A-PR-UWYZ]\d{1,2}|[A-PR-UWYZ][A-HK-Y]\d{1,2}|[A-PR-UWYZ]\d[A-HJKPSTUW]|[A-PR-UWYZ][A-HK-Y]\d[ABEHMNPRVWXY])$/;
const UK_INWARD = /^\d[ABD-HJLNP-UW-Z]{2}$/;
const UK_JOINED = /^(?:[A-PR-UWYZ]\d{1,2}|[A-PR-UWYZ][A-HK-Y]\d{1,2}|[A-PR-UWYZ]\d[A-HJKPSTUW]|[A-PR-UWYZ][A-HK-Y]\d[ABEHMNPRVWXY])\d[ABD-HJLNP-UW-Z]{2}$/;

// Ireland: Eircode (Eircode Address Database specification): a routing key of a letter and two
// digits (or D6W) and a unique identifier of four characters, letters from a reduced set.
const EIR_KEY = /^(?:[AC-FHKNPRTV-Y]\d{2}|D6W)$/;
const EIR_ID = /^[0-9AC-FHKNPRTV-Y]{4}$/;
const EIR_JOINED = /^(?:[AC-FHKNPRTV-Y]\d{2}|D6W)[0-9AC-FHKNPRTV-Y]{4}$/;

// Canada: Canada Post, "A9A 9A9"; no D, F, I, O, Q, U anywhere, and no W or Z first.
const CA_FSA = /^[ABCEGHJ-NPRSTVXY]\d[ABCEGHJ-NPRSTV-Z]$/;
const CA_LDU = /^\d[ABCEGHJ-NPRSTV-Z]\d$/;
const CA_JOINED = /^[ABCEGHJ-NPRSTVXY]\d[ABCEGHJ-NPRSTV-Z][-‐]?\d[ABCEGHJ-NPRSTV-Z]\d$/;

// Netherlands: PostNL, "1234 AB": four digits not starting 0, two letters, never SA, SD or SS
// (and F, I, O, Q, U, Y unused). Pairs that are usually units or times are left out.
const NL_LETTERS = /^[A-EGHJ-NPRSTVWXZ]{2}$/;
const NL_JOINED = /^[1-9]\d{3}[A-EGHJ-NPRSTVWXZ]{2}$/;
const NL_NOT = new Set(['SA', 'SD', 'SS', 'AM', 'PM', 'AD', 'BC', 'KM', 'KG', 'CM', 'MM', 'ML', 'MB', 'GB', 'KB', 'HP', 'KW', 'MW', 'CC', 'TB', 'HD']);

const CEPT = /^([A-Z]{1,3})[-‐](\d{4,5})$/;
const ZIP4 = /^\d{5}[-‐]\d{4}$/;
const SPACE = /^[ \u00a0\u202f]{1,2}$/;
const LIST_GAP = /^,?[ \u00a0\u202f]{1,2}$/;

/** Countries whose four-digit codes come before the town ("1010 Wien", "8001 Zürich", "1000 Bruxelles"). */
const FOUR_DIGIT_REGIONS = new Set(['AT', 'CH', 'BE', 'DK', 'NO', 'HU', 'LU', 'NL']);

export interface PostcodeMatch {
  firstToken: number;
  lastToken: number;
  likelihood: number;
}

export interface PostcodeOptions {
  /** A street address ends just before (so bare four- and five-digit numbers are postcodes). */
  afterAddress?: boolean;
  /** The organisation's region (CompiledProfile.region). */
  region?: string;
}

/** The postcode area: the letters the outward code starts with ("HD" of "HD2"), which must exist. */
const ukArea = (outward: string) => UK_POSTCODE_AREAS.has(/^[A-Z]+/.exec(outward)?.[0] ?? '');

const upper = (s: string) => s === s.toUpperCase();
const lower = (s: string) => s === s.toLowerCase();

/** Both parts in one case: "HD2 1PL" or "hd2 1pl", not "M62 1st". */
function sameCase(a: string, b: string): boolean {
  return (upper(a) && upper(b)) || (lower(a) && lower(b));
}

/** A capitalised town word after a postcode ("10115 Berlin", "105 63 Αθήνα"), not "2000 People". */
function townAfter(scan: AddressScan, last: number): Token | undefined {
  const w = scan.tokens[last + 1];
  if (!w || !SPACE.test(scan.gap(last + 1)) || w.numeric) return undefined;
  if (!(w.capitalised || w.allCaps) || CALENDAR_WORDS.has(w.key) || QUANTITY_WORDS.has(w.key)) return undefined;
  return w;
}

/** The town ends its line or clause: the layout of an address block. */
function endsClause(scan: AddressScan, last: number): boolean {
  const g = scan.gap(last + 1);
  return last + 1 >= scan.tokens.length || /^\s*[\n,.;!)]/.test(g) || g.length > 12;
}

/** Starts a line or follows a comma: the layout of an address block. */
function startsClause(scan: AddressScan, i: number): boolean {
  const g = scan.gap(i);
  return i === 0 || /[\n,(:]\s*$/.test(g) || g.length > 12;
}

/** "ZIP 10001", "PLZ 10115", "zip code 90210", "Τ.Κ. 105 63", "TK 10563". */
function keywordBefore(scan: AddressScan, i: number): boolean {
  const t = scan.tokens;
  const a = t[i - 1];
  const b = t[i - 2];
  if (!a || scan.gap(i).length > 4) return false;
  if (POSTCODE_KEYWORDS.has(a.key)) return true;
  if (a.key === 'code' && b && (b.key === 'zip' || b.key === 'postal')) return true;
  // Τ.Κ. (ταχυδρομικός κώδικας), T.K.
  return a.key === 'k' && b?.key === 't' && /\./.test(scan.gap(i - 1) + scan.gap(i));
}

/** "Springfield, IL 62704", "Sydney NSW 2000", "Austin, Texas 78701": the state before. */
function stateBefore(scan: AddressScan, i: number, digits: number, afterAddress: boolean): boolean {
  const t = scan.tokens;
  const s = t[i - 1];
  if (!s || !LIST_GAP.test(scan.gap(i))) return false;
  const codes = digits === 5 ? US_STATE_CODES : AU_STATE_CODES;
  const names = digits === 5 ? US_STATE_NAMES : AU_STATE_NAMES;
  if ((s.allCaps || s.capitalised) && s.text.length <= 3 && codes.has(s.text)) {
    const town = t[i - 2];
    // "IL 62704" after a town or a comma, or on its own; in capitals-only text ("CALL IN 46204")
    // a state code proves little.
    if (afterAddress || /,/.test(scan.gap(i - 1)) || s.text.length === 3 || !town) return true;
    return town.capitalised || (!town.allCaps && /\n/.test(scan.gap(i - 1)));
  }
  if (!s.capitalised) return false;
  for (let n = 1; n <= 3 && i - n >= 0; n++) {
    let key = '';
    for (let k = i - n; k < i; k++) key += t[k]!.key;
    if (names.has(key)) return afterAddress || /,\s*$/.test(scan.gap(i - n));
  }
  return false;
}

/**
 * The postcode starting at token i, if there is one. Exported for the street-address
 * recogniser, which extends an address over the postcode that follows it.
 */
export function matchPostcodeAt(scan: AddressScan, i: number, options: PostcodeOptions = {}): PostcodeMatch | null {
  const t = scan.tokens;
  const a = t[i];
  if (!a || a.text.length > 12) return null;
  // All-digit codes have three, four or five digits ("105 63", "2000", "10115").
  if (a.numeric && (a.text.length < 3 || a.text.length > 5)) return null;
  const before = scan.gap(i);
  // Inside a URL, an email, a handle or a reference ("site.example/HD2", "#HD2").
  if (i > 0 && before.length === 1 && '@#/.-_'.includes(before)) return null;
  const b = t[i + 1];
  const spaced = !!b && b.text.length <= 4 && SPACE.test(scan.gap(i + 1));
  return a.numeric ? numericCodeAt(scan, i, spaced, options) : lettersCodeAt(scan, i, spaced, options);
}

/** Codes with letters: UK, Ireland, Canada, the Netherlands written joined, CEPT ("D-10115"), ZIP+4. */
function lettersCodeAt(scan: AddressScan, i: number, spaced: boolean, options: PostcodeOptions): PostcodeMatch | null {
  const t = scan.tokens;
  const a = t[i]!;
  const b = t[i + 1];
  const afterAddress = !!options.afterAddress;
  const A = a.text.toUpperCase();
  const B = spaced ? b!.text.toUpperCase() : '';

  // UK (with space), GIR 0AA, BFPO.
  if (spaced && sameCase(a.text, b!.text)) {
    if (UK_OUTWARD.test(A) && UK_INWARD.test(B) && ukArea(A)) {
      // Lower case: not an ordinal or a time ("m62 1st", "m1 2am").
      if (lower(a.text) && /^\d(?:st|nd|rd|th|am|pm)$/.test(b!.text)) return null;
      return { firstToken: i, lastToken: i + 1, likelihood: upper(a.text) || afterAddress ? 0.9 : 0.75 };
    }
    if (A === 'GIR' && B === '0AA') return { firstToken: i, lastToken: i + 1, likelihood: 0.9 };
  }
  if (A === 'BFPO' && spaced && /^\d{1,4}$/.test(b!.text)) return { firstToken: i, lastToken: i + 1, likelihood: 0.85 };
  if (upper(a.text) && UK_JOINED.test(a.text) && ukArea(a.text)) return { firstToken: i, lastToken: i, likelihood: afterAddress ? 0.9 : 0.75 };

  // Ireland (Eircode).
  if (spaced && sameCase(a.text, b!.text) && EIR_KEY.test(A) && EIR_ID.test(B)) {
    const irish = options.region === 'IE' || afterAddress || nearIrishWord(scan, i);
    if (/[A-Z]/.test(B) || irish) return { firstToken: i, lastToken: i + 1, likelihood: upper(a.text) || irish ? 0.9 : 0.75 };
  }
  if (upper(a.text) && EIR_JOINED.test(a.text) && /[A-Z]/.test(a.text.slice(3)) && /\d/.test(a.text.slice(3))) {
    return { firstToken: i, lastToken: i, likelihood: 0.8 };
  }

  // Canada.
  if (spaced && sameCase(a.text, b!.text) && CA_FSA.test(A) && CA_LDU.test(B)) {
    return { firstToken: i, lastToken: i + 1, likelihood: upper(a.text) || afterAddress ? 0.9 : 0.75 };
  }
  if (upper(a.text) && CA_JOINED.test(a.text)) return { firstToken: i, lastToken: i, likelihood: 0.8 };

  // Netherlands, written joined ("1017AB").
  if (NL_JOINED.test(a.text) && !NL_NOT.has(a.text.slice(4))) {
    if (afterAddress || keywordBefore(scan, i)) return { firstToken: i, lastToken: i, likelihood: 0.85 };
    if (townAfter(scan, i) || options.region === 'NL') return { firstToken: i, lastToken: i, likelihood: 0.75 };
  }

  // "D-10115 Berlin", "F-75001 Paris", "A-1010 Wien" (CEPT country letters).
  const cept = CEPT.exec(a.text);
  if (cept && CEPT_PREFIXES.has(cept[1]!) && (afterAddress || townAfter(scan, i))) return { firstToken: i, lastToken: i, likelihood: 0.85 };

  // US ZIP+4 ("62704-1234").
  if (ZIP4.test(a.text) && (afterAddress || keywordBefore(scan, i) || stateBefore(scan, i, 5, afterAddress))) {
    return { firstToken: i, lastToken: i, likelihood: 0.85 };
  }
  return null;
}

/** All-digit codes: the Netherlands ("3541 CK"), "105 63", five digits, four digits. */
function numericCodeAt(scan: AddressScan, i: number, spaced: boolean, options: PostcodeOptions): PostcodeMatch | null {
  const t = scan.tokens;
  const a = t[i]!;
  const b = t[i + 1];
  const afterAddress = !!options.afterAddress;
  const before = scan.gap(i);

  // Netherlands.
  if (spaced && a.text.length === 4 && a.text.charCodeAt(0) !== 0x30 && NL_LETTERS.test(b!.text) && !NL_NOT.has(b!.text)) {
    if (afterAddress || keywordBefore(scan, i)) return { firstToken: i, lastToken: i + 1, likelihood: 0.85 };
    if (townAfter(scan, i + 1) || options.region === 'NL') return { firstToken: i, lastToken: i + 1, likelihood: 0.75 };
  }

  // "105 63" (Greece; also Sweden, Czechia, Slovakia).
  if (spaced && a.text.length === 3 && b!.numeric && b!.text.length === 2 && a.text.charCodeAt(0) !== 0x30) {
    const last = i + 1;
    if (afterAddress || keywordBefore(scan, i)) return { firstToken: i, lastToken: last, likelihood: 0.85 };
    const town = townAfter(scan, last);
    if (town && town.nonLatin && /^[1-8]/.test(a.text) && /\p{Script=Greek}/u.test(town.text)) return { firstToken: i, lastToken: last, likelihood: 0.85 };
    if (town && startsClause(scan, i) && ['GR', 'SE', 'CZ', 'SK'].includes(options.region ?? '')) return { firstToken: i, lastToken: last, likelihood: 0.75 };
  }

  // Five digits (US ZIP; Germany, France, Spain, Italy, Greece …).
  if (a.text.length === 5) {
    if (afterAddress || keywordBefore(scan, i) || stateBefore(scan, i, 5, afterAddress)) return { firstToken: i, lastToken: i, likelihood: 0.85 };
    const town = townAfter(scan, i);
    // "10563 Αθήνα": a Greek town after a Greek code.
    if (town && /\p{Script=Greek}/u.test(town.text) && /^[1-8]/.test(a.text)) return { firstToken: i, lastToken: i, likelihood: 0.8 };
    // "10115 Berlin" on a line of its own, where the organisation works with five-digit codes.
    if (town && FIVE_DIGIT_REGIONS.has(options.region ?? '') && startsClause(scan, i) && endsClause(scan, i + 1)) {
      return { firstToken: i, lastToken: i, likelihood: 0.6 };
    }
    return null;
  }

  // Four digits (Australia after a state; Austria, Switzerland, Belgium, Denmark, Norway …).
  if (a.text.length === 4) {
    if (afterAddress || keywordBefore(scan, i) || stateBefore(scan, i, 4, afterAddress)) return { firstToken: i, lastToken: i, likelihood: 0.85 };
    const n = Number(a.text);
    if (options.region === 'AU' && !(n >= 1900 && n <= 2099)) {
      // "Parramatta 2150": a suburb name before, nothing after.
      const suburb = t[i - 1];
      if (suburb && SPACE.test(before) && suburb.capitalised && !CALENDAR_WORDS.has(suburb.key) && !isCommonWord(suburb.key) && endsClause(scan, i)) {
        return { firstToken: i, lastToken: i, likelihood: 0.6 };
      }
    }
    const town = townAfter(scan, i);
    if (town && FOUR_DIGIT_REGIONS.has(options.region ?? '') && startsClause(scan, i) && endsClause(scan, i + 1) && !(n >= 1900 && n <= 2099)) {
      return { firstToken: i, lastToken: i, likelihood: 0.6 };
    }
  }
  return null;
}

function nearIrishWord(scan: AddressScan, i: number): boolean {
  for (let k = Math.max(0, i - 4); k < i; k++) if (IRISH_CONTEXT.has(scan.tokens[k]!.key)) return true;
  return false;
}

/**
 * The address a postcode at token i belongs to: one that contains it after the street, or ends
 * at most a town or two before it. `from` is the first address still worth checking (addresses
 * are in text order, and tokens are visited in order, so the whole walk stays linear).
 */
function addressFor(scan: AddressScan, addresses: readonly AddressSpan[], i: number, from: { index: number }): AddressSpan | undefined {
  const t = scan.tokens;
  while (from.index < addresses.length && addresses[from.index]!.lastToken < i - 5) from.index++;
  for (let n = from.index; n < addresses.length; n++) {
    const a = addresses[n]!;
    if (a.firstToken > i) break;
    if (a.kind !== 'address') continue;
    if (a.firstToken <= i && i <= a.streetEnd) return undefined; // the house number itself
    if (i <= a.lastToken) return a;
    let ok = true;
    for (let k = a.lastToken + 1; k <= i && ok; k++) {
      const g = scan.gap(k);
      ok = /^[\s,.]{1,5}$/.test(g) && (g.match(/\n/g)?.length ?? 0) <= 1 && (k === i || t[k]!.capitalised || t[k]!.allCaps);
    }
    if (ok) return a;
  }
  return undefined;
}

/** Could token i start a postcode at all? (A digit in its first four characters, or GIR / BFPO.) */
function mayStartPostcode(t: Token): boolean {
  const s = t.text;
  if (s.length > 12) return false;
  for (let k = 0; k < 4 && k < s.length; k++) {
    const c = s.charCodeAt(k);
    if (c >= 0x30 && c <= 0x39) return true;
  }
  return t.key === 'gir' || t.key === 'bfpo';
}

const NEAR = new Set(['near', 'in', 'around', 'round', 'nr', 'within']);

export const postcodeRecogniser: Recogniser = {
  id: ID,
  analyse(context): Candidate[] {
    const scan = addressScan(context);
    const addresses = findAddresses(context);
    const region = context.profile?.region;
    const t = scan.tokens;
    const out: Candidate[] = [];
    const from = { index: 0 };
    for (let i = 0; i < t.length && out.length < MAX_ADDRESSES; i++) {
      const tok = t[i]!;
      if (!mayStartPostcode(tok)) continue;
      const address = addressFor(scan, addresses, i, from);
      const m = matchPostcodeAt(scan, i, { region, afterAddress: !!address });
      if (!m) continue;
      const publicPlace = !!address?.publicPlace;
      const prev = t[i - 1];
      out.push({
        rule: 'location',
        start: tok.start,
        end: t[m.lastToken]!.end,
        likelihood: publicPlace ? Math.min(m.likelihood, 0.3) : m.likelihood,
        explanation: EXPLANATION,
        suggestion: prev && NEAR.has(prev.key) ? 'our area' : '[postcode removed]',
        recogniser: ID,
      });
      i = m.lastToken;
    }
    return out.filter((c) => c.likelihood >= 0.5);
  },
};
