/**
 * Relationship buttons and X Chat (issue 4), with the sample organisation's register installed.
 * A child's profile (Follow, Message) is held with no way past; an adult client's Follow warns and,
 * after one reason, exactly one follow reaches the page; a stranger's Follow reaches the page in
 * the same task. X Chat with a child shows the notice and holds the send. No network request.
 *
 * Run: npx wxt build --mode e2e && node tests/replicas/build.mjs &&
 *      TMPDIR=$PWD/.e2e-tmp node --test --test-concurrency=1 --test-timeout=120000 tests/e2e/connections-x.test.mjs
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { installProfile, openReplica, publishSampleProfile, replica, typeInto, waitForActions } from './support/index.mjs';
import { PAUSE, harnessForThisFile, settle } from './guard-kit.mjs';
import { CONNECTION, NOTICE, cancelConnection, goAhead, installTaskProbe, probeArrivals, waitForProfileInPages } from './connections-kit.mjs';

const X = 'https://x.com';
const CHAT_BILAL = `${X}/i/chat/1500000000000000042-1700000000000000112`;
const CHAT_JAMIE = `${X}/i/chat/1500000000000000042-1600000000000000901`;
const EDITOR = '[data-testid=dm-composer-textarea]';
const follow = (page) => page.locator('button[data-testid$="-follow"]');
const message = (page) => page.locator('[data-testid=sendDMFromProfile]');

// One browser for the file, with the sample profile installed before the first test.
const h = harnessForThisFile(async (harness) => {
  await installProfile(harness.serviceWorker, await publishSampleProfile());
  await waitForProfileInPages(harness, CHAT_BILAL);
});

async function open(url) {
  const page = await openReplica(h.context, url);
  await settle(page, 300);
  return page;
}

async function expectBlocked(page) {
  await page.locator(CONNECTION).waitFor();
  assert.equal(await page.locator(`${CONNECTION} .sl-reasons__toggle`).count(), 0, 'no go-ahead for block');
  await cancelConnection(page);
  await page.locator(CONNECTION).waitFor({ state: 'detached' });
  assert.deepEqual(await replica(page).actions(), [], 'the page never saw the click');
}

describe('X profiles', () => {
  test('a child: Follow and Message are held, with no way past', async () => {
    const page = await open(`${X}/bilal_az09`);
    await follow(page).click();
    await expectBlocked(page);
    await message(page).click();
    await expectBlocked(page);
    assert.equal(new URL(page.url()).pathname, '/bilal_az09', 'Message did not open a chat');
    await page.close();
  });

  test('a child who follows you (omar_k_2012): Follow is held', async () => {
    const page = await open(`${X}/omar_k_2012`);
    await follow(page).click();
    await expectBlocked(page);
    await page.close();
  });

  test('an adult client: Follow warns; one reason, and exactly one follow reaches the page', async () => {
    const page = await open(`${X}/farid_ahmadzai`);
    await follow(page).click();
    await page.locator(CONNECTION).waitFor();
    assert.deepEqual(await replica(page).actions(), []);
    await goAhead(page, 'other');
    assert.deepEqual(await waitForActions(page), [{ action: 'follow', target: 'farid_ahmadzai' }]);
    await settle(page, 200);
    assert.equal((await replica(page).actions()).length, 1);
    await page.close();
  });

  test('an adult client: Message is ordinary work and goes through', async () => {
    const page = await open(`${X}/shirin_r91`);
    await message(page).click();
    assert.deepEqual(await waitForActions(page), [{ action: 'message', target: 'shirin_r91' }]);
    assert.equal(await page.locator(CONNECTION).count(), 0);
    await page.close();
  });

  test('a stranger: Follow reaches the page in the same task as the click', async () => {
    const page = await open(`${X}/jamiecollins`);
    await installTaskProbe(page);
    await follow(page).click();
    assert.deepEqual(await waitForActions(page), [{ action: 'follow', target: 'jamiecollins' }]);
    const arrivals = await probeArrivals(page);
    console.log(`# x stranger follow: ${JSON.stringify(arrivals)}`);
    assert.ok(arrivals.filter((a) => a.kind === 'action').every((a) => a.sameTask));
    assert.equal(await page.locator(CONNECTION).count(), 0);
    await page.close();
  });
});

describe('X Chat', () => {
  test('a conversation with a child: the notice, and the send is held; with a stranger: nothing', async () => {
    const page = await openReplica(h.context, CHAT_BILAL);
    await page.locator(NOTICE).waitFor();
    await typeInto(page, EDITOR, 'hello');
    await page.keyboard.press('Enter');
    await page.locator(PAUSE).waitFor();
    assert.deepEqual(await replica(page).sent(), []);
    await page.close();

    const jamie = await openReplica(h.context, CHAT_JAMIE);
    await jamie.locator(EDITOR).waitFor();
    await settle(jamie);
    assert.equal(await jamie.locator(NOTICE).count(), 0);
    await jamie.close();
  });
});
