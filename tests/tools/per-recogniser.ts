// Run: npx tsx tests/tools/per-recogniser.ts (from the repository root, with ../shared beside it).
/** Per-recogniser cost on 2,000-character drafts (warm), to find where analysis time goes. */
import { compileProfile } from '../../lib/analyser/index';
import { RECOGNISERS } from '../../lib/analyser/registry';
import { tokenise } from '../../lib/analyser/text/tokenise';
import { publish } from '../../lib/profile/publish';
import { sampleSource, contextFor } from '../helpers/analysis';
import { readFileSync } from 'node:fs';
const compiled = compileProfile(await publish(sampleSource()));
const corpus = readFileSync('../shared/eval/dev.jsonl', 'utf8').trim().split('\n').map((l) => JSON.parse(l).text as string);
const drafts: string[] = [];
for (let i = 0; i < 40; i++) { let s = ''; let j = i; while (s.length < 2000) s += corpus[(j++ * 13) % corpus.length] + '\n'; drafts.push(s.slice(0, 2000)); }
const contexts = drafts.map((d) => contextFor(d, compiled));
const totals: Record<string, number> = {};
for (let round = 0; round < 8; round++) {
  for (const ctx of contexts) {
    const t0 = performance.now(); tokenise(ctx.text); totals.tokenise = (totals.tokenise ?? 0) + (round > 2 ? performance.now() - t0 : 0);
    for (const r of RECOGNISERS) { const t = performance.now(); r.analyse({ ...ctx }, []); if (round > 2) totals[r.id] = (totals[r.id] ?? 0) + performance.now() - t; }
  }
}
for (const [k, v] of Object.entries(totals).sort((a, b) => b[1] - a[1])) console.log(k.padEnd(26), (v / (5 * contexts.length)).toFixed(4), 'ms');
