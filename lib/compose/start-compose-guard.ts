/**
 * Wires the guard into a content script: the analyser with the active profile (compiled once,
 * recompiled when it changes), the overlay, on-device records, and the tab status for the
 * background. Called from `entrypoints/<site>.content/index.ts` at document_start.
 *
 * @example
 *   export default defineContentScript({ matches, runAt: 'document_start', cssInjectionMode: 'ui',
 *     main: (ctx) => startComposeGuard(ctx, whatsappAdapter) });
 */
import type { ContentScriptContext } from '#imports';
import { browser } from 'wxt/browser';
import { analyse, compileProfile } from '../analyser';
import type { SiteAdapter } from '../adapters/types';
import { onProfileChanged, requestActiveProfile } from '../messaging/profile-channel';
import { parseGuardMessage, reportTabStatus } from '../messaging/tab-status';
import { recordFeedback } from '../storage/feedback';
import { recordPause } from '../storage/pause-stats';
import { ComposeGuard, type GuardProfile } from './guard';
import { createOverlay } from './overlay';

export function startComposeGuard(ctx: ContentScriptContext, adapter: SiteAdapter, options: { shadowMode: 'open' | 'closed' }): ComposeGuard {
  let profile: GuardProfile = { compiled: compileProfile(undefined), published: undefined };
  const overlay = createOverlay(ctx, options.shadowMode);

  const guard = new ComposeGuard({
    window,
    adapter,
    overlay,
    analyse,
    profile: () => profile,
    report: (status) => void reportTabStatus(status),
    recordPause: (rules) => void recordPause(rules).catch(() => undefined),
    recordFeedback: (entry) => void recordFeedback(entry).catch(() => undefined),
    copyText,
    signal: ctx.signal,
  });
  guard.start();

  const useProfile = (published: GuardProfile['published']) => {
    try {
      profile = { compiled: compileProfile(published), published };
    } catch {
      profile = { compiled: compileProfile(undefined), published: undefined };
    }
    guard.profileChanged();
  };
  // The background reads and validates the profile; the page's script only receives it.
  const refresh = () => void requestActiveProfile().then((published) => !ctx.isInvalid && useProfile(published));
  refresh();
  ctx.onInvalidated(onProfileChanged(refresh));

  ctx.addEventListener(window, 'wxt:locationchange', () => guard.rescan());

  // The popup may ask this tab directly when the background has forgotten (service worker restart).
  const onMessage = (raw: unknown) => {
    const message = parseGuardMessage(raw);
    if (message?.type === 'sl:get-tab-status') return Promise.resolve(guard.status());
    return undefined;
  };
  browser.runtime.onMessage.addListener(onMessage);
  ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(onMessage));

  return guard;
}

/** "Copy a safer version": the person's click is the user gesture the clipboard needs. */
async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}
