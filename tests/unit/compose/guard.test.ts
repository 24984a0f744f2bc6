// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { facebookAdapter } from '../../../lib/adapters/facebook/facebook.adapter';
import { whatsappAdapter } from '../../../lib/adapters/whatsapp/whatsapp.adapter';
import { xAdapter } from '../../../lib/adapters/x/x.adapter';
import { el, fixtureHtml, loadFixture } from '../adapters/helpers';
import { enter, startGuard, tick, typeLexical, type Harness } from './helpers';

let h: Harness | undefined;
afterEach(() => {
  vi.restoreAllMocks();
  h?.abort();
  h = undefined;
  document.body.innerHTML = '';
});

/** WhatsApp chat with the page's own Enter handler on the editor, as Lexical has it. */
function whatsapp(text = 'Call me on 07700 900123') {
  loadFixture('whatsapp-chat.html', 'https://web.whatsapp.com/');
  const editor = el('[data-lexical-editor]');
  typeLexical(editor, text);
  const pageSends: string[] = [];
  editor.addEventListener('keydown', (e) => {
    if (e.key === 'Enter' && !e.shiftKey && !e.isComposing) pageSends.push(editor.textContent ?? '');
  });
  h = startGuard(whatsappAdapter);
  return { editor, pageSends, h };
}

describe('compose guard: live checking', () => {
  it('analyses a found composer with what the page says about the chat, and shows a badge with the count', async () => {
    const { h } = whatsapp();
    await vi.waitFor(() => expect(h.overlay.model?.badges).toHaveLength(1));
    expect(h.overlay.model!.badges[0]).toMatchObject({ count: 1, severity: 'warn' });
    expect(h.analyse).toHaveBeenCalledWith(
      expect.objectContaining({ text: 'Call me on 07700 900123', platform: 'whatsapp', surface: 'message', account: 'personal', recipient: { name: 'Bilal Ahmadzai' } }),
      expect.anything(),
    );
    expect(h.statuses.at(-1)).toEqual({ adapter: 'whatsapp', state: 'protecting' });
  });

  it('debounces typing and re-analyses the new draft; a clean draft clears the badge', async () => {
    const { editor, h } = whatsapp();
    await vi.waitFor(() => expect(h.overlay.model?.badges).toHaveLength(1));
    const calls = h.analyse.mock.calls.length;
    typeLexical(editor, 'Call me');
    typeLexical(editor, 'Call me la');
    typeLexical(editor, 'Call me later');
    await vi.waitFor(() => expect(h.overlay.model?.badges).toHaveLength(0));
    expect(h.analyse.mock.calls.length).toBe(calls + 1);
    expect(h.analyse.mock.lastCall![0].text).toBe('Call me later');
  });

  it('never analyses during an IME composition, and does once it ends', async () => {
    const { editor, h } = whatsapp('hello');
    await vi.waitFor(() => expect(h.analyse).toHaveBeenCalledTimes(1));
    editor.dispatchEvent(new CompositionEvent('compositionstart', { bubbles: true, composed: true }));
    typeLexical(editor, 'hello 07700 900123');
    await tick(80);
    expect(h.analyse).toHaveBeenCalledTimes(1);
    editor.dispatchEvent(new CompositionEvent('compositionend', { bubbles: true, composed: true }));
    await vi.waitFor(() => expect(h.analyse).toHaveBeenCalledTimes(2));
  });
});

