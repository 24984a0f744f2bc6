/**
 * Proves the replica pages behave like the real sites (editor state drives the send controls,
 * the send keys work, sends and relationship clicks are recorded from state), that the built
 * extension loads, and that nothing left loopback. No organisation profile is installed, so the
 * extension has nothing to warn about and stays out of the way; texts and recipients are neutral.
 *
 * Run: npx wxt build --mode e2e && node tests/replicas/build.mjs &&
 *      node --test --test-concurrency=1 --test-timeout=60000 tests/e2e/replicas.test.mjs
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { buildReplicas } from '../replicas/build.mjs';
import { gotoReplica, openReplica, replica, startHarness, typeInto, waitForActions, waitForSent, waitForText } from './support/index.mjs';

const FB = 'https://www.facebook.com';
const X = 'https://x.com';
const WA = 'https://web.whatsapp.com';

/** @type {Awaited<ReturnType<typeof startHarness>>} */
let h;

before(async () => {
  await buildReplicas();
  h = await startHarness();
});

after(async () => {
  await h?.close();
});

const attr = (page, selector, name) => page.locator(selector).first().getAttribute(name);
const count = (page, selector) => page.locator(selector).count();

describe('extension', () => {
  test('the service worker is found and is a full extension context', async () => {
    assert.match(h.extensionId, /^[a-p]{32}$/);
    assert.equal(h.serviceWorker.url(), `chrome-extension://${h.extensionId}/background.js`);
    const manifest = await h.serviceWorker.evaluate(() => chrome.runtime.getManifest());
    assert.equal(manifest.manifest_version, 3);
  });
});

