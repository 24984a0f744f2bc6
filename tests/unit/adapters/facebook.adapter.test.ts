// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { facebookAdapter as fb } from '../../../lib/adapters/facebook/facebook.adapter';
import { judge } from '../../../lib/compose/health';
import { el, loadFixture } from './helpers';

const enter = (init: KeyboardEventInit = {}) => new KeyboardEvent('keydown', { key: 'Enter', ...init });

function byLabel(label: string) {
  const composer = fb.findComposers(document).find((c) => c.element.getAttribute('aria-label') === label);
  if (!composer) throw new Error(`no composer labelled ${label}`);
  return composer;
}

function health() {
  const composers = fb.findComposers(document).map((c) => ({ element: c.element, kind: c.kind, readable: true }));
  return judge({ expectations: fb.expectations(document, new URL(location.href)), composers });
}

describe('facebook adapter', () => {
  it('tells post, comment and reply boxes apart by where they sit (facebook-feed.html)', () => {
    loadFixture('facebook-feed.html', 'https://www.facebook.com/');
    expect(fb.findComposers(document).map((c) => [c.kind, c.surface])).toEqual([
      ['fb-comment', 'comment'],
      ['fb-reply', 'reply'],
      ['fb-post', 'post'],
    ]);
  });

  it('finds each box’s own send control, and only that one', () => {
    loadFixture('facebook-feed.html');
    const comment = byLabel('Comment as Sam Taylor');
    const post = byLabel("What's on your mind, Sam?");
    expect(fb.findSendControl(comment)?.getAttribute('aria-label')).toBe('Comment');
    expect(fb.findSendControl(post)?.getAttribute('aria-label')).toBe('Post');
    expect(fb.isSendControl(fb.findSendControl(post)!, comment)).toBe(false);
    expect(fb.isSendControl(el('[aria-label^="Edit privacy"]'), post)).toBe(false);
  });

  it('sends comments and messages on Enter; the post dialog’s Enter is a newline', () => {
    loadFixture('facebook-feed.html');
    expect(fb.isSendKey(enter(), byLabel('Comment as Sam Taylor'))).toBe(true);
    expect(fb.isSendKey(enter({ shiftKey: true }), byLabel('Comment as Sam Taylor'))).toBe(false);
    expect(fb.isSendKey(enter(), byLabel("What's on your mind, Sam?"))).toBe(false);
  });

  it('reads who posts: "Comment as", "Reply as", and the author in the post dialog', () => {
    loadFixture('facebook-feed.html');
    expect(fb.readContext(byLabel('Comment as Sam Taylor'))).toEqual({ actor: { name: 'Sam Taylor' } });
    expect(fb.readContext(byLabel('Reply as Riverside Youth Club'))).toEqual({ actor: { name: 'Riverside Youth Club' } });
    expect(fb.readContext(byLabel("What's on your mind, Sam?"))).toEqual({ actor: { name: 'Sam Taylor' } });
  });

  it('reads Messenger recipients: a thread, a pop-up, a Portuguese group thread', () => {
    loadFixture('facebook-messenger.html', 'https://www.facebook.com/messages/t/100090000000901');
    const [thread, popup] = fb.findComposers(document);
    expect(thread).toMatchObject({ kind: 'messenger', surface: 'message' });
    expect(fb.readContext(thread!)).toEqual({ recipientLabel: 'Jamie Collins', recipient: { name: 'Jamie Collins' } });
    expect(fb.readContext(popup!)).toEqual({ recipientLabel: 'Katya Petrenko', recipient: { name: 'Katya Petrenko' } });
    expect(fb.findSendControl(thread!)?.getAttribute('aria-label')).toBe('Press enter to send');
    // Empty pop-up: only "Send a Like", found by position; an empty draft is never held anyway.
    expect(fb.findSendControl(popup!)?.getAttribute('aria-label')).toBe('Send a Like');
    loadFixture('facebook-group-thread-pt.html');
    const [group] = fb.findComposers(document);
    expect(fb.readContext(group!)).toEqual({ recipientLabel: 'Riverside Volunteers', group: true });
    expect(fb.findSendControl(group!)?.getAttribute('aria-label')).toBe('Pressione Enter para enviar');
  });

  it('is healthy as loaded; a renamed post editor, a removed comment editor or a missing thread composer are reported', () => {
    loadFixture('facebook-feed.html', 'https://www.facebook.com/');
    expect(health().ok).toBe(true);
    el('[aria-label="What\'s on your mind, Sam?"]').setAttribute('data-lexical-editor', 'false');
    expect(health().problems).toEqual(['fb-post']);
    loadFixture('facebook-feed.html');
    el('[aria-label="Comment as Sam Taylor"]').remove();
    expect(health().problems).toEqual(['fb-comment']);
    loadFixture('facebook-messenger.html', 'https://www.facebook.com/messages/t/100090000000901');
    expect(health().ok).toBe(true);
    for (const e of Array.from(document.querySelectorAll('[data-lexical-editor]'))) e.remove();
    expect(health().problems).toEqual(['messenger']);
  });
});

describe('facebook adapter in a UI language without a label table', () => {
  it('still finds the post and Messenger send buttons by position', () => {
    loadFixture('facebook-feed.html', 'https://www.facebook.com/');
    el('[role="dialog"] [aria-label="Post"]').setAttribute('aria-label', 'Opublikuj');
    const post = fb.findComposers(document).find((c) => c.kind === 'fb-post')!;
    expect(fb.findSendControl(post)?.getAttribute('aria-label')).toBe('Opublikuj');
    loadFixture('facebook-messenger.html', 'https://www.facebook.com/messages/t/100090000000901');
    el('[aria-label="Press enter to send"]').setAttribute('aria-label', 'Naciśnij Enter, aby wysłać');
    const [thread] = fb.findComposers(document);
    expect(fb.findSendControl(thread!)?.getAttribute('aria-label')).toBe('Naciśnij Enter, aby wysłać');
  });
});
