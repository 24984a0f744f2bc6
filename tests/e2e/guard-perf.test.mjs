/**
 * The guard's cost in Chromium, on the PRODUCTION build with a 1,000-person register installed:
 * a 2,000-character draft typed key by key into each editor technology (Lexical on WhatsApp,
 * Draft.js on X, a textarea in X Chat). A CPU profile (Chrome DevTools Protocol, 100 µs samples)
 * attributes main-thread time to the extension's content script by stack; a PerformanceObserver
 * in the page collects long tasks. Memory: the page's JS heap after garbage collection with the
 * extension, minus the same page without it. Figures go to tests/e2e/out/guard-perf.json.
 *
 * Budgets (issue 3): ≤ 4 ms of extension main-thread time per keystroke; the extension's own
 * share of any long task under 50 ms (it never makes one by itself). Each long task is reported
 * with the extension's share. The profiler's sampling makes every task longer, so long tasks are
 * also counted in an unprofiled run on WhatsApp, with and without the extension (reported).
 *
 * Run: npx wxt build && node --test --test-concurrency=1 --test-timeout=180000 tests/e2e/guard-perf.test.mjs
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { buildReplicas } from '../replicas/build.mjs';
import { REPO_ROOT, installProfile, launchBrowser, openReplica, replica, startHarness } from './support/index.mjs';
import { publishGenerated } from './guard-kit.mjs';

const PROD_DIR = process.env.SL_E2E_PROD_EXTENSION_DIR ?? path.join(REPO_ROOT, '.output/chrome-mv3');
const OUT = path.join(REPO_ROOT, 'tests/e2e/out/guard-perf.json');
const PER_KEY_BUDGET_MS = 4;
const LONG_TASK_MS = 50;

/** About 2,000 characters of an ordinary update with a few things worth a second look in it. */
const PARAGRAPHS = [
  'Thank you so much to everyone who came along on Saturday, it was brilliant to see families and volunteers together again after the summer break.',
  'We are looking for drivers and befrienders this winter, so please get in touch if you can help even for an hour or two a week.',
  'Hamid Noorzai asked me to say thanks for the lift, you can reach him on 07700 900123 if the time changes.',
  'Our English classes start again in January and the food bank is open on Wednesdays from ten until two at the church hall.',
  'If anyone has a spare cot or a winter coat for a toddler, bring it to 14 Elm Street on Thursday morning and we will sort it from there.',
  'The youth club trip to the coast went really well, the weather held and nobody got lost, which is a first.',
  'Remember that the office is closed on the bank holiday Monday, and the helpline is answered by the on-call worker instead.',
  'A big thank you to the bakery on the corner who gave us forty loaves this week, and to the students who helped sort donations.',
  'We still need people for the Sunday market stall, especially anyone who can lift boxes or speaks Pashto, Tigrinya or Ukrainian.',
  'Finally, the annual general meeting is on the twelfth, with tea and cake from half past six, everyone is welcome to come along.',
  'Please share this with anyone who might like to volunteer with us, we would love to meet new faces before the winter rush begins.',
  'Minutes from the last meeting are on the noticeboard, and copies are available at reception for anyone who missed it.',
  'The welcome pack has been updated with the new bus routes, the GP registration leaflet and the list of free activities for children over the holidays.',
  'If you have photos from the fun day, please send them to the office first so we can check everyone in them is happy to be shared before anything goes online.',
  'Parking at the centre is limited on Fridays, so if you can walk or take the bus, please do, and leave the spaces for families with small children.',
  'Thanks again to every one of you, and see you all soon.',
];
const DRAFT = PARAGRAPHS.join('\n').slice(0, 2000);
if (DRAFT.length !== 2000) throw new Error(`the draft is ${DRAFT.length} characters, not 2,000`);

