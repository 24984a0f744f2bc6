import { beforeAll, describe, expect, it } from 'vitest';
import type { CompiledProfile } from '../../../../lib/analyser/compiled-profile';
import { childDetailRecogniser } from '../../../../lib/analyser/recognisers/child-detail.recogniser';
import { combinationWindows, identifyingCombinationRecogniser } from '../../../../lib/analyser/recognisers/identifying-combination.recogniser';
import * as words from '../../../../lib/analyser/rules/combination-words';
import type { Candidate } from '../../../../lib/analyser/types';
import { compiledFrom, contextFor, createSource, run } from '../../../helpers/analysis';
import { HOSTILE, bestTime } from './hostile-input';
import { fastest, STORY_2K } from './timing';

// Invented drafts: stories that single out one family or person without naming them, and the
// aggregate, awareness and staff posts that must stay silent. None come from the corpus.
const profiles: Record<string, CompiledProfile> = {};
beforeAll(async () => {
  const org = (locale: string) => ({ name: 'Harbour Women’s Aid', locale, publicContacts: [], staff: ['Niamh Byrne', 'Tomasz Nowak'] });
  for (const locale of ['en-GB', 'en-IE', 'en-AU', 'en-CA', 'el-GR']) profiles[locale] = await compiledFrom(createSource({ organisation: org(locale) }));
});

/** Entity candidates the case-level recogniser reads: here only this team's child details. */
const earlierFor = (text: string, profile: CompiledProfile): Candidate[] => childDetailRecogniser.analyse(contextFor(text, profile), []);
const fires = (text: string, locale = 'en-GB', extra: Candidate[] = []) => {
  const profile = profiles[locale]!;
  return run(identifyingCombinationRecogniser, text, profile, {}, [...earlierFor(text, profile), ...extra]).some((c) => c.likelihood >= 0.5);
};

describe('identifying-combination: details that single out one family or person', () => {
  it.each([
    ['origin, estate, household, arrival', 'Big welcome to the Congolese family who moved into the Ashgrove estate last week – mum, dad and three little girls', 'en-GB'],
    ['origin, area, former job (Ireland)', 'A Syrian dad in Ballymun, a former dentist, is looking for work if anyone can help', 'en-IE'],
    ['origin, age, disability', 'One of our residents, a Somali woman in her 50s who uses a wheelchair, needs a lift to the clinic', 'en-GB'],
    ['origin, place, arrival, household (Greece)', 'The Ukrainian grandmother who arrived in Thessaloniki in March with her two grandsons needs winter coats', 'el-GR'],
    ['only speaker in a town (Australia)', 'She is the only Tigrinya-speaking mum in Wagga Wagga and feels so isolated', 'en-AU'],
    ['arrived alone, area (Canada)', 'An Afghan teenager who arrived alone last year and now lives in Surrey needs a laptop for school', 'en-CA'],
    ['origin, job, town, arrival', 'Shout out to the only Sudanese tailor in Rochdale, here since 2018 and fully booked!', 'en-GB'],
    ['household, health, origin, town', 'A Kurdish mum in Oldham with four kids and a husband on dialysis has just passed her driving test', 'en-GB'],
    ['survivor with child, arrival, origin', 'One of the women we support came here from Albania in 2022 with her daughter, who is 6, and is finally safe', 'en-GB'],
    ['faith, origin, household, town', 'A Yazidi family of five in Bielefeld is looking for a washing machine', 'en-GB'],
    ['Ukrainian', 'Сім’я з Маріуполя — мама і троє дітей — живе у Корку з квітня', 'en-IE'],
    ['estate, job, twins', 'Lovely to see the Iraqi family from the flats on Holt Road at the food bank – dad was a pharmacist and the twins are doing well', 'en-GB'],
    ['pregnancy and area', 'Our newest arrivals — an Eritrean couple expecting their first baby — have moved into a flat in Moss Side', 'en-GB'],
    ['child’s age, origin, journey', 'A 15-year-old Albanian boy who came on a lorry in October is now at Hillside Academy', 'en-GB'],
    ['age, origin, language, health', 'A woman in her 40s from Romania, who speaks little English and has a son with autism, is now safe in our refuge', 'en-GB'],
    ['details after an emoji', 'Welcome to the newest family in Ashford! 💜 A mum and her four little ones who fled Tigray last year', 'en-GB'],
    ['Greek', 'Μια μητέρα από το Αφγανιστάν με τέσσερα παιδιά, που ήρθε στη Λέσβο πέρσι, χρειάζεται βοήθεια', 'el-GR'],
  ])('%s', (_label, text, locale) => {
    expect(fires(text, locale)).toBe(true);
  });
});