describe('compose guard: pause at send', () => {
  it('holds Enter before the page sees it, shows the pause card, records the pause (no content)', async () => {
    const { editor, pageSends, h } = whatsapp();
    await tick();
    const event = enter(editor);
    expect(event.defaultPrevented).toBe(true);
    expect(pageSends).toEqual([]);
    const card = h.overlay.model!.card!;
    expect(card.kind).toBe('pause');
    if (card.kind !== 'pause') return;
    expect(card.findings.map((f) => f.rule)).toEqual(['contact-detail']);
    expect(card.audience).toEqual({ kind: 'direct-message', platform: 'whatsapp', recipientLabel: 'Bilal Ahmadzai' });
    expect(card.canApplySafer).toBe(true);
    expect(h.pauses).toEqual([['contact-detail']]);
    expect(editor.textContent).toBe('Call me on 07700 900123'); // the draft is never lost
  });

  it('lets Shift+Enter, IME Enter and a clean draft through untouched, with nothing shown', async () => {
    const { editor, pageSends, h } = whatsapp();
    await tick();
    expect(enter(editor, { shiftKey: true }).defaultPrevented).toBe(false);
    expect(enter(editor, { isComposing: true }).defaultPrevented).toBe(false);
    typeLexical(editor, 'See you at training');
    await tick();
    expect(enter(editor).defaultPrevented).toBe(false);
    expect(pageSends).toEqual(['See you at training']);
    expect(h.overlay.model?.card ?? null).toBeNull();
    expect(h.overlay.model?.marks ?? []).toEqual([]);
    expect(h.pauses).toEqual([]);
  });

  it('Send anyway records the reason and sends once as the person tried to; the next send is checked again', async () => {
    const { editor, pageSends, h } = whatsapp();
    await tick();
    enter(editor);
    const card = h.overlay.model!.card!;
    if (card.kind !== 'pause') throw new Error('no pause card');
    card.onSendAnyway('consent-given');
    await tick();
    expect(pageSends).toEqual(['Call me on 07700 900123']);
    expect(h.feedback).toEqual([{ kind: 'sent-anyway', rule: 'contact-detail', recogniser: 'phone-number', platform: 'whatsapp', reason: 'consent-given' }]);
    expect(h.overlay.model!.card).toBeNull();
    // one-shot: pressing Enter again on the same draft pauses again
    expect(enter(editor).defaultPrevented).toBe(true);
    expect(pageSends).toHaveLength(1);
  });

  it('offers no way past a blocked rule', async () => {
    const { editor, pageSends, h } = whatsapp('Ask BLOCKME');
    await tick();
    enter(editor);
    const card = h.overlay.model!.card!;
    if (card.kind !== 'pause') throw new Error('no pause card');
    card.onSendAnyway('other');
    await tick();
    expect(pageSends).toEqual([]);
    expect(h.feedback).toEqual([]);
    card.onReportWrong(card.findings[0]!);
    expect(h.feedback).toEqual([{ kind: 'false-alarm', rule: 'register-person', recogniser: 'register-person', platform: 'whatsapp' }]);
    expect(enter(editor).defaultPrevented).toBe(true); // still blocked after the report
  });

  it('"This is wrong" dismisses a warning for this draft: the card closes and the next Enter sends', async () => {
    const { editor, pageSends, h } = whatsapp();
    await tick();
    enter(editor);
    const card = h.overlay.model!.card!;
    if (card.kind !== 'pause') throw new Error('no pause card');
    card.onReportWrong(card.findings[0]!);
    expect(h.feedback).toEqual([{ kind: 'false-alarm', rule: 'contact-detail', recogniser: 'phone-number', platform: 'whatsapp' }]);
    expect(h.overlay.model!.card).toBeNull();
    expect(enter(editor).defaultPrevented).toBe(false);
    expect(pageSends).toEqual(['Call me on 07700 900123']);
  });

  it('holds a click on the send button, and the resend after Send anyway clicks it once', async () => {
    const { h } = whatsapp();
    const send = el<HTMLButtonElement>('[data-icon="wds-ic-send-filled"]').closest('button')!;
    const clicks: number[] = [];
    send.addEventListener('click', () => clicks.push(1));
    await tick();
    el('[data-icon="wds-ic-send-filled"]').dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true, composed: true }));
    expect(clicks).toEqual([]);
    const card = h.overlay.model!.card!;
    if (card.kind !== 'pause') throw new Error('no pause card');
    card.onSendAnyway('already-public');
    expect(clicks).toEqual([1]);
  });

  it('never passes an unreadable composer silently: holds it and reports the page as changed', async () => {
    const { editor, pageSends, h } = whatsapp();
    await tick();
    editor.innerHTML = '<p>Call me on 07700 900123</p>'; // text outside Lexical's leaves
    await tick();
    expect(enter(editor).defaultPrevented).toBe(true);
    expect(pageSends).toEqual([]);
    expect(h.overlay.model!.card!.kind).toBe('unreadable');
    expect(h.statuses.at(-1)).toMatchObject({ adapter: 'whatsapp', state: 'not-protecting', reason: 'changed' });
    const card = h.overlay.model!.card!;
    if (card.kind !== 'unreadable') return;
    card.onSendUnchecked();
    expect(pageSends).toHaveLength(1);
  });

  it('when the editor does not take the fix, the card offers "copy a safer version" instead, with every suggestion applied', async () => {
    // happy-dom has no execCommand and no clipboard events: the Lexical input path fails here.
    const { editor, h } = whatsapp('Call me on 07700 900123 or 07700 900124');
    await tick();
    enter(editor);
    const card = h.overlay.model!.card!;
    if (card.kind !== 'pause') throw new Error('no pause card');
    expect(card.canApplySafer).toBe(true);
    expect(card.onCopySafer).toBeUndefined();
    card.onApplySafer();
    await vi.waitFor(() => expect(h.overlay.model!.card).toMatchObject({ kind: 'pause', canApplySafer: false }), { timeout: 3000 });
    expect(editor.textContent).toBe('Call me on 07700 900123 or 07700 900124'); // untouched
    const fallback = h.overlay.model!.card!;
    if (fallback.kind !== 'pause' || !fallback.onCopySafer) throw new Error('no copy offer');
    fallback.onCopySafer();
    await vi.waitFor(() => expect(h.copied).toEqual(['Call me on [number removed] or [number removed]']));
  });

  it('adds nothing to the page: no attribute, text or element carries a finding', async () => {
    const { editor, h } = whatsapp();
    await tick();
    const before = document.body.innerHTML;
    enter(editor);
    await tick();
    expect(h.overlay.model!.card).not.toBeNull();
    expect(document.body.innerHTML).toBe(before);
  });
});

