import { BloomFilter, WORD_GATE } from '../analyser/register/bloom';
import { createTagger, toBase64 } from '../analyser/register/keyed-hash';
import { personVariants, placeVariants, termVariants, type Variant } from '../analyser/register/variants';
import { regionFromLocale } from './phone';
import { PUBLISHED_FORMAT, type PublishedProfile } from './published.schema';
import { DEFAULT_RULE_SETTINGS, RULE_IDS, type RuleId, type RuleSetting } from './rule-ids';
import type { SourcePerson, SourceProfile } from './source.schema';

/** Six bytes (48 bits): with 10,000 people the chance a draft's word meets a wrong tag is ~1 in a million. */
export const TAG_BYTES = 6;

export interface PublishOptions {
  /** The moment of publishing (tests pass a fixed one). */
  now?: Date;
}

/**
 * Turns the manager's source profile into the form volunteers install: policy fields as they
 * are, the register only as keyed hashes under a fresh random key. Async because it uses
 * WebCrypto.
 *
 * @example const published = await publish(parseSourceProfile(json).profile);
 */
export async function publish(source: SourceProfile, options: PublishOptions = {}): Promise<PublishedProfile> {
  const now = options.now ?? new Date();
  const today = now.toISOString().slice(0, 10);
  // A fresh key from WebCrypto's random source for every publish.
  const key = crypto.getRandomValues(new Uint8Array(32));
  const seed = crypto.getRandomValues(new Uint32Array(1))[0]! | 0;
  const tag = createTagger(key, TAG_BYTES);
  const region = regionFromLocale(source.organisation.locale);

  const peopleVariants = source.people.map((p) => personVariants(p, region));
  const placeVariantList = source.places.map(placeVariants);
  const termVariantList = source.terms.map(termVariants);
  const all = [...peopleVariants, ...placeVariantList, ...termVariantList];
  const total = all.reduce((n, v) => n + v.length + v.filter(isWordVariant).length, 0);
  const bloom = BloomFilter.create(total, seed);

  const tagGroups = (variants: Variant[]): Record<string, string> => {
    const groups: Record<string, string> = {};
    for (const v of variants) {
      bloom.add(v.code, v.value);
      if (isWordVariant(v)) bloom.add(WORD_GATE, v.value);
      groups[v.code] = (groups[v.code] ?? '') + tag(`${v.code}:${v.value}`);
    }
    return groups;
  };

  const households = new Map<string, number>();
  const people = [];
  for (const [i, person] of source.people.entries()) {
    let household: number | undefined;
    if (person.household) {
      household = households.get(person.household) ?? households.size;
      households.set(person.household, household);
    }
    const minorUntil = minorUntilDate(person, today);
    people.push({
      kind: person.kind,
      ...(minorUntil ? { minorUntil } : {}),
      ...(household !== undefined ? { household } : {}),
      tags: tagGroups(peopleVariants[i]!),
    });
  }
  const places = [];
  for (const [i, place] of source.places.entries()) places.push({ kind: place.kind, tags: tagGroups(placeVariantList[i]!) });
  const terms = [];
  for (const [i, term] of source.terms.entries()) {
    terms.push({ rule: term.rule ?? ('confidential-term' as const), tags: tagGroups(termVariantList[i]!) });
  }

  return {
    format: PUBLISHED_FORMAT,
    publishedAt: now.toISOString(),
    organisation: source.organisation,
    rules: resolveRules(source.rules),
    register: {
      key: toBase64(key),
      tagBytes: TAG_BYTES,
      bloom: { seed, hashes: bloom.hashes, bits: toBase64(bloom.bits), words: true },
      people,
      places,
      terms,
    },
    counts: {
      people: people.length,
      children: people.filter((p) => p.kind === 'child' || p.minorUntil).length,
      households: households.size,
      places: places.length,
      terms: terms.length,
    },
  };
}

/** Variants looked up by a draft word exactly as typed: given, family and whole names, and phrase starts. */
function isWordVariant(v: Variant): boolean {
  return v.code === 'g' || v.code === 'n' || v.code === 'f' || /^s\d+$/.test(v.code);
}

export function resolveRules(rules: Partial<Record<RuleId, RuleSetting>>): Record<RuleId, RuleSetting> {
  const out = { ...DEFAULT_RULE_SETTINGS };
  for (const id of RULE_IDS) if (rules[id]) out[id] = rules[id];
  return out;
}

/** The day a person under 18 turns 18; undefined for adults (their birth dates are not published). */
function minorUntilDate(person: SourcePerson, today: string): string | undefined {
  if (!person.birthDate) return undefined;
  const [y, m, d] = person.birthDate.split('-');
  const adult = `${Number(y) + 18}-${m}-${d}`;
  return adult > today ? adult : undefined;
}
