// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { facebookAdapter as fb } from '../../../lib/adapters/facebook/facebook.adapter';
import { whatsappAdapter as wa } from '../../../lib/adapters/whatsapp/whatsapp.adapter';
import { xAdapter as x } from '../../../lib/adapters/x/x.adapter';
import { el, loadFixture } from './helpers';

/** Relationship buttons (issue 4): which action, and whose profile, as the page shows it. */
describe('facebook relationship buttons', () => {
  it('on a profile: Confirm in the Respond menu, Follow and Message, with the h1 name and the username in the address', () => {
    loadFixture('facebook-profile.html', 'https://www.facebook.com/katya.p.2011');
    const who = { username: 'katya.p.2011', name: 'Katya Petrenko' };
    expect(fb.findRelationshipAction(el('[role=menuitem]'), document)).toEqual({ action: 'accept-friend', recipient: who });
    expect(fb.findRelationshipAction(el('[aria-label=Follow]'), document)).toEqual({ action: 'follow', recipient: who });
    expect(fb.findRelationshipAction(el('[aria-label=Message]'), document)).toEqual({ action: 'message', recipient: who });
    // Respond only opens the menu; Delete request is not a connection.
    expect(fb.findRelationshipAction(el('[aria-label=Respond]'), document)).toBeNull();
    expect(fb.findRelationshipAction(el('[role=menuitem]:nth-child(2)'), document)).toBeNull();
  });

  it('in the friend-requests list: the card link names the person', () => {
    loadFixture('facebook-friend-requests.html', 'https://www.facebook.com/friends/requests');
    const [katya, alex] = document.querySelectorAll('[aria-label=Confirm]');
    expect(fb.findRelationshipAction(katya!, document)).toEqual({ action: 'accept-friend', recipient: { username: 'katya.p.2011', name: 'Katya Petrenko' } });
    expect(fb.findRelationshipAction(alex!, document)).toEqual({ action: 'accept-friend', recipient: { username: 'alex.morgan.31', name: 'Alex Morgan' } });
    expect(fb.findRelationshipAction(el('[aria-label="Add friend"]'), document)).toEqual({ action: 'add-friend', recipient: { username: 'dawit.tesfaye.96', name: 'Dawit Tesfaye' } });
    expect(fb.findRelationshipAction(el('[aria-label=Delete]'), document)).toBeNull();
  });

  it('ignores composers’ and feed buttons', () => {
    loadFixture('facebook-feed.html', 'https://www.facebook.com/');
    for (const b of Array.from(document.querySelectorAll('[role=button]'))) expect(fb.findRelationshipAction(b, document)).toBeNull();
  });
});

describe('x relationship buttons', () => {
  it('Follow and Message on a profile, with the name and @handle from UserName', () => {
    loadFixture('x-profile.html', 'https://x.com/bilal_az09');
    const who = { handle: 'bilal_az09', name: 'Bilal Ahmadzai' };
    expect(x.findRelationshipAction(el('[data-testid$="-follow"]'), document)).toEqual({ action: 'follow', recipient: who });
    expect(x.findRelationshipAction(el('[data-testid=sendDMFromProfile]'), document)).toEqual({ action: 'message', recipient: who });
    expect(x.findRelationshipAction(el('[data-testid=userActions]'), document)).toBeNull();
  });

  it('ignores post buttons on /home', () => {
    loadFixture('x-home.html', 'https://x.com/home');
    for (const b of Array.from(document.querySelectorAll('button'))) expect(x.findRelationshipAction(b, document)).toBeNull();
  });
});

describe('whatsapp new chat and group participants', () => {
  it('a contact row gives its name and number; a typed number loses its bidi marks', () => {
    loadFixture('whatsapp-new-chat.html', 'https://web.whatsapp.com/');
    const [bilal, jamie, unsaved] = Array.from(document.querySelectorAll('#side [role=button]'));
    expect(wa.findRelationshipAction(bilal!, document)).toEqual({ action: 'message', recipient: { name: 'Bilal Ahmadzai', phone: '+447700900112' } });
    expect(wa.findRelationshipAction(jamie!, document)).toEqual({ action: 'message', recipient: { name: 'Jamie Collins', phone: '+447700900901' } });
    expect(wa.findRelationshipAction(unsaved!, document)).toEqual({ action: 'message', recipient: { phone: '+447700900115' } });
    expect(wa.findRelationshipAction(el('[aria-label=Back]'), document)).toBeNull();
  });

  it('a group lists its participants from the header, without "You"', () => {
    loadFixture('whatsapp-group.html', 'https://web.whatsapp.com/');
    expect(wa.readContext(wa.findComposers(document)[0]!)).toEqual({
      group: true,
      recipientLabel: 'Riverside Youth Football',
      recipient: { participants: [{ name: 'Bilal Ahmadzai' }, { name: 'Jamie Collins' }, { phone: '+447700900121' }] },
    });
  });
});
