import { z } from 'zod';
import { RULE_IDS } from './rule-ids';
import { organisationSchema, personKinds } from './source.schema';

/**
 * The published form: what staff and volunteers install. The organisation's policy fields as
 * they are; the register only as keyed hashes (HMAC-SHA-256, truncated to `tagBytes`) of the
 * normalised variants the matcher needs, grouped by entry and by variant, so that a leaked file
 * shows no name, phone, email, handle or address in plain text.
 *
 * Variant codes (the keys of `tags`), shared by publish.ts and the register matcher:
 *   n   a whole name or alias, as one token     g   given name        f   family name
 *   k   consonant skeleton of a name word       v   vowel-class skeleton of a Latin name word
 *   d   a long name word, for one-edit matching q   its one-deletion variants, with position
 *   sN  first word of an N-word phrase (names, places, terms), to know which phrases to try
 *   pN  a whole N-word phrase                   t   phone (E.164)     e   email (lower case)
 *   h   handle or username (lower case, no @)   z   postcode (upper case, no spaces)
 */
export const PUBLISHED_FORMAT = 'second-look/published-profile@1';

const base64 = z.string().regex(/^[A-Za-z0-9+/]*={0,2}$/, { error: 'must be base64' });
const tagGroups = z.record(z.string().regex(/^[a-z][0-9]*$/), base64);

export const publishedPersonSchema = z.object({
  kind: z.enum(personKinds),
  /** Present for people under 18 at publish: the day they turn 18. Adults' birth dates are not published. */
  minorUntil: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).optional(),
  /** Index shared by members of one household. */
  household: z.number().int().nonnegative().optional(),
  tags: tagGroups,
});

export const publishedPlaceSchema = z.object({ kind: z.string(), tags: tagGroups });
export const publishedTermSchema = z.object({ rule: z.enum(RULE_IDS), tags: tagGroups });

export const publishedProfileSchema = z.object({
  format: z.literal(PUBLISHED_FORMAT),
  publishedAt: z.string(),
  organisation: organisationSchema,
  rules: z.record(z.enum(RULE_IDS), z.enum(['block', 'warn', 'off'])),
  register: z.object({
    /** The HMAC key. It has to travel with the file for matching to work; see README "Limits". */
    key: base64,
    tagBytes: z.number().int().min(4).max(32),
    /**
     * A keyed Bloom filter over every tag's input, so most words of a draft cost no HMAC. With
     * `words`, it also holds every value of the g, n, f and sN variants under the code "w", so a
     * draft word on no register costs one check instead of one per variant code (files published
     * before this have no `words` and are matched without the gate).
     */
    bloom: z.object({ seed: z.number().int(), hashes: z.number().int().min(1).max(16), bits: base64, words: z.boolean().optional() }),
    people: z.array(publishedPersonSchema),
    places: z.array(publishedPlaceSchema),
    terms: z.array(publishedTermSchema),
  }),
  counts: z.object({
    people: z.number().int(),
    children: z.number().int(),
    households: z.number().int(),
    places: z.number().int(),
    terms: z.number().int(),
  }),
});

export type PublishedProfile = z.output<typeof publishedProfileSchema>;
export type PublishedPerson = z.output<typeof publishedPersonSchema>;
