/**
 * The composer guard on WhatsApp Web (Lexical in `#main footer`), against the replica with the
 * built extension (`npx wxt build --mode e2e`). No profile is installed: the generic protections
 * (a private phone number) are what fires.
 *
 * Run: npx wxt build --mode e2e && node --test --test-concurrency=1 --test-timeout=60000 tests/e2e/guard-whatsapp.test.mjs
 */
import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';
import { openReplica, replica, typeInto, waitForSent, waitForText } from './support/index.mjs';
import {
  BADGE,
  CLEAN,
  FINDING_CARD,
  FIXED,
  HARMFUL,
  MARK,
  NOT_PROTECTING,
  PAUSE,
  PROTECTING,
  askBackground,
  clickPauseButton,
  harnessForThisFile,
  overlay,
  sendAnyway,
  settle,
  tabIdOf,
  waitForMarks,
  waitForToolbar,
} from './guard-kit.mjs';

const WA = 'https://web.whatsapp.com/';
const EDITOR = '#main footer [data-lexical-editor=true]';

const h = harnessForThisFile();

async function openChat(name = 'Jamie Collins') {
  const page = await openReplica(h.context, WA);
  await page.locator('#pane-side [role=row]', { hasText: name }).click();
  await page.locator(EDITOR).waitFor();
  return page;
}

