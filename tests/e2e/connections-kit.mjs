/**
 * Helpers for the connection e2e tests (tests/e2e/connections-*.test.mjs): the standing notice,
 * the connection pause card, "go ahead", and a page-side probe that measures whether a click the
 * extension let through reached the page's own handlers in the same task.
 */
import { HOST, msg } from './guard-kit.mjs';

export const NOTICE = `${HOST} .sl-notice`;
export const CONNECTION = `${HOST} .sl-connection-card`;

const REASONS = ['consent-given', 'not-someone-we-support', 'already-public', 'other'];

/** "Go ahead anyway…" then one tap on a reason. */
export async function goAhead(page, reason = 'consent-given') {
  await page.locator(`${CONNECTION} button`, { hasText: msg('card_connect_go_ahead') }).click();
  await page.locator(`${CONNECTION} .sl-button--reason`).nth(REASONS.indexOf(reason)).click();
}

/** The connection card's primary (cancel) button. */
export async function cancelConnection(page) {
  await page.locator(`${CONNECTION} .sl-button--primary`).click();
}

/**
 * Installs, in the page's main world, a window capture listener (registered after the content
 * script's, so it runs after the guard's decision in the same dispatch) that opens a "task" for
 * each trusted click and closes it with a zero timeout; and bubble listeners on `document` (after
 * React's root listener) and for `replica:action`. Each arrival records whether it came in the
 * click's own task and how long after the click event was created.
 */
export async function installTaskProbe(page) {
  await page.evaluate(() => {
    const probe = { arrivals: [] };
    let current = null;
    let next = 0;
    window.addEventListener(
      'click',
      (event) => {
        if (!event.isTrusted) return;
        const task = { id: ++next, stamp: event.timeStamp, captured: performance.now() };
        current = task;
        setTimeout(() => {
          if (current === task) current = null;
        }, 0);
      },
      true,
    );
    const arrive = (kind) => (event) => {
      if (kind === 'document' && !event.isTrusted) return;
      probe.arrivals.push({ kind, sameTask: current !== null && current.id === next, task: current?.id ?? null, sinceEventMs: current ? performance.now() - current.stamp : null, sinceCaptureMs: current ? performance.now() - current.captured : null });
    };
    document.addEventListener('click', arrive('document'));
    document.addEventListener('replica:action', arrive('action'));
    window.__probe = probe;
  });
}

export async function probeArrivals(page) {
  return page.evaluate(() => window.__probe.arrivals.splice(0));
}

/**
 * Frames between a node matching `pageSelector` being (re)inserted and the notice appearing in our
 * (e2e-open) shadow root. Call `arm` before the switch, then `read`.
 */
export async function armSwitchTiming(page, pageSelector) {
  await page.evaluate(
    ({ pageSelector, host }) => {
      const timing = { frames: 0, inserted: null, notice: null };
      const loop = () => {
        timing.frames++;
        requestAnimationFrame(loop);
      };
      requestAnimationFrame(loop);
      const before = document.querySelector(pageSelector);
      new MutationObserver(() => {
        const now = document.querySelector(pageSelector);
        if (!timing.inserted && now && now !== before) timing.inserted = { at: performance.now(), frame: timing.frames };
      }).observe(document.body, { childList: true, subtree: true });
      const root = document.querySelector(host).shadowRoot;
      new MutationObserver(() => {
        if (!timing.notice && timing.inserted && root.querySelector('.sl-notice')) timing.notice = { at: performance.now(), frame: timing.frames };
      }).observe(root, { childList: true, subtree: true });
      window.__switchTiming = timing;
    },
    { pageSelector, host: HOST },
  );
}

export async function readSwitchTiming(page) {
  await page.waitForFunction(() => window.__switchTiming.notice !== null);
  return page.evaluate(() => {
    const { inserted, notice } = window.__switchTiming;
    return { frames: notice.frame - inserted.frame, ms: notice.at - inserted.at };
  });
}

/**
 * After installing a profile: waits until a fresh page's content script has it (the background's
 * first read and validation takes a few seconds on a cold start), by opening a conversation with a
 * child and waiting for the notice.
 */
export async function waitForProfileInPages(h, url, open = async () => {}) {
  const { openReplica } = await import('./support/index.mjs');
  const page = await openReplica(h.context, url);
  await open(page);
  await page.locator(NOTICE).waitFor({ timeout: 20000 });
  await page.close();
}
