/**
 * Records every request the browser context makes (pages, frames, extension pages and the
 * extension's service worker) so tests can prove the extension made no network request.
 *
 * A request is a violation when it:
 *   - goes anywhere but the three replica hosts, chrome-extension://, data:, blob: or about:;
 *   - goes to a replica host but is not something the replica pages themselves load (a page
 *     navigation, a /__replica/ bundle or the favicon): the pages never fetch, so that was the extension;
 *   - comes from the service worker or an extension page and is not chrome-extension://.
 * WebSockets opened by any page are violations too. Chromium's own background requests
 * (accounts.google.com, update.googleapis.com) never reach Playwright; they die at the resolver
 * (`MAP * ~NOTFOUND`), see tests/e2e/README.md.
 */
import { ASSET_PREFIX, REPLICA_HOSTS } from './server.mjs';

const ALWAYS_LOCAL = ['chrome-extension:', 'data:', 'blob:', 'about:'];

function classify(record) {
  const url = new URL(record.url);
  if (ALWAYS_LOCAL.includes(url.protocol)) return null;
  if (record.initiator === 'service-worker') return 'the extension service worker made a network request';
  if (record.initiator === 'extension-page') return 'an extension page made a network request';
  if (url.protocol !== 'https:' || !REPLICA_HOSTS.includes(url.hostname)) return 'request left the mapped hosts';
  const pageLoad = record.isNavigation || url.pathname.startsWith(ASSET_PREFIX) || url.pathname === '/favicon.ico';
  if (!pageLoad) return `unexpected ${record.resourceType} request to a replica host (the pages never make one)`;
  return null;
}

/**
 * @param {import('playwright-core').BrowserContext} context
 */
export function createNetworkGuard(context) {
  /** @type {Array<{url: string, method: string, resourceType: string, isNavigation: boolean, initiator: 'page'|'extension-page'|'service-worker', from: string, failure: string|null, violation: string|null}>} */
  const requests = [];
  const byRequest = new WeakMap();

  const onRequest = (request) => {
    const worker = request.serviceWorker();
    let from = '';
    let initiator = 'page';
    if (worker) {
      initiator = 'service-worker';
      from = worker.url();
    } else {
      try {
        from = request.frame().url();
      } catch {
        from = '(detached frame)';
      }
      if (from.startsWith('chrome-extension://')) initiator = 'extension-page';
    }
    const record = {
      url: request.url(),
      method: request.method(),
      resourceType: request.resourceType(),
      isNavigation: request.isNavigationRequest(),
      initiator,
      from,
      failure: null,
      violation: null,
    };
    record.violation = classify(record);
    requests.push(record);
    byRequest.set(request, record);
  };
  const onFailed = (request) => {
    const record = byRequest.get(request);
    if (record) record.failure = request.failure()?.errorText ?? 'failed';
  };
  const onWebSocket = (socket) => {
    requests.push({ url: socket.url(), method: 'GET', resourceType: 'websocket', isNavigation: false, initiator: 'page', from: '', failure: null, violation: 'a page opened a WebSocket' });
  };
  const watchPage = (page) => page.on('websocket', onWebSocket);

  context.on('request', onRequest);
  context.on('requestfailed', onFailed);
  context.on('page', watchPage);
  context.pages().forEach(watchPage);

  return {
    requests,
    /** Index to pass to violations() to look only at what happened afterwards. */
    mark: () => requests.length,
    violations: (since = 0) => requests.slice(since).filter((r) => r.violation),
    /** Throws, listing every offending request, if anything broke isolation. */
    assertClean(since = 0) {
      const bad = requests.slice(since).filter((r) => r.violation);
      if (bad.length) {
        const lines = bad.map((r) => `  ${r.violation}: ${r.method} ${r.url} (from ${r.initiator} ${r.from}${r.failure ? `, ${r.failure}` : ''})`);
        throw new Error(`Network isolation broken by ${bad.length} request(s):\n${lines.join('\n')}`);
      }
    },
    summary() {
      const hosts = new Map();
      for (const r of requests) {
        const key = r.url.startsWith('chrome-extension:') ? 'chrome-extension://' : new URL(r.url).origin;
        hosts.set(key, (hosts.get(key) ?? 0) + 1);
      }
      return Object.fromEntries(hosts);
    },
    dispose() {
      context.off('request', onRequest);
      context.off('requestfailed', onFailed);
      context.off('page', watchPage);
    },
  };
}
