import { readFileSync } from 'node:fs';
import { compileProfile, type CompiledProfile } from '../../lib/analyser/compiled-profile';
import { tokenise } from '../../lib/analyser/text/tokenise';
import type { AnalysisContext, AnalysisInput, Candidate, Recogniser } from '../../lib/analyser/types';
import { publish } from '../../lib/profile/publish';
import type { SourceProfile, SourceProfileInput } from '../../lib/profile/source.schema';
import { parseSourceProfile } from '../../lib/profile/validate';

/** Factories for analyser tests: profiles, contexts and a one-call recogniser run. */

export const SAMPLE_PROFILE_PATH = new URL('../fixtures/sample-profile.json', import.meta.url);

export function sampleSource(): SourceProfile {
  return sourceFrom(JSON.parse(readFileSync(SAMPLE_PROFILE_PATH, 'utf8')));
}

/** A small organisation with no register unless the overrides add one. */
export function createSource(overrides: Partial<SourceProfileInput> = {}): SourceProfile {
  return sourceFrom({
    format: 'second-look/org-profile@1',
    organisation: { name: 'Harbour Women’s Aid', locale: 'en-GB', publicContacts: ['0800 111 222'], staff: ['Jo Patel'] },
    people: [],
    ...overrides,
  });
}

export function sourceFrom(input: unknown): SourceProfile {
  const result = parseSourceProfile(input);
  if (!result.ok) throw new Error(`test profile invalid: ${JSON.stringify(result.problems)}`);
  return result.profile;
}

export async function compiledFrom(source: SourceProfile): Promise<CompiledProfile> {
  return compileProfile(await publish(source, { now: new Date('2026-11-22T09:00:00Z') }));
}

export function contextFor(text: string, profile: CompiledProfile, input: Partial<AnalysisInput> = {}): AnalysisContext {
  return {
    input: { text, platform: 'facebook', surface: 'post', account: 'organisation', ...input },
    text,
    tokens: tokenise(text),
    profile,
    today: '2026-11-22',
  };
}

/** Runs one recogniser on a draft; returns its candidates with the flagged text for easy assertions. */
export function run(
  recogniser: Recogniser,
  text: string,
  profile: CompiledProfile,
  input: Partial<AnalysisInput> = {},
  earlier: Candidate[] = [],
): (Candidate & { text?: string })[] {
  return recogniser
    .analyse(contextFor(text, profile, input), earlier)
    .map((c) => (c.start === undefined ? c : { ...c, text: text.slice(c.start, c.end) }));
}