describe('www.facebook.com', () => {
  test('feed post dialog: Lexical state enables Post; Enter is a newline; Post sends the state text', async () => {
    const page = await openReplica(h.context, `${FB}/?chat=none`);
    await page.locator('[role=region] [role=button][aria-label="What\'s on your mind, Sam?"]').click();
    const editor = '[role=dialog] form[method=POST] [contenteditable=true][role=textbox][data-lexical-editor=true]';
    assert.equal(await attr(page, editor, 'aria-label'), "What's on your mind, Sam?");
    const post = '[role=dialog] div[role=button][aria-label=Post]';
    assert.equal(await attr(page, post, 'aria-disabled'), 'true');

    await typeInto(page, editor, 'Bake sale on Friday\nbring cakes', { newline: 'Enter' });
    await waitForText(page, 'Bake sale on Friday\n\nbring cakes');
    assert.equal(await attr(page, post, 'aria-disabled'), null);
    assert.equal((await replica(page).sent()).length, 0, 'Enter must not post');

    await page.locator(post).click();
    assert.deepEqual(await waitForSent(page), [{ surface: 'facebook-post', text: 'Bake sale on Friday\n\nbring cakes' }]);
    assert.equal(await count(page, '[role=dialog]'), 0);
    await page.close();
  });

  test('"Next" flow: Next → Post settings → Post', async () => {
    const page = await openReplica(h.context, `${FB}/?flow=next&chat=none`);
    await page.locator('[role=button][aria-label="What\'s on your mind, Sam?"]').click();
    assert.equal(await attr(page, '[role=dialog] [role=button][aria-label=Next]', 'aria-disabled'), 'true');
    await typeInto(page, '[role=dialog] [data-lexical-editor=true]', 'Volunteers wanted');
    await page.locator('[role=dialog] [role=button][aria-label=Next]').click();
    await page.locator('[role=dialog] h2:has-text("Post settings")').waitFor();
    await page.locator('[role=dialog] [role=button][aria-label=Post]').click();
    assert.deepEqual(await waitForSent(page), [{ surface: 'facebook-post', text: 'Volunteers wanted' }]);
    await page.close();
  });

  test('comment box: submit control follows state, Shift+Enter is a newline, Enter submits', async () => {
    const page = await openReplica(h.context, `${FB}/?chat=none`);
    const box = '[role=article][aria-label="Post by Jamie Collins"] form[role=presentation] [data-lexical-editor=true][aria-label="Comment as Sam Taylor"]';
    assert.equal(await count(page, '#focused-state-composer-submit'), 0, 'no submit before a box has focus');
    await typeInto(page, box, 'Try the one on Mill Lane\nopen till six');
    await waitForText(page, 'Try the one on Mill Lane\nopen till six');
    assert.equal(await replica(page).activeSurface(), 'facebook-comment');
    const submit = '#focused-state-composer-submit [role=button][aria-label=Comment]';
    assert.equal(await attr(page, submit, 'aria-disabled'), null);

    await page.keyboard.press('Enter');
    assert.deepEqual(await waitForSent(page), [{ surface: 'facebook-comment', text: 'Try the one on Mill Lane\nopen till six', to: 'Jamie Collins' }]);
    await waitForText(page, '');
    assert.equal(await attr(page, submit, 'aria-disabled'), 'true');
    await page.locator('[role=article][aria-label="Comment by Sam Taylor"]').waitFor();
    await page.close();
  });

  test('reply and answer boxes; setText reaches the state and the submit button sends it', async () => {
    const page = await openReplica(h.context, `${FB}/?chat=none`);
    await page.locator('[role=article][aria-label="Comment by Jamie Collins"] [role=button][aria-label=Reply]').click();
    const reply = '[data-lexical-editor=true][aria-label="Reply as Sam Taylor"]';
    await page.waitForFunction((selector) => document.activeElement?.matches(selector), reply);
    await page.keyboard.type('See you there');
    await page.keyboard.press('Enter');
    await waitForSent(page, 1);

    await page.locator('[data-lexical-editor=true][aria-label="Answer as Sam Taylor"]').click();
    await replica(page).setText('From 10am');
    await page.locator('#focused-state-composer-submit [role=button][aria-label=Comment]:not([aria-disabled])').click();
    const sent = await waitForSent(page, 2);
    assert.deepEqual(sent, [
      { surface: 'facebook-reply', text: 'See you there', to: 'Jamie Collins' },
      { surface: 'facebook-answer', text: 'From 10am', to: 'Priya Shah' },
    ]);
    await page.close();
  });

  test('docked Messenger pop-up: "Write to <Name>", Send a Like ↔ Press enter to send', async () => {
    const page = await openReplica(h.context, `${FB}/`);
    assert.equal(await count(page, '[data-lexical-editor=true][aria-label="Write to Katya Petrenko"][aria-placeholder=Aa]'), 1, 'opens on Katya by default');
    await page.locator('[role=complementary] [role=button][aria-label="Priya Shah"]').click();
    const composer = '[data-lexical-editor=true][aria-label="Write to Priya Shah"]';
    await page.locator(composer).waitFor();
    assert.equal(await count(page, '[role=button][aria-label="Send a Like"]'), 1);
    await typeInto(page, composer, 'Friday works');
    await page.locator('[role=button][aria-label="Press enter to send"]').waitFor();
    assert.equal(await count(page, '[role=button][aria-label="Send a Like"]'), 0);
    await page.locator('[role=button][aria-label="Press enter to send"]').click();
    assert.deepEqual(await waitForSent(page), [{ surface: 'messenger-popup', text: 'Friday works', to: 'Priya Shah' }]);
    await page.close();
  });

  test('Messenger thread: "Conversation with <Name>", Enter sends, e2ee route, in-page thread switch', async () => {
    const page = await openReplica(h.context, `${FB}/messages/t/100090000000901`);
    await page.locator('[role=main][aria-label="Conversation with Jamie Collins"]').waitFor();
    const composer = '[role=main] [role=group][aria-label="Thread composer"] [data-lexical-editor=true][aria-label=Message][aria-placeholder=Aa]';
    await typeInto(page, composer, 'Count me in');
    await page.keyboard.press('Enter');
    assert.deepEqual(await waitForSent(page), [{ surface: 'messenger-thread', text: 'Count me in', to: 'Jamie Collins' }]);
    await page.locator('[role=grid][aria-label="Messages in conversation with Jamie Collins"] [role=gridcell][data-scope=messages_table]:has-text("Count me in")').waitFor();

    await page.locator('[role=navigation] a[href="/messages/t/7000000000001"]').click();
    await page.locator('[role=main][aria-label="Conversation titled Riverside Volunteers"]').waitFor();
    assert.equal(new URL(page.url()).pathname, '/messages/t/7000000000001');
    assert.equal(await attr(page, '[role=navigation] a[aria-current=page]', 'href'), '/messages/t/7000000000001');

    await gotoReplica(page, `${FB}/messages/e2ee/t/100090000000902`);
    await page.locator('[role=main][aria-label="Conversation with Priya Shah"] [data-lexical-editor=true]').waitFor();
    await page.close();
  });

  test('profiles: every relationship state, each click recorded', async () => {
    const page = await openReplica(h.context, `${FB}/bilal.ahmadzai.09?chat=none`);
    assert.equal(await page.locator('[role=main] h1').textContent(), 'Bilal Ahmadzai');
    await page.locator('[role=main] [role=button][aria-label="Add friend"]').click();
    await page.locator('[role=main] [role=button][aria-label="Cancel request"]').click();
    await page.locator('[role=main] [role=button][aria-label="Add friend"]').waitFor();

    // In-page navigation between profiles, as on the real site.
    await page.evaluate(() => {
      history.pushState(null, '', '/katya.p.2011');
      dispatchEvent(new PopStateEvent('popstate'));
    });
    await page.locator('[role=main] h1:has-text("Katya Petrenko")').waitFor();
    await page.locator('[role=main] [role=button][aria-label=Respond]').click();
    await page.locator('[role=menu] [role=menuitem]:has-text("Confirm")').click();
    await page.locator('[role=main] [role=button][aria-label=Friends]').waitFor();

    await gotoReplica(page, `${FB}/shirin.rahimi.91?chat=none`);
    assert.equal(await count(page, '[role=main] [role=button][aria-label="Cancel request"]'), 1, 'pending request');
    await gotoReplica(page, `${FB}/olena.petrenko.kharkiv?chat=none`);
    assert.equal(await count(page, '[role=main] [role=button][aria-label=Friends]'), 1, 'already friends');
    await gotoReplica(page, `${FB}/dawit.tesfaye.96?chat=none`);
    assert.equal(await count(page, '[role=main] [role=button][aria-label=Following]'), 1);

    await gotoReplica(page, `${FB}/jamie.collins.77?chat=none`);
    // role=button divs also activate from the keyboard.
    await page.locator('[role=main] [role=button][aria-label=Follow]').focus();
    await page.keyboard.press('Enter');
    await page.locator('[role=main] [role=button][aria-label=Following]').waitFor();
    await page.locator('[role=main] [role=button][aria-label=Message]').click();
    await page.locator('[data-lexical-editor=true][aria-label="Write to Jamie Collins"]').waitFor();

    assert.deepEqual(await replica(page).actions(), [
      { action: 'follow', target: 'jamie.collins.77' },
      { action: 'message', target: 'jamie.collins.77' },
    ]);
    await page.close();
  });

  test('friend requests page: Confirm / Delete and Add friend', async () => {
    const page = await openReplica(h.context, `${FB}/friends/requests?chat=none`);
    const cardOf = (name) => page.locator('div', { has: page.locator(`a[role=link]:text-is("${name}")`) }).last();
    await cardOf('Katya Petrenko').locator('[role=button][aria-label=Confirm]').click();
    await cardOf('Alex Morgan').locator('[role=button][aria-label=Delete]').click();
    await cardOf('Bilal Ahmadzai').locator('[role=button][aria-label="Add friend"]').click();
    assert.deepEqual(await waitForActions(page, 3), [
      { action: 'confirm-request', target: 'katya.p.2011' },
      { action: 'delete-request', target: 'alex.morgan.31' },
      { action: 'add-friend', target: 'bilal.ahmadzai.09' },
    ]);
    await page.close();
  });

  test('Portuguese labels with ?locale=pt', async () => {
    const page = await openReplica(h.context, `${FB}/?locale=pt&chat=jamie.collins.77`);
    assert.equal(await page.evaluate(() => document.documentElement.lang), 'pt');
    assert.equal(await count(page, '[role=button][aria-label="No que você está pensando, Sam?"]'), 1);
    assert.equal(await count(page, '[data-lexical-editor=true][aria-label="Comentar como Sam Taylor"]'), 2);
    assert.equal(await count(page, '[data-lexical-editor=true][aria-label="Escreva para Jamie Collins"]'), 1);
    await gotoReplica(page, `${FB}/bilal.ahmadzai.09?locale=pt&chat=none`);
    assert.equal(await count(page, '[role=main] [role=button][aria-label="Adicionar amigo"]'), 1);
    await page.close();
  });

  test('class names are atomic and change on every load', async () => {
    const page = await openReplica(h.context, `${FB}/?chat=none`);
    const first = await attr(page, '[role=banner]', 'class');
    await gotoReplica(page, `${FB}/?chat=none`);
    const second = await attr(page, '[role=banner]', 'class');
    assert.match(first, /^(x[0-9a-z]+ ?)+$/);
    assert.notEqual(first, second);
    await page.close();
  });
});

