import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { analyse, compileProfile } from '../../../../lib/analyser/index';
import { BloomFilter } from '../../../../lib/analyser/register/bloom';
import { publish } from '../../../../lib/profile/publish';
import type { PublishedProfile } from '../../../../lib/profile/published.schema';
import { sampleSource } from '../../../helpers/analysis';

const corpus = readFileSync(new URL('../../../../../shared/eval/dev.jsonl', import.meta.url), 'utf8')
  .trim()
  .split('\n')
  .map((line) => JSON.parse(line) as { text: string; platform: 'facebook'; surface: 'post'; account: 'organisation' });

let published: PublishedProfile;
beforeAll(async () => {
  published = await publish(sampleSource(), { now: new Date('2026-11-22T09:00:00Z') });
});

describe('the word gate', () => {
  it('is recorded in newly published files', () => {
    expect(published.register.bloom.words).toBe(true);
  });

  it('lets through every word that starts a name or phrase on the register, and few others', () => {
    const register = compileProfile(published).register;
    for (const word of ['rasha', 'ahmad', 'alkhatib', 'khatib', 'hamwi']) expect(register.mayHoldWord(word)).toBe(true);
    const ordinary = 'the and thank you everyone food bank winter volunteers please came along saturday'.split(' ');
    expect(ordinary.filter((w) => register.mayHoldWord(w)).length).toBeLessThanOrEqual(1);
  });

  it('finds exactly what a file published before the gate finds, on the whole development corpus', () => {
    const gated = compileProfile(published);
    const ungated = compileProfile({ ...published, register: { ...published.register, bloom: { ...published.register.bloom, words: undefined } } });
    expect(ungated.register.mayHoldWord('thank')).toBe(true);
    for (const c of corpus) {
      const input = { text: c.text, platform: c.platform ?? 'facebook', surface: c.surface ?? 'post', account: c.account ?? 'organisation' };
      expect(analyse(input, gated)).toEqual(analyse(input, ungated));
    }
  });
});

describe('BloomFilter', () => {
  it('answers the same for a value however many codes are asked in between', () => {
    const bloom = BloomFilter.create(100, 1234);
    bloom.add('g', 'amina');
    bloom.add('f', 'hassan');
    expect(bloom.mightContain('g', 'amina')).toBe(true);
    expect(bloom.mightContain('f', 'hassan')).toBe(true);
    expect(bloom.mightContain('g', 'amina')).toBe(true);
    expect(bloom.mightContain('f', 'amina') && bloom.mightContain('g', 'hassan')).toBe(false);
  });

  it('sets the same bits for the same seed (publishing and matching agree)', () => {
    const a = BloomFilter.create(50, 99);
    const b = BloomFilter.create(50, 99);
    for (const v of ['amina', 'yusuf', 'олена']) {
      a.add('g', v);
      b.add('g', v);
    }
    expect([...a.bits]).toEqual([...b.bits]);
    expect(a.bits.some((x) => x !== 0)).toBe(true);
  });
});
