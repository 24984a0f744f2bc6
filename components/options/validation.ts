import { SOURCE_FORMAT, type Organisation, type SourcePerson, type SourcePlace, type SourceTerm } from '../../lib/profile/source.schema';
import { parseSourceProfile, type ProfileProblem } from '../../lib/profile/validate';

/**
 * Checks one edited item the way the whole profile will be checked (the same zod schema, the
 * same phone rules), and returns its problems keyed by field path inside the item
 * (`name`, `phones[1]`, `safeguardingLead.email`). Never throws.
 */
export type FieldErrors = Record<string, string>;

function collect(problems: ProfileProblem[], prefix: string): FieldErrors {
  const out: FieldErrors = {};
  for (const p of problems) {
    if (!p.path.startsWith(prefix)) continue;
    const path = p.path.slice(prefix.length).replace(/^\./, '') || '(item)';
    out[path] ??= p.message;
  }
  return out;
}

export function checkOrganisation(candidate: unknown): { ok: true; value: Organisation } | { ok: false; errors: FieldErrors } {
  const result = parseSourceProfile({ format: SOURCE_FORMAT, organisation: candidate });
  if (result.ok) return { ok: true, value: result.profile.organisation };
  return { ok: false, errors: collect(result.problems, 'organisation') };
}

export function checkPerson(
  candidate: unknown,
  organisation: Organisation,
): { ok: true; value: SourcePerson } | { ok: false; errors: FieldErrors } {
  const result = parseSourceProfile({ format: SOURCE_FORMAT, organisation, people: [candidate] });
  if (result.ok) return { ok: true, value: result.profile.people[0]! };
  return { ok: false, errors: collect(result.problems, 'people[0]') };
}

export function checkPlace(candidate: unknown, organisation: Organisation): { ok: true; value: SourcePlace } | { ok: false; errors: FieldErrors } {
  const result = parseSourceProfile({ format: SOURCE_FORMAT, organisation, places: [candidate] });
  if (result.ok) return { ok: true, value: result.profile.places[0]! };
  return { ok: false, errors: collect(result.problems, 'places[0]') };
}

export function checkTerm(candidate: unknown, organisation: Organisation): { ok: true; value: SourceTerm } | { ok: false; errors: FieldErrors } {
  const result = parseSourceProfile({ format: SOURCE_FORMAT, organisation, terms: [candidate] });
  if (result.ok) return { ok: true, value: result.profile.terms[0]! };
  return { ok: false, errors: collect(result.problems, 'terms[0]') };
}

/** The first error for a field or any of its entries (`phones` covers `phones[2]`). */
export function errorFor(errors: FieldErrors, field: string): string | undefined {
  if (errors[field]) return errors[field];
  const key = Object.keys(errors).find((k) => k.startsWith(`${field}[`) || k.startsWith(`${field}.`));
  return key ? errors[key] : undefined;
}

/** One entry per line, blanks dropped. */
export function lines(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean);
}

/** A person under 18 today, by kind or by birth date. */
export function isChild(person: Pick<SourcePerson, 'kind' | 'birthDate'>, today = new Date().toISOString().slice(0, 10)): boolean {
  if (person.kind === 'child') return true;
  const age = ageOn(person.birthDate, today);
  return age !== undefined && age < 18;
}

export function ageOn(birthDate: string | undefined, today: string): number | undefined {
  if (!birthDate) return undefined;
  const [y, m, d] = birthDate.split('-').map(Number) as [number, number, number];
  const [ty, tm, td] = today.split('-').map(Number) as [number, number, number];
  let age = ty - y;
  if (tm < m || (tm === m && td < d)) age--;
  return age;
}

/** Folds case and accents for search: "Zoë" finds "zoe". */
export function fold(text: string): string {
  return text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
}
