/**
 * Run by memory.test.ts in a fresh Node process (node --expose-gc --import tsx): how many bytes an
 * analysis leaves in the old generation. A process of its own, because a test worker's heap holds
 * other files' garbage and V8 may already be allocating straight into the old generation there.
 * Prints one number: bytes promoted per analysis.
 */
import { readFileSync } from 'node:fs';
import v8 from 'node:v8';
import { analyse } from '../../../lib/analyser/index';
import { compiledFrom, sampleSource } from '../../helpers/analysis';

const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) throw new Error('run with --expose-gc');

const corpus = readFileSync(new URL('../../../../shared/eval/dev.jsonl', import.meta.url), 'utf8')
  .trim()
  .split('\n')
  .map((line) => (JSON.parse(line) as { text: string }).text);
// Drafts of about 2,000 characters, each a different mix of the corpus's sentences.
const drafts = Array.from({ length: 30 }, (_, i) => {
  let draft = '';
  for (let j = i; draft.length < 2000; j++) draft += corpus[(j * 13) % corpus.length] + '\n';
  return draft.slice(0, 2000);
});
const profile = await compiledFrom(sampleSource());
const post = (text: string) => ({ text, platform: 'facebook' as const, surface: 'post' as const, account: 'organisation' as const });
const oldGeneration = () =>
  v8
    .getHeapSpaceStatistics()
    .filter((space) => space.space_name === 'old_space' || space.space_name === 'large_object_space')
    .reduce((sum, space) => sum + space.space_used_size, 0);

for (let round = 0; round < 3; round++) for (const text of drafts) analyse(post(text), profile);
gc();
const before = oldGeneration();
let analyses = 0;
for (let round = 0; round < 10; round++) {
  for (const text of drafts) {
    analyse(post(text), profile);
    analyses++;
  }
}
process.stdout.write(String(Math.round((oldGeneration() - before) / analyses)));
