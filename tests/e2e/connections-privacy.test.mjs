/**
 * The page must not learn who a conversation is with or why a click was held (issue 4). On the
 * PRODUCTION build (closed shadow root), with the sample register installed, the standing notice
 * (WhatsApp, X Chat) and the connection card (Facebook, X, WhatsApp New chat) are shown; at each
 * step a script in the page's own world searches everything it can read for the notice's and
 * card's words, rule ids, class names and register facts the page does not itself show. CDP, which
 * sees into closed roots, confirms the notice and card were really there. Our host is in the page
 * in every conversation, with or without a child, and looks the same. No network request.
 *
 * Run: npx wxt build && node tests/replicas/build.mjs &&
 *      TMPDIR=$PWD/.e2e-tmp node --test --test-concurrency=1 --test-timeout=120000 tests/e2e/connections-privacy.test.mjs
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { buildReplicas } from '../replicas/build.mjs';
import { REPO_ROOT, installProfile, openReplica, publishSampleProfile, startHarness } from './support/index.mjs';
import { HOST } from './guard-kit.mjs';

const PROD_DIR = process.env.SL_E2E_PROD_EXTENSION_DIR ?? path.join(REPO_ROOT, '.output/chrome-mv3');

function needles() {
  const messages = JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'lib/public/_locales/en/messages.json'), 'utf8'));
  const words = Object.entries(messages)
    .filter(([key]) => key.startsWith('card_notice_') || key.startsWith('card_connect_') || key.startsWith('connect_') || key.startsWith('card_rule_minor') || key.startsWith('card_rule_client'))
    .flatMap(([, v]) => v.message.split(/\$[A-Z_0-9]+\$/))
    .map((s) => s.trim())
    .filter((s) => s.length >= 14);
  return [
    // rule ids, class names, and register facts the replica pages never show
    'minor-contact', 'client-connection', 'contact-context', 'sl-notice', 'sl-connection', 'sl-card',
    'Kateryna', '2009-03-05', '2011-08-09', 'young person', 'Claire Whitfield', 'safeguarding',
    ...words,
  ];
}

/** Runs in the page's main world: everything a site script could read, searched for the needles. */
function pageSearch({ needles, host }) {
  const found = [];
  const lower = needles.map((n) => n.toLowerCase());
  const check = (where, value) => {
    if (!value) return;
    const v = String(value).toLowerCase();
    lower.forEach((n, i) => v.includes(n) && found.push(`${where}: ${needles[i]}`));
  };
  const walk = (root, label) => {
    const tw = document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT | NodeFilter.SHOW_COMMENT);
    for (let node = tw.currentNode; node; node = tw.nextNode()) {
      if (node.nodeType === 1) {
        for (const name of node.getAttributeNames()) check(`${label} <${node.localName} ${name}>`, node.getAttribute(name));
        if (node.shadowRoot) walk(node.shadowRoot, `${label} #shadow(${node.localName})`);
      } else check(`${label} text`, node.data);
    }
  };
  walk(document.documentElement, 'document');
  check('document.title', document.title);
  for (const sheet of document.adoptedStyleSheets) for (const rule of sheet.cssRules) check('adopted sheet', rule.cssText);
  const ours = document.querySelector(host);
  return { found, host: ours ? { shadowRootVisible: ours.shadowRoot !== null, attributes: ours.getAttributeNames(), lightChildren: ours.childNodes.length } : null };
}

/** Through CDP (which sees closed roots): the class names inside our closed shadow root. */
async function closedRootClasses(page) {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { root } = await cdp.send('DOM.getDocument', { depth: -1, pierce: true });
    const classes = new Set();
    let closed = null;
    const visit = (node, inside) => {
      if (node.nodeName === HOST.toUpperCase() && node.shadowRoots?.[0]) {
        closed = node.shadowRoots[0].shadowRootType;
        return visit(node.shadowRoots[0], true);
      }
      if (inside && node.attributes) for (let i = 0; i < node.attributes.length; i += 2) if (node.attributes[i] === 'class') node.attributes[i + 1].split(/\s+/).forEach((c) => classes.add(c));
      for (const child of [...(node.children ?? []), ...(node.shadowRoots ?? [])]) visit(child, inside);
    };
    visit(root, false);
    return { closed, classes };
  } finally {
    await cdp.detach();
  }
}

