import { browser } from 'wxt/browser';
import type { RuleId } from '../profile/rule-ids';

/**
 * "This is wrong" and "Send anyway" reasons, kept on this device for the organisation's own
 * review. Never the draft, never the flagged words: only which rule, which recogniser, where.
 */
const KEY = 'sl:feedback';

export interface FeedbackEntry {
  /** A false-alarm report, a send after a pause, or a friend request / follow / message after a pause. */
  kind: 'false-alarm' | 'sent-anyway' | 'connected-anyway';
  rule: RuleId;
  recogniser: string;
  platform: string;
  reason?: 'consent-given' | 'not-someone-we-support' | 'already-public' | 'other';
  at: string;
}

export async function recordFeedback(entry: Omit<FeedbackEntry, 'at'>): Promise<void> {
  const stored = ((await browser.storage.local.get(KEY))[KEY] ?? []) as FeedbackEntry[];
  stored.push({ ...entry, at: new Date().toISOString() });
  await browser.storage.local.set({ [KEY]: stored.slice(-500) });
}

export async function readFeedback(): Promise<FeedbackEntry[]> {
  return ((await browser.storage.local.get(KEY))[KEY] ?? []) as FeedbackEntry[];
}
