/**
 * Safer wordings: which findings can be fixed in place, and the whole draft with every
 * suggestion applied (for "copy a safer version" where a fix cannot be applied reliably).
 */
import type { Finding } from '../analyser/types';

export type Fix = { start: number; end: number; text: string };

/** Span findings that carry a suggestion, last first, overlaps dropped (so earlier offsets stay valid). */
export function fixesFor(findings: readonly Finding[]): Fix[] {
  const fixes = findings
    .filter((f): f is Finding & { start: number; end: number; suggestion: string } =>
      f.start !== undefined && f.end !== undefined && f.end > f.start && typeof f.suggestion === 'string' && f.suggestion.trim() !== '',
    )
    .map((f) => ({ start: f.start, end: f.end, text: f.suggestion }))
    .sort((a, b) => b.start - a.start);
  const out: Fix[] = [];
  for (const fix of fixes) {
    const previous = out[out.length - 1];
    if (previous && fix.end > previous.start) continue;
    out.push(fix);
  }
  return out;
}

export function applyFixes(text: string, fixes: readonly Fix[]): string {
  let out = text;
  for (const fix of fixes) out = out.slice(0, fix.start) + fix.text + out.slice(fix.end);
  return out;
}

/** A key for "this finding on this draft", so a false alarm reported once stays dismissed while the words stay. */
export function findingKey(finding: Finding, text: string): string {
  const span = finding.start !== undefined && finding.end !== undefined ? text.slice(finding.start, finding.end) : '';
  return `${finding.rule}\u0000${finding.recogniser}\u0000${span}`;
}

/**
 * Shifts findings across an edit, so marks stay on their words between analyses. The edit is
 * found as the common prefix and suffix of the two texts; findings the edit touches are dropped
 * until the analyser has looked again.
 */
export function shiftFindings(findings: readonly Finding[], before: string, after: string): Finding[] {
  if (before === after) return findings.slice();
  let prefix = 0;
  const max = Math.min(before.length, after.length);
  while (prefix < max && before.charCodeAt(prefix) === after.charCodeAt(prefix)) prefix++;
  let suffix = 0;
  while (
    suffix < max - prefix &&
    before.charCodeAt(before.length - 1 - suffix) === after.charCodeAt(after.length - 1 - suffix)
  )
    suffix++;
  const editStart = prefix;
  const editEndBefore = before.length - suffix;
  const delta = after.length - before.length;
  const out: Finding[] = [];
  for (const f of findings) {
    if (f.start === undefined || f.end === undefined) {
      out.push(f);
      continue;
    }
    if (f.end <= editStart) out.push(f);
    else if (f.start >= editEndBefore) out.push({ ...f, start: f.start + delta, end: f.end + delta });
    // else: the edit touched the span; it comes back with the next analysis if still there.
  }
  return out;
}
