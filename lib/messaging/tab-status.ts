import { browser } from 'wxt/browser';
import type { AdapterId } from '../adapters/types';

/**
 * Whether the guard is protecting a tab, passed content script → background → popup. It never
 * carries draft text or findings: only which site, whether protection works, and which kinds of
 * composer were missing.
 *
 * @example
 *   // popup
 *   const status = await requestTabStatus(tab.id);
 *   label.textContent = describeTabStatus(status);   // "Protecting this page"
 */
export type TabStatus =
  | { adapter: AdapterId; state: 'protecting' }
  | { adapter: AdapterId; state: 'not-protecting'; reason: 'changed'; problems?: string[] };

/** Content script → background: this tab's status changed. */
export interface TabStatusReport {
  type: 'sl:tab-status';
  status: TabStatus;
}

/** Popup → background (or → the tab's content script): what is this tab's status? */
export interface TabStatusRequest {
  type: 'sl:get-tab-status';
  tabId?: number;
}

export type GuardMessage = TabStatusReport | TabStatusRequest;

const ADAPTERS = new Set(['facebook', 'x', 'whatsapp']);

/** Validates a message from another context; anything else is ignored. */
export function parseGuardMessage(value: unknown): GuardMessage | null {
  if (!value || typeof value !== 'object') return null;
  const m = value as Record<string, unknown>;
  if (m.type === 'sl:get-tab-status') {
    return m.tabId === undefined || (typeof m.tabId === 'number' && Number.isInteger(m.tabId))
      ? { type: 'sl:get-tab-status', ...(typeof m.tabId === 'number' ? { tabId: m.tabId } : {}) }
      : null;
  }
  if (m.type === 'sl:tab-status') {
    const status = parseTabStatus(m.status);
    return status ? { type: 'sl:tab-status', status } : null;
  }
  return null;
}

export function parseTabStatus(value: unknown): TabStatus | null {
  if (!value || typeof value !== 'object') return null;
  const s = value as Record<string, unknown>;
  if (typeof s.adapter !== 'string' || !ADAPTERS.has(s.adapter)) return null;
  const adapter = s.adapter as AdapterId;
  if (s.state === 'protecting') return { adapter, state: 'protecting' };
  if (s.state === 'not-protecting' && s.reason === 'changed') {
    const problems = Array.isArray(s.problems) ? s.problems.filter((p): p is string => typeof p === 'string').slice(0, 10) : undefined;
    return { adapter, state: 'not-protecting', reason: 'changed', ...(problems ? { problems } : {}) };
  }
  return null;
}

/** Content script: tell the background (toolbar badge, popup). Never throws. */
export async function reportTabStatus(status: TabStatus): Promise<void> {
  const message: TabStatusReport = { type: 'sl:tab-status', status };
  try {
    await browser.runtime.sendMessage(message);
  } catch {
    // The background may be restarting; the next change reports again, and the popup can ask the tab.
  }
}

/**
 * Popup: this tab's status, or undefined on pages the guard does not run on. Asks the background
 * first and the tab's content script second (the background may have been restarted).
 */
export async function requestTabStatus(tabId: number): Promise<TabStatus | undefined> {
  const request: TabStatusRequest = { type: 'sl:get-tab-status', tabId };
  try {
    const fromBackground = parseTabStatus(await browser.runtime.sendMessage(request));
    if (fromBackground) return fromBackground;
  } catch {
    // fall through to the tab
  }
  try {
    return parseTabStatus(await browser.tabs.sendMessage(tabId, { type: 'sl:get-tab-status' } satisfies TabStatusRequest)) ?? undefined;
  } catch {
    return undefined;
  }
}

/** The words for a status, as the popup and the toolbar title show them. */
export function describeTabStatus(status: TabStatus | undefined): string {
  if (!status) return message('guard_status_unsupported', 'Second Look does not check this page');
  return status.state === 'protecting'
    ? message('guard_status_protecting', 'Protecting this page')
    : message('guard_status_not_protecting', 'Not protecting this page: it has changed');
}

function message(key: string, fallback: string): string {
  try {
    return (browser.i18n.getMessage as (k: string) => string)(key) || fallback;
  } catch {
    return fallback;
  }
}
