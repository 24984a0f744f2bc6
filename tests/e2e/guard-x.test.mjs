/**
 * The composer guard on X: the Draft.js post composer (home, the /compose/post modal, a reply)
 * and X Chat (a React textarea in an open shadow root attached after the host mounts).
 *
 * Run: npx wxt build --mode e2e && node --test --test-concurrency=1 --test-timeout=60000 tests/e2e/guard-x.test.mjs
 */
import assert from 'node:assert/strict';
import { after, describe, test } from 'node:test';
import { openReplica, replica, typeInto, waitForSent, waitForText } from './support/index.mjs';
import {
  CLEAN,
  FIXED,
  HARMFUL,
  MARK,
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

const X = 'https://x.com';
const POST_EDITOR = '[data-testid=tweetTextarea_0]';
const CHAT_EDITOR = '[data-testid=dm-composer-textarea]';

const h = harnessForThisFile();

async function openChat() {
  const page = await openReplica(h.context, `${X}/i/chat`);
  await page.locator('[data-testid^=dm-conversation-item-]', { hasText: 'Jamie Collins' }).click();
  await page.locator(CHAT_EDITOR).waitFor();
  return page;
}

describe('guard on X posts (Draft.js)', () => {
  test('home: marked, Ctrl+Enter held, Apply safer wording updates Draft state and the Post button sends it', async () => {
    const mark = h.network.mark();
    const page = await openReplica(h.context, `${X}/home`);
    await typeInto(page, POST_EDITOR, HARMFUL);
    await waitForMarks(page);
    await page.keyboard.press('Control+Enter');
    await page.locator(PAUSE).waitFor();
    assert.deepEqual(await replica(page).sent(), []);
    assert.equal(await replica(page).text(), HARMFUL);

    await clickPauseButton(page, 'card_apply_safer');
    await waitForText(page, FIXED);
    await page.locator('[data-testid=tweetButtonInline]').click();
    assert.deepEqual(await waitForSent(page), [{ surface: 'x-post', text: FIXED }]);
    h.network.assertClean(mark);
    await page.close();
  });

  test('a click on Post is held; Send anyway posts the draft once', async () => {
    const page = await openReplica(h.context, `${X}/home`);
    await typeInto(page, POST_EDITOR, HARMFUL);
    await waitForMarks(page);
    await page.locator('[data-testid=tweetButtonInline]').click();
    await page.locator(PAUSE).waitFor();
    assert.deepEqual(await replica(page).sent(), []);
    await sendAnyway(page, 'already-public');
    assert.deepEqual(await waitForSent(page), [{ surface: 'x-post', text: HARMFUL }]);
    await page.close();
  });

  test('Send anyway after Ctrl+Enter posts through the keyboard path once', async () => {
    const page = await openReplica(h.context, `${X}/home`);
    await typeInto(page, POST_EDITOR, HARMFUL);
    await waitForMarks(page);
    await page.keyboard.press('Control+Enter');
    await page.locator(PAUSE).waitFor();
    await sendAnyway(page, 'consent-given');
    assert.deepEqual(await waitForSent(page), [{ surface: 'x-post', text: HARMFUL }]);
    await page.close();
  });

  test('the /compose/post modal and a reply are guarded; a multi-line fix keeps the other lines', async () => {
    const page = await openReplica(h.context, `${X}/compose/post`);
    const modal = `[role=dialog] ${POST_EDITOR}`;
    await typeInto(page, modal, `First line\n${HARMFUL}`, { newline: 'Enter' });
    await waitForMarks(page);
    await page.locator('[data-testid=tweetButton]').click();
    await page.locator(PAUSE).waitFor();
    await clickPauseButton(page, 'card_apply_safer');
    await waitForText(page, `First line\n${FIXED}`);
    await page.locator('[data-testid=tweetButton]').click();
    assert.deepEqual(await waitForSent(page), [{ surface: 'x-compose', text: `First line\n${FIXED}` }]);

    await page.evaluate(() => {
      history.pushState(null, '', '/jamiecollins/status/1800000000000000001');
      dispatchEvent(new PopStateEvent('popstate'));
    });
    await page.locator(POST_EDITOR).waitFor();
    await typeInto(page, POST_EDITOR, HARMFUL);
    await waitForMarks(page);
    await page.keyboard.press('Control+Enter');
    await page.locator(PAUSE).waitFor();
    assert.match(await page.locator(PAUSE).innerText(), /@jamiecollins/, 'a public reply to the author');
    assert.equal((await replica(page).sent()).length, 1);
    await page.close();
  });

  test('a clean post goes untouched with nothing shown', async () => {
    const page = await openReplica(h.context, `${X}/home`);
    await typeInto(page, POST_EDITOR, CLEAN);
    await settle(page);
    assert.deepEqual(await overlay(page), { marks: 0, badge: null, pause: 0, card: 0 });
    await page.keyboard.press('Control+Enter');
    assert.deepEqual(await waitForSent(page), [{ surface: 'x-post', text: CLEAN }]);
    await page.close();
  });

  test('a renamed post composer gives "Not protecting: it has changed"', async () => {
    const page = await openReplica(h.context, `${X}/home`);
    await waitForToolbar(h, page, PROTECTING);
    await page.evaluate(() => document.querySelector('[data-testid=tweetTextarea_0]').setAttribute('data-testid', 'postComposer_0'));
    await waitForToolbar(h, page, NOT_PROTECTING);
    await page.close();
  });
});

describe('guard on X Chat (textarea in a shadow root)', () => {
  test('marked (mirror measured in our shadow root), Enter held, the fix reaches React state and sends', async () => {
    const page = await openChat();
    await typeInto(page, CHAT_EDITOR, HARMFUL);
    await waitForMarks(page);
    await page.keyboard.press('Enter');
    await page.locator(PAUSE).waitFor();
    assert.deepEqual(await replica(page).sent(), []);
    assert.match(await page.locator(PAUSE).innerText(), /Jamie Collins/);
    await clickPauseButton(page, 'card_apply_safer');
    await waitForText(page, FIXED);
    await page.locator(CHAT_EDITOR).focus();
    await page.keyboard.press('Enter');
    assert.deepEqual(await waitForSent(page), [{ surface: 'xchat', text: FIXED, to: 'jamiecollins' }]);
    await page.close();
  });

  test('a click on the send button is held; a clean message sends untouched', async () => {
    const page = await openChat();
    await typeInto(page, CHAT_EDITOR, HARMFUL);
    await waitForMarks(page);
    await page.locator('[data-testid=dm-composer-send-button]').click();
    await page.locator(PAUSE).waitFor();
    assert.deepEqual(await replica(page).sent(), []);
    await clickPauseButton(page, 'card_edit');
    await page.locator(CHAT_EDITOR).fill('');
    await typeInto(page, CHAT_EDITOR, CLEAN);
    await settle(page);
    assert.equal(await page.locator(MARK).count(), 0);
    await page.keyboard.press('Enter');
    assert.deepEqual(await waitForSent(page), [{ surface: 'xchat', text: CLEAN, to: 'jamiecollins' }]);
    await page.close();
  });

  test('a renamed chat textarea gives "Not protecting: it has changed"', async () => {
    const page = await openChat();
    await waitForToolbar(h, page, PROTECTING);
    await page.evaluate(() =>
      document.querySelector('[data-testid=xchatEmbedRoute]').shadowRoot.querySelector('textarea').setAttribute('data-testid', 'dm-input'),
    );
    await waitForToolbar(h, page, NOT_PROTECTING);
    await page.close();
  });
});
