/**
 * Check-digit schemes of the identity numbers the personal-identifier recogniser knows. Each takes
 * the digits (and letters) already stripped of spaces and separators. A passing checksum is what
 * lets a bare number be reported without a keyword beside it; a failing one only lowers trust.
 */

function digitsOf(value: string): number[] {
  const out: number[] = [];
  for (let i = 0; i < value.length; i++) out.push(value.charCodeAt(i) - 48);
  return out;
}

/** Luhn (ISO/IEC 7812-1): payment cards, Canadian SIN, Greek AMKA. */
export function luhn(value: string): boolean {
  if (!/^\d+$/.test(value)) return false;
  let sum = 0;
  let double = false;
  for (let i = value.length - 1; i >= 0; i--) {
    let d = value.charCodeAt(i) - 48;
    if (double) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
    double = !double;
  }
  return sum % 10 === 0;
}

/** NHS number (England, Wales, Isle of Man; NHS Data Dictionary): 10 digits, modulus 11, weights 10…2. */
export function nhsNumber(value: string): boolean {
  if (!/^\d{10}$/.test(value)) return false;
  const d = digitsOf(value);
  let sum = 0;
  for (let i = 0; i < 9; i++) sum += d[i]! * (10 - i);
  const check = 11 - (sum % 11);
  if (check === 10) return false;
  return (check === 11 ? 0 : check) === d[9];
}

/** Australian Medicare card number (Services Australia): 10 digits (+ optional IRN), first 2–6, weights 1,3,7,9,1,3,7,9 mod 10. */
export function medicareNumber(value: string): boolean {
  if (!/^[2-6]\d{9,10}$/.test(value)) return false;
  const d = digitsOf(value);
  const weights = [1, 3, 7, 9, 1, 3, 7, 9];
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += d[i]! * weights[i]!;
  return sum % 10 === d[8];
}

/** Irish PPS number (Department of Social Protection): 7 digits, check letter, optional letter; mod 23. */
export function ppsNumber(value: string): boolean {
  const m = /^(\d{7})([A-W])([A-IW]?)$/i.exec(value);
  if (!m) return false;
  const d = digitsOf(m[1]!);
  let sum = 0;
  for (let i = 0; i < 7; i++) sum += d[i]! * (8 - i);
  const extra = m[3]!.toUpperCase();
  if (extra && extra !== 'W') sum += (extra.charCodeAt(0) - 64) * 9;
  const rem = sum % 23;
  const expected = rem === 0 ? 'W' : String.fromCharCode(64 + rem);
  return m[2]!.toUpperCase() === expected;
}

/** Greek AMKA (social security number, law 2084/1992 as amended): birth date DDMMYY + 5 digits, Luhn. */
export function amka(value: string): boolean {
  if (!/^\d{11}$/.test(value) || !luhn(value)) return false;
  const day = Number(value.slice(0, 2));
  const month = Number(value.slice(2, 4));
  return day >= 1 && day <= 31 && month >= 1 && month <= 12;
}

/** Greek AFM (tax registration number): 9 digits, weights 2^8…2^1, mod 11 mod 10. */
export function afm(value: string): boolean {
  if (!/^\d{9}$/.test(value) || value === '000000000') return false;
  const d = digitsOf(value);
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += d[i]! * 2 ** (8 - i);
  return (sum % 11) % 10 === d[8];
}

/** Australian tax file number (ATO): 9 digits, weights 1,4,3,7,5,8,6,9,10, mod 11. */
export function taxFileNumber(value: string): boolean {
  if (!/^\d{9}$/.test(value)) return false;
  const d = digitsOf(value);
  const weights = [1, 4, 3, 7, 5, 8, 6, 9, 10];
  let sum = 0;
  for (let i = 0; i < 9; i++) sum += d[i]! * weights[i]!;
  return sum % 11 === 0;
}

/** Canadian social insurance number (ESDC): 9 digits, Luhn; never starts with 0 or 8. */
export function socialInsuranceNumber(value: string): boolean {
  return /^[1-79]\d{8}$/.test(value) && luhn(value);
}

/**
 * US social security number structure (SSA, after 2011 randomisation): area not 000, 666 or 9xx,
 * group not 00, serial not 0000. There is no check digit.
 */
export function socialSecurityNumber(value: string): boolean {
  const m = /^(\d{3})(\d{2})(\d{4})$/.exec(value);
  if (!m) return false;
  const area = m[1]!;
  return area !== '000' && area !== '666' && area[0] !== '9' && m[2] !== '00' && m[3] !== '0000';
}

/** IBAN (ISO 13616): country, two check digits, BBAN; the rearranged number mod 97 is 1. */
export function iban(value: string): boolean {
  const v = value.toUpperCase();
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]{11,30}$/.test(v)) return false;
  const rearranged = v.slice(4) + v.slice(0, 4);
  let rem = 0;
  for (let i = 0; i < rearranged.length; i++) {
    const c = rearranged.charCodeAt(i);
    const n = c >= 65 ? c - 55 : c - 48;
    rem = n >= 10 ? (rem * 100 + n) % 97 : (rem * 10 + n) % 97;
  }
  return rem === 1;
}

/**
 * UK National Insurance number (HMRC NIM39110): two prefix letters, six digits, suffix A–D.
 * D, F, I, Q, U, V never appear in the prefix, O not second, and BG, GB, KN, NK, NT, TN, ZZ are never
 * issued. QQ is HMRC's published specimen prefix, so it is only trusted with a keyword beside it.
 */
export function nationalInsurancePrefix(prefix: string): 'valid' | 'specimen' | 'invalid' {
  const p = prefix.toUpperCase();
  if (p === 'QQ') return 'specimen';
  if (/[DFIQUV]/.test(p[0]!) || /[DFIOQUV]/.test(p[1]!)) return 'invalid';
  if (['BG', 'GB', 'KN', 'NK', 'NT', 'TN', 'ZZ'].includes(p)) return 'invalid';
  return 'valid';
}
