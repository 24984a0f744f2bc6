import { describe, expect, it } from 'vitest';
import type { Composer } from '../../../lib/adapters/types';
import { accountOf, analysisInputFor, audienceOf, isOrganisationActor } from '../../../lib/compose/audience';

const organisation = {
  name: 'Riverside Refugee Support',
  accounts: [
    { platform: 'facebook' as const, name: 'Riverside Youth Club' },
    { platform: 'x' as const, handle: 'RiversideRS' },
  ],
  publicContacts: [],
  staff: [],
  locale: 'en-GB',
};

const composer = (surface: Composer['surface']): Composer => ({ element: {} as HTMLElement, editor: 'lexical', surface, kind: 'k' });

describe('audience', () => {
  it('recognises the organisation’s own accounts by name or handle, per platform, ignoring case and accents', () => {
    expect(isOrganisationActor({ name: 'riverside youth club' }, 'facebook', organisation)).toBe(true);
    expect(isOrganisationActor({ name: 'Riverside Refugee Support' }, 'whatsapp', organisation)).toBe(true);
    expect(isOrganisationActor({ handle: '@riversiders' }, 'x', organisation)).toBe(true);
    expect(isOrganisationActor({ handle: 'RiversideRS' }, 'facebook', organisation)).toBe(false);
    expect(isOrganisationActor({ name: 'Sam Taylor' }, 'facebook', organisation)).toBe(false);
    expect(isOrganisationActor({ name: 'Riverside Youth Club' }, 'facebook', undefined)).toBe(false);
  });

  it('says who will see it: organisation page, personal profile, a DM, a group, a public reply', () => {
    expect(audienceOf(composer('comment'), { actor: { name: 'Riverside Youth Club' } }, 'facebook', organisation)).toEqual({ kind: 'organisation-page', platform: 'facebook' });
    expect(audienceOf(composer('post'), { actor: { name: 'Sam Taylor' } }, 'facebook', organisation)).toEqual({ kind: 'personal-profile', platform: 'facebook' });
    expect(audienceOf(composer('message'), { recipientLabel: 'Alice' }, 'whatsapp', organisation)).toEqual({ kind: 'direct-message', platform: 'whatsapp', recipientLabel: 'Alice' });
    expect(audienceOf(composer('message'), { group: true, recipientLabel: 'Team' }, 'whatsapp', organisation)).toEqual({ kind: 'group-chat', platform: 'whatsapp', recipientLabel: 'Team' });
    expect(audienceOf(composer('reply'), { publicReply: true, recipientLabel: '@jamie', actor: { handle: 'someone' } }, 'x', organisation)).toEqual({ kind: 'public-reply', platform: 'x', recipientLabel: '@jamie' });
  });

  it('asks the analyser as the organisation only when the page shows its account', () => {
    expect(accountOf({ actor: { handle: 'RiversideRS' } }, 'x', organisation)).toBe('organisation');
    expect(accountOf({}, 'x', organisation)).toBe('personal');
    expect(analysisInputFor('hi', composer('message'), { recipient: { phone: '+447700900115' } }, 'whatsapp', organisation)).toEqual({
      text: 'hi',
      platform: 'whatsapp',
      surface: 'message',
      account: 'personal',
      recipient: { phone: '+447700900115' },
    });
  });
});
