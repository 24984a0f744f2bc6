import { beforeAll, describe, expect, it } from 'vitest';
import type { CompiledProfile } from '../../../../lib/analyser/compiled-profile';
import { socialHandleRecogniser } from '../../../../lib/analyser/recognisers/social-handle.recogniser';
import { compiledFrom, createSource, run } from '../../../helpers/analysis';
import { bestTime, HOSTILE, HOSTILE_BUDGET_MS } from './hostile-input';

let profile: CompiledProfile;
beforeAll(async () => {
  profile = await compiledFrom(
    createSource({
      organisation: {
        name: 'Riverside Refugee Support',
        locale: 'en-GB',
        publicContacts: ['+44 7700 900400'],
        staff: ['Daniel Price'],
        accounts: [
          { platform: 'facebook', name: 'Riverside Refugee Support' },
          { platform: 'x', handle: 'RiversideRS' },
        ],
      },
      people: [
        {
          id: 'p1',
          name: 'Omar Al-Khatib',
          kind: 'child',
          aliases: [],
          phones: ['07700 900103'],
          profiles: [
            { platform: 'x', handle: 'omar_k_2012' },
            { platform: 'facebook', name: 'Omar Khatib', username: 'omar.khatib.12' },
          ],
        },
      ],
    }),
  );
});

const found = (text: string, input = {}) =>
  run(socialHandleRecogniser, text, profile, input)
    .filter((c) => c.likelihood >= 0.5)
    .map((c) => c.text);

describe('social-handle: finds personal accounts', () => {
  it.each([
    ['a handle on the register', 'Follow @omar_k_2012 for his football skills', '@omar_k_2012'],
    ['a register handle in any case', 'lovely to see you @Omar_K_2012!!', '@Omar_K_2012'],
    ['a register username as a link', 'Add him on here, facebook.com/omar.khatib.12 — he is selling paintings', 'facebook.com/omar.khatib.12'],
    ['a register handle as an x.com link', 'see https://x.com/omar_k_2012/status/123', 'https://x.com/omar_k_2012/status/123'],
    ['an unknown handle someone is pointed at', 'Amir from our English class needs a lift, DM him on Insta @amir.k.leeds 🙏', '@amir.k.leeds'],
    ['an unknown handle after a platform label', 'She sells her drawings, IG: @amira.draws', '@amira.draws'],
    ['an unknown personal profile link', 'her page is facebook.com/jane.smith.5', 'facebook.com/jane.smith.5'],
    ['an Instagram link', 'follow her art: https://www.instagram.com/amira_draws_22/', 'https://www.instagram.com/amira_draws_22/'],
    ['a TikTok link', 'his videos: tiktok.com/@yusuf.k.07', 'tiktok.com/@yusuf.k.07'],
    ['a WhatsApp chat link', 'message her here wa.me/447700900731', 'wa.me/447700900731'],
    ['a Telegram link', 'he is on t.me/dawit_t96', 't.me/dawit_t96'],
    ['a Facebook numeric profile', 'facebook.com/profile.php?id=100012345678', 'facebook.com/profile.php?id=100012345678'],
    ['a LinkedIn profile', 'CV here linkedin.com/in/olena-petrenko-123', 'linkedin.com/in/olena-petrenko-123'],
  ])('%s', (_label, text, expected) => {
    expect(found(text)).toEqual([expected]);
  });

  it('reports a register WhatsApp link as the register’s', () => {
    const [c] = run(socialHandleRecogniser, 'chat to him: wa.me/447700900103', profile);
    expect(c!.likelihood).toBeGreaterThan(0.9);
    expect(c!.explanation).toMatch(/register/);
  });

  it('does not warn about a person’s own account in a direct message to them', () => {
    const input = { platform: 'x' as const, surface: 'message' as const, recipient: { handle: 'omar_k_2012' } };
    expect(run(socialHandleRecogniser, 'is @omar_k_2012 your new account?', profile, input)).toEqual([]);
  });

  it('says the handle is on the register without naming anyone', () => {
    const [c] = run(socialHandleRecogniser, 'Follow @omar_k_2012', profile);
    expect(c).toMatchObject({ rule: 'contact-detail', recogniser: 'social-handle', suggestion: '[account removed]' });
    expect(c!.explanation).toMatch(/register/);
    expect(c!.explanation).not.toMatch(/omar|khatib/i);
  });
});

describe('social-handle: leaves ordinary social media alone', () => {
  it.each([
    ['the organisation’s own handle', '@RiversideRS aww is that him in the photo?'],
    ['the organisation’s own page by its name', 'Like facebook.com/RiversideRefugeeSupport for news'],
    ['organisations thanked', 'Huge thanks to @RefugeeCouncil, @UNHCRUK and @KirkleesCouncil for their support'],
    ['a public body in the news', 'New guidance from @ukhomeoffice today'],
    ['a hashtag', 'It’s #RefugeeWeek #RiversideRS'],
    ['an email address', 'write to amina.h@mail.example'],
    ['a time', 'see you @10am or @2pm'],
    ['a Facebook group or event link', 'join facebook.com/groups/123456789 and facebook.com/events/987654321'],
    ['an X hashtag page', 'trending: x.com/hashtag/RefugeeWeek'],
    ['a post link', 'watch instagram.com/p/Cx1234abc'],
    ['the organisation’s public WhatsApp', 'chat to us on wa.me/447700900400'],
    ['an unknown handle with no reason to think it is a person', 'Great panel with @marymsmith today'],
    ['a lone at-sign', 'meet @ the park'],
  ])('%s', (_label, text) => {
    expect(found(text)).toEqual([]);
  });
});

describe('social-handle: hostile input', () => {
  it.each(HOSTILE)('%s: linear time, no throw', (_label, text) => {
    const { ms, found: n } = bestTime(socialHandleRecogniser, text, profile);
    expect(ms).toBeLessThan(HOSTILE_BUDGET_MS);
    expect(n).toBeLessThanOrEqual(200);
  });
});
