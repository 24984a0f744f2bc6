import { browser } from 'wxt/browser';
import type { RuleId } from '../profile/rule-ids';

/**
 * Counts of pauses by rule and day, kept on this device only and never with any content:
 * what the popup shows as "pauses this week".
 */
const KEY = 'sl:pause-stats';

export type PauseStats = Record<string, Partial<Record<RuleId, number>>>; // day (YYYY-MM-DD) → rule → count

export async function recordPause(rules: readonly RuleId[], day = new Date().toISOString().slice(0, 10)): Promise<void> {
  const stored = ((await browser.storage.local.get(KEY))[KEY] ?? {}) as PauseStats;
  const today = (stored[day] ??= {});
  for (const rule of new Set(rules)) today[rule] = (today[rule] ?? 0) + 1;
  await browser.storage.local.set({ [KEY]: stored });
}

export async function readPauseStats(): Promise<PauseStats> {
  return ((await browser.storage.local.get(KEY))[KEY] ?? {}) as PauseStats;
}
