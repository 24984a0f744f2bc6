/** Shared by the recognisers' cost tests: one long ordinary draft and a CPU-time stopwatch. */

/** A 2,000-character story with something for every one of this team's recognisers. */
export const STORY_2K = (() => {
  const para =
    'A year ago a mum and her three children arrived in Carlow from Sudan with two suitcases. Her eldest, who is 12, is now in 6th class at Scoil Mhuire ' +
    'and plays for the under-13s every Saturday at 10. The youngest started at Little Oaks nursery on Green Road. Her neighbour Bridget has been amazing ' +
    'since the family fled. Our women’s group meets Tuesdays 10–12 at the Parish Hall, side door. Thank you to everyone who donated coats! ';
  let text = '';
  while (text.length < 2000) text += para;
  return text.slice(0, 2000);
})();

/**
 * The fastest of n runs after two warm-up runs, in milliseconds of this process's CPU time: other
 * work on a busy test machine stretches wall-clock time but not the CPU time spent here.
 */
export function fastest(n: number, f: () => void): number {
  f();
  f();
  let best = Infinity;
  for (let k = 0; k < n; k++) {
    const started = process.cpuUsage();
    f();
    const used = process.cpuUsage(started);
    best = Math.min(best, (used.user + used.system) / 1000);
  }
  return best;
}

