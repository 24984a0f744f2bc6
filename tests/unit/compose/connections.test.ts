// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { analyse, compileProfile, type CompiledProfile } from '../../../lib/analyser';
import { facebookAdapter } from '../../../lib/adapters/facebook/facebook.adapter';
import { whatsappAdapter } from '../../../lib/adapters/whatsapp/whatsapp.adapter';
import { xAdapter } from '../../../lib/adapters/x/x.adapter';
import type { SiteAdapter } from '../../../lib/adapters/types';
import { decideConnection } from '../../../lib/compose/connections';
import { publish } from '../../../lib/profile/publish';
import type { PublishedProfile } from '../../../lib/profile/published.schema';
import { parseSourceProfileText } from '../../../lib/profile/validate';
import { el, loadFixture } from '../adapters/helpers';
import { startGuard, tick, type Harness } from './helpers';

let published: PublishedProfile;
let compiled: CompiledProfile;
beforeAll(async () => {
  const parsed = parseSourceProfileText(readFileSync(resolve(import.meta.dirname, '../../fixtures/sample-profile.json'), 'utf8'));
  if (!parsed.ok) throw new Error('sample profile is invalid');
  published = await publish(parsed.profile);
  compiled = compileProfile(published);
});

let h: Harness | undefined;
afterEach(() => {
  vi.restoreAllMocks();
  h?.abort();
  h = undefined;
  document.body.innerHTML = '';
});

function guard(adapter: SiteAdapter): Harness {
  h = startGuard(adapter, { analyse: vi.fn(analyse), profile: () => ({ compiled, published }) });
  return h;
}

/** A page-side listener registered after the guard's, as a site's own handler would be. */
function pageClicks(target: Element): string[] {
  const seen: string[] = [];
  target.addEventListener('click', () => seen.push('click'));
  return seen;
}

const click = (target: Element) => {
  const event = new MouseEvent('click', { bubbles: true, cancelable: true, composed: true });
  target.dispatchEvent(event);
  return event;
};

describe('decisions: the analyser decides from what the adapter read', () => {
  it('Facebook: a child is minor-contact (block), an adult client client-connection (warn), a stranger nothing', () => {
    loadFixture('facebook-friend-requests.html', 'https://www.facebook.com/friends/requests');
    const [katya, alex] = document.querySelectorAll('[aria-label=Confirm]');
    expect(decideConnection(facebookAdapter, katya!, document, analyse, compiled)).toMatchObject({ action: 'accept-friend', finding: { rule: 'minor-contact', severity: 'block' } });
    expect(decideConnection(facebookAdapter, el('[aria-label="Add friend"]'), document, analyse, compiled)).toMatchObject({ action: 'add-friend', finding: { rule: 'client-connection', severity: 'warn' } });
    expect(decideConnection(facebookAdapter, alex!, document, analyse, compiled)).toBeNull();
  });

  it('no register: nothing is decided, and the adapter is not even asked', () => {
    loadFixture('facebook-friend-requests.html', 'https://www.facebook.com/friends/requests');
    const spy = vi.spyOn(facebookAdapter, 'findRelationshipAction');
    expect(decideConnection(facebookAdapter, el('[aria-label=Confirm]'), document, analyse, compileProfile(undefined))).toBeNull();
    expect(spy).not.toHaveBeenCalled();
  });

  it('X: following or messaging a child is minor-contact', () => {
    loadFixture('x-profile.html', 'https://x.com/bilal_az09');
    expect(decideConnection(xAdapter, el('[data-testid$="-follow"]'), document, analyse, compiled)).toMatchObject({ action: 'follow', finding: { rule: 'minor-contact' } });
    expect(decideConnection(xAdapter, el('[data-testid=sendDMFromProfile]'), document, analyse, compiled)).toMatchObject({ action: 'message', finding: { rule: 'minor-contact' } });
  });

  it('WhatsApp: a new chat with a child’s number is minor-contact; with a saved stranger nothing', () => {
    loadFixture('whatsapp-new-chat.html', 'https://web.whatsapp.com/');
    const [bilal, jamie, unsaved] = Array.from(document.querySelectorAll('#side [role=button]'));
    expect(decideConnection(whatsappAdapter, unsaved!, document, analyse, compiled)).toMatchObject({ action: 'message', finding: { rule: 'minor-contact', severity: 'block' } });
    expect(decideConnection(whatsappAdapter, bilal!, document, analyse, compiled)).toMatchObject({ finding: { rule: 'minor-contact' } });
    expect(decideConnection(whatsappAdapter, jamie!, document, analyse, compiled)).toBeNull();
  });
});

