import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseSourceProfile, parseSourceProfileText } from '../../../lib/profile/validate';
import { SAMPLE_PROFILE_PATH } from '../../helpers/analysis';

const sample = () => JSON.parse(readFileSync(SAMPLE_PROFILE_PATH, 'utf8'));

describe('parseSourceProfile', () => {
  it('accepts the sample profile whole', () => {
    const result = parseSourceProfile(sample());
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.profile.people).toHaveLength(30);
  });

  it('accepts the minimal profile with defaults filled in', () => {
    const result = parseSourceProfile({ format: 'second-look/org-profile@1', organisation: { name: 'Small Org' } });
    expect(result.ok && result.profile.organisation.locale).toBe('en-GB');
  });

  it.each([
    ['a missing name', (p: any) => delete p.people[2].name, 'people[2].name', /missing/],
    ['an impossible birth date', (p: any) => (p.people[0].birthDate = '2019-02-30'), 'people[0].birthDate', /real calendar date/],
    ['a wrongly written birth date', (p: any) => (p.people[0].birthDate = '02/03/2019'), 'people[0].birthDate', /YYYY-MM-DD/],
    ['an unknown kind', (p: any) => (p.people[1].kind = 'adult'), 'people[1].kind', /client, family or child/],
    ['an unknown rule id', (p: any) => (p.rules['register-persons'] = 'block'), 'rules', /rule id/],
    ['an unknown rule setting', (p: any) => (p.rules['location'] = 'shout'), 'rules.location', /block, warn or off/],
    ['a bad email', (p: any) => (p.people[1].emails = ['not-an-email']), 'people[1].emails[0]', /email address/],
    ['a phone that cannot be dialled', (p: any) => (p.people[0].phones = ['12']), 'people[0].phones[0]', /phone number/],
    ['a duplicated person id', (p: any) => (p.people[3].id = p.people[2].id), 'people[3].id', /another person/],
    ['an account with nothing to recognise it by', (p: any) => (p.people[0].profiles = [{ platform: 'x' }]), 'people[0].profiles[0]', /at least one/],
    ['an unknown platform', (p: any) => (p.organisation.accounts[0].platform = 'myspace'), 'organisation.accounts[0].platform', /facebook, x or whatsapp/],
    ['a bad working-hours time', (p: any) => (p.organisation.workingHours.start = '9am'), 'organisation.workingHours.start', /HH:MM/],
    ['a term with an unknown rule', (p: any) => (p.terms[0].rule = 'secret'), 'terms[0].rule', /rule ids/],
  ])('rejects the whole profile for %s, naming the field', (_label, mutate, path, message) => {
    const profile = sample();
    mutate(profile);
    const result = parseSourceProfile(profile);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      const problem = result.problems.find((p) => p.path === path);
      expect(problem, JSON.stringify(result.problems)).toBeDefined();
      expect(problem!.message).toMatch(message);
    }
  });

  it('lists every problem at once', () => {
    const profile = sample();
    delete profile.people[0].name;
    profile.people[5].kind = 'someone';
    const result = parseSourceProfile(profile);
    expect(!result.ok && result.problems.map((p) => p.path)).toEqual(expect.arrayContaining(['people[0].name', 'people[5].kind']));
  });

  it('gives an unknown format its own message and nothing else', () => {
    const result = parseSourceProfile({ ...sample(), format: 'second-look/org-profile@9' });
    expect(result).toEqual({ ok: false, problems: [{ path: 'format', message: expect.stringMatching(/does not read/) }] });
  });

  it('says a truncated file is incomplete, without a stack trace', () => {
    const text = readFileSync(SAMPLE_PROFILE_PATH, 'utf8');
    const result = parseSourceProfileText(text.slice(0, text.length / 2));
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.problems[0]!.message).toMatch(/not a complete JSON file/);
      expect(JSON.stringify(result.problems)).not.toMatch(/at .*\.ts:\d+|SyntaxError/);
    }
  });

  it('never echoes register contents in its messages', () => {
    const profile = sample();
    profile.people[0].birthDate = 'Ahmad Al-Khatib';
    const result = parseSourceProfile(profile);
    expect(JSON.stringify(result)).not.toMatch(/Ahmad/);
  });
});
