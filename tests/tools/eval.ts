/**
 * npm run eval -- --profile FILE --corpus FILE [--json] [--findings OUT.jsonl]
 *
 * Scores the analyser on a labelled corpus exactly as ../shared/eval/FORMAT.md defines: the
 * profile is published first and the published form analysed, the path volunteers run.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { analyse, compileProfile, type Finding } from '../../lib/analyser/index';
import type { AnalysisInput } from '../../lib/analyser/types';
import { publish } from '../../lib/profile/publish';
import { parseSourceProfileText } from '../../lib/profile/validate';

interface Expectation {
  rule: string | string[];
  text?: string;
}
interface Case extends AnalysisInput {
  id: string;
  expect: Expectation[];
}

interface RuleTally {
  expected: number;
  found: number;
  matchedFindings: number;
  unmatchedFindings: number;
}

export interface EvalReport {
  cases: number;
  expectations: number;
  findings: number;
  precision: number;
  recall: number;
  f1: number;
  falseAlarmRate: number;
  perRule: Record<string, { precision: number; recall: number; f1: number; expected: number; found: number }>;
  latencyMs: { p50: number; p95: number; publish: number };
  misses: { id: string; rule: string; text?: string }[];
  falseAlarms: { id: string; rule: string; text?: string }[];
}

function parseArgs(argv: string[]) {
  const args: Record<string, string | boolean> = {};
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (!a.startsWith('--')) continue;
    const next = argv[i + 1];
    if (next !== undefined && !next.startsWith('--')) {
      args[a.slice(2)] = next;
      i++;
    } else args[a.slice(2)] = true;
  }
  return args;
}

function fail(message: string): never {
  process.stderr.write(`eval: ${message}\n`);
  process.exit(2);
}

const ratio = (a: number, b: number) => (b === 0 ? 1 : a / b);
const f1Of = (p: number, r: number) => (p + r === 0 ? 0 : (2 * p * r) / (p + r));
const round = (x: number) => Math.round(x * 10000) / 10000;

export async function evaluate(profileText: string, corpusText: string) {
  const parsed = parseSourceProfileText(profileText);
  if (!parsed.ok) fail(`the profile is not valid:\n${parsed.problems.map((p) => `  ${p.path}: ${p.message}`).join('\n')}`);
  const t0 = performance.now();
  const published = await publish(parsed.profile);
  const compiled = compileProfile(published);
  const publishMs = performance.now() - t0;

  const cases: Case[] = corpusText
    .split('\n')
    .filter((l) => l.trim())
    .map((line, i) => {
      try {
        return JSON.parse(line) as Case;
      } catch {
        fail(`corpus line ${i + 1} is not JSON`);
      }
    });

  const perRule = new Map<string, RuleTally>();
  const tally = (rule: string) => {
    let t = perRule.get(rule);
    if (!t) perRule.set(rule, (t = { expected: 0, found: 0, matchedFindings: 0, unmatchedFindings: 0 }));
    return t;
  };
  let expectations = 0;
  let satisfied = 0;
  let findingsTotal = 0;
  let findingsMatched = 0;
  let clean = 0;
  let cleanWithFinding = 0;
  const misses: EvalReport['misses'] = [];
  const falseAlarms: EvalReport['falseAlarms'] = [];
  const perCase: { id: string; findings: Finding[] }[] = [];

  for (const c of cases) {
    const findings = analyse(c, compiled);
    perCase.push({ id: c.id, findings });
    const spans = c.expect.map((e) => {
      if (e.text === undefined) return undefined;
      const at = c.text.indexOf(e.text);
      return at < 0 ? undefined : { start: at, end: at + e.text.length };
    });
    const satisfies = (f: Finding, i: number) => {
      const e = c.expect[i]!;
      const rules = ([] as string[]).concat(e.rule);
      if (!rules.includes(f.rule)) return false;
      const span = spans[i];
      if (e.text === undefined) return true;
      if (!span || f.start === undefined) return false;
      return f.start < span.end && span.start < f.end!;
    };
    c.expect.forEach((e, i) => {
      const first = ([] as string[]).concat(e.rule)[0]!;
      expectations++;
      tally(first).expected++;
      if (findings.some((f) => satisfies(f, i))) {
        satisfied++;
        tally(first).found++;
      } else misses.push({ id: c.id, rule: first, ...(e.text !== undefined ? { text: e.text } : {}) });
    });
    for (const f of findings) {
      findingsTotal++;
      const hit = c.expect.findIndex((_, i) => satisfies(f, i));
      if (hit >= 0) {
        findingsMatched++;
        tally(([] as string[]).concat(c.expect[hit]!.rule)[0]!).matchedFindings++;
      } else {
        tally(f.rule).unmatchedFindings++;
        falseAlarms.push({ id: c.id, rule: f.rule, ...(f.start !== undefined ? { text: c.text.slice(f.start, f.end) } : {}) });
      }
    }
    if (c.expect.length === 0) {
      clean++;
      if (findings.length) cleanWithFinding++;
    }
  }

  // Latency: one analyse call per case after a warm-up pass, repeated to steady the figures.
  for (const c of cases) analyse(c, compiled);
  const times: number[] = [];
  for (let round = 0; round < 5; round++) {
    for (const c of cases) {
      const t = performance.now();
      analyse(c, compiled);
      times.push(performance.now() - t);
    }
  }
  times.sort((a, b) => a - b);
  const pct = (p: number) => times[Math.min(times.length - 1, Math.floor(p * times.length))] ?? 0;

  const precision = ratio(findingsMatched, findingsTotal);
  const recall = ratio(satisfied, expectations);
  const report: EvalReport = {
    cases: cases.length,
    expectations,
    findings: findingsTotal,
    precision: round(precision),
    recall: round(recall),
    f1: round(f1Of(precision, recall)),
    falseAlarmRate: round(ratio(cleanWithFinding, clean)),
    perRule: Object.fromEntries(
      [...perRule.entries()].sort().map(([rule, t]) => {
        const p = ratio(t.matchedFindings, t.matchedFindings + t.unmatchedFindings);
        const r = ratio(t.found, t.expected);
        return [rule, { precision: round(p), recall: round(r), f1: round(f1Of(p, r)), expected: t.expected, found: t.found }];
      }),
    ),
    latencyMs: { p50: round(pct(0.5)), p95: round(pct(0.95)), publish: Math.round(publishMs) },
    misses,
    falseAlarms,
  };
  return { report, perCase };
}

function printTable(r: EvalReport): void {
  const lines = [
    `cases ${r.cases}   expectations ${r.expectations}   findings ${r.findings}`,
    `precision ${r.precision}   recall ${r.recall}   F1 ${r.f1}   false-alarm rate ${r.falseAlarmRate}`,
    `latency p50 ${r.latencyMs.p50} ms   p95 ${r.latencyMs.p95} ms   publish ${r.latencyMs.publish} ms`,
    '',
    `${'rule'.padEnd(26)}${'expected'.padStart(9)}${'found'.padStart(7)}${'precision'.padStart(11)}${'recall'.padStart(8)}${'F1'.padStart(8)}`,
    ...Object.entries(r.perRule).map(
      ([rule, s]) =>
        `${rule.padEnd(26)}${String(s.expected).padStart(9)}${String(s.found).padStart(7)}${s.precision.toFixed(3).padStart(11)}${s.recall.toFixed(3).padStart(8)}${s.f1.toFixed(3).padStart(8)}`,
    ),
    '',
    `misses (${r.misses.length}):`,
    ...r.misses.map((m) => `  ${m.id.padEnd(22)} ${m.rule.padEnd(24)} ${m.text ?? ''}`),
    `false alarms (${r.falseAlarms.length}):`,
    ...r.falseAlarms.map((m) => `  ${m.id.padEnd(22)} ${m.rule.padEnd(24)} ${m.text ?? ''}`),
  ];
  process.stdout.write(lines.join('\n') + '\n');
}

async function main() {
  const args = parseArgs(process.argv.slice(2));
  if (typeof args.profile !== 'string' || typeof args.corpus !== 'string') {
    fail('usage: npm run eval -- --profile FILE --corpus FILE [--json] [--findings OUT.jsonl]');
  }
  const read = (path: string) => {
    try {
      return readFileSync(path, 'utf8');
    } catch {
      fail(`cannot read ${path}`);
    }
  };
  const { report, perCase } = await evaluate(read(args.profile), read(args.corpus));
  if (typeof args.findings === 'string') {
    writeFileSync(
      args.findings,
      perCase
        .map((c) =>
          JSON.stringify({
            id: c.id,
            findings: c.findings.map((f) => (f.start === undefined ? { rule: f.rule } : { rule: f.rule, start: f.start, end: f.end })),
          }),
        )
        .join('\n') + '\n',
    );
  }
  if (args.json) process.stdout.write(JSON.stringify(report) + '\n');
  else printTable(report);
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop()!)) void main();
