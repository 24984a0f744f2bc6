import { beforeAll, describe, expect, it } from 'vitest';
import type { CompiledProfile } from '../../../../lib/analyser/compiled-profile';
import { privateEventRecogniser } from '../../../../lib/analyser/recognisers/private-event.recogniser';
import type { Candidate } from '../../../../lib/analyser/types';
import { compiledFrom, contextFor, createSource, run } from '../../../helpers/analysis';
import { HOSTILE, bestTime } from './hostile-input';
import { fastest, STORY_2K } from './timing';

// Invented drafts: closed sessions of refuges, sexual-assault services, refugee projects and
// youth clubs across the UK, Ireland, Australia, North America and Europe, and the public events
// the same organisations post about. None come from the corpus.
let profile: CompiledProfile;
beforeAll(async () => {
  profile = await compiledFrom(createSource());
});

const fires = (text: string) => run(privateEventRecogniser, text, profile).some((c) => c.likelihood >= 0.5);

describe('private-event: when and where a closed session meets', () => {
  it.each([
    ['survivors group with rear entrance', "Survivors' group is back Wednesdays 6–8pm at the Community Room, Elm Street. Use the rear entrance."],
    ['Irish support group', 'Reminder ladies: our support group meets Tuesday at 10 in the back room at St Brigid’s'],
    ['young carers', 'Young carers session this Friday 4.30pm at the youth centre, pizza provided'],
    ['Freedom Programme, referral only', 'The Freedom Programme starts again Monday 9:30 at the Family Hub – referral only'],
    ['peer support circle, US', 'Peer support circle for women who have experienced sexual violence, Thursdays 7pm, Room 3'],
    ['unaccompanied young people', 'Next week’s session for the young people who arrived on their own will be at the Scout Hut, 6pm'],
    ['drop-in for families only', 'Mums’ drop-in for families in temporary accommodation – Mondays 1pm at the Baptist church hall, families only'],
    ['asylum seekers’ group', 'LGBTQ+ asylum seekers’ group: first Saturday of the month, 2pm at the Quaker Meeting House'],
    ['healing circle, please don’t share', 'Healing circle tomorrow 7pm at the usual place. Please don’t share this post.'],
    ['women’s group with side door', 'The women’s group is on Thursday at 10 at the Old Library – use the side door'],
    ['DV group in Canada', 'Our DV support group now meets Tuesdays 6:30pm at the Westside Centre (buzz 4)'],
    ['Greek support group', 'Η ομάδα υποστήριξης γυναικών συναντιέται κάθε Τρίτη στις 11 στο Κέντρο'],
    ['Arabic women’s session', 'جلسة النساء يوم الثلاثاء الساعة ١١ في Oak Hall'],
    ['Ukrainian women’s group', 'Жіноча група підтримки щочетверга о 18:00 у бібліотеці'],
    ['German self-help group', 'Die Frauengruppe trifft sich jeden Montag um 18 Uhr im Gemeindehaus'],
  ])('%s', (_label, text) => {
    expect(fires(text)).toBe(true);
  });
});

describe('private-event: public events and other notices stay silent', () => {
  it.each([
    ['charity coffee morning', 'Coffee morning for the survivors’ charity — Saturday 10am at the Town Hall, everyone welcome'],
    ['open advice drop-in', 'Our support worker is at the library every Tuesday 10–12 for drop-in advice, open to anyone'],
    ['quiz night', 'Fundraising quiz night, Friday 7pm at the Red Lion! Tickets £5'],
    ['AGM', 'AGM: Thursday 6pm at the Civic Centre'],
    ['volunteer training', 'Training for new befrienders, Saturday 10am–1pm at our office'],
    ['festival stall', 'Find us at the Pride festival on Saturday, stall 12'],
    ['helpline hours', 'Our helpline is open Monday to Friday, 9am to 5pm'],
    ['women’s football', 'Women’s football session Tuesday 7pm at the sports centre'],
    ['support groups, no time or place', 'Support groups can make such a difference. Ask us about one near you.'],
    ['survivors march, all welcome', 'The survivors’ march sets off from George Square at noon on Saturday — all welcome'],
    ['open youth club', 'Youth club every Wednesday 6–8pm at the Youth Centre, all young people welcome'],
    ['planning meeting', 'Our group of volunteers meets Monday at 6pm at the office to plan the summer fair'],
    ['open day', 'Open day on Saturday 5 June, 11am–3pm at our new building. Come and see us!'],
    ['donations', 'Donations can be dropped at the back door Mon–Thu 10–3'],
    ['awareness', 'If you are in danger call 999. You are not alone, and support is here for you.'],
    ['sponsored walk', 'Sponsored walk for the refuge on Sunday 10am from the park gates'],
    ['Greek public event', 'Ανοιχτή εκδήλωση για όλους την Παρασκευή στις 7 στο Δημαρχείο'],
    ['where groups run, in general', 'Our peer support groups meet on Tuesdays in Dublin, Cork and Galway. Get in touch to find out more.'],
    ['how often, in general', 'We run support groups every week across the county for anyone affected by abuse'],
    ['adults-only event in Ukrainian', 'Вечір кіно тільки для дорослих у п’ятницю о 19:00 у Центрі'],
  ])('%s', (_label, text) => {
    expect(fires(text)).toBe(false);
  });
});

describe('private-event: the finding itself', () => {
  it('is case-level and explains without repeating the draft', () => {
    const [finding] = run(privateEventRecogniser, 'Survivors group, Tuesdays 7pm at the Quay Room, side entrance', profile);
    expect(finding).toBeDefined();
    expect(finding!.start).toBeUndefined();
    expect(finding!.rule).toBe('private-event');
    expect(finding!.recogniser).toBe('private-event');
    expect(finding!.explanation).not.toMatch(/Quay|Tuesday/);
    expect(finding!.suggestion).toBeTruthy();
  });

  it('is not excused by a public event in another paragraph', () => {
    const text = 'Our women’s group meets Thursdays 10–12 at the Mill Room, side door.\n\nAnd our summer fair is Saturday, all welcome!';
    expect(fires(text)).toBe(true);
  });

  it('does not throw on odd input', () => {
    for (const text of ['', ' ', 'group', 'support group 10am', '\ud800\udc00', '!!!!', 'Tuesday']) {
      expect(() => run(privateEventRecogniser, text, profile)).not.toThrow();
    }
  });
});

describe('private-event: hostile input finishes fast', () => {
  const mine: [string, string][] = [
    ['groups everywhere', "survivors' group at The Hall tonight ".repeat(2_700)],
    ['times everywhere', '10–12 '.repeat(16_000)],
    ['days everywhere', 'Tuesday Thursday '.repeat(6_000)],
    ['Arabic', 'جلسة النساء الساعة ١٠ '.repeat(5_000)],
  ];
  it.each([...HOSTILE, ...mine])('%s', (_label, text) => {
    const { ms, found } = bestTime(privateEventRecogniser, text, profile);
    expect(found).toBeLessThanOrEqual(1);
    expect(ms).toBeLessThan(60);
  });
});

describe('private-event: cost on an ordinary long draft', () => {
  it('costs well under half a millisecond on a 2,000-character story', () => {
    const context = contextFor(STORY_2K, profile);
    const earlier: Candidate[] = [];
    const runs = 100;
    // A fresh context each run, so that nothing is served from a per-analysis cache.
    const elapsed = fastest(5, () => {
      for (let k = 0; k < runs; k++) privateEventRecogniser.analyse({ ...context, tokens: context.tokens.slice() }, earlier);
    }) / runs;
    expect(elapsed).toBeLessThan(0.5);
  });
});
