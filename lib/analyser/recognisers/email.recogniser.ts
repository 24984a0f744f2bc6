import type { Candidate, Recogniser } from '../types';
import { belongsToRecipient } from './identifiers/recipient';

/**
 * Private email addresses. The scan starts from each "@" and reads outwards a bounded number of
 * characters (RFC 5321: local part ≤ 64, domain ≤ 253), so a draft of 100,000 "@" or letters costs
 * linear time; a global regex with a greedy local part would rescan the same letters from every
 * start position. Written-out forms ("name [at] mail [dot] com") are recognised the same way.
 */

const ID = 'email';
const SUGGESTION = '[email removed]';
const MAX_LOCAL = 64;
const MAX_DOMAIN = 253;
/** No real draft holds more; the cap keeps the engine's overlap resolution cheap on pathological input. */
const MAX_FOUND = 100;

const EXPLAIN = "This looks like someone's private email address. Shared, it could let someone find or contact them without their say.";
const EXPLAIN_REGISTER =
  "This is the email address of someone on your organisation's register. Shared, it could let someone find or contact them without their say.";

/**
 * Role mailboxes (RFC 2142 and common practice) name an office, not a person: "info@", "enquiries@".
 * Only trusted on the organisation's own domain or as the whole local part elsewhere.
 */
const ROLE_LOCAL = new Set([
  'info', 'hello', 'hi', 'contact', 'contactus', 'enquiries', 'enquiry', 'inquiries', 'admin', 'office', 'support', 'help',
  'helpline', 'team', 'donations', 'donate', 'fundraising', 'press', 'media', 'comms', 'news', 'noreply', 'no-reply',
  'jobs', 'careers', 'recruitment', 'volunteer', 'volunteers', 'volunteering', 'events', 'bookings', 'booking',
  'reception', 'mail', 'general', 'hr', 'finance', 'accounts', 'membership', 'referrals', 'referral', 'intake',
  'advice', 'safeguarding', 'youth', 'services', 'community', 'partnerships', 'feedback', 'complaints', 'webmaster',
  'postmaster', 'abuse', 'privacy', 'dpo', 'legal', 'sales', 'shop', 'welcome',
]);

function isLocalChar(code: number): boolean {
  return (
    (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57) ||
    code === 46 || code === 95 || code === 37 || code === 43 || code === 45 || code === 39 ||
    (code >= 0xc0 && code <= 0x24f) // Latin letters with diacritics (RFC 6531 addresses)
  );
}

function isDomainChar(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57) || code === 46 || code === 45 || (code >= 0xc0 && code <= 0x24f);
}

const LABEL = /^[\p{L}\p{N}](?:[\p{L}\p{N}-]{0,61}[\p{L}\p{N}])?$/u;
const TLD = /^\p{L}{2,24}$/u;

/** A domain with at least one dot and an alphabetic top-level label ("mail.example", "nhs.net"). */
function validDomain(domain: string): boolean {
  const labels = domain.split('.');
  if (labels.length < 2) return false;
  if (!TLD.test(labels[labels.length - 1]!)) return false;
  return labels.every((l) => LABEL.test(l));
}

interface Address {
  start: number;
  end: number;
  value: string;
}

/** Addresses written normally: from each "@", bounded reads left and right. */
function plainAddresses(text: string): Address[] {
  const out: Address[] = [];
  let floor = 0; // a local part never reaches back into the previous address
  for (let at = text.indexOf('@'); at >= 0; at = text.indexOf('@', at + 1)) {
    let s = at;
    while (s > floor && at - s < MAX_LOCAL && isLocalChar(text.charCodeAt(s - 1))) s--;
    if (s > floor && at - s >= MAX_LOCAL && isLocalChar(text.charCodeAt(s - 1))) continue; // longer than any local part
    let e = at + 1;
    while (e < text.length && e - at - 1 < MAX_DOMAIN && isDomainChar(text.charCodeAt(e))) e++;
    // Trailing dots and hyphens are the sentence's, not the address's ("…@mail.example.").
    while (e > at + 1 && (text[e - 1] === '.' || text[e - 1] === '-')) e--;
    while (s < at && (text[s] === '.' || text[s] === "'")) s++;
    // Cheap checks first: a local part, and a top-level label of two or more characters.
    let dot = e - 1;
    while (dot > at && text[dot] !== '.') dot--;
    if (s === at || dot <= at + 1 || e - dot - 1 < 2) continue;
    const local = text.slice(s, at);
    const domain = text.slice(at + 1, e);
    if (local.endsWith('.') || local.includes('..') || !validDomain(domain)) continue;
    out.push({ start: s, end: e, value: `${local}@${domain}`.toLowerCase() });
    if (out.length >= MAX_FOUND) break;
    floor = e;
  }
  return out;
}