const SURFACES = [
  {
    name: 'WhatsApp (Lexical)',
    url: 'https://web.whatsapp.com/',
    open: (p) => p.locator('#pane-side [role=row]', { hasText: 'Jamie Collins' }).click(),
    editor: '#main footer [data-lexical-editor=true]',
    newline: 'Shift+Enter',
  },
  { name: 'X post (Draft.js)', url: 'https://x.com/home', open: async () => {}, editor: '[data-testid=tweetTextarea_0]', newline: 'Enter' },
  {
    name: 'X Chat (textarea)',
    url: 'https://x.com/i/chat',
    open: (p) => p.locator('[data-testid^=dm-conversation-item-]', { hasText: 'Jamie Collins' }).click(),
    editor: '[data-testid=dm-composer-textarea]',
    newline: 'Shift+Enter',
  },
];

/**
 * Main-thread time whose stack includes the extension's scripts, from a V8 CPU profile, in total
 * and inside each long task (long tasks come from a PerformanceObserver; `originMs` is the page's
 * performance.now() when the profile started, which lines the two clocks up to about a millisecond).
 */
export function extensionTime(profile, extensionId, longTasks = [], originMs = 0) {
  const prefix = `chrome-extension://${extensionId}/`;
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const ours = new Map();
  const isOurs = (id) => {
    if (ours.has(id)) return ours.get(id);
    const value = byId.get(id).callFrame.url.startsWith(prefix) || (parent.has(id) && isOurs(parent.get(id)));
    ours.set(id, value);
    return value;
  };
  const inTask = longTasks.map(() => 0);
  let total = 0;
  let busy = 0;
  let at = 0;
  const { samples, timeDeltas } = profile;
  for (let i = 0; i < samples.length; i++) {
    at += timeDeltas[i] ?? 0;
    const us = timeDeltas[i + 1] ?? 0;
    const name = byId.get(samples[i]).callFrame.functionName;
    if (name !== '(idle)' && name !== '(program)') busy += us;
    if (!isOurs(samples[i])) continue;
    total += us;
    const ms = originMs + at / 1000;
    longTasks.forEach((task, k) => {
      if (ms >= task.start && ms < task.start + task.duration) inTask[k] += us / 1000;
    });
  }
  return {
    extensionMs: total / 1000,
    busyMs: busy / 1000,
    longTasks: longTasks.map((task, k) => ({ ms: Math.round(task.duration), extensionMs: Math.round(inTask[k]) })),
  };
}

async function typeDraft(page, editor, newline) {
  await page.locator(editor).click();
  const lines = DRAFT.split('\n');
  let keys = 0;
  for (const [i, line] of lines.entries()) {
    if (i > 0) {
      await page.keyboard.press(newline);
      keys++;
    }
    await page.keyboard.type(line);
    keys += line.length;
  }
  return keys;
}

async function heapAfterGc(page) {
  const cdp = await page.context().newCDPSession(page);
  try {
    for (let i = 0; i < 3; i++) await cdp.send('HeapProfiler.collectGarbage');
    const { usedSize } = await cdp.send('Runtime.getHeapUsage');
    return usedSize;
  } finally {
    await cdp.detach();
  }
}

let h;
const figures = { measuredAt: new Date().toISOString(), draftLength: DRAFT.length, register: 1000, surfaces: {}, memory: {} };

before(async () => {
  assert.ok(fs.existsSync(path.join(PROD_DIR, 'manifest.json')), `build the production extension first (npx wxt build): ${PROD_DIR}`);
  await buildReplicas();
  h = await startHarness({ extensionDir: PROD_DIR });
  await installProfile(h.serviceWorker, await publishGenerated(1000));
});
after(async () => {
  h?.network.assertClean();
  await h?.close();
  fs.mkdirSync(path.dirname(OUT), { recursive: true });
  fs.writeFileSync(OUT, JSON.stringify(figures, null, 2));
  console.log(JSON.stringify(figures, null, 2));
});

