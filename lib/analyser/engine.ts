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
  const today = todayIn(compiled);
  if (text.length <= WINDOW) return resolve(candidatesFor(input, text, compiled, today), compiled, text.length);
  // Beyond what any composer accepts (about 64,000 characters), analyse in overlapping windows:
  // memory stays bounded and time linear, and nothing near a window's edge is missed.
  const all: Candidate[] = [];
  for (let start = 0; start < text.length; start += WINDOW - OVERLAP) {
    const end = Math.min(text.length, start + WINDOW);
    for (const c of candidatesFor(input, text.slice(start, end), compiled, today)) {
      all.push(c.start === undefined ? c : { ...c, start: c.start + start, end: c.end! + start });
    }
    if (end === text.length) break;
  }
  return resolve(dedupe(all), compiled, text.length);
}

const WINDOW = 32_768;
const OVERLAP = 512;

function dedupe(candidates: Candidate[]): Candidate[] {
  const seen = new Set<string>();
  return candidates.filter((c) => {
    const id = `${c.rule}:${c.start}:${c.end}`;
    if (seen.has(id)) return false;
    seen.add(id);
    return true;
  });
}

function candidatesFor(input: AnalysisInput, text: string, compiled: CompiledProfile, today: string): Candidate[] {
  const context: AnalysisContext = { input, text, tokens: tokenise(text), profile: compiled, today };
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
  return candidates;
}

const THRESHOLD = 0.5;

/**
 * From candidates to findings: below-threshold and switched-off rules dropped; the strongest
 * candidate wins where spans overlap (a bitmap of covered characters keeps this linear); one
 * case-level finding per rule; severity from the profile, capped where a candidate says so.
 */
function resolve(candidates: Candidate[], profile: CompiledProfile, textLength: number): Finding[] {
  const kept: Candidate[] = [];
  for (const c of candidates) if (c.likelihood >= THRESHOLD && profile.rules[c.rule] !== 'off') kept.push(c);
  kept.sort((a, b) => b.likelihood - a.likelihood || spanLength(b) - spanLength(a));
  const covered = new Uint8Array(textLength + 1);
  const caseRules = new Set<string>();
  const out: Finding[] = [];
  for (const c of kept) {
    if (c.start === undefined) {
      if (caseRules.has(c.rule)) continue;
      caseRules.add(c.rule);
    } else {
      const start = Math.max(0, c.start);
      const end = Math.min(textLength, c.end!);
      let free = true;
      for (let i = start; i < end && free; i++) free = covered[i] === 0;
      if (!free) continue;
      covered.fill(1, start, end);
    }
    out.push(toFinding(c, profile.rules[c.rule] === 'block' && c.maxSeverity !== 'warn' ? 'block' : 'warn'));
  }
  return out.sort((a, b) => (a.start ?? Infinity) - (b.start ?? Infinity));
}

/** A finding of one shape: the fields written out (object rest and spread make slow, large objects). */
function toFinding(c: Candidate, severity: Finding['severity']): Finding {
  const finding: Finding = { rule: c.rule, severity, likelihood: c.likelihood, explanation: c.explanation, recogniser: c.recogniser };
  if (c.start !== undefined) {
    finding.start = c.start;
    finding.end = c.end;
  }
  if (c.suggestion !== undefined) finding.suggestion = c.suggestion;
  return finding;
}

function spanLength(c: Candidate): number {
  return c.start === undefined ? 0 : c.end! - c.start;
}

/** Today in the organisation's time zone when it has one, as YYYY-MM-DD (a child turns 18 at local midnight). */
function todayIn(profile: CompiledProfile): string {
  const now = Date.now();
  const zone = profile.timeZone ?? 'UTC';
  // Analysis runs on every pause in typing: the date is worked out once a minute, not each time.
  if (lastToday && lastToday.zone === zone && now - lastToday.at < 60_000) return lastToday.day;
  let day = new Date(now).toISOString().slice(0, 10);
  try {
    let format = formats.get(zone);
    if (!format) {
      // en-CA writes dates as YYYY-MM-DD.
      format = new Intl.DateTimeFormat('en-CA', { timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit' });
      formats.set(zone, format);
    }
    day = format.format(now);
  } catch {
    // An unknown time zone name: UTC rather than fail.
  }
  lastToday = { zone, at: now, day };
  return day;
}

const formats = new Map<string, Intl.DateTimeFormat>();
let lastToday: { zone: string; at: number; day: string } | undefined;