describe('the guard holds relationship clicks', () => {
  it('a stranger’s click reaches the page untouched, in the same dispatch', () => {
    loadFixture('facebook-friend-requests.html', 'https://www.facebook.com/friends/requests');
    const h = guard(facebookAdapter);
    const alex = document.querySelectorAll('[aria-label=Confirm]')[1]!;
    const seen = pageClicks(alex);
    const event = click(alex);
    expect(event.defaultPrevented).toBe(false);
    expect(seen).toEqual(['click']);
    expect(h.overlay.model?.card ?? null).toBeNull();
    expect(h.pauses).toEqual([]);
  });

  it('warn: held with the card; "go ahead" with a reason lets exactly one click through and records only the reason', () => {
    loadFixture('facebook-friend-requests.html', 'https://www.facebook.com/friends/requests');
    const h = guard(facebookAdapter);
    const dawit = el('[aria-label="Add friend"]');
    const seen = pageClicks(dawit);
    expect(click(dawit).defaultPrevented).toBe(true);
    expect(seen).toEqual([]);
    const card = h.overlay.model!.card!;
    expect(card).toMatchObject({ kind: 'connection', rule: 'client-connection', action: 'add-friend', severity: 'warn' });
    expect(h.pauses).toEqual([['client-connection']]);
    if (card.kind !== 'connection') return;
    card.onGoAhead!('consent-given');
    expect(seen).toEqual(['click']);
    expect(h.overlay.model!.card).toBeNull();
    expect(h.feedback).toEqual([{ kind: 'connected-anyway', rule: 'client-connection', recogniser: 'contact-context', platform: 'facebook', reason: 'consent-given' }]);
    // The bypass was for that one click: the next one is held again.
    expect(click(dawit).defaultPrevented).toBe(true);
    expect(seen).toEqual(['click']);
  });

  it('block: held, with no way to go ahead; cancel closes the card and the page never sees the click', () => {
    loadFixture('facebook-profile.html', 'https://www.facebook.com/katya.p.2011');
    const h = guard(facebookAdapter);
    const confirm = el('[role=menuitem]');
    const seen = pageClicks(confirm);
    expect(click(confirm).defaultPrevented).toBe(true);
    const card = h.overlay.model!.card!;
    expect(card).toMatchObject({ kind: 'connection', rule: 'minor-contact', action: 'accept-friend', severity: 'block' });
    if (card.kind !== 'connection') return;
    expect(card.onGoAhead).toBeUndefined();
    card.onCancel();
    expect(h.overlay.model!.card).toBeNull();
    expect(seen).toEqual([]);
  });

  it('Enter on a focused role=button is held too', () => {
    loadFixture('facebook-profile.html', 'https://www.facebook.com/katya.p.2011');
    const h = guard(facebookAdapter);
    const follow = el('[aria-label=Follow]');
    const event = new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, cancelable: true, composed: true });
    follow.dispatchEvent(event);
    expect(event.defaultPrevented).toBe(true);
    expect(h.overlay.model!.card).toMatchObject({ kind: 'connection', action: 'follow', rule: 'minor-contact' });
  });
});

describe('the standing notice in a conversation', () => {
  it('a child directly: child-direct; a group with a child: child-in-group; a stranger: none', async () => {
    loadFixture('whatsapp-chat.html', 'https://web.whatsapp.com/');
    let h = guard(whatsappAdapter);
    await vi.waitFor(() => expect(h.overlay.model?.notices).toEqual([expect.objectContaining({ kind: 'child-direct' })]));
    h.abort();
    loadFixture('whatsapp-group.html', 'https://web.whatsapp.com/');
    h = guard(whatsappAdapter);
    await vi.waitFor(() => expect(h.overlay.model?.notices).toEqual([expect.objectContaining({ kind: 'child-in-group' })]));
    h.abort();
    loadFixture('whatsapp-chat.html', 'https://web.whatsapp.com/');
    el('[data-lexical-editor]').setAttribute('aria-label', 'Type to Jamie Collins');
    h = guard(whatsappAdapter);
    await tick(50);
    expect(h.overlay.model?.notices ?? []).toEqual([]);
  });

  it('follows a conversation switch that keeps the composer (the label changes in place)', async () => {
    loadFixture('whatsapp-chat.html', 'https://web.whatsapp.com/');
    const h = guard(whatsappAdapter);
    await vi.waitFor(() => expect(h.overlay.model?.notices).toHaveLength(1));
    el('[data-lexical-editor]').setAttribute('aria-label', 'Type to Jamie Collins');
    await vi.waitFor(() => expect(h.overlay.model?.notices).toEqual([]));
    el('[data-lexical-editor]').setAttribute('aria-label', 'Type to \u202A+44 7700 900115\u202C');
    await vi.waitFor(() => expect(h.overlay.model?.notices).toEqual([expect.objectContaining({ kind: 'child-direct' })]));
  });
});
