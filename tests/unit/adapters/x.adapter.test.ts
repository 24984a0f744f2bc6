// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { xAdapter as x } from '../../../lib/adapters/x/x.adapter';
import { judge } from '../../../lib/compose/health';
import { el, fixtureHtml, loadFixture } from './helpers';

const enter = (init: KeyboardEventInit = {}) => new KeyboardEvent('keydown', { key: 'Enter', ...init });

function openChat(): ShadowRoot {
  loadFixture('x-chat.html', 'https://x.com/i/chat/1500000000000000042-1500000000000000112');
  const shadow = el('[data-testid="xchatEmbedRoute"]').attachShadow({ mode: 'open' });
  shadow.innerHTML = fixtureHtml('xchat-shadow.html');
  return shadow;
}

function health(roots: Array<Document | ShadowRoot>) {
  const composers = roots.flatMap((r) => x.findComposers(r)).map((c) => ({ element: c.element, kind: c.kind, readable: true }));
  return judge({ expectations: x.expectations(document, new URL(location.href)), composers });
}

describe('x adapter', () => {
  it('finds the Draft.js post composer by its testid (x-home.html)', () => {
    loadFixture('x-home.html', 'https://x.com/home');
    const composers = x.findComposers(document);
    expect(composers.map((c) => [c.kind, c.editor, c.surface])).toEqual([['x-post', 'draft', 'post']]);
    expect(composers[0]!.element.classList.contains('public-DraftEditor-content')).toBe(true);
  });

  it('calls the same box a reply on a status page', () => {
    loadFixture('x-home.html', 'https://x.com/jamiecollins/status/1799');
    const [composer] = x.findComposers(document);
    expect(composer).toMatchObject({ kind: 'x-reply', surface: 'reply' });
    expect(x.readContext(composer!)).toEqual({ actor: { handle: 'samtaylor_vol' }, publicReply: true, recipientLabel: '@jamiecollins' });
  });

  it('posts on Ctrl/Cmd+Enter only; finds the post button', () => {
    loadFixture('x-home.html', 'https://x.com/home');
    const [composer] = x.findComposers(document);
    expect(x.isSendKey(enter(), composer!)).toBe(false);
    expect(x.isSendKey(enter({ ctrlKey: true }), composer!)).toBe(true);
    expect(x.isSendKey(enter({ metaKey: true }), composer!)).toBe(true);
    expect(x.findSendControl(composer!)?.dataset.testid).toBe('tweetButtonInline');
    expect(x.readContext(composer!)).toEqual({ actor: { handle: 'samtaylor_vol' } });
  });

  it('finds the X Chat textarea inside the shadow root, its send button and recipient', () => {
    const shadow = openChat();
    expect(x.shadowHosts).toContain('[data-testid="xchatEmbedRoute"]');
    expect(x.findComposers(document)).toEqual([]); // the document cannot see into the shadow root
    const [chat] = x.findComposers(shadow);
    expect(chat).toMatchObject({ kind: 'xchat', editor: 'textarea', surface: 'message' });
    expect(x.findSendControl(chat!)?.dataset.testid).toBe('dm-composer-send-button');
    expect(x.isSendKey(enter(), chat!)).toBe(true);
    expect(x.isSendKey(enter({ shiftKey: true }), chat!)).toBe(false);
    expect(x.readContext(chat!)).toEqual({
      actor: { handle: 'samtaylor_vol' },
      recipientLabel: 'Bilal Ahmadzai',
      recipient: { name: 'Bilal Ahmadzai', handle: 'bilal_az09' },
    });
  });

  it('expects a composer on /home and in a chat; a renamed one is reported', () => {
    loadFixture('x-home.html', 'https://x.com/home');
    expect(health([document]).ok).toBe(true);
    el('[data-testid="tweetTextarea_0"]').setAttribute('data-testid', 'tweetComposer');
    expect(health([document]).problems).toEqual(['x-post']);
    const shadow = openChat();
    expect(health([document, shadow]).ok).toBe(true);
    expect(health([document]).problems).toEqual(['xchat']); // the root not watched yet: not found
    el('textarea', shadow).remove();
    expect(health([document, shadow]).ok).toBe(false);
  });

  it('expects nothing in the chat inbox or on the passcode wall', () => {
    loadFixture('x-chat.html', 'https://x.com/i/chat');
    expect(x.expectations(document, new URL(location.href))).toEqual([]);
    expect(x.expectations(document, new URL('https://x.com/i/chat/pin/new'))).toEqual([]);
  });
});
