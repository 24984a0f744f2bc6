import { z } from 'zod';
import { RULE_IDS } from './rule-ids';

/**
 * The source form of the organisation profile, `second-look/org-profile@1`, exactly as
 * ../shared/spec/org-profile.md describes it. It holds the register in plain text and lives only
 * on the manager's device; volunteers receive the published form (published.schema.ts).
 */
export const SOURCE_FORMAT = 'second-look/org-profile@1';

export const PLATFORMS = ['facebook', 'x', 'whatsapp'] as const;
export type Platform = (typeof PLATFORMS)[number];

const text = (what: string) =>
  z.string({ error: `must be text (${what})` }).trim().min(1, { error: `must not be empty (${what})` });

const isoDate = z
  .string({ error: 'must be a date written as YYYY-MM-DD' })
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'must be a date written as YYYY-MM-DD' })
  .refine((value) => isRealDate(value), { error: 'is not a real calendar date' });

const clockTime = z
  .string({ error: 'must be a time written as HH:MM' })
  .regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: 'must be a time written as HH:MM (24-hour clock)' });

const email = z.email({ error: 'must be an email address, like name@example.org' });

const platform = z.enum(PLATFORMS, { error: 'must be one of facebook, x or whatsapp' });

/** An account on a platform: the organisation's own, or a person's. At least one way to recognise it. */
const account = z
  .object({
    platform,
    name: text('display name').optional(),
    username: text('username').optional(),
    handle: text('handle').optional(),
    phone: text('phone number').optional(),
  })
  .refine((a) => a.name ?? a.username ?? a.handle ?? a.phone, {
    error: 'needs at least one of name, username, handle or phone',
  });

export const personKinds = ['client', 'family', 'child'] as const;

const person = z.object({
  id: text('person id'),
  name: text('name'),
  aliases: z.array(text('alias'), { error: 'must be a list of names' }).default([]),
  kind: z.enum(personKinds, { error: 'must be one of client, family or child' }),
  birthDate: isoDate.optional(),
  household: text('household id').optional(),
  phones: z.array(text('phone number'), { error: 'must be a list of phone numbers' }).default([]),
  emails: z.array(email, { error: 'must be a list of email addresses' }).default([]),
  profiles: z.array(account, { error: 'must be a list of social accounts' }).default([]),
});

const place = z.object({
  id: text('place id'),
  name: text('place name'),
  kind: text('kind of place'),
  address: text('address').optional(),
  aliases: z.array(text('alias'), { error: 'must be a list of names' }).default([]),
});

const term = z.object({
  text: text('term'),
  reason: z.string().optional(),
  rule: z.enum(RULE_IDS, { error: `must be one of the rule ids: ${RULE_IDS.join(', ')}` }).optional(),
});

const ruleSetting = z.enum(['block', 'warn', 'off'], { error: 'must be block, warn or off' });

const weekday = z.enum(['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'], {
  error: 'must be a day written as mon, tue, wed, thu, fri, sat or sun',
});

export const organisationSchema = z.object({
  name: text('organisation name'),
  accounts: z.array(account, { error: 'must be a list of accounts' }).default([]),
  publicContacts: z.array(text('contact'), { error: 'must be a list of phone numbers or emails' }).default([]),
  staff: z.array(text('staff name'), { error: 'must be a list of names' }).default([]),
  safeguardingLead: z
    .object({ name: text('name'), email: email.optional(), phone: text('phone number').optional() })
    .optional(),
  policyUrl: z.url({ error: 'must be a web address starting https://' }).optional(),
  workingHours: z
    .object({
      timezone: text('time zone'),
      days: z.array(weekday),
      start: clockTime,
      end: clockTime,
    })
    .optional(),
  locale: z
    .string({ error: 'must be a language tag such as en-GB' })
    .regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, { error: 'must be a language tag such as en-GB or el-GR' })
    .default('en-GB'),
});

export const sourceProfileSchema = z
  .object({
    format: z.literal(SOURCE_FORMAT, { error: `must be "${SOURCE_FORMAT}"` }),
    organisation: organisationSchema,
    people: z.array(person, { error: 'must be a list of people' }).default([]),
    places: z.array(place, { error: 'must be a list of places' }).default([]),
    terms: z.array(term, { error: 'must be a list of terms' }).default([]),
    rules: z.partialRecord(z.enum(RULE_IDS, { error: 'is not a rule id' }), ruleSetting).default({}),
  })
  .superRefine((profile, ctx) => {
    const seen = new Set<string>();
    profile.people.forEach((p, i) => {
      if (seen.has(p.id)) ctx.addIssue({ code: 'custom', path: ['people', i, 'id'], message: 'is used by another person' });
      seen.add(p.id);
    });
    const seenPlaces = new Set<string>();
    profile.places.forEach((p, i) => {
      if (seenPlaces.has(p.id)) ctx.addIssue({ code: 'custom', path: ['places', i, 'id'], message: 'is used by another place' });
      seenPlaces.add(p.id);
    });
  });

export type SourceProfile = z.output<typeof sourceProfileSchema>;
export type SourceProfileInput = z.input<typeof sourceProfileSchema>;
export type SourcePerson = SourceProfile['people'][number];
export type SourcePlace = SourceProfile['places'][number];
export type SourceTerm = SourceProfile['terms'][number];
export type Organisation = SourceProfile['organisation'];
export type Account = Organisation['accounts'][number];

function isRealDate(value: string): boolean {
  const [y, m, d] = value.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}