describe('x.com', () => {
  test('home: Draft state enables the Post button; Enter is a newline; Ctrl+Enter posts', async () => {
    const page = await openReplica(h.context, `${X}/home`);
    const editor = '[data-testid=primaryColumn] [data-testid=tweetTextarea_0]';
    assert.deepEqual(
      await page.locator(editor).evaluate((el) => [el.classList.contains('public-DraftEditor-content'), el.getAttribute('role'), el.getAttribute('aria-label'), el.isContentEditable]),
      [true, 'textbox', 'Post text', true],
    );
    const button = 'button[data-testid=tweetButtonInline]';
    assert.equal(await page.locator(button).isDisabled(), true);
    assert.equal(await attr(page, button, 'aria-disabled'), 'true');

    await typeInto(page, editor, 'Lovely day\nfor it', { newline: 'Enter' });
    await waitForText(page, 'Lovely day\nfor it');
    assert.equal(await page.locator(button).isDisabled(), false);
    assert.equal(await attr(page, button, 'aria-disabled'), null);
    assert.equal((await replica(page).sent()).length, 0, 'Enter must not post');

    await page.keyboard.press('Control+Enter');
    assert.deepEqual(await waitForSent(page), [{ surface: 'x-post', text: 'Lovely day\nfor it' }]);
    await waitForText(page, '');
    assert.equal(await page.locator(button).isDisabled(), true);
    await page.locator('article[data-testid=tweet]:has-text("Lovely day")').waitFor();
    await page.close();
  });

  test('/compose/post modal in #layers posts with tweetButton; setText drives the button', async () => {
    const page = await openReplica(h.context, `${X}/compose/post`);
    const modal = '#layers [role=dialog][aria-modal=true][aria-labelledby=modal-header]';
    await page.waitForFunction((selector) => document.activeElement?.matches(selector), `${modal} [data-testid=tweetTextarea_0]`);
    assert.equal(await replica(page).activeSurface(), 'x-compose');
    await replica(page).setText('Set from the test');
    assert.equal(await page.locator(`${modal} button[data-testid=tweetButton]`).isDisabled(), false);
    await page.locator(`${modal} button[data-testid=tweetButton]`).click();
    assert.deepEqual(await waitForSent(page), [{ surface: 'x-compose', text: 'Set from the test' }]);
    await page.waitForURL(`${X}/home`);
    await page.close();
  });

  test('reply box on /<handle>/status/<id>', async () => {
    const page = await openReplica(h.context, `${X}/RiversideRS/status/1790000000000000001`);
    assert.equal(await page.locator('.public-DraftEditorPlaceholder-inner').textContent(), 'Post your reply');
    await typeInto(page, '[data-testid=tweetTextarea_0]', 'See you there');
    await page.locator('button[data-testid=tweetButtonInline]:has-text("Reply")').click();
    assert.deepEqual(await waitForSent(page), [{ surface: 'x-reply', text: 'See you there', to: 'RiversideRS' }]);
    await page.close();
  });

  test('profile: UserName, follow ↔ unfollow with confirmation sheet, Message → /i/chat/<a>-<b>', async () => {
    const page = await openReplica(h.context, `${X}/jamiecollins`);
    const userName = await page.locator('[data-testid=primaryColumn] [data-testid=UserName]').innerText();
    assert.match(userName, /Jamie Collins/);
    assert.match(userName, /@jamiecollins/);
    assert.equal(await page.title(), 'Jamie Collins (@jamiecollins) / X');

    await page.locator('[data-testid="1600000000000000901-follow"][aria-label="Follow @jamiecollins"]').click();
    await page.locator('[data-testid="1600000000000000901-unfollow"][aria-label="Following @jamiecollins"]').click();
    await page.locator('#layers [data-testid=confirmationSheetConfirm]').click();
    await page.locator('[data-testid="1600000000000000901-follow"]').waitFor();

    await page.locator('[data-testid=sendDMFromProfile][aria-label=Message]').click();
    await page.waitForURL(`${X}/i/chat/1500000000000000042-1600000000000000901`);
    assert.deepEqual(await replica(page).actions(), [
      { action: 'follow', target: 'jamiecollins' },
      { action: 'unfollow', target: 'jamiecollins' },
      { action: 'message', target: 'jamiecollins' },
    ]);
    await page.locator('[data-testid=dm-conversation-username]:has-text("Jamie Collins")').waitFor();
    await page.close();
  });

  test('XChat: the shadow root appears late without a mutation; textarea state drives Send; Enter sends', async () => {
    const page = await openReplica(h.context, `${X}/i/chat/1500000000000000042-1600000000000000901?shadowDelay=1500`);
    const early = await page.evaluate(() => {
      const host = document.querySelector('[data-testid=xchatEmbedRoute]');
      const seen = [];
      window.__hostMutations = seen;
      new MutationObserver((records) => seen.push(...records.filter((r) => r.target === host).map((r) => r.type))).observe(document.documentElement, {
        subtree: true,
        childList: true,
        attributes: true,
      });
      return { host: Boolean(host), shadow: Boolean(host?.shadowRoot) };
    });
    assert.deepEqual(early, { host: true, shadow: false });
    await page.waitForFunction(() => document.querySelector('[data-testid=xchatEmbedRoute]').shadowRoot?.querySelector('[data-testid=dm-composer-textarea]'));
    assert.deepEqual(await page.evaluate(() => window.__hostMutations), [], 'attachShadow caused no mutation record on the host');
    assert.equal(await page.evaluate(() => document.querySelector('[data-testid=dm-composer-textarea]')), null, 'not reachable from document');
    assert.equal(await page.evaluate(() => Boolean(document.querySelector('body > [data-testid=xchatEmbedOverlays]')?.shadowRoot)), true);

    const header = await page.locator('[data-testid=dm-conversation-header]').innerText();
    assert.match(header, /Jamie Collins/);
    assert.match(header, /@jamiecollins/);
    assert.equal(await attr(page, '[data-testid=dm-conversation-header] a', 'href'), 'https://x.com/jamiecollins');

    assert.equal(await count(page, '[data-testid=dm-composer-send-button]'), 0);
    assert.equal(await count(page, '[data-testid=dm-composer-voice-button]'), 1);
    await typeInto(page, '[data-testid=dm-composer-textarea]', 'Sounds good\nsee you at 8');
    await waitForText(page, 'Sounds good\nsee you at 8');
    assert.equal(await count(page, '[data-testid=dm-composer-send-button]'), 1);
    assert.equal(await count(page, '[data-testid=dm-composer-voice-button]'), 0);
    await page.keyboard.press('Enter');
    assert.deepEqual(await waitForSent(page), [{ surface: 'xchat', text: 'Sounds good\nsee you at 8', to: 'jamiecollins' }]);
    assert.equal(await count(page, '[data-testid=dm-composer-send-button]'), 0);

    // Switching conversation keeps the host and its shadow root, like the real app.
    await page.locator('[data-testid="dm-conversation-item-1800000000000000777"]').click();
    await page.locator('[data-testid=dm-conversation-username]:has-text("Market stall rota")').waitFor();
    assert.equal(await count(page, '[data-testid=dm-conversation-header] a'), 2, 'a group links every participant');
    await replica(page).setText('I can do Sunday');
    await page.locator('[data-testid=dm-composer-send-button]').click();
    assert.deepEqual((await waitForSent(page, 2))[1], { surface: 'xchat', text: 'I can do Sunday', to: 'Market stall rota' });
    await page.close();
  });

  test('Portuguese labels with ?locale=pt keep the data-testids; /i/chat/pin/new has no composer', async () => {
    const page = await openReplica(h.context, `${X}/home?locale=pt`);
    assert.equal(await attr(page, '[data-testid=tweetTextarea_0]', 'aria-label'), 'Texto do post');
    assert.equal(await page.locator('button[data-testid=tweetButtonInline]').innerText(), 'Postar');
    await gotoReplica(page, `${X}/i/chat/pin/new?shadowDelay=0`);
    await page.locator('[data-testid=xchatEmbedRoute] input[inputmode=numeric][aria-label="Digit 1 of 4"]').waitFor();
    assert.equal(await count(page, '[data-testid=dm-composer-textarea]'), 0);
    await page.close();
  });
});

