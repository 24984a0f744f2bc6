/**
 * npm run bench [-- --json]
 *
 * Measures what the issue asks, on this machine: analyse latency (median, p95) for drafts of
 * 300, 2,000 and 20,000 characters against registers of 30, 1,000 and 10,000 people (generated
 * here), publish time and size, heap, adversarial inputs, and the analyser's size as bundled
 * for a content script (minified + gzipped).
 *
 * The analyser timed is that bundle, built the way the extension ships it (esbuild, minified),
 * not the TypeScript as tsx runs it: tsx keeps function names by wrapping every closure it
 * creates, a cost the shipped content script does not have.
 */
import { build } from 'esbuild';
import { gzipSync } from 'node:zlib';
import type * as Analyser from '../../lib/analyser/index';
import type { AnalysisInput } from '../../lib/analyser/types';
import { publish } from '../../lib/profile/publish';
import type { SourceProfile } from '../../lib/profile/source.schema';
import { sourceFrom } from '../helpers/analysis';

// A small deterministic generator, so every run measures the same registers and drafts.
let seed = 20261122;
const random = () => ((seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0) / 2 ** 32);
const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;

const SYLLABLES = ['ka', 'ri', 'mo', 'na', 'sa', 'le', 'to', 'vi', 'da', 'zu', 'fe', 'ho', 'ja', 'ni', 'ro', 'be', 'shi', 'ta', 'lu', 'mi'];
const CYRILLIC = ['Олена', 'Катерина', 'Артем', 'Сергій', 'Марія', 'Дмитро'];
const ARABIC = ['أحمد', 'رشا', 'محمد', 'لينا', 'سامي', 'يوسف'];
const word = (n: number) => Array.from({ length: n }, () => pick(SYLLABLES)).join('');
const name = () => {
  const w = word(2 + Math.floor(random() * 2));
  return w[0]!.toUpperCase() + w.slice(1);
};

function generateSource(people: number): SourceProfile {
  return sourceFrom({
    format: 'second-look/org-profile@1',
    organisation: { name: 'Bench Support Network', locale: 'en-GB', publicContacts: ['0800 111 222'], staff: ['Jo Patel'] },
    people: Array.from({ length: people }, (_, i) => ({
      id: `p-${i}`,
      name: `${name()} ${name()}`,
      aliases: i % 3 === 0 ? [pick(i % 2 ? CYRILLIC : ARABIC), name()] : [],
      kind: pick(['client', 'family', 'child'] as const),
      ...(i % 4 === 0 ? { birthDate: `20${10 + (i % 12)}-0${1 + (i % 9)}-1${i % 9}` } : {}),
      household: `h-${Math.floor(i / 3)}`,
      phones: [`07700 9${String(i).padStart(5, '0')}`],
      emails: i % 2 ? [`person${i}@mail.example`] : [],
      profiles: i % 5 === 0 ? [{ platform: 'x', handle: `handle_${i}` }] : [],
    })),
    places: Array.from({ length: Math.max(3, people / 20) }, (_, i) => ({
      id: `pl-${i}`,
      name: `${name()} House`,
      kind: 'refuge',
      address: `${i + 1} ${name()} Lane, Leeds LS1 ${1 + (i % 9)}AB`,
      aliases: [],
    })),
    terms: [{ text: 'Project Lantern' }, { text: 'Tuesday Circle', rule: 'private-event' }],
  });
}

const FILLER = (
  'thank you so much to everyone who came along on saturday it was brilliant to see families and volunteers ' +
  'together we are looking for drivers and befrienders this winter please get in touch if you can help ' +
  'our English classes start again in january and the food bank is open on wednesdays from ten until two'
).split(' ');

/** A draft of about `length` characters: ordinary sentences with names, numbers and places mixed in. */
function generateDraft(length: number, source: SourceProfile): string {
  const parts: string[] = [];
  let size = 0;
  while (size < length) {
    const r = random();
    const piece =
      r < 0.04 ? pick(source.people).name.split(' ')[0]! :
      r < 0.07 ? name() :
      r < 0.08 ? `07700 ${900000 + Math.floor(random() * 99999)}` :
      r < 0.09 ? `${1 + Math.floor(random() * 99)} ${name()} Road` :
      r < 0.1 ? `${Math.floor(random() * 12) + 1}-year-old` :
      pick(FILLER);
    parts.push(piece);
    size += piece.length + 1;
    if (random() < 0.08) parts.push('.');
  }
  return parts.join(' ').slice(0, length);
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? 0;
}

const ms = (x: number) => Math.round(x * 1000) / 1000;

