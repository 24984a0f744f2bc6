/**
 * Helpers for the composer-guard end-to-end tests (tests/e2e/guard-*.test.mjs): what the overlay
 * shows (the e2e build opens its shadow root, so CSS locators pierce it), the toolbar status the
 * background shows for a tab, and a generated 1,000-person organisation profile.
 */
import fs from 'node:fs';
import path from 'node:path';
import { after, before } from 'node:test';
import { buildReplicas } from '../replicas/build.mjs';
import { E2E_TMP, publishSampleProfile, replica, startHarness } from './support/index.mjs';

/**
 * One browser and replica server for a whole test file: built before its first test (then
 * `prepare`, such as installing a profile), checked for network requests and closed after its
 * last. The returned object is filled in by `before`.
 */
export function harnessForThisFile(prepare) {
  const harness = {};
  before(async () => {
    await buildReplicas();
    Object.assign(harness, await startHarness(harnessOptions()));
    await prepare?.(harness);
  });
  after(async () => {
    harness.network?.assertClean();
    await harness.close?.();
  });
  return harness;
}

/**
 * Options for startHarness: the default e2e build, or another unpacked copy named by
 * SL_E2E_EXTENSION_DIR (handy when several people build in one checkout).
 */
export const harnessOptions = (overrides = {}) => ({
  ...(process.env.SL_E2E_EXTENSION_DIR ? { extensionDir: process.env.SL_E2E_EXTENSION_DIR } : {}),
  ...overrides,
});

export const HOST = 'second-look-guard';
export const MARK = `${HOST} .sl-mark`;
export const BADGE = `${HOST} .sl-badge`;
export const PAUSE = `${HOST} .sl-pause-card`;
export const FINDING_CARD = `${HOST} .sl-finding-card`;

/** A draft with one private phone number (contact-detail, with the safer wording "[number removed]"). */
export const HARMFUL = 'Call me on 07700 900123 tonight';
export const FIXED = 'Call me on [number removed] tonight';
export const CLEAN = 'See you at the drop-in on Thursday';

/** What the overlay shows right now. */
export async function overlay(page) {
  return page.evaluate((host) => {
    const root = document.querySelector(host)?.shadowRoot;
    return {
      marks: root ? root.querySelectorAll('.sl-mark').length : 0,
      badge: root?.querySelector('.sl-badge__count')?.textContent ?? null,
      pause: root ? root.querySelectorAll('.sl-pause-card').length : 0,
      card: root ? root.querySelectorAll('.sl-card').length : 0,
    };
  }, HOST);
}

export async function waitForMarks(page, count = 1) {
  await page.locator(MARK).nth(count - 1).waitFor({ state: 'attached' });
}

/** Waits for the analyser to have looked (debounce) and asserts nothing is shown. */
export async function settle(page, ms = 400) {
  await page.waitForTimeout(ms);
}

const MESSAGES = JSON.parse(fs.readFileSync(path.resolve(import.meta.dirname, '../../lib/public/_locales/en/messages.json'), 'utf8'));

/** The English text of a message key, as the extension shows it. */
export function msg(key) {
  const text = MESSAGES[key]?.message;
  if (!text) throw new Error(`no message ${key}`);
  return text;
}

/** Clicks a pause-card button by its message key (card_edit, card_apply_safer, card_copy_safer…). */
export async function clickPauseButton(page, key) {
  await page.locator(`${PAUSE} button`, { hasText: msg(key) }).first().click();
}

const REASONS = ['consent-given', 'not-someone-we-support', 'already-public', 'other'];

/** "Send anyway…" then one tap on a reason. */
export async function sendAnyway(page, reason = 'consent-given') {
  await clickPauseButton(page, 'card_send_anyway');
  await page.locator(`${PAUSE} .sl-button--reason`).nth(REASONS.indexOf(reason)).click();
}

/** The id of the tab showing `page` (the most recently activated tab on that URL). */
export async function tabIdOf(h, page) {
  await page.bringToFront();
  const url = page.url();
  return h.serviceWorker.evaluate(async (href) => {
    const tabs = await chrome.tabs.query({});
    const match = tabs.find((t) => t.url === href) ?? tabs.find((t) => t.active);
    return match?.id ?? null;
  }, url);
}

/** What the toolbar button says for the tab: badge text and title. */
export async function toolbar(h, page) {
  const tabId = await tabIdOf(h, page);
  return h.serviceWorker.evaluate(async (id) => ({ text: await chrome.action.getBadgeText({ tabId: id }), title: await chrome.action.getTitle({ tabId: id }) }), tabId);
}

/** Waits until the toolbar title for the tab is `title`. */
export async function waitForToolbar(h, page, title, timeoutMs = 8000) {
  const started = Date.now();
  let last;
  while (Date.now() - started < timeoutMs) {
    last = await toolbar(h, page);
    if (last.title === title) return last;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`toolbar title stayed ${JSON.stringify(last)}; expected ${title}`);
}

/** The popup's question, asked from an extension page: lib/messaging requestTabStatus's first hop. */
export async function askBackground(h, tabId) {
  const page = await h.context.newPage();
  try {
    await page.goto(`chrome-extension://${h.extensionId}/popup.html`);
    return await page.evaluate((id) => chrome.runtime.sendMessage({ type: 'sl:get-tab-status', tabId: id }), tabId);
  } finally {
    await page.close();
  }
}

export const PROTECTING = 'Protecting this page';
export const NOT_PROTECTING = 'Not protecting this page: it has changed';

/** The last send the page recorded (from its editor state). */
export async function lastSent(page) {
  return (await replica(page).sent()).at(-1);
}

// ── A 1,000-person register, generated deterministically and published with lib/profile/publish.ts ──

let seed = 20261122;
const random = () => ((seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0) / 2 ** 32);
const pick = (list) => list[Math.floor(random() * list.length)];
const SYLLABLES = ['ka', 'ri', 'mo', 'na', 'sa', 'le', 'to', 'vi', 'da', 'zu', 'fe', 'ho', 'ja', 'ni', 'ro', 'be', 'shi', 'ta', 'lu', 'mi'];
const word = () => {
  const w = Array.from({ length: 2 + Math.floor(random() * 2) }, () => pick(SYLLABLES)).join('');
  return w[0].toUpperCase() + w.slice(1);
};

export function generateSource(people = 1000) {
  seed = 20261122;
  const sample = JSON.parse(fs.readFileSync(path.resolve(import.meta.dirname, '../fixtures/sample-profile.json'), 'utf8'));
  return {
    ...sample,
    people: [
      ...sample.people,
      ...Array.from({ length: people - sample.people.length }, (_, i) => ({
        id: `gen-${i}`,
        name: `${word()} ${word()}`,
        aliases: i % 3 === 0 ? [word()] : [],
        kind: pick(['client', 'family', 'child']),
        household: `gh-${Math.floor(i / 3)}`,
        phones: [`07700 8${String(i).padStart(5, '0')}`],
        emails: i % 2 ? [`person${i}@mail.example`] : [],
      })),
    ],
  };
}

/** Publishes a generated register of `people` (cached per run in .e2e-tmp). */
export async function publishGenerated(people = 1000) {
  fs.mkdirSync(E2E_TMP, { recursive: true });
  const file = path.join(E2E_TMP, `guard-source-${people}.json`);
  fs.writeFileSync(file, JSON.stringify(generateSource(people)));
  return publishSampleProfile(file);
}