describe('web.whatsapp.com', () => {
  const row = (page, name) => page.locator(`#pane-side [role=row]:has(span[title="${name}"])`);
  const composer = '#main footer [contenteditable=true][data-lexical-editor=true][role=textbox][data-tab="10"]';

  test('composer attributes; Send exists only while the state has text; Shift+Enter newline; Enter sends', async () => {
    const page = await openReplica(h.context, `${WA}/`);
    assert.equal(await count(page, '#main'), 0, 'no chat open at first');
    await row(page, 'Jamie Collins').click();
    assert.equal(await attr(page, composer, 'aria-label'), 'Type to Jamie Collins');
    assert.equal(await attr(page, composer, 'aria-placeholder'), 'Type a message');
    assert.equal(await count(page, '#main footer button[aria-label=Send]'), 0);
    assert.equal(await count(page, '#main footer button[aria-label="Voice message"]'), 1);
    await page.waitForFunction((selector) => document.activeElement?.matches(selector), composer); // focused when a chat opens

    await page.keyboard.type('Yes I can');
    await page.keyboard.press('Shift+Enter');
    await page.keyboard.type('from 9');
    await waitForText(page, 'Yes I can\nfrom 9');
    assert.equal(await count(page, '#main footer button[aria-label=Send] span[data-icon="wds-ic-send-filled"]'), 1);
    assert.equal(await count(page, '#main footer button[aria-label="Voice message"]'), 0);
    await page.keyboard.press('Enter');
    assert.deepEqual(await waitForSent(page), [{ surface: 'whatsapp', text: 'Yes I can\nfrom 9', to: 'Jamie Collins' }]);
    await waitForText(page, '');
    assert.equal(await count(page, '#main footer button[aria-label=Send]'), 0);
    await page.locator('#main [data-id^="true_447700900901@c.us_3EB0"]').waitFor();

    // Writing the DOM directly does not change Lexical's state, so nothing appears to send.
    await page.locator(composer).evaluate((el) => (el.textContent = 'sneaky'));
    await page.waitForTimeout(50);
    assert.equal(await replica(page).text(), '');
    assert.equal(await count(page, '#main footer button[aria-label=Send]'), 0);
    await page.close();
  });

  test('chat switch replaces #main wholesale; URL constant; group, unsaved number, @lid; drafts kept', async () => {
    const page = await openReplica(h.context, `${WA}/`);
    await row(page, 'Jamie Collins').click();
    await typeInto(page, composer, 'half-written');
    const firstMain = await page.locator('#main').elementHandle();

    await row(page, 'Riverside Youth Football').click();
    await page.locator(`${composer}[aria-label="Type to group Riverside Youth Football"]`).waitFor();
    assert.equal(await firstMain.evaluate((el) => el.isConnected), false, 'old #main removed');
    assert.match(await page.locator('#main header').innerText(), /Bilal Ahmadzai, Jamie Collins, \+44 7700 900121, You/);
    assert.ok((await attr(page, '#main [data-id]', 'data-id')).match(/^false_120363025550011223@g\.us_3EB0[0-9A-F]+_447700900901@c\.us$/));

    await row(page, '\u202A+44 7700 900115\u202C').click();
    await page.locator(`${composer}[aria-label="Type to +44 7700 900115"]`).waitFor();
    assert.equal(await page.locator('#main header span[dir=auto]').first().textContent(), '\u202A+44 7700 900115\u202C');

    await row(page, 'Olena Petrenko').click();
    assert.match(await attr(page, '#main [data-id]', 'data-id'), /^false_208834511900123@lid_/);

    await row(page, 'Jamie Collins').click();
    await waitForText(page, 'half-written');
    assert.equal(new URL(page.url()).pathname, '/');
    await page.close();
  });

  test('"New chat": type a number that is not a contact and start a chat with it', async () => {
    const page = await openReplica(h.context, `${WA}/`);
    await page.locator('#side button[aria-label="New chat"]').click();
    await typeInto(page, 'input[aria-label="Search name or number"]', '07700 900333');
    await page.locator('#side [role=button]:has(span[title="+44 7700 900333"])').click();
    await typeInto(page, `${composer}[aria-label="Type to +44 7700 900333"]`, 'Hello from the club');
    await page.locator('#main footer button[aria-label=Send]').click();
    assert.deepEqual(await waitForSent(page), [{ surface: 'whatsapp', text: 'Hello from the club', to: '+44 7700 900333' }]);
    assert.equal(await count(page, '#pane-side [role=row]:has(span[title="\u202A+44 7700 900333\u202C"])'), 1);
    await page.close();
  });

  test('click-to-chat link /send?phone= opens the chat with a prefilled draft and returns to /', async () => {
    const page = await openReplica(h.context, `${WA}/send?phone=447700900901&text=Quick%20question`);
    await page.locator(`${composer}[aria-label="Type to Jamie Collins"]`).waitFor();
    await waitForText(page, 'Quick question');
    assert.equal(new URL(page.url()).pathname, '/');
    assert.equal(await count(page, '#main footer button[aria-label=Send]'), 1);
    await page.close();
  });

  test('Portuguese labels with ?locale=pt; data-icon stays the same', async () => {
    const page = await openReplica(h.context, `${WA}/?locale=pt`);
    await row(page, 'Jamie Collins').click();
    assert.equal(await attr(page, composer, 'aria-label'), 'Digitar na conversa com Jamie Collins');
    assert.equal(await attr(page, composer, 'aria-placeholder'), 'Digite uma mensagem');
    await typeInto(page, composer, 'Olá');
    assert.equal(await count(page, '#main footer button[aria-label=Enviar] span[data-icon="wds-ic-send-filled"]'), 1);
    await page.close();
  });
});