async function waitForClass(page, name, present = true) {
  for (let i = 0; i < 100; i++) {
    const inside = await closedRootClasses(page);
    if (inside.classes.has(name) === present) return inside;
    await page.waitForTimeout(100);
  }
  throw new Error(`${name} never ${present ? 'appeared' : 'went'}`);
}

let h;
before(async () => {
  assert.ok(fs.existsSync(path.join(PROD_DIR, 'manifest.json')), `build the production extension first (npx wxt build): ${PROD_DIR}`);
  await buildReplicas();
  h = await startHarness({ extensionDir: PROD_DIR });
  await installProfile(h.serviceWorker, await publishSampleProfile());
  // The first page after an install waits a few seconds for the background's first read.
  const warm = await openReplica(h.context, 'https://web.whatsapp.com/');
  await warm.locator('#pane-side [role=row]', { hasText: 'Bilal Ahmadzai' }).click();
  await waitForClass(warm, 'sl-notice');
  await warm.close();
});
after(async () => {
  h?.network.assertClean();
  await h?.close();
});

const STEPS = [
  {
    name: 'WhatsApp: a chat with a child (notice), after a stranger’s chat (host already there, unchanged)',
    url: 'https://web.whatsapp.com/',
    async act(page, search) {
      await page.locator('#pane-side [role=row]', { hasText: 'Jamie Collins' }).click();
      await page.locator('#main footer [data-lexical-editor=true]').waitFor();
      await page.waitForTimeout(300);
      const stranger = await search();
      assert.deepEqual(stranger.host, { shadowRootVisible: false, attributes: [], lightChildren: 0 }, 'host present in a stranger’s chat too');
      await page.locator('#pane-side [role=row]', { hasText: 'Bilal Ahmadzai' }).click();
      return 'sl-notice';
    },
  },
  {
    name: 'WhatsApp: New chat with a child’s number (connection card)',
    url: 'https://web.whatsapp.com/',
    async act(page) {
      await page.locator('button[aria-label="New chat"]').click();
      await page.locator('#side input').fill('07700 900115');
      await page.locator('#side [role=button]', { hasText: '7700 900115' }).click();
      return 'sl-connection-card';
    },
  },
  {
    name: 'Facebook: Add friend on a child’s profile (connection card)',
    url: 'https://www.facebook.com/bilal.ahmadzai.09?chat=none',
    async act(page) {
      await page.waitForTimeout(300);
      await page.locator('[role=main] [role=button][aria-label="Add friend"]').click();
      return 'sl-connection-card';
    },
  },
  {
    name: 'X: Follow on an adult client’s profile (connection card, warn)',
    url: 'https://x.com/farid_ahmadzai',
    async act(page) {
      await page.waitForTimeout(300);
      await page.locator('button[data-testid$="-follow"]').click();
      return 'sl-connection-card';
    },
  },
  {
    name: 'X Chat: a conversation with a child (notice)',
    url: 'https://x.com/i/chat/1500000000000000042-1700000000000000112',
    async act() {
      return 'sl-notice';
    },
  },
];

describe('the page cannot read who a conversation is with or why a click was held (production build)', () => {
  for (const step of STEPS) {
    test(step.name, async () => {
      const mark = h.network.mark();
      const page = await openReplica(h.context, step.url);
      const search = () => page.evaluate(pageSearch, { needles: needles(), host: HOST });
      assert.deepEqual((await search()).found, [], 'the replica page itself contains none of the needles');
      const shown = await step.act(page, search);
      const inside = await waitForClass(page, shown);
      assert.equal(inside.closed, 'closed');
      const seen = await search();
      assert.deepEqual(seen.found, [], 'nothing readable');
      assert.deepEqual(seen.host, { shadowRootVisible: false, attributes: [], lightChildren: 0 });
      h.network.assertClean(mark);
      await page.close();
    });
  }
});