/** The at-sign written out in brackets: "amina.h [at] mail [dot] example", "amina.h (at) mail.example". */
const WRITTEN_AT = /\s?[[(]\s?at\s?[\])]\s?/gi;
/** The domain after a written-out at-sign, read from a fixed point with bounded classes. */
const WRITTEN_DOMAIN = /[A-Za-z0-9-]{1,63}(?:\s?(?:[[(]\s?dot\s?[\])]|\.)\s?[A-Za-z0-9-]{1,63}){1,4}/y;
const WRITTEN_DOT = /\s?(?:[[(]\s?dot\s?[\])]|\.)\s?/gi;

function writtenAddresses(text: string): Address[] {
  const out: Address[] = [];
  WRITTEN_AT.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = WRITTEN_AT.exec(text))) {
    let s = m.index;
    while (s > 0 && m.index - s < MAX_LOCAL && isLocalChar(text.charCodeAt(s - 1))) s--;
    if (s === m.index) continue;
    WRITTEN_DOMAIN.lastIndex = m.index + m[0].length;
    const d = WRITTEN_DOMAIN.exec(text);
    if (!d) continue;
    const domain = d[0].replace(WRITTEN_DOT, '.');
    if (!validDomain(domain)) continue;
    out.push({ start: s, end: d.index + d[0].length, value: `${text.slice(s, m.index)}@${domain}`.toLowerCase() });
    WRITTEN_AT.lastIndex = d.index + d[0].length;
    if (out.length >= MAX_FOUND) break;
  }
  return out;
}

/**
 * Public institutions' domains (health services, government, police, schools and universities):
 * an address there is someone's work inbox, reachable through the institution anyway.
 */
const INSTITUTION = /(?:^|\.)(?:nhs\.net|nhs\.uk|hse\.ie|gov(?:\.[a-z]{2})?|gouv\.fr|police\.uk|sch\.uk|ac\.uk|edu(?:\.[a-z]{2})?|ac\.[a-z]{2})$/;

function domainOf(address: string): string {
  return address.slice(address.lastIndexOf('@') + 1);
}

export const emailRecogniser: Recogniser = {
  id: ID,
  analyse(context) {
    const { text, profile } = context;
    const ownDomains = new Set([...profile.publicEmails].map(domainOf));
    const out: Candidate[] = [];
    for (const address of [...plainAddresses(text), ...writtenAddresses(text)]) {
      if (profile.publicEmails.has(address.value) || belongsToRecipient(context, 'e', address.value)) continue;
      const onRegister = profile.register.findPerson('e', address.value) !== undefined;
      const local = address.value.slice(0, address.value.lastIndexOf('@'));
      let likelihood = 0.85;
      if (onRegister) likelihood = 0.97;
      // A role mailbox names an office. On the organisation's own domain it is one of its own
      // inboxes; elsewhere (a council's "housing@"), another organisation's. Neither is private.
      else if (ROLE_LOCAL.has(local.replace(/[._-]?\d+$/, ''))) likelihood = ownDomains.has(domainOf(address.value)) ? 0.2 : 0.35;
      else if (INSTITUTION.test(domainOf(address.value))) likelihood = 0.45;
      out.push({
        rule: 'contact-detail',
        start: address.start,
        end: address.end,
        likelihood,
        explanation: onRegister ? EXPLAIN_REGISTER : EXPLAIN,
        suggestion: SUGGESTION,
        recogniser: ID,
      });
    }
    return out;
  },
};
