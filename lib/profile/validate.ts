import type { z } from 'zod';
import { SOURCE_FORMAT, sourceProfileSchema, type SourceProfile } from './source.schema';
import { parsePhone, regionFromLocale } from './phone';

/** One thing wrong with a profile: where (a readable path such as `people[3].birthDate`) and why. */
export interface ProfileProblem {
  path: string;
  message: string;
}

export type ProfileResult<T> = { ok: true; profile: T } | { ok: false; problems: ProfileProblem[] };

/**
 * Reads a source profile, all or nothing: either every field is valid and the whole profile is
 * returned, or every problem is listed with its field and a plain-English reason. Never throws.
 *
 * @example
 *   const result = parseSourceProfile(JSON.parse(fileText));
 *   if (!result.ok) showProblems(result.problems);
 */
export function parseSourceProfile(input: unknown): ProfileResult<SourceProfile> {
  const format = formatProblem(input, SOURCE_FORMAT, 'an organisation profile');
  if (format) return { ok: false, problems: [format] };

  const parsed = sourceProfileSchema.safeParse(input);
  if (!parsed.success) return { ok: false, problems: describeIssues(parsed.error.issues) };

  const phoneProblems = findPhoneProblems(parsed.data);
  if (phoneProblems.length) return { ok: false, problems: phoneProblems };
  return { ok: true, profile: parsed.data };
}

/** Parses JSON text first, so a truncated file gets a clear message instead of a SyntaxError. */
export function parseSourceProfileText(text: string): ProfileResult<SourceProfile> {
  const json = parseJson(text);
  return json.ok ? parseSourceProfile(json.value) : { ok: false, problems: [json.problem] };
}

export function parseJson(text: string): { ok: true; value: unknown } | { ok: false; problem: ProfileProblem } {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch {
    return {
      ok: false,
      problem: { path: '(file)', message: 'is not a complete JSON file: it may be truncated or not a profile at all' },
    };
  }
}

/** A missing or different `format` gets its own message: the rest would only be noise. */
export function formatProblem(input: unknown, expected: string, what: string): ProfileProblem | undefined {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    return { path: '(file)', message: `is not ${what}: expected a JSON object` };
  }
  const format = (input as Record<string, unknown>).format;
  if (format === expected) return undefined;
  if (format === undefined) return { path: 'format', message: `is missing: ${what} starts with "format": "${expected}"` };
  return {
    path: 'format',
    message: `is "${String(format).slice(0, 60)}", which this version of Second Look does not read (it reads "${expected}")`,
  };
}

export function describeIssues(issues: readonly z.core.$ZodIssue[]): ProfileProblem[] {
  return issues.map((issue) => ({ path: formatPath(issue.path), message: plainMessage(issue) }));
}

export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out ? `.${String(part)}` : String(part);
  }
  return out || '(file)';
}

function plainMessage(issue: z.core.$ZodIssue): string {
  if (issue.code === 'invalid_type' && issue.input === undefined) return 'is missing';
  if (issue.code === 'unrecognized_keys' && issue.path[issue.path.length - 1] === 'rules') {
    return `names rules that are not rule ids: ${issue.keys.join(', ')} (see the rule ids in the profile format)`;
  }
  if (issue.code === 'unrecognized_keys') return `has fields this format does not know: ${issue.keys.join(', ')}`;
  // Our schema words every message itself; zod's defaults only reach here for shapes we did not foresee.
  return issue.message;
}

function findPhoneProblems(profile: SourceProfile): ProfileProblem[] {
  const region = regionFromLocale(profile.organisation.locale);
  const problems: ProfileProblem[] = [];
  const check = (value: string | undefined, path: string) => {
    if (value !== undefined && !parsePhone(value, region)) {
      problems.push({ path, message: 'is not a phone number that can be dialled (check the digits and country code)' });
    }
  };
  profile.people.forEach((p, i) => {
    p.phones.forEach((phone, j) => check(phone, `people[${i}].phones[${j}]`));
    p.profiles.forEach((a, j) => check(a.phone, `people[${i}].profiles[${j}].phone`));
  });
  profile.organisation.accounts.forEach((a, i) => check(a.phone, `organisation.accounts[${i}].phone`));
  check(profile.organisation.safeguardingLead?.phone, 'organisation.safeguardingLead.phone');
  return problems;
}