describe('network isolation', () => {
  test('nothing left the mapped hosts; only page loads reached the server', async () => {
    h.network.assertClean();
    assert.ok(h.network.requests.length > 0, 'the guard saw the page loads');
    for (const request of h.server.requests) {
      assert.ok(request.path === '/favicon.ico' || request.path.startsWith('/__replica/') || !request.path.startsWith('/__'), `${request.host}${request.path}`);
    }
  });

  test('the guard sees page and service-worker requests; unmapped hosts never resolve', async () => {
    const mark = h.network.mark();
    const page = await openReplica(h.context, `${WA}/`);
    const pageResult = await page.evaluate(() => fetch('https://example.org/probe').then(() => 'reached', (error) => String(error)));
    assert.match(pageResult, /Failed to fetch/);
    // The extension's CSP (connect-src 'none') stops this before it becomes a request at all.
    const workerResult = await h.serviceWorker.evaluate(() => fetch('https://example.org/worker-probe').then(() => 'reached', (error) => String(error)));
    assert.match(workerResult, /Failed to fetch/);
    // Service-worker traffic is visible to the guard (here a harmless fetch of its own manifest).
    await h.serviceWorker.evaluate(() => fetch(chrome.runtime.getURL('manifest.json')).then((response) => response.status));
    await page.waitForTimeout(100);

    const seen = h.network.requests.slice(mark);
    assert.ok(seen.some((r) => r.initiator === 'service-worker' && r.url.endsWith('/manifest.json') && !r.violation));
    const caught = h.network.violations(mark).map((r) => [r.initiator, r.url, r.failure]);
    assert.deepEqual(caught, [['page', 'https://example.org/probe', 'net::ERR_NAME_NOT_RESOLVED']]);
    await page.close();
  });
});
