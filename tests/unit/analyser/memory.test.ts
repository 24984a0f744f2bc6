import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/**
 * Analysis runs on every pause in typing, so its working data must die young. Kept alive past a
 * young-generation collection (a WeakMap keyed by the analysis did this), it is promoted to the
 * old generation: each collection then takes milliseconds, landing in typing. Measured in a
 * fresh process by memory-probe.ts.
 */
describe('analysis memory', () => {
  it('promotes next to nothing to the old generation', () => {
    const probe = fileURLToPath(new URL('./memory-probe.ts', import.meta.url));
    const output = execFileSync(process.execPath, ['--expose-gc', '--import', 'tsx', probe], { encoding: 'utf8', timeout: 60_000 });
    const promotedPerAnalysis = Number(output.trim());
    expect(Number.isFinite(promotedPerAnalysis)).toBe(true);
    // Measured: about 1-3 KB with one-slot caches, about 55 KB when every analysis was kept in a WeakMap.
    expect(promotedPerAnalysis).toBeLessThan(12 * 1024);
  }, 60_000);
});
