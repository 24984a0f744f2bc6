/**
 * The people the replicas show. Names, usernames, handles and numbers come from the sample
 * organisation profile (tests/fixtures/sample-profile.json) so that tests have children and adult
 * clients on the register, plus strangers who are not on it. Keep the two in step.
 */

export const SIGNED_IN = { name: 'Sam Taylor', first: 'Sam' } as const;

export type RegisterKind = 'child' | 'client' | 'stranger' | 'organisation' | 'self';

/** Register people (kind as in the profile; minors flagged for readability only). */
export const PEOPLE = {
  bilal: { name: 'Bilal Ahmadzai', kind: 'child', facebook: 'bilal.ahmadzai.09', x: 'bilal_az09', phone: '+447700900112' },
  katya: { name: 'Kateryna Petrenko', facebookName: 'Katya Petrenko', kind: 'child', facebook: 'katya.p.2011', phone: '+447700900115' },
  omar: { name: 'Omar Al-Khatib', kind: 'child', x: 'omar_k_2012', phone: '+447700900103' },
  hope: { name: 'Hope Barker', kind: 'child', phone: '+447700900121' },
  shirin: { name: 'Shirin Rahimi', kind: 'client', facebook: 'shirin.rahimi.91', x: 'shirin_r91' },
  olena: { name: 'Olena Petrenko', kind: 'client', facebook: 'olena.petrenko.kharkiv', phone: '+447700900114' },
  hamid: { name: 'Hamid Noorzai', kind: 'client', facebook: 'hamid.noorzai.07', x: 'hamid_nz' },
  dawit: { name: 'Dawit Tesfaye', kind: 'client', facebook: 'dawit.tesfaye.96' },
  farid: { name: 'Farid Ahmadzai', kind: 'client', x: 'farid_ahmadzai' },
  // Not on the register.
  jamie: { name: 'Jamie Collins', kind: 'stranger', facebook: 'jamie.collins.77', x: 'jamiecollins', phone: '+447700900901' },
  priya: { name: 'Priya Shah', kind: 'stranger', facebook: 'priya.shah.5' },
  alex: { name: 'Alex Morgan', kind: 'stranger', facebook: 'alex.morgan.31' },
} as const;

/** `+447700900115` → `+44 7700 900115`, the way WhatsApp prints UK mobiles; others get `+digits`. */
export function formatPhone(e164: string): string {
  const digits = e164.replace(/\D/g, '');
  if (digits.length === 12 && digits.startsWith('447')) return `+44 ${digits.slice(2, 6)} ${digits.slice(6)}`;
  return `+${digits}`;
}

/** Digits of a typed number in international form; a leading 0 is read as a UK number. */
export function phoneDigits(typed: string): string {
  let digits = typed.replace(/\D/g, '');
  if (typed.trim().startsWith('00')) digits = digits.slice(2);
  else if (digits.startsWith('0')) digits = `44${digits.slice(1)}`;
  return digits;
}
