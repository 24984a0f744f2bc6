/**
 * The page must not learn what was flagged. On the PRODUCTION build (closed shadow root), with
 * the sample organisation's register installed, a draft naming someone on the register, an
 * address and a phone number is marked, paused and opened in a finding card on all three sites;
 * at each step a script in the page's own world searches everything it can read (every
 * attribute, every text node outside the composer, open shadow roots, titles, style sheets,
 * `CSS.highlights`) for any trace of a finding and fails if it finds one. The Chrome DevTools
 * Protocol, which can see into closed roots, confirms the marks and cards really were there, so
 * the search is not vacuous. No network request is made.
 *
 * Run: npx wxt build && node --test --test-concurrency=1 --test-timeout=60000 tests/e2e/guard-privacy.test.mjs
 * (SL_E2E_PROD_EXTENSION_DIR overrides .output/chrome-mv3.)
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { buildReplicas } from '../replicas/build.mjs';
import { REPO_ROOT, installProfile, openReplica, publishSampleProfile, replica, startHarness, typeInto } from './support/index.mjs';
import { HOST } from './guard-kit.mjs';

const PROD_DIR = process.env.SL_E2E_PROD_EXTENSION_DIR ?? path.join(REPO_ROOT, '.output/chrome-mv3');
const DRAFT = 'Hamid Noorzai is moving to 14 Elm Street, call 07700 900123';

/** Anything that would tell the page what was found: the flagged words, safer wordings, rule ids, the cards' words. */
function needles() {
  const messages = JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'lib/public/_locales/en/messages.json'), 'utf8'));
  const cardWords = Object.entries(messages)
    .filter(([key]) => key.startsWith('card_') || key.startsWith('guard_'))
    .flatMap(([, v]) => v.message.split(/\$[A-Z_0-9]+\$/))
    .map((s) => s.trim())
    .filter((s) => s.length >= 14);
  return [
    'Hamid', 'Noorzai', 'Elm Street', '07700', '900123',
    '[number removed]', 'someone we support', 'a local address',
    'register-person', 'contact-detail', 'location', 'sl-mark', 'sl-card', 'sl-badge',
    'register of people', 'private phone number', 'street address',
    ...cardWords,
  ];
}

/** Runs in the page's main world: everything a site script could read, searched for the needles. */
function pageSearch({ needles, host }) {
  const found = [];
  const lower = needles.map((n) => n.toLowerCase());
  const check = (where, value) => {
    if (!value) return;
    const v = String(value).toLowerCase();
    lower.forEach((n, i) => {
      if (v.includes(n)) found.push(`${where}: ${needles[i]}`);
    });
  };
  const inComposer = (node) => {
    const el = node.nodeType === 1 ? node : node.parentElement;
    return !!el?.closest('[contenteditable="true"], textarea');
  };
  const walk = (root, label) => {
    const tw = document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT | NodeFilter.SHOW_COMMENT);
    for (let node = tw.currentNode; node; node = tw.nextNode()) {
      if (node.nodeType === 1) {
        for (const name of node.getAttributeNames()) check(`${label} <${node.localName} ${name}>`, node.getAttribute(name));
        if (node.localName === 'style') check(`${label} <style>`, node.textContent);
        if (node.shadowRoot) walk(node.shadowRoot, `${label} #shadow(${node.localName})`);
      } else if (node.nodeType === 3 && !inComposer(node)) check(`${label} text`, node.data);
      else if (node.nodeType === 8) check(`${label} comment`, node.data);
    }
  };
  walk(document.documentElement, 'document');
  check('document.title', document.title);
  for (const sheet of document.adoptedStyleSheets) for (const rule of sheet.cssRules) check('adopted sheet', rule.cssText);
  const highlights = typeof CSS !== 'undefined' && CSS.highlights ? CSS.highlights.size : 0;
  const ours = document.querySelector(host);
  return {
    found,
    highlights,
    host: ours ? { shadowRootVisible: ours.shadowRoot !== null, attributes: ours.getAttributeNames(), lightChildren: ours.childNodes.length } : null,
  };
}

/** Through CDP (which sees closed roots): the class names inside our closed shadow root. */
async function closedRootClasses(page) {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { root } = await cdp.send('DOM.getDocument', { depth: -1, pierce: true });
    const classes = [];
    let closed = null;
    const visit = (node, inside) => {
      if (node.nodeName === HOST.toUpperCase() && node.shadowRoots?.[0]) {
        closed = node.shadowRoots[0].shadowRootType;
        visit(node.shadowRoots[0], true);
        return;
      }
      if (inside && node.attributes) {
        for (let i = 0; i < node.attributes.length; i += 2) if (node.attributes[i] === 'class') classes.push(...node.attributes[i + 1].split(/\s+/));
      }
      for (const child of node.children ?? []) visit(child, inside);
      for (const shadow of node.shadowRoots ?? []) visit(shadow, inside);
      if (node.contentDocument) visit(node.contentDocument, inside);
    };
    visit(root, false);
    return { closed, classes: new Set(classes) };
  } finally {
    await cdp.detach();
  }
}