describe('identifying-combination: aggregates, awareness and staff stay silent', () => {
  it.each([
    ['aggregate origins', 'This year we supported 120 families from Syria, Sudan and Afghanistan across Greater Manchester'],
    ['aggregate jobs', 'Refugee doctors, nurses and teachers are retraining across Ireland thanks to you'],
    ['awareness', 'Many women arriving from Ukraine are grandmothers caring for grandchildren alone'],
    ['staff introduction', 'Meet Leila, our new Arabic-speaking caseworker, who moved to Melbourne from Lebanon in 2015 with her husband'],
    ['staff by name', 'Niamh Byrne has run our Cork office since 2019 and speaks fluent French – a former nurse, she lives in Cobh'],
    ['thanks to a community centre', 'A huge thank you to the Polish community centre in Ealing for the donations'],
    ['a family in general', 'When a family arrives with two suitcases, a warm coat and a smile go a long way'],
    ['statistics', '1 in 3 refugee women in Canada experience violence from a partner'],
    ['origin of food', 'Mohamed and his wife cooked for 40 people at the Eid party – Sudanese food is the best'],
    ['one detail only', 'Another family got the keys to their new home today!'],
    ['volunteer recruitment listing languages', 'Volunteers who speak Arabic, Dari or Tigrinya are especially welcome, training in Leeds'],
    ['public figure', 'Sir Mo Farah has spoken about coming to the UK as a child'],
    ['volunteer spotlight', 'Volunteer spotlight: Hassan came to Ireland from Syria in 2016 and now drives for us every week with his wife Rana'],
    ['list of different people', '1) Omar – needs a lift Mon\n2) The Eritrean family – housing form\n3) Fatima in Batley – GP on Weds'],
  ])('%s', (_label, text) => {
    expect(fires(text)).toBe(false);
  });
});

describe('identifying-combination: the windows', () => {
  it('counts a child detail once, not as both a child detail and an age', () => {
    const text = 'Mum, the little girl I told you about – she’s 6 and she has been through so much';
    const profile = profiles['en-GB']!;
    const windows = combinationWindows(contextFor(text, profile), earlierFor(text, profile));
    expect(windows.some((w) => w.categories.includes('child'))).toBe(true);
    expect(windows.every((w) => w.categories.length < 3)).toBe(true);
  });

  it('reads a register person as the one the details are about', () => {
    const text = 'Halima has moved to Leeds with her three boys, she was a pharmacist back home in Sudan';
    const register: Candidate = { rule: 'register-person', start: 0, end: 6, likelihood: 0.92, explanation: 'x', recogniser: 'register-person' };
    expect(fires(text, 'en-GB', [register])).toBe(true);
  });

  it('is case-level and explains without repeating the draft', () => {
    const text = 'The only Eritrean barber in Batley came here on his own in 2019';
    const [finding] = run(identifyingCombinationRecogniser, text, profiles['en-GB']!, {}, []);
    expect(finding).toBeDefined();
    expect(finding!.start).toBeUndefined();
    expect(finding!.explanation).not.toMatch(/Eritrea|Batley|barber/);
    expect(finding!.suggestion).toBeTruthy();
  });

  it('does not throw on odd input', () => {
    for (const text of ['', 'a family', 'the only', '🇸🇩🇸🇩🇸🇩', '\ud83c', 'from Syria in Leeds aged 4']) {
      expect(() => run(identifyingCombinationRecogniser, text, profiles['en-GB']!)).not.toThrow();
    }
  });
});

