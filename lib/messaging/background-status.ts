import { browser, type Browser } from 'wxt/browser';
import { describeTabStatus, parseGuardMessage, type TabStatus } from './tab-status';

/**
 * The background's part: keep each tab's status, show it on the toolbar button (badge text and
 * title), and answer the popup. Statuses live in memory and in `storage.session` (where the
 * browser has it) so a restarted service worker still knows them.
 */
const SESSION_KEY = 'sl:tab-statuses';

interface Action {
  setBadgeText(details: { tabId: number; text: string }): Promise<void>;
  setBadgeBackgroundColor(details: { tabId: number; color: string }): Promise<void>;
  setTitle(details: { tabId: number; title: string }): Promise<void>;
}

function toolbarAction(): Action | undefined {
  const b = browser as unknown as { action?: Action; browserAction?: Action };
  return b.action ?? b.browserAction;
}

/** Starts the status service; returns the ids of tabs where a guard has reported (for broadcasts). */
export function startTabStatusService(): { guardedTabs(): number[] } {
  const statuses = new Map<number, TabStatus>();
  const session = (browser.storage as unknown as { session?: Browser.storage.StorageArea }).session;
  const restored = session
    ? session
        .get(SESSION_KEY)
        .then((stored) => {
          const saved = (stored[SESSION_KEY] ?? {}) as Record<string, TabStatus>;
          for (const [tab, status] of Object.entries(saved)) if (!statuses.has(Number(tab))) statuses.set(Number(tab), status);
        })
        .catch(() => undefined)
    : Promise.resolve();

  const persist = () => {
    if (!session) return;
    void session.set({ [SESSION_KEY]: Object.fromEntries(statuses) }).catch(() => undefined);
  };

  browser.runtime.onMessage.addListener((raw: unknown, sender: Browser.runtime.MessageSender) => {
    const message = parseGuardMessage(raw);
    if (!message) return undefined;
    if (message.type === 'sl:tab-status') {
      const tabId = sender.tab?.id;
      // Only the top frame of a tab speaks for the tab.
      if (tabId === undefined || (sender.frameId !== undefined && sender.frameId !== 0)) return undefined;
      statuses.set(tabId, message.status);
      persist();
      void showOnToolbar(tabId, message.status);
      return undefined;
    }
    const tabId = message.tabId;
    if (tabId === undefined) return undefined;
    return restored.then(() => statuses.get(tabId) ?? null);
  });

  browser.tabs.onRemoved.addListener((tabId) => {
    if (statuses.delete(tabId)) persist();
  });

  // A full navigation starts a new document: its content script reports again (or none runs).
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.status === 'loading' && change.url !== undefined && statuses.delete(tabId)) {
      persist();
      void showOnToolbar(tabId, undefined);
    }
  });

  return { guardedTabs: () => [...statuses.keys()] };
}

export async function showOnToolbar(tabId: number, status: TabStatus | undefined): Promise<void> {
  const action = toolbarAction();
  if (!action) return;
  try {
    if (!status) {
      await action.setBadgeText({ tabId, text: '' });
      await action.setTitle({ tabId, title: '' });
      return;
    }
    const ok = status.state === 'protecting';
    await action.setBadgeText({ tabId, text: ok ? '✓' : '!' });
    await action.setBadgeBackgroundColor({ tabId, color: ok ? '#1e7a46' : '#b3261e' });
    await action.setTitle({ tabId, title: describeTabStatus(status) });
  } catch {
    // The tab closed meanwhile.
  }
}
