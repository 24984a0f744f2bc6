// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { whatsappAdapter as wa } from '../../../lib/adapters/whatsapp/whatsapp.adapter';
import { judge } from '../../../lib/compose/health';
import { el, loadFixture, setUrl } from './helpers';

const key = (init: KeyboardEventInit) => new KeyboardEvent('keydown', { key: 'Enter', ...init });

function health() {
  const composers = wa.findComposers(document).map((c) => ({ element: c.element, kind: c.kind, readable: true }));
  return judge({ expectations: wa.expectations(document, new URL(location.href)), composers });
}

describe('whatsapp adapter', () => {
  it('finds the chat composer in #main footer and nothing else (whatsapp-chat.html)', () => {
    loadFixture('whatsapp-chat.html', 'https://web.whatsapp.com/');
    const composers = wa.findComposers(document);
    expect(composers).toHaveLength(1);
    expect(composers[0]).toMatchObject({ editor: 'lexical', surface: 'message', kind: 'whatsapp-chat' });
    expect(composers[0]!.element.getAttribute('data-tab')).toBe('10');
  });

  it('finds the send button by its icon, not its localised label', () => {
    loadFixture('whatsapp-chat.html');
    const [composer] = wa.findComposers(document);
    const send = wa.findSendControl(composer!);
    expect(send?.getAttribute('data-tab')).toBe('11');
    expect(wa.isSendControl(send!, composer!)).toBe(true);
    expect(wa.isSendControl(el('[aria-label="Attach"]'), composer!)).toBe(false);
    loadFixture('whatsapp-group-pt.html');
    expect(wa.findSendControl(wa.findComposers(document)[0]!)).toBeNull();
  });

  it('sends on Enter, not on Shift+Enter', () => {
    loadFixture('whatsapp-chat.html');
    const [composer] = wa.findComposers(document);
    expect(wa.isSendKey(key({}), composer!)).toBe(true);
    expect(wa.isSendKey(key({ shiftKey: true }), composer!)).toBe(false);
  });

  it('reads the recipient from the composer label: a contact, a group (Portuguese), a number from the header', () => {
    loadFixture('whatsapp-chat.html');
    expect(wa.readContext(wa.findComposers(document)[0]!)).toEqual({ recipientLabel: 'Bilal Ahmadzai', recipient: { name: 'Bilal Ahmadzai' } });
    loadFixture('whatsapp-group-pt.html');
    expect(wa.readContext(wa.findComposers(document)[0]!)).toEqual({ group: true, recipientLabel: 'Riverside Youth Football' });
    loadFixture('whatsapp-unsaved.html');
    expect(wa.readContext(wa.findComposers(document)[0]!)).toEqual({ recipientLabel: '+44 7700 900115', recipient: { phone: '+447700900115' } });
  });

  it('is healthy with a composer in the chat footer, and reports a renamed or removed composer', () => {
    loadFixture('whatsapp-chat.html', 'https://web.whatsapp.com/');
    expect(health().ok).toBe(true);
    el('[data-lexical-editor]').removeAttribute('data-lexical-editor');
    expect(health()).toMatchObject({ ok: false, problems: ['whatsapp-chat'] });
    loadFixture('whatsapp-chat.html');
    el('[data-lexical-editor]').remove();
    expect(health().ok).toBe(false);
  });

  it('expects nothing when no chat is open', () => {
    setUrl('https://web.whatsapp.com/');
    document.body.innerHTML = '<div id="app"><div id="side"></div></div>';
    expect(health().ok).toBe(true);
  });
});
