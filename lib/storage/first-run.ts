import { browser } from 'wxt/browser';

/** The unlisted first-run page (entrypoints/welcome/index.html). */
export const WELCOME_PATH = '/welcome.html';

/**
 * Opens the first-run page when the extension is first installed (not on updates or browser
 * restarts). Call once, synchronously, at the top of the background's main function, so the
 * listener is registered before the install event is delivered:
 *
 * @example
 *   export default defineBackground(() => { registerFirstRun(); ... });
 */
export function registerFirstRun(): void {
  browser.runtime.onInstalled.addListener((details) => {
    if (details.reason !== 'install') return;
    void browser.tabs.create({ url: browser.runtime.getURL(WELCOME_PATH as '/welcome.html') }).catch(() => {
      // No window to open a tab in (rare, e.g. a kiosk): the options page offers the same.
    });
  });
}
