import type { CountryCode } from 'libphonenumber-js/min';
import {
  afm, amka, iban, luhn, medicareNumber, nationalInsurancePrefix, nhsNumber, ppsNumber, socialInsuranceNumber,
  socialSecurityNumber, taxFileNumber,
} from './checksums';
import type { IdentifierKind } from './triggers';

/**
 * Identifier formats that can be recognised from their shape (and check digit) alone. Each
 * pattern is a global regex of bounded, unambiguous parts, so it runs in linear time; `judge`
 * returns a likelihood, or undefined when the match is not this scheme after all.
 */
export interface Scheme {
  kind: IdentifierKind;
  pattern: RegExp;
  judge(match: RegExpExecArray, evidence: Evidence): number | undefined;
}

export interface Evidence {
  /** A specific keyword ("NHS", "passport") close before the match. */
  keyword: boolean;
  /** What that keyword names. */
  keywordKind: IdentifierKind | undefined;
  region: CountryCode | undefined;
  /** Words of a registered charity, a donation or an order near the match. */
  organisational: boolean;
}

const strip = (s: string) => s.replace(/[\s\-/#.]/g, '');
const UK_REGIONS = new Set(['GB', 'IM', 'JE', 'GG']);

export const SCHEMES: readonly Scheme[] = [
  {
    // UK National Insurance number (HMRC NIM39110): "QQ 12 34 56 C".
    kind: 'national',
    pattern: /(?<![\p{L}\p{N}])([A-Z]{2}) ?(\d{2}) ?(\d{2}) ?(\d{2}) ?([A-D])?(?![\p{L}\p{N}])/gu,
    judge(m, e) {
      const prefix = nationalInsurancePrefix(m[1]!);
      if (e.keywordKind === 'national') return prefix === 'invalid' ? 0.8 : 0.92;
      // Without its suffix letter, two letters and six digits is also a passport or card number.
      if (m[5] === undefined) return undefined;
      return prefix === 'valid' ? 0.85 : prefix === 'specimen' ? 0.7 : undefined;
    },
  },
  {
    // UK Visas and Immigration GWF application reference: "GWF" + 9 digits.
    kind: 'immigration',
    pattern: /(?<![\p{L}\p{N}])GWF ?\d{9}(?!\d)/giu,
    judge: () => 0.95,
  },
  {
    // UK First-tier Tribunal (Immigration and Asylum Chamber) appeal numbers: "PA/01234/2024".
    kind: 'immigration',
    pattern: /(?<![\p{L}\p{N}])(?:PA|HU|EA|RP|DA|DC|IA|AA|OA|VA|LP|LH|JR|UI|EU)\/\d{5}\/\d{4}(?!\d)/gu,
    judge: () => 0.88,
  },
  {
    // USCIS receipt numbers: service-centre code + 10 digits ("EAC2190012345").
    kind: 'immigration',
    pattern: /(?<![\p{L}\p{N}])(?:EAC|WAC|LIN|SRC|NBC|MSC|IOE|YSC|TSC|VSC|NSC|CSC)\d{10}(?!\d)/gu,
    judge: () => 0.9,
  },
  {
    // US alien registration number (A-Number): "A" + 8 or 9 digits, "A-123-456-789".
    kind: 'immigration',
    // The literal comes first and the boundary is checked behind it, so the scan can skip to each "A".
    pattern: /A(?<![\p{L}\p{N}]A)[-#]?(\d{3})[- ]?(\d{3})[- ]?(\d{2,3})(?![\p{L}\p{N}])/gu,
    judge: (_m, e) => (e.keyword ? 0.92 : 0.75),
  },
  {
    // US social security number (SSA): "123-45-6789"; spaced only with a keyword.
    kind: 'national',
    pattern: /(?<![\d-])(\d{3})([- ])(\d{2})\2(\d{4})(?![\d-])/gu,
    judge(m, e) {
      if (!socialSecurityNumber(m[1]! + m[3]! + m[4]!)) return e.keyword ? 0.8 : undefined;
      if (e.keyword) return 0.95;
      return m[2] === '-' ? 0.8 : undefined;
    },
  },
  {
    // IBAN (ISO 13616), grouped in fours or not. A person's account is private; an organisation's
    // account for gifts is published on purpose.
    kind: 'bank',
    pattern: /(?<![\p{L}\p{N}])[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,3})?(?![\p{L}\p{N}])/gu,
    judge(m, e) {
      if (!iban(strip(m[0]))) return undefined;
      return e.organisational ? 0.3 : e.keyword ? 0.75 : 0.6;
    },
  },
  {
    // 16 digits in fours: a payment card (ISO/IEC 7812, Luhn) or a UK visa UAN ("3434-0187-2256-9011").
    kind: 'generic',
    pattern: /(?<![\d-])\d{4}([- ])\d{4}\1\d{4}\1\d{4}(?![\d-])/gu,
    judge: (_m, e) => (e.keyword ? 0.92 : e.organisational ? 0.4 : 0.8),
  },
  {
    // NHS number (NHS Data Dictionary): 10 digits, written 3-3-4, modulus 11.
    kind: 'health',
    pattern: /(?<![\d-])([1-9]\d{2})([ -]?)(\d{3})\2(\d{4})(?![\d-])/gu,
    judge(m, e) {
      if (!nhsNumber(m[1]! + m[3]! + m[4]!)) return undefined;
      if (e.keyword) return 0.95;
      // Alone, only as the NHS itself prints it (3 3 4 with spaces), in a UK profile.
      return m[2] === ' ' && UK_REGIONS.has(e.region ?? '') ? 0.6 : undefined;
    },
  },
  {
    // Australian Medicare card number (Services Australia): "2123 45670 1", check digit 9th.
    kind: 'health',
    pattern: /(?<!\d)([2-6]\d{3}) ?(\d{5}) ?(\d)(?:[ \-/]?(\d))?(?!\d)/gu,
    judge(m, e) {
      if (!medicareNumber(m[1]! + m[2]! + m[3]!)) return undefined;
      if (e.keyword) return 0.95;
      return e.region === 'AU' && m[0].includes(' ') ? 0.65 : undefined;
    },
  },
  {
    // Irish PPS number (Department of Social Protection): 7 digits + check letter (+ letter).
    kind: 'national',
    pattern: /(?<![\p{L}\p{N}])(\d{7}) ?([A-W])([A-IW]?)(?![\p{L}\p{N}])/gu,
    judge(m, e) {
      if (!ppsNumber(m[1]! + m[2]! + m[3]!)) return e.keyword ? 0.8 : undefined;
      return e.keyword ? 0.95 : 0.8;
    },
  },
  {
    // Greek AMKA (ΑΜΚΑ): birth date DDMMYY + 5 digits, Luhn.
    kind: 'health',
    pattern: /(?<![\d-])\d{11}(?![\d-])/gu,
    judge(m, e) {
      if (!amka(m[0])) return undefined;
      if (e.keyword) return 0.95;
      return e.region === 'GR' ? 0.65 : undefined;
    },
  },
  {
    // Nine digits: Canadian SIN (Luhn), Australian TFN (mod 11) or Greek AFM (ΑΦΜ, mod 11 powers of 2).
    kind: 'national',
    pattern: /(?<![\d-])(\d{3})([ -]?)(\d{3})\2(\d{3})(?![\d-])/gu,
    judge(m, e) {
      const digits = m[1]! + m[3]! + m[4]!;
      if (e.keyword && afm(digits) && e.organisational) return 0.35; // a charity's published tax number
      if (e.keyword) return socialInsuranceNumber(digits) || taxFileNumber(digits) || afm(digits) ? 0.92 : undefined;
      return e.region === 'CA' && m[2] && socialInsuranceNumber(digits) ? 0.65 : undefined;
    },
  },
  {
    // Australian Centrelink customer reference number: 9 digits + letter, only beside its name.
    kind: 'national',
    pattern: /(?<!\d)\d{3} ?\d{3} ?\d{3}[A-Z](?![\p{L}\p{N}])/gu,
    judge: (_m, e) => (e.keyword ? 0.9 : undefined),
  },
  {
    // Contiguous 16-digit card numbers only when Luhn holds.
    kind: 'bank',
    pattern: /(?<![\d-])\d{16}(?![\d-])/gu,
    judge: (m, e) => (luhn(m[0]) && !e.organisational ? 0.7 : undefined),
  },
];