describe('guard cost while typing a 2,000-character draft with a 1,000-person register', () => {
  for (const surface of SURFACES) {
    test(surface.name, async () => {
      const page = await openReplica(h.context, surface.url);
      await surface.open(page);
      await page.locator(surface.editor).waitFor();
      await page.waitForTimeout(1500); // the profile arrives and is compiled; not part of typing
      await page.evaluate(() => {
        window.__longTasks = [];
        new PerformanceObserver((list) => window.__longTasks.push(...list.getEntries().map((e) => ({ start: e.startTime, duration: e.duration })))).observe({ type: 'longtask' });
      });
      const cdp = await page.context().newCDPSession(page);
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
      await cdp.send('Profiler.start');
      const originMs = await page.evaluate(() => performance.now());
      const started = Date.now();
      const keys = await typeDraft(page, surface.editor, surface.newline);
      const typingMs = Date.now() - started;
      await page.waitForTimeout(1500); // the last debounced analysis
      const { profile } = await cdp.send('Profiler.stop');
      await cdp.detach();
      const longTasks = await page.evaluate(() => window.__longTasks);
      assert.equal(await replica(page).text(), DRAFT, 'typed exactly');
      const t = extensionTime(profile, h.extensionId, longTasks, originMs);
      const result = {
        keystrokes: keys,
        typingSeconds: +(typingMs / 1000).toFixed(1),
        extensionMsTotal: +t.extensionMs.toFixed(1),
        extensionMsPerKeystroke: +(t.extensionMs / keys).toFixed(3),
        mainThreadBusyMsPerKeystroke: +(t.busyMs / keys).toFixed(3),
        longTasks: t.longTasks,
      };
      figures.surfaces[surface.name] = result;
      assert.ok(result.extensionMsPerKeystroke <= PER_KEY_BUDGET_MS, `${result.extensionMsPerKeystroke} ms per keystroke`);
      // The extension never runs 50 ms within one task (the long tasks seen are the page's own:
      // Lexical, Draft.js and React re-rendering, made longer by the profiler's sampling).
      const ours = t.longTasks.filter((task) => task.extensionMs >= LONG_TASK_MS);
      assert.deepEqual(ours, [], 'long tasks made of the extension’s own work');
      await page.close();
    });
  }

  test('long tasks while typing on WhatsApp, without the profiler, with and without the extension (reported)', async () => {
    const run = async (context) => {
      const page = await openReplica(context, 'https://web.whatsapp.com/');
      await page.locator('#pane-side [role=row]', { hasText: 'Jamie Collins' }).click();
      await page.waitForTimeout(1500);
      await page.evaluate(() => {
        window.__longTasks = [];
        new PerformanceObserver((list) => window.__longTasks.push(...list.getEntries().map((e) => Math.round(e.duration)))).observe({ type: 'longtask' });
      });
      await typeDraft(page, '#main footer [data-lexical-editor=true]', 'Shift+Enter');
      await page.waitForTimeout(1500);
      const tasks = await page.evaluate(() => window.__longTasks);
      await page.close();
      return tasks;
    };
    const withExtension = await run(h.context);
    const bare = await launchBrowser({ port: h.server.port, extensionDir: null });
    let without;
    try {
      without = await run(bare.context);
    } finally {
      await bare.close();
    }
    figures.longTasksWhatsApp = { withExtensionMs: withExtension, withoutExtensionMs: without };
  });

  test('memory of one tab’s content script with the register (reported)', async () => {
    const measure = async (context) => {
      const page = await openReplica(context, 'https://web.whatsapp.com/');
      await page.locator('#pane-side [role=row]', { hasText: 'Jamie Collins' }).click();
      await replica(page).setText(DRAFT);
      await page.waitForTimeout(2000);
      const used = await heapAfterGc(page);
      await page.close();
      return used;
    };
    const withExtension = await measure(h.context);
    const bare = await launchBrowser({ port: h.server.port, extensionDir: null });
    let without;
    try {
      without = await measure(bare.context);
    } finally {
      await bare.close();
    }
    figures.memory = {
      heapWithExtensionMB: +(withExtension / 2 ** 20).toFixed(2),
      heapWithoutExtensionMB: +(without / 2 ** 20).toFixed(2),
      contentScriptMB: +((withExtension - without) / 2 ** 20).toFixed(2),
    };
    assert.ok(withExtension > without, 'the content script holds something');
  });
});