describe('guard on WhatsApp Web', () => {
  test('a harmful draft is marked; Enter is held with the pause card; the fix reaches the page state and sends', async () => {
    const mark = h.network.mark();
    const page = await openChat();
    await typeInto(page, EDITOR, HARMFUL);
    await waitForMarks(page);
    assert.equal((await overlay(page)).badge, '1');

    await page.keyboard.press('Enter');
    await page.locator(PAUSE).waitFor();
    assert.deepEqual(await replica(page).sent(), [], 'held before the page saw Enter');
    assert.equal(await replica(page).text(), HARMFUL, 'the draft is never lost');
    assert.match(await page.locator(PAUSE).innerText(), /Jamie Collins/, 'the card says who will see it');

    await clickPauseButton(page, 'card_apply_safer');
    await waitForText(page, FIXED);
    assert.equal((await overlay(page)).pause, 0);
    await page.locator(EDITOR).focus();
    await page.keyboard.press('Enter');
    const sent = await waitForSent(page);
    assert.deepEqual(sent, [{ surface: 'whatsapp', text: FIXED, to: 'Jamie Collins' }]);
    h.network.assertClean(mark);
    await page.close();
  });

  test('Send anyway with a reason sends the draft once, and keeps only the reason on the device', async () => {
    const page = await openChat();
    await typeInto(page, EDITOR, HARMFUL);
    await waitForMarks(page);
    await page.keyboard.press('Enter');
    await page.locator(PAUSE).waitFor();
    await sendAnyway(page, 'consent-given');
    const sent = await waitForSent(page);
    assert.deepEqual(sent, [{ surface: 'whatsapp', text: HARMFUL, to: 'Jamie Collins' }]);
    const stored = await h.serviceWorker.evaluate(() => chrome.storage.local.get(['sl:feedback', 'sl:pause-stats']));
    const feedback = stored['sl:feedback'].at(-1);
    assert.deepEqual({ ...feedback, at: undefined }, { kind: 'sent-anyway', rule: 'contact-detail', recogniser: feedback.recogniser, platform: 'whatsapp', reason: 'consent-given', at: undefined });
    assert.ok(!JSON.stringify(stored).includes('07700'), 'no draft text is stored');
    assert.ok(Object.values(stored['sl:pause-stats']).some((day) => day['contact-detail'] >= 1));
    await page.close();
  });

  test('a click on Send is held too; Edit returns to the draft with the caret at the finding', async () => {
    const page = await openChat();
    await typeInto(page, EDITOR, HARMFUL);
    await waitForMarks(page);
    await page.locator('#main footer button[aria-label=Send]').click();
    await page.locator(PAUSE).waitFor();
    assert.deepEqual(await replica(page).sent(), []);
    await clickPauseButton(page, 'card_edit');
    await page.locator(PAUSE).waitFor({ state: 'detached' });
    const caret = await page.evaluate(() => {
      const s = getSelection();
      return { inEditor: !!s.anchorNode && !!s.anchorNode.parentElement?.closest('[data-lexical-editor]'), offset: s.anchorOffset, text: s.anchorNode?.textContent };
    });
    assert.ok(caret.inEditor, 'focus is back in the composer');
    assert.equal(caret.text.slice(caret.offset, caret.offset + 5), '07700', 'caret at the first finding');
    assert.equal(await replica(page).text(), HARMFUL);
    await page.close();
  });

  test('a clean draft sends untouched, with nothing shown', async () => {
    const page = await openChat();
    await typeInto(page, EDITOR, CLEAN);
    await settle(page);
    assert.deepEqual(await overlay(page), { marks: 0, badge: null, pause: 0, card: 0 });
    await page.keyboard.press('Enter');
    assert.deepEqual(await waitForSent(page), [{ surface: 'whatsapp', text: CLEAN, to: 'Jamie Collins' }]);
    assert.equal(await page.locator(MARK).count(), 0);
    await page.close();
  });

  test('switching chats (new #main, same URL) guards the new composer', async () => {
    const page = await openChat('Jamie Collins');
    await page.locator('#pane-side [role=row]', { hasText: 'Olena Petrenko' }).click();
    await page.locator(`${EDITOR}[aria-label="Type to Olena Petrenko"]`).waitFor();
    await typeInto(page, EDITOR, HARMFUL);
    await waitForMarks(page);
    await page.keyboard.press('Enter');
    await page.locator(PAUSE).waitFor();
    assert.match(await page.locator(PAUSE).innerText(), /Olena Petrenko/);
    assert.deepEqual(await replica(page).sent(), []);
    await page.close();
  });

  test('the toolbar says "Protecting"; a renamed composer turns it to "Not protecting: it has changed"', async () => {
    const page = await openChat();
    await waitForToolbar(h, page, PROTECTING);
    const tabId = await tabIdOf(h, page);
    assert.deepEqual(await askBackground(h, tabId), { adapter: 'whatsapp', state: 'protecting' });
    await page.evaluate(() => document.querySelector('#main footer [data-lexical-editor]').removeAttribute('data-lexical-editor'));
    const bar = await waitForToolbar(h, page, NOT_PROTECTING);
    assert.equal(bar.text, '!');
    assert.deepEqual(await askBackground(h, tabId), { adapter: 'whatsapp', state: 'not-protecting', reason: 'changed', problems: ['whatsapp-chat'] });
    await page.close();
  });

  test('a removed composer gives "Not protecting" as well', async () => {
    const page = await openChat();
    await waitForToolbar(h, page, PROTECTING);
    await page.evaluate(() => document.querySelector('#main footer .lexical-rich-text-input').remove());
    await waitForToolbar(h, page, NOT_PROTECTING);
    await page.close();
  });

  test('the badge opens a finding card; so does a click on the marked words (the mark itself takes no pointer events)', async () => {
    const page = await openChat();
    await typeInto(page, EDITOR, HARMFUL);
    await waitForMarks(page);
    await page.locator(BADGE).click();
    await page.locator(FINDING_CARD).waitFor();
    await page.keyboard.press('Escape');
    await page.locator(FINDING_CARD).waitFor({ state: 'detached' });
    const box = await page.locator(MARK).first().boundingBox();
    assert.equal(await page.locator(MARK).first().evaluate((el) => getComputedStyle(el).pointerEvents), 'none');
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    await page.locator(FINDING_CARD).waitFor();
    assert.match(await page.locator(FINDING_CARD).innerText(), /07700 900123/, 'the card shows the words, inside our shadow root');
    assert.equal(await replica(page).text(), HARMFUL);
    await page.close();
  });
});
