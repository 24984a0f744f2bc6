/**
 * Small helpers for e2e tests on the replica pages. All navigation goes through
 * openReplica/gotoReplica, which refuse any host that is not mapped to the local server.
 */
import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { REPO_ROOT } from './launch.mjs';
import { REPLICA_HOSTS } from './server.mjs';

const run = promisify(execFile);

/** Storage key the extension reads an imported profile from (lib/storage/active-profile.ts). */
export const IMPORTED_PROFILE_KEY = 'sl:imported-profile';

/** Throws unless `url` is https on one of the three mapped hosts (or about:blank). */
export function assertMappedUrl(url) {
  if (url === 'about:blank') return;
  const parsed = new URL(url);
  if (parsed.protocol !== 'https:' || !REPLICA_HOSTS.includes(parsed.hostname)) {
    throw new Error(`Refusing to navigate to ${url}: only https://{${REPLICA_HOSTS.join(',')}} are mapped to the replica server`);
  }
}

export async function waitForReplica(page) {
  await page.waitForFunction(() => window.__replica?.ready === true);
}

/** Opens a new tab on a replica page and waits until `window.__replica` is installed. */
export async function openReplica(context, url) {
  assertMappedUrl(url);
  const page = await context.newPage();
  await page.goto(url);
  await waitForReplica(page);
  return page;
}

/** Full navigation (a fresh document) of an existing tab to another replica page. */
export async function gotoReplica(page, url) {
  assertMappedUrl(url);
  await page.goto(url);
  await waitForReplica(page);
}

/**
 * Clicks the element (CSS pierces open shadow roots) and types `text` with real key events.
 * Newlines are typed with Shift+Enter by default, because Enter sends on Lexical chat composers.
 */
export async function typeInto(page, selector, text, { newline = 'Shift+Enter', delay = 0 } = {}) {
  await page.locator(selector).first().click();
  const lines = text.split('\n');
  for (const [index, line] of lines.entries()) {
    if (index > 0) await page.keyboard.press(newline);
    if (line) await page.keyboard.type(line, { delay });
  }
}

/** `window.__replica` from the test side. */
export function replica(page) {
  return {
    text: () => page.evaluate(() => window.__replica.getText()),
    setText: (text) => page.evaluate((t) => window.__replica.setText(t), text),
    sent: () => page.evaluate(() => window.__replica.getSent()),
    actions: () => page.evaluate(() => window.__replica.getActions()),
    activeSurface: () => page.evaluate(() => window.__replica.activeSurface()),
    composers: () => page.evaluate(() => window.__replica.composers()),
  };
}

/** Waits until at least `count` sends have been recorded; returns them all. */
export async function waitForSent(page, count = 1) {
  await page.waitForFunction((n) => window.__replica.getSent().length >= n, count);
  return replica(page).sent();
}

/** Waits until at least `count` relationship actions have been recorded; returns them all. */
export async function waitForActions(page, count = 1) {
  await page.waitForFunction((n) => window.__replica.getActions().length >= n, count);
  return replica(page).actions();
}

/** Waits until the active composer's state text equals `expected`. */
export async function waitForText(page, expected) {
  await page.waitForFunction((t) => window.__replica.getText() === t, expected);
}

/**
 * Publishes tests/fixtures/sample-profile.json (or `sourceFile`) with lib/profile/publish.ts,
 * via tsx in a child process; returns the published profile object.
 */
export async function publishSampleProfile(sourceFile = path.join(REPO_ROOT, 'tests/fixtures/sample-profile.json')) {
  const script = path.join(REPO_ROOT, 'tests/e2e/support/publish-profile.ts');
  const { stdout } = await run('npx', ['--no-install', 'tsx', script, sourceFile], { cwd: REPO_ROOT, maxBuffer: 64 * 1024 * 1024 });
  return JSON.parse(stdout);
}

/** Stores a published profile where the extension looks for an imported one. */
export async function installProfile(serviceWorker, published) {
  const stored = await serviceWorker.evaluate(async ([key, value]) => {
    await chrome.storage.local.set({ [key]: value });
    return (await chrome.storage.local.get(key))[key]?.publishedAt;
  }, [IMPORTED_PROFILE_KEY, published]);
  if (stored !== published.publishedAt) throw new Error('The published profile did not reach chrome.storage.local');
}

/** Removes an imported profile again (tests that install one should not leak it into the next). */
export async function removeProfile(serviceWorker) {
  await serviceWorker.evaluate((key) => chrome.storage.local.remove(key), IMPORTED_PROFILE_KEY);
}
