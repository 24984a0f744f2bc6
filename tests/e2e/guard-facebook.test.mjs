/**
 * The composer guard on Facebook (all Lexical): the post dialog, comment and reply boxes,
 * a Messenger thread (/messages/t/<id>) and a docked chat pop-up.
 *
 * Run: npx wxt build --mode e2e && node --test --test-concurrency=1 --test-timeout=60000 tests/e2e/guard-facebook.test.mjs
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { openReplica, replica, typeInto, waitForSent, waitForText } from './support/index.mjs';
import {
  CLEAN,
  FIXED,
  HARMFUL,
  NOT_PROTECTING,
  PAUSE,
  PROTECTING,
  clickPauseButton,
  harnessForThisFile,
  overlay,
  sendAnyway,
  settle,
  waitForMarks,
  waitForToolbar,
} from './guard-kit.mjs';

const FB = 'https://www.facebook.com';
const POST_EDITOR = '[role=dialog] form[method=POST] [data-lexical-editor=true]';
const POST_BUTTON = '[role=dialog] [role=button][aria-label=Post]';
const COMMENT = (author) => `[role=article][aria-label="Post by ${author}"] form[role=presentation] [data-lexical-editor=true]`;
const THREAD = '/messages/t/100090000000901'; // Jamie Collins, not on any register

const h = harnessForThisFile();

async function openPostDialog(query = '?chat=none') {
  const page = await openReplica(h.context, `${FB}/${query}`);
  await page.locator('[role=region] [role=button][aria-label^="What"]').click();
  await page.locator(POST_EDITOR).waitFor();
  return page;
}

describe('guard on Facebook posts', () => {
  test('marked; a click on Post is held; the multi-paragraph fix reaches Lexical state and posts', async () => {
    const mark = h.network.mark();
    const page = await openPostDialog();
    await typeInto(page, POST_EDITOR, `Drop-in news\n${HARMFUL}`, { newline: 'Enter' });
    await waitForMarks(page);
    assert.equal((await overlay(page)).badge, '1');
    await page.keyboard.press('Enter'); // a newline in the post dialog, never a send
    assert.equal((await overlay(page)).pause, 0);
    await page.keyboard.press('Backspace');
    await page.locator(POST_BUTTON).click();
    await page.locator(PAUSE).waitFor();
    assert.deepEqual(await replica(page).sent(), []);
    assert.match(await page.locator(PAUSE).innerText(), /personal profile/i, 'posting as Sam Taylor, not the organisation');
    await clickPauseButton(page, 'card_apply_safer');
    await waitForText(page, `Drop-in news\n\n${FIXED}`);
    await page.locator(POST_BUTTON).click();
    assert.deepEqual(await waitForSent(page), [{ surface: 'facebook-post', text: `Drop-in news\n\n${FIXED}` }]);
    h.network.assertClean(mark);
    await page.close();
  });

  test('the Page flow (Next → Post settings → Post) pauses at the final Post', async () => {
    const page = await openPostDialog('?flow=next&chat=none');
    await typeInto(page, POST_EDITOR, HARMFUL);
    await waitForMarks(page);
    await page.locator('[role=dialog] [role=button][aria-label=Next]').click();
    await page.locator(POST_BUTTON).click();
    await page.locator(PAUSE).waitFor();
    assert.deepEqual(await replica(page).sent(), []);
    await sendAnyway(page, 'not-someone-we-support');
    assert.deepEqual(await waitForSent(page), [{ surface: 'facebook-post', text: HARMFUL }]);
    await page.close();
  });

  test('a renamed post editor gives "Not protecting: it has changed"', async () => {
    const page = await openPostDialog();
    await waitForToolbar(h, page, PROTECTING);
    await page.evaluate((sel) => document.querySelector(sel).setAttribute('data-lexical-editor', 'false'), POST_EDITOR);
    await waitForToolbar(h, page, NOT_PROTECTING);
    await page.close();
  });
});

describe('guard on Facebook comments and replies', () => {
  test('Enter in a comment box is held; the fix is applied and Enter sends it', async () => {
    const page = await openReplica(h.context, `${FB}/?chat=none`);
    const box = COMMENT('Jamie Collins');
    await typeInto(page, box, HARMFUL);
    await waitForMarks(page);
    await page.keyboard.press('Enter');
    await page.locator(PAUSE).waitFor();
    assert.deepEqual(await replica(page).sent(), []);
    await clickPauseButton(page, 'card_apply_safer');
    await waitForText(page, FIXED);
    await page.locator(box).focus();
    await page.keyboard.press('Enter');
    const sent = await waitForSent(page);
    assert.equal(sent.length, 1);
    assert.deepEqual({ surface: sent[0].surface, text: sent[0].text }, { surface: 'facebook-comment', text: FIXED });
    await page.close();
  });

  test('a click on the Comment control is held; a clean reply is sent untouched', async () => {
    const page = await openReplica(h.context, `${FB}/?chat=none`);
    const box = COMMENT('Jamie Collins');
    await typeInto(page, box, HARMFUL);
    await waitForMarks(page);
    await page.locator('#focused-state-composer-submit [role=button]').click();
    await page.locator(PAUSE).waitFor();
    assert.deepEqual(await replica(page).sent(), []);
    await clickPauseButton(page, 'card_edit');

    await page.locator('[role=article][aria-label^="Comment by"] [role=button][aria-label=Reply]').first().click();
    const reply = '[data-lexical-editor=true][aria-label^="Reply as"]';
    await page.locator(reply).waitFor();
    await typeInto(page, reply, CLEAN);
    await settle(page);
    await page.keyboard.press('Enter');
    const sent = await waitForSent(page);
    assert.deepEqual(sent.map((s) => [s.surface, s.text]), [['facebook-reply', CLEAN]]);
    await page.close();
  });

  test('a comment box whose editor is removed gives "Not protecting"', async () => {
    const page = await openReplica(h.context, `${FB}/?chat=none`);
    await waitForToolbar(h, page, PROTECTING);
    await page.evaluate((sel) => document.querySelector(sel).remove(), COMMENT('Jamie Collins'));
    await waitForToolbar(h, page, NOT_PROTECTING);
    await page.close();
  });
});

describe('guard on Messenger', () => {
  test('thread: marked, Enter held, fixed and sent; a clean message sends untouched with nothing shown', async () => {
    const page = await openReplica(h.context, `${FB}${THREAD}?chat=none`);
    const box = '[role=main] [aria-placeholder=Aa][data-lexical-editor=true]';
    await typeInto(page, box, HARMFUL);
    await waitForMarks(page);
    await page.keyboard.press('Enter');
    await page.locator(PAUSE).waitFor();
    assert.match(await page.locator(PAUSE).innerText(), /Jamie Collins/);
    assert.deepEqual(await replica(page).sent(), []);
    await clickPauseButton(page, 'card_apply_safer');
    await waitForText(page, FIXED);
    await page.locator('[role=main] [role=button][aria-label="Press enter to send"]').click();
    assert.deepEqual(await waitForSent(page), [{ surface: 'messenger-thread', text: FIXED, to: 'Jamie Collins' }]);

    await typeInto(page, box, CLEAN);
    await settle(page);
    assert.deepEqual(await overlay(page), { marks: 0, badge: null, pause: 0, card: 0 });
    await page.keyboard.press('Enter');
    assert.deepEqual((await waitForSent(page, 2))[1], { surface: 'messenger-thread', text: CLEAN, to: 'Jamie Collins' });
    await page.close();
  });

  test('a docked chat pop-up ("Write to <Name>") is guarded', async () => {
    const page = await openReplica(h.context, `${FB}/?chat=priya.shah.5`);
    const box = '[data-lexical-editor=true][aria-label="Write to Priya Shah"]';
    await page.locator(box).waitFor();
    await typeInto(page, box, HARMFUL);
    await waitForMarks(page);
    await page.keyboard.press('Enter');
    await page.locator(PAUSE).waitFor();
    assert.match(await page.locator(PAUSE).innerText(), /Priya Shah/);
    assert.deepEqual(await replica(page).sent(), []);
    await sendAnyway(page, 'other');
    assert.deepEqual(await waitForSent(page), [{ surface: 'messenger-popup', text: HARMFUL, to: 'Priya Shah' }]);
    await page.close();
  });

  test('a thread whose composer is renamed gives "Not protecting: it has changed"', async () => {
    const page = await openReplica(h.context, `${FB}${THREAD}?chat=none`);
    await waitForToolbar(h, page, PROTECTING);
    await page.evaluate(() => document.querySelector('[role=main] [aria-placeholder=Aa]').removeAttribute('data-lexical-editor'));
    await waitForToolbar(h, page, NOT_PROTECTING);
    await page.close();
  });
});