/** Clicks our badge inside the closed root, at its on-screen position (found through CDP). */
async function clickBadge(page) {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { root } = await cdp.send('DOM.getDocument', { depth: -1, pierce: true });
    let badgeId = null;
    const visit = (node) => {
      if (badgeId) return;
      const cls = node.attributes?.[node.attributes.indexOf('class') + 1] ?? '';
      if (node.attributes?.includes('class') && /\bsl-badge\b/.test(cls) && node.nodeName === 'BUTTON') badgeId = node.backendNodeId;
      for (const child of [...(node.children ?? []), ...(node.shadowRoots ?? [])]) visit(child);
    };
    visit(root);
    assert.ok(badgeId, 'the badge exists inside the closed root');
    const { model } = await cdp.send('DOM.getBoxModel', { backendNodeId: badgeId });
    const [x1, y1, , , x3, y3] = model.border;
    await page.mouse.click((x1 + x3) / 2, (y1 + y3) / 2);
  } finally {
    await cdp.detach();
  }
}

let h;
before(async () => {
  assert.ok(fs.existsSync(path.join(PROD_DIR, 'manifest.json')), `build the production extension first (npx wxt build): ${PROD_DIR}`);
  await buildReplicas();
  h = await startHarness({ extensionDir: PROD_DIR });
  await installProfile(h.serviceWorker, await publishSampleProfile());
});
after(async () => {
  h?.network.assertClean();
  await h?.close();
});

const SITES = [
  { name: 'WhatsApp Web', url: 'https://web.whatsapp.com/', open: (p) => p.locator('#pane-side [role=row]', { hasText: 'Jamie Collins' }).click(), editor: '#main footer [data-lexical-editor=true]', send: (p) => p.keyboard.press('Enter') },
  { name: 'X', url: 'https://x.com/home', open: async () => {}, editor: '[data-testid=tweetTextarea_0]', send: (p) => p.keyboard.press('Control+Enter') },
  { name: 'X Chat', url: 'https://x.com/i/chat', open: (p) => p.locator('[data-testid^=dm-conversation-item-]', { hasText: 'Jamie Collins' }).click(), editor: '[data-testid=dm-composer-textarea]', send: (p) => p.keyboard.press('Enter') },
  { name: 'Facebook Messenger', url: 'https://www.facebook.com/messages/t/100090000000901?chat=none', open: async () => {}, editor: '[role=main] [aria-placeholder=Aa]', send: (p) => p.keyboard.press('Enter') },
  { name: 'Facebook comment', url: 'https://www.facebook.com/?chat=none', open: async () => {}, editor: '[role=article][aria-label="Post by Jamie Collins"] form[role=presentation] [data-lexical-editor=true]', send: (p) => p.keyboard.press('Enter') },
];

describe('the page cannot read what was flagged (production build, closed shadow root)', () => {
  for (const site of SITES) {
    test(site.name, async () => {
      const mark = h.network.mark();
      const page = await openReplica(h.context, site.url);
      await site.open(page);
      await page.locator(site.editor).waitFor();
      const search = () => page.evaluate(pageSearch, { needles: needles(), host: HOST });

      const baseline = await search();
      assert.deepEqual(baseline.found, [], 'the replica page itself contains none of the needles');

      await typeInto(page, site.editor, DRAFT);
      await page.waitForFunction(() => true);
      // Marks are drawn: confirm through CDP, then search as the page.
      let inside;
      for (let i = 0; i < 40; i++) {
        inside = await closedRootClasses(page);
        if (inside.classes.has('sl-mark')) break;
        await page.waitForTimeout(100);
      }
      assert.equal(inside.closed, 'closed');
      assert.ok(inside.classes.has('sl-mark') && inside.classes.has('sl-badge'), 'marks and badge are drawn in the closed root');
      let seen = await search();
      assert.deepEqual(seen.found, [], 'nothing readable while marked');
      assert.equal(seen.highlights, 0, 'no CSS Custom Highlight registry entries');
      assert.deepEqual(seen.host, { shadowRootVisible: false, attributes: [], lightChildren: 0 });

      await clickBadge(page);
      await page.waitForTimeout(150);
      assert.ok((await closedRootClasses(page)).classes.has('sl-finding-card'), 'the finding card (with the flagged words) is open');
      seen = await search();
      assert.deepEqual(seen.found, [], 'nothing readable with the finding card open');

      await page.locator(site.editor).focus();
      await site.send(page);
      await page.waitForTimeout(150);
      assert.ok((await closedRootClasses(page)).classes.has('sl-pause-card'), 'the pause card is open');
      assert.deepEqual(await replica(page).sent(), [], 'held');
      seen = await search();
      assert.deepEqual(seen.found, [], 'nothing readable with the pause card open');
      assert.equal(seen.highlights, 0);
      h.network.assertClean(mark);
      await page.close();
    });
  }
});