/** The analyser as a content script carries it: one minified ES module. */
async function shippedAnalyser(): Promise<{ module: typeof Analyser; minified: number; gzipped: number }> {
  const result = await build({
    entryPoints: [new URL('../../lib/analyser/index.ts', import.meta.url).pathname],
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    write: false,
    logLevel: 'silent',
  });
  const code = result.outputFiles[0]!.contents;
  const module = (await import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`)) as typeof Analyser;
  return { module, minified: code.length, gzipped: gzipSync(code, { level: 9 }).length };
}

async function main() {
  const json = process.argv.includes('--json');
  const shipped = await shippedAnalyser();
  const { analyse, compileProfile } = shipped.module;
  const rows: Record<string, unknown>[] = [];
  const publishRows: Record<string, unknown>[] = [];
  for (const people of [30, 1000, 10000]) {
    const source = generateSource(people);
    global.gc?.();
    const heapBefore = process.memoryUsage().heapUsed;
    const t0 = performance.now();
    const published = await publish(source);
    const publishMs = performance.now() - t0;
    const t1 = performance.now();
    const compiled = compileProfile(published);
    const compileMs = performance.now() - t1;
    global.gc?.();
    const heapMb = (process.memoryUsage().heapUsed - heapBefore) / 1e6;
    publishRows.push({
      people,
      publishMs: Math.round(publishMs),
      sizeKb: Math.round(JSON.stringify(published).length / 1024),
      compileMs: Math.round(compileMs),
      heapMb: Math.round(heapMb * 10) / 10,
    });
    for (const length of [300, 2000, 20000]) {
      const drafts = Array.from({ length: 40 }, () => generateDraft(length, source));
      const input = (text: string): AnalysisInput => ({ text, platform: 'facebook', surface: 'post', account: 'organisation' });
      // Warm up on every draft first: typing re-analyses a draft many times, so steady state is what people feel.
      for (let w = 0; w < 3; w++) for (const d of drafts) analyse(input(d), compiled);
      const times: number[] = [];
      const repeats = length >= 20000 ? 2 : 6;
      for (let r = 0; r < repeats; r++) {
        for (const d of drafts) {
          const t = performance.now();
          analyse(input(d), compiled);
          times.push(performance.now() - t);
        }
      }
      times.sort((a, b) => a - b);
      rows.push({ people, chars: length, p50: ms(percentile(times, 0.5)), p95: ms(percentile(times, 0.95)) });
    }
  }

  const compiled = compileProfile(await publish(generateSource(1000)));
  const adversarial: Record<string, string> = {
    '100,000 × "a"': 'a'.repeat(100_000),
    '100,000 digits': '7'.repeat(100_000),
    'digits and spaces': '07700 9'.repeat(15_000),
    'deep punctuation': '(['.repeat(25_000) + '])'.repeat(25_000),
    'a.b.c spelled out': 'A.'.repeat(50_000),
    '@ and #': '@#'.repeat(50_000),
    'lone surrogates': '\ud800'.repeat(50_000),
    'one 1 MB word': 'x'.repeat(1_000_000),
  };
  const adversarialRows = Object.entries(adversarial).map(([label, text]) => {
    const t = performance.now();
    analyse({ text, platform: 'x', surface: 'post', account: 'personal' }, compiled);
    return { input: label, ms: Math.round(performance.now() - t) };
  });
  const bundle = { minified: shipped.minified, gzipped: shipped.gzipped };

  if (json) {
    process.stdout.write(JSON.stringify({ analyse: rows, publish: publishRows, adversarial: adversarialRows, bundle }) + '\n');
    return;
  }
  console.log('analyse latency (ms)');
  console.log('people'.padStart(8) + 'chars'.padStart(8) + 'p50'.padStart(10) + 'p95'.padStart(10));
  for (const r of rows) console.log(String(r.people).padStart(8) + String(r.chars).padStart(8) + String(r.p50).padStart(10) + String(r.p95).padStart(10));
  console.log('\npublish');
  console.log('people'.padStart(8) + 'ms'.padStart(8) + 'size KB'.padStart(10) + 'compile ms'.padStart(12) + 'heap MB'.padStart(10));
  for (const r of publishRows) {
    console.log(String(r.people).padStart(8) + String(r.publishMs).padStart(8) + String(r.sizeKb).padStart(10) + String(r.compileMs).padStart(12) + String(r.heapMb).padStart(10));
  }
  console.log('\nadversarial input (1,000 people)');
  for (const r of adversarialRows) console.log(`  ${String(r.input).padEnd(22)} ${r.ms} ms`);
  console.log(`\nanalyser bundle for a content script: ${Math.round(bundle.minified / 1024)} KB minified, ${Math.round(bundle.gzipped / 1024)} KB gzipped`);
}

void main();
