import type { CompiledProfile } from '../../../../lib/analyser/compiled-profile';
import type { Recogniser } from '../../../../lib/analyser/types';
import { contextFor } from '../../../helpers/analysis';

/**
 * Drafts built to make a careless pattern backtrack or rescan: long runs of one character, of
 * digits, of separators, and of near-misses of each recogniser's shape. Shared by the contact
 * and identifier recogniser tests.
 */
export const HOSTILE: readonly (readonly [string, string])[] = [
  ['100,000 digits', '7'.repeat(100_000)],
  ['100,000 "@"', '@'.repeat(100_000)],
  ['100,000 "+"', '+'.repeat(100_000)],
  ['100,000 letters', 'a'.repeat(100_000)],
  ['100,000 dots', '.'.repeat(100_000)],
  ['digits and spaces', '1 '.repeat(50_000)],
  ['digits and hyphens', '1-'.repeat(50_000)],
  ['plus and digits', '+1'.repeat(50_000)],
  ['open brackets then digits', '('.repeat(50_000) + '1'.repeat(50_000)],
  ['deep punctuation', '(['.repeat(25_000) + '])'.repeat(25_000)],
  ['lone surrogates', '\ud800'.repeat(30_000) + ' 07700 900731 a@b.example ' + '\udc00'.repeat(30_000)],
  ['thousands of phone numbers', '07700 900731, '.repeat(7_000)],
  ['near-miss emails', 'a@b.'.repeat(25_000)],
  ['long local parts', ('@' + 'a'.repeat(30)).repeat(3_000)],
  ['thousands of links', 'facebook.com/'.repeat(7_000)],
  ['thousands of keywords and numbers', 'ref 12345 '.repeat(10_000)],
  ['identifiers everywhere', 'NHS 999 432 1072 passport FX482913 '.repeat(2_800)],
  ['NI-shaped runs', 'AB 12 34 56 C '.repeat(7_000)],
  ['birth keywords', 'born '.repeat(20_000)],
  ['dates of birth everywhere', 'DOB 12/03/1990 '.repeat(6_000)],
  ['month names', 'born 3 March '.repeat(7_000)],
];

/**
 * The best of three runs of one recogniser alone (the context, and so the tokeniser, is built
 * first). The best run is the recogniser's own cost; the others include the rest of a busy machine.
 */
export function bestTime(recogniser: Recogniser, text: string, profile: CompiledProfile): { ms: number; found: number } {
  const context = contextFor(text, profile);
  let ms = Infinity;
  let found = 0;
  for (let i = 0; i < 3; i++) {
    const t0 = performance.now();
    found = recogniser.analyse(context, []).length;
    ms = Math.min(ms, performance.now() - t0);
  }
  return { ms, found };
}

/** The analyser's budget for a 100,000-character draft, all recognisers together. */
export const HOSTILE_BUDGET_MS = 50;