describe('compose guard: other surfaces', () => {
  it('Facebook: holds a click on "Comment" and Enter in the comment box; the post dialog’s Enter passes', async () => {
    loadFixture('facebook-feed.html', 'https://www.facebook.com/');
    typeLexical(el('[aria-label="Comment as Sam Taylor"]'), 'ring 07700 900123');
    typeLexical(el('[aria-label="What\'s on your mind, Sam?"]'), 'ring 07700 900123');
    h = startGuard(facebookAdapter);
    await tick();
    const click = new MouseEvent('click', { bubbles: true, cancelable: true, composed: true });
    el('#focused-state-composer-submit span span').dispatchEvent(click);
    expect(click.defaultPrevented).toBe(true);
    const card = h.overlay.model!.card!;
    expect(card.kind === 'pause' && card.audience).toEqual({ kind: 'personal-profile', platform: 'facebook' });
    expect(enter(el('[aria-label="What\'s on your mind, Sam?"]')).defaultPrevented).toBe(false);
    const post = new MouseEvent('click', { bubbles: true, cancelable: true, composed: true });
    el('[role="dialog"] [aria-label="Post"]').dispatchEvent(post);
    expect(post.defaultPrevented).toBe(true);
  });

  it('Facebook: a "Comment" control focused and activated with Space is held too', async () => {
    loadFixture('facebook-feed.html', 'https://www.facebook.com/');
    typeLexical(el('[aria-label="Comment as Sam Taylor"]'), 'ring 07700 900123');
    h = startGuard(facebookAdapter);
    await tick();
    const space = new KeyboardEvent('keydown', { key: ' ', bubbles: true, cancelable: true, composed: true });
    el('#focused-state-composer-submit [role="button"]').dispatchEvent(space);
    expect(space.defaultPrevented).toBe(true);
  });

  it('X Chat: finds the textarea once the shadow root appears later, and holds Enter inside it', async () => {
    loadFixture('x-chat.html', 'https://x.com/i/chat/1500000000000000042-1500000000000000112');
    h = startGuard(xAdapter);
    await tick(50);
    const shadow = el('[data-testid="xchatEmbedRoute"]').attachShadow({ mode: 'open' });
    shadow.innerHTML = fixtureHtml('xchat-shadow.html');
    const textarea = el<HTMLTextAreaElement>('textarea', shadow);
    const pageSends: string[] = [];
    textarea.addEventListener('keydown', (e) => e.key === 'Enter' && pageSends.push(textarea.value));
    await vi.waitFor(() => expect(h!.statuses.at(-1)).toEqual({ adapter: 'x', state: 'protecting' }), { timeout: 2000 });
    textarea.value = 'text me on 07700 900123';
    textarea.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    await vi.waitFor(() => expect(h!.overlay.model?.badges).toHaveLength(1), { timeout: 2000 });
    expect(enter(textarea).defaultPrevented).toBe(true);
    expect(pageSends).toEqual([]);
    const card = h.overlay.model!.card!;
    expect(card.kind === 'pause' && card.audience).toEqual({ kind: 'direct-message', platform: 'x', recipientLabel: 'Bilal Ahmadzai' });
  });

  it('a finding card applies its fix to the right words even after the person typed before them', async () => {
    loadFixture('x-chat.html', 'https://x.com/i/chat/1500000000000000042-1500000000000000112');
    const shadow = el('[data-testid="xchatEmbedRoute"]').attachShadow({ mode: 'open' });
    shadow.innerHTML = fixtureHtml('xchat-shadow.html');
    const textarea = el<HTMLTextAreaElement>('textarea', shadow);
    textarea.value = 'text me on 07700 900123';
    h = startGuard(xAdapter);
    await vi.waitFor(() => expect(h!.overlay.model?.badges).toHaveLength(1), { timeout: 2000 });
    h.overlay.model!.badges[0]!.onOpen();
    const card = h.overlay.model!.card!;
    if (card.kind !== 'finding' || !card.onApplySafer) throw new Error('no finding card with a fix');
    expect(card.excerpt).toBe('07700 900123');
    textarea.value = 'Hi! text me on 07700 900123';
    textarea.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    card.onApplySafer();
    await vi.waitFor(() => expect(textarea.value).toBe('Hi! text me on [number removed]'));
  });

  it('X Chat: Apply safer wording sets the textarea through the native setter and an input event', async () => {
    loadFixture('x-chat.html', 'https://x.com/i/chat/1500000000000000042-1500000000000000112');
    const shadow = el('[data-testid="xchatEmbedRoute"]').attachShadow({ mode: 'open' });
    shadow.innerHTML = fixtureHtml('xchat-shadow.html');
    const textarea = el<HTMLTextAreaElement>('textarea', shadow);
    textarea.value = 'text me on 07700 900123 please';
    const inputs: string[] = [];
    textarea.addEventListener('input', () => inputs.push(textarea.value));
    h = startGuard(xAdapter);
    await vi.waitFor(() => expect(h!.overlay.model?.badges).toHaveLength(1), { timeout: 2000 });
    enter(textarea);
    const card = h.overlay.model!.card!;
    if (card.kind !== 'pause') throw new Error('no pause card');
    card.onApplySafer();
    await vi.waitFor(() => expect(textarea.value).toBe('text me on [number removed] please'));
    expect(inputs).toEqual(['text me on [number removed] please']);
    await vi.waitFor(() => expect(h!.overlay.model!.card).toBeNull());
    expect(enter(textarea).defaultPrevented).toBe(false);
  });
});
