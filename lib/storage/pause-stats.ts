import { browser } from 'wxt/browser';
import { RULE_IDS, type RuleId } from '../profile/rule-ids';

/**
 * Counts of pauses by rule and day, kept on this device only and never with any content:
 * what the popup shows as "pauses in the last 7 days". Days older than KEEP_DAYS are dropped
 * whenever a pause is recorded.
 */
const KEY = 'sl:pause-stats';
export const PAUSE_STATS_KEY = KEY;
export const KEEP_DAYS = 35;

export type PauseStats = Record<string, Partial<Record<RuleId, number>>>; // day (YYYY-MM-DD) → rule → count

export async function recordPause(rules: readonly RuleId[], day = new Date().toISOString().slice(0, 10)): Promise<void> {
  const stored = ((await browser.storage.local.get(KEY))[KEY] ?? {}) as PauseStats;
  const today = (stored[day] ??= {});
  for (const rule of new Set(rules)) today[rule] = (today[rule] ?? 0) + 1;
  const oldest = addDays(day, -(KEEP_DAYS - 1));
  for (const d of Object.keys(stored)) if (d < oldest) delete stored[d];
  await browser.storage.local.set({ [KEY]: stored });
}

export async function readPauseStats(): Promise<PauseStats> {
  return ((await browser.storage.local.get(KEY))[KEY] ?? {}) as PauseStats;
}

export interface WeekSummary {
  total: number;
  /** Rules with at least one pause, most frequent first. */
  byRule: { rule: RuleId; count: number }[];
  from: string;
  to: string;
}

/** Pauses over the 7 days ending `today` (inclusive), by rule. */
export function summariseWeek(stats: PauseStats, today = new Date().toISOString().slice(0, 10)): WeekSummary {
  const from = addDays(today, -6);
  const counts = new Map<RuleId, number>();
  for (const [day, rules] of Object.entries(stats)) {
    if (day < from || day > today || typeof rules !== 'object' || rules === null) continue;
    for (const rule of RULE_IDS) {
      const n = rules[rule];
      if (typeof n === 'number' && Number.isFinite(n) && n > 0) counts.set(rule, (counts.get(rule) ?? 0) + n);
    }
  }
  const byRule = [...counts].map(([rule, count]) => ({ rule, count })).sort((a, b) => b.count - a.count || RULE_IDS.indexOf(a.rule) - RULE_IDS.indexOf(b.rule));
  return { total: byRule.reduce((n, r) => n + r.count, 0), byRule, from, to: today };
}

/** Clears the counts (the person's choice, from the options page). */
export async function clearPauseStats(): Promise<void> {
  await browser.storage.local.remove(KEY);
}

export function addDays(day: string, delta: number): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + delta)).toISOString().slice(0, 10);
}
