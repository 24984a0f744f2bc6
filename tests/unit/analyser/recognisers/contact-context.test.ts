import { beforeAll, describe, expect, it } from 'vitest';
import type { CompiledProfile } from '../../../../lib/analyser/compiled-profile';
import { contactContextRecogniser } from '../../../../lib/analyser/recognisers/contact-context.recogniser';
import type { AnalysisInput } from '../../../../lib/analyser/types';
import { compiledFrom, createSource, run } from '../../../helpers/analysis';

let profile: CompiledProfile;
beforeAll(async () => {
  profile = await compiledFrom(
    createSource({
      organisation: { name: 'Northside Youth Project', locale: 'en-AU', accounts: [{ platform: 'x', handle: 'NorthsideYP' }] },
      people: [
        { id: 'c1', name: 'Jayden Walsh', kind: 'child', profiles: [{ platform: 'x', handle: 'jayden_w' }], phones: ['0412 345 678'] },
        { id: 'c2', name: 'Mia Tran', kind: 'client', birthDate: '2010-02-01', profiles: [{ platform: 'facebook', name: 'Mia T', username: 'mia.tran.10' }] },
        { id: 'a1', name: 'Leanne Walsh', kind: 'family', phones: ['+61 412 999 000'] },
        { id: 'a2', name: 'Daniel Okafor', kind: 'client', birthDate: '2007-01-01', profiles: [{ platform: 'x', handle: 'dan_ok' }] },
      ],
    }),
  );
});

const rules = (input: Partial<AnalysisInput>) => run(contactContextRecogniser, input.text ?? '', profile, input).map((c) => c.rule);
const connect = (recipient: AnalysisInput['recipient'], action: AnalysisInput['action']) =>
  rules({ surface: 'connect', account: 'personal', recipient, action, text: '' });

describe('contact-context', () => {
  it.each([
    ['a message to a child by name', { surface: 'message' as const, recipient: { name: 'Jayden Walsh' } }, ['minor-contact']],
    ['a message to a child by national-format phone', { surface: 'message' as const, recipient: { phone: '0412345678' } }, ['minor-contact']],
    ['a message to a child by handle with @', { surface: 'message' as const, recipient: { handle: '@Jayden_W' } }, ['minor-contact']],
    ['a message to a 16-year-old client (minor by birth date)', { surface: 'message' as const, recipient: { name: 'Mia Tran' } }, ['minor-contact']],
    ['an organisation message to a child', { surface: 'message' as const, account: 'organisation' as const, recipient: { name: 'Jayden Walsh' } }, ['minor-contact']],
    ['a message to an adult on the register', { surface: 'message' as const, recipient: { name: 'Leanne Walsh' } }, []],
    ['a message to a stranger', { surface: 'message' as const, recipient: { name: 'Jess Holroyd' } }, []],
    ['a message to a 19-year-old client', { surface: 'message' as const, recipient: { handle: 'dan_ok' } }, []],
    ['a post (no recipient)', { surface: 'post' as const }, []],
  ])('%s', (_label, input, expected) => {
    expect(rules({ account: 'personal', ...input })).toEqual(expected);
  });

  it.each([
    ['friending a child', { username: 'mia.tran.10' }, 'add-friend', ['minor-contact']],
    ['accepting a child by their profile name', { name: 'Mia T' }, 'accept-friend', ['minor-contact']],
    ['following a child', { handle: 'jayden_w' }, 'follow', ['minor-contact']],
    ['friending an adult client', { name: 'Leanne Walsh' }, 'add-friend', ['client-connection']],
    ['following an adult client', { handle: 'dan_ok' }, 'follow', ['client-connection']],
    ['messaging an adult client from their profile', { handle: 'dan_ok' }, 'message', []],
    ['following a stranger', { name: 'Mo Farah' }, 'follow', []],
    ['following the organisation itself', { handle: 'NorthsideYP' }, 'follow', []],
  ])('%s', (_label, recipient, action, expected) => {
    expect(connect(recipient, action as AnalysisInput['action'])).toEqual(expected);
  });

  it('warns, without blocking, for a group chat that includes a child', () => {
    const [finding] = run(contactContextRecogniser, 'See you all Saturday', profile, {
      surface: 'message',
      recipient: { name: 'Saturday football', participants: [{ name: 'Sam Lee' }, { phone: '0412 345 678' }] },
    });
    expect(finding).toMatchObject({ rule: 'minor-contact', maxSeverity: 'warn' });
  });

  it('explains without naming the person', () => {
    const [finding] = run(contactContextRecogniser, '', profile, { surface: 'message', recipient: { name: 'Jayden Walsh' } });
    expect(finding?.explanation).not.toMatch(/jayden|walsh/i);
    expect(finding?.explanation).toMatch(/Northside Youth Project/);
  });
});
