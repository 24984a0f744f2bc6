import type { CountryCode } from 'libphonenumber-js/min';
import { parsePhone, regionFromLocale } from '../profile/phone';
import type { PublishedProfile } from '../profile/published.schema';
import { DEFAULT_RULE_SETTINGS, type RuleId, type RuleSetting } from '../profile/rule-ids';
import { Register } from './register/register';
import { nameWords, normaliseHandle } from './register/variants';

/**
 * The published profile prepared for analysis: sets and indexes built once, then reused for
 * every keystroke. Built by compileProfile(); with no profile the generic protections
 * (contact details, addresses, identifiers, children's details) still work.
 */
export interface CompiledProfile {
  organisationName: string;
  locale: string;
  region: CountryCode | undefined;
  /** IANA time zone from the working hours, for "today". */
  timeZone?: string;
  rules: Readonly<Record<RuleId, RuleSetting>>;
  /** The organisation's public phone numbers (E.164), its own and its safeguarding lead's. */
  publicPhones: ReadonlySet<string>;
  /** Public email addresses, lower case. */
  publicEmails: ReadonlySet<string>;
  /** The organisation's own handles and usernames, lower case without @. */
  ownHandles: ReadonlySet<string>;
  /** Name keys of the organisation's own account names and of its public staff, one list per name. */
  ownNames: readonly (readonly string[])[];
  staffNames: readonly (readonly string[])[];
  register: Register;
}

const compiled = new WeakMap<PublishedProfile, CompiledProfile>();

export function compileProfile(published: PublishedProfile | undefined): CompiledProfile {
  if (!published) return EMPTY_PROFILE;
  const cached = compiled.get(published);
  if (cached) return cached;
  const org = published.organisation;
  const region = regionFromLocale(org.locale);
  const phones = new Set<string>();
  const emails = new Set<string>();
  const addContact = (value: string | undefined) => {
    if (!value) return;
    if (value.includes('@')) emails.add(value.trim().toLowerCase());
    else {
      const e164 = parsePhone(value, region);
      if (e164) phones.add(e164);
    }
  };
  org.publicContacts.forEach(addContact);
  org.accounts.forEach((a) => addContact(a.phone));
  addContact(org.safeguardingLead?.phone);
  addContact(org.safeguardingLead?.email);
  const handles = new Set<string>();
  for (const a of org.accounts) for (const h of [a.handle, a.username]) if (h) handles.add(normaliseHandle(h));
  const result: CompiledProfile = {
    organisationName: org.name,
    locale: org.locale,
    region,
    ...(org.workingHours ? { timeZone: org.workingHours.timezone } : {}),
    rules: { ...DEFAULT_RULE_SETTINGS, ...published.rules },
    publicPhones: phones,
    publicEmails: emails,
    ownHandles: handles,
    ownNames: org.accounts.filter((a) => a.name).map((a) => nameWords(a.name!)),
    staffNames: [...org.staff, ...(org.safeguardingLead ? [org.safeguardingLead.name] : [])].map(nameWords),
    register: Register.fromPublished(published),
  };
  compiled.set(published, result);
  return result;
}

export const EMPTY_PROFILE: CompiledProfile = {
  organisationName: 'your organisation',
  locale: 'en-GB',
  region: 'GB',
  rules: DEFAULT_RULE_SETTINGS,
  publicPhones: new Set(),
  publicEmails: new Set(),
  ownHandles: new Set(),
  ownNames: [],
  staffNames: [],
  register: Register.empty(),
};
