import { beforeAll, describe, expect, it } from 'vitest';
import { analyse, compileProfile } from '../../../lib/analyser/index';
import type { CompiledProfile } from '../../../lib/analyser/compiled-profile';
import { publish } from '../../../lib/profile/publish';
import { createSource, sampleSource } from '../../helpers/analysis';

let profile: CompiledProfile;
beforeAll(async () => {
  profile = compileProfile(await publish(sampleSource()));
});

const post = (text: string) => ({ text, platform: 'facebook' as const, surface: 'post' as const, account: 'organisation' as const });

describe('analyse', () => {
  it.each([
    ['empty', ''],
    ['lone surrogates', '\ud800\udc00\ud800 \udfff'.repeat(1000)],
    ['one megabyte', 'Ahmad lives at 7 Kestrel Lane. '.repeat(33_000)],
    ['control characters', '\u0000\u0001\u202e\u200d'.repeat(1000)],
  ])('never throws on %s input', (_label, text) => {
    expect(() => analyse(post(text), profile)).not.toThrow();
  });

  it('does not throw on a malformed input object', () => {
    expect(() => analyse({ text: undefined as unknown as string, platform: 'x', surface: 'post', account: 'personal' }, profile)).not.toThrow();
  });

  it('is deterministic', () => {
    const text = 'Ahmad and Rasha Al-Khatib moved in at 7 Kestrel Lane, HD2 7QF. Call 07700 900102.';
    expect(analyse(post(text), profile)).toEqual(analyse(post(text), profile));
  });

  it('takes severity from the profile and defaults, and spans in UTF-16 offsets', () => {
    const text = '🎉 Ahmad Al-Khatib is here';
    const [finding] = analyse(post(text), profile);
    expect(finding).toMatchObject({ rule: 'register-person', severity: 'block' });
    expect(text.slice(finding!.start, finding!.end)).toBe('Ahmad Al-Khatib');
  });

  it('accepts the published form directly as well as the compiled one', async () => {
    const published = await publish(sampleSource());
    expect(analyse(post('Ahmad Al-Khatib'), published).map((f) => f.rule)).toEqual(['register-person']);
  });

  it('drops rules the profile switches off', async () => {
    const source = sampleSource();
    source.rules['register-person'] = 'off';
    const off = compileProfile(await publish(source));
    expect(analyse(post('Ahmad Al-Khatib'), off)).toEqual([]);
  });

  it('caps a group chat with a child at a warning even where minor-contact blocks', () => {
    const findings = analyse(
      { text: 'see you all', platform: 'whatsapp', surface: 'message', account: 'personal', recipient: { name: 'Football', participants: [{ phone: '+447700900112' }] } },
      profile,
    );
    expect(findings).toEqual([expect.objectContaining({ rule: 'minor-contact', severity: 'warn' })]);
  });

  it('works without a profile: generic protections only', () => {
    expect(() => analyse(post('Call me on 07700 900123'), undefined)).not.toThrow();
  });

  it('never repeats a register name in an explanation', async () => {
    const text = 'Ahmad Al-Khatib, Rasha, Omar and Lina moved to Larch House last week';
    for (const f of analyse(post(text), profile)) {
      expect(f.explanation).not.toMatch(/ahmad|khatib|rasha|omar|lina|larch/i);
    }
  });

  it('keeps the organisation’s own name and staff out of findings', async () => {
    const small = compileProfile(await publish(createSource({ people: [{ id: 'x', name: 'Jo Smith', kind: 'client' }] })));
    expect(analyse(post('Jo Patel is running the session'), small).filter((f) => f.rule === 'register-person')).toEqual([]);
  });
});