describe('identifying-combination: the patterns\' fast forms', () => {
  // The scan runs a pattern in its fast form and lets the written pattern decide on each match:
  // that holds only if the fast form matches wherever the pattern does (straight after "_",
  // where `\b` stands for the word guard, the scan checks the written pattern itself).
  const patterns: RegExp[] = [];
  const collect = (value: unknown): void => {
    if (value instanceof RegExp) patterns.push(value);
    else if (Array.isArray(value)) value.forEach(collect);
    else if (value instanceof Set || value instanceof WeakMap || !value || typeof value !== 'object') return;
    else if ('re' in value) collect(value.re);
    else Object.values(value).forEach(collect);
  };
  collect(Object.values(words));
  const withFastForm = patterns.filter((re) => words.FAST_FORMS.has(re));
  const phrases = [
    'with his wife and 3 kids', 'mum, dad and four little ones', 'a widow', 'the only Eritrean barber', 'one of our mums',
    'she was a nurse', 'arrived in March 2019', 'two years ago, Ahmad arrived', 'new to the area', 'on a small boat',
    'works at the car wash', 'has PTSD', 'with MS', 'speaks only Tigrinya', 'a Dari speaker', 'a Yazidi family', 'aged 15',
    '8-year-old', "she's 6", 'in her twenties', 'on Leeds Road', 'мама і троє дітей', 'родина', 'лікарка', 'Мати',
  ];
  const texts = ['', 'x', '_', 'x_', 'é', 'É', 'α', 'ȿ', '1', 'Ж', ' '].flatMap((before) => phrases.map((p) => `Yes ${before}${p}.`));

  it('match wherever the patterns match, but straight after "_"', () => {
    expect(withFastForm.length).toBeGreaterThan(20);
    for (const re of withFastForm) {
      const { fast, at } = words.FAST_FORMS.get(re)!;
      const fastAt = new RegExp(fast.source, `${fast.flags.replace('g', '')}y`);
      for (const text of texts) {
        for (let i = 0; i <= text.length; i++) {
          at.lastIndex = i;
          if (text[i - 1] === '_' || !at.test(text)) continue;
          fastAt.lastIndex = i;
          expect(fastAt.test(text), `${re.source.slice(0, 60)} in "${text}" at ${i}`).toBe(true);
        }
      }
    }
  });

  it('reads a word after "_" or a letter of another script as written, and not after an accented letter', () => {
    const kinds = (text: string) => combinationWindows(contextFor(text, profiles['en-GB']!), [])[0]?.categories ?? [];
    expect(kinds('A family from Syria in Leeds, x_twins.')).toContain('household');
    expect(kinds('A family from Syria in Leeds, αtwins.')).toContain('household');
    expect(kinds('A family from Syria in Leeds, étwins.')).not.toContain('household');
  });
});

describe('identifying-combination: hostile input finishes fast', () => {
  const mine: [string, string][] = [
    ['families everywhere', 'the family from Syria in Leeds '.repeat(3_200)],
    ['titles everywhere', 'Mr Smith '.repeat(11_000)],
    ['households everywhere', 'his wife and '.repeat(7_500)],
    ['flags', '🇸🇩'.repeat(25_000)],
    ['Cyrillic places', 'Олена з Харкова '.repeat(6_000)],
  ];
  it.each([...HOSTILE, ...mine])('%s', (_label, text) => {
    const { ms, found } = bestTime(identifyingCombinationRecogniser, text, profiles['en-GB']!);
    expect(found).toBeLessThanOrEqual(1);
    expect(ms).toBeLessThan(60);
  });
});

describe('identifying-combination: cost on an ordinary long draft', () => {
  it('costs well under half a millisecond on a 2,000-character story', () => {
    const context = contextFor(STORY_2K, profiles['en-GB']!);
    const earlier = earlierFor(STORY_2K, profiles['en-GB']!);
    const runs = 100;
    // A fresh context each run, so that nothing is served from a per-analysis cache.
    const elapsed = fastest(5, () => {
      for (let k = 0; k < runs; k++) identifyingCombinationRecogniser.analyse({ ...context, tokens: context.tokens.slice() }, earlier);
    }) / runs;
    expect(elapsed).toBeLessThan(0.5);
  });
});
