/**
 * Who a WhatsApp conversation is with (issue 4), with the sample organisation's register
 * installed: a chat with a child (saved contact, unsaved number in bidi marks) shows the standing
 * notice and holds the send (minor-contact, block); a group with a child shows the notice and only
 * warns; a stranger's chat shows nothing. "New chat" with a child's number is held; with another
 * number it goes through in the same task. The notice appears within one frame of `#main` being
 * replaced. No network request.
 *
 * Run: npx wxt build --mode e2e && node tests/replicas/build.mjs &&
 *      TMPDIR=$PWD/.e2e-tmp node --test --test-concurrency=1 --test-timeout=120000 tests/e2e/connections-whatsapp.test.mjs
 */
import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';
import { installProfile, openReplica, publishSampleProfile, replica, typeInto, waitForSent } from './support/index.mjs';
import { PAUSE, clickPauseButton, harnessForThisFile, msg, overlay, sendAnyway, settle } from './guard-kit.mjs';
import { CONNECTION, NOTICE, armSwitchTiming, installTaskProbe, probeArrivals, readSwitchTiming, waitForProfileInPages } from './connections-kit.mjs';

const WA = 'https://web.whatsapp.com/';
const EDITOR = '#main footer [data-lexical-editor=true]';
const GROUP = 'Riverside Youth Football';

// One browser for the file, with the sample profile installed before the first test.
const h = harnessForThisFile(async (harness) => {
  await installProfile(harness.serviceWorker, await publishSampleProfile());
  await waitForProfileInPages(harness, WA, (page) => page.locator('#pane-side [role=row]', { hasText: 'Bilal Ahmadzai' }).click());
});

const row = (page, name) => page.locator('#pane-side [role=row]', { hasText: name });

async function openChat(name) {
  const page = await openReplica(h.context, WA);
  await row(page, name).click();
  await page.locator(EDITOR).waitFor();
  return page;
}

describe('WhatsApp conversations', () => {
  test('a saved child: the notice stays in the composer area, and the send is held with no way past', async () => {
    const page = await openChat('Bilal Ahmadzai');
    await page.locator(NOTICE).waitFor();
    assert.match(await page.locator(NOTICE).innerText(), /young person/i);
    await typeInto(page, EDITOR, 'See you at football on Saturday');
    await page.keyboard.press('Enter');
    await page.locator(PAUSE).waitFor();
    assert.deepEqual(await replica(page).sent(), []);
    assert.equal(await page.locator(`${PAUSE} button`, { hasText: msg('card_send_anyway') }).count(), 0, 'minor-contact blocks');
    await clickPauseButton(page, 'card_edit');
    assert.equal(await page.locator(NOTICE).count(), 1, 'the notice stays');
    await page.close();
  });

  test('an unsaved number (in bidi marks) that is a child: the notice', async () => {
    const page = await openChat('+44 7700 900115');
    await page.locator(NOTICE).waitFor();
    await page.close();
  });

  test('a group that includes a child: the notice, and the send only warns; Send anyway sends once', async () => {
    const page = await openChat(GROUP);
    await page.locator(NOTICE).waitFor();
    await typeInto(page, EDITOR, 'Training moved to 6');
    await page.keyboard.press('Enter');
    await page.locator(PAUSE).waitFor();
    assert.deepEqual(await replica(page).sent(), []);
    await sendAnyway(page);
    const sent = await waitForSent(page);
    assert.deepEqual(sent, [{ surface: 'whatsapp', text: 'Training moved to 6', to: GROUP }]);
    await page.close();
  });

  test('a stranger and an adult client: no notice, and a clean draft sends at once', async () => {
    for (const name of ['Jamie Collins', 'Olena Petrenko']) {
      const page = await openChat(name);
      await typeInto(page, EDITOR, 'See you Thursday');
      await settle(page);
      assert.equal(await page.locator(NOTICE).count(), 0, name);
      await page.keyboard.press('Enter');
      await waitForSent(page);
      assert.equal((await overlay(page)).pause, 0);
      await page.close();
    }
  });

  test('switching chats: the notice appears within one animation frame of #main being replaced, and goes when it should', async () => {
    const page = await openChat('Jamie Collins');
    await settle(page, 300);
    assert.equal(await page.locator(NOTICE).count(), 0);
    await armSwitchTiming(page, '#main');
    await row(page, 'Bilal Ahmadzai').click();
    const timing = await readSwitchTiming(page);
    console.log(`# whatsapp switch → notice: ${timing.frames} frame(s), ${timing.ms.toFixed(1)} ms`);
    assert.ok(timing.frames <= 1, `notice within one frame (took ${timing.frames})`);
    await row(page, 'Jamie Collins').click();
    await page.locator(NOTICE).waitFor({ state: 'detached' });
    await page.close();
  });
});

describe('WhatsApp: New chat', () => {
  const newChat = async (page, number) => {
    await page.locator('button[aria-label="New chat"]').click();
    await page.locator('#side input').fill(number);
  };

  test('a number that belongs to a child is held (block); the chat is not opened', async () => {
    const page = await openReplica(h.context, WA);
    await newChat(page, '07700 900115');
    await page.locator('#side [role=button]', { hasText: '7700 900115' }).click();
    await page.locator(CONNECTION).waitFor();
    assert.equal(await page.locator(`${CONNECTION} .sl-reasons__toggle`).count(), 0, 'no go-ahead for block');
    assert.equal(await page.locator('#main').count(), 0, 'the page never saw the click');
    await page.locator(`${CONNECTION} .sl-button--primary`).click();
    await page.locator(CONNECTION).waitFor({ state: 'detached' });
    assert.equal(await page.locator('#main').count(), 0);
    await page.close();
  });

  test('any other number goes through untouched, in the same task as the click', async () => {
    const page = await openReplica(h.context, WA);
    await newChat(page, '07700 900333');
    await installTaskProbe(page);
    await page.locator('#side [role=button]', { hasText: '7700 900333' }).click();
    await page.locator('#main').waitFor();
    const arrivals = await probeArrivals(page);
    console.log(`# whatsapp stranger new chat: ${JSON.stringify(arrivals)}`);
    assert.ok(arrivals.length > 0 && arrivals.every((a) => a.sameTask), 'reached the page in the same task');
    assert.equal(await page.locator(CONNECTION).count(), 0);
    await page.close();
  });
});
