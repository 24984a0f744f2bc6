import { describe, expect, it } from 'vitest';
import type { Finding } from '../../../lib/analyser/types';
import { applyFixes, findingKey, fixesFor, shiftFindings } from '../../../lib/compose/fixes';

const f = (start: number | undefined, end: number | undefined, suggestion?: string, rule: Finding['rule'] = 'contact-detail'): Finding => ({
  rule,
  severity: 'warn',
  ...(start !== undefined ? { start, end } : {}),
  likelihood: 0.9,
  explanation: 'x',
  ...(suggestion ? { suggestion } : {}),
  recogniser: 'r',
});

describe('fixes', () => {
  const text = 'ring 07700 900123 or mail a@b.example today';
  const phone = f(5, 17, '[number removed]');
  const mail = f(26, 37, '[email removed]');

  it('applies every suggestion, last first, so earlier offsets stay right', () => {
    const fixes = fixesFor([phone, mail, f(undefined, undefined, 'x', 'identifying-combination')]);
    expect(fixes.map((x) => x.start)).toEqual([26, 5]);
    expect(applyFixes(text, fixes)).toBe('ring [number removed] or mail [email removed] today');
  });

  it('skips findings without a suggestion or overlapping an earlier fix', () => {
    expect(fixesFor([f(0, 4), f(5, 17, 'a'), f(10, 20, 'b')]).map((x) => x.text)).toEqual(['b']);
  });

  it('keys a finding by rule, recogniser and its words, not by position', () => {
    expect(findingKey(phone, text)).toBe(findingKey({ ...phone, start: 5, end: 17 }, text));
    expect(findingKey(phone, text)).not.toBe(findingKey(mail, text));
  });
});

describe('shiftFindings', () => {
  const text = 'ring 07700 900123 or mail a@b.example today';
  const phone = f(5, 17);
  const mail = f(26, 37);

  it('moves findings after an edit and keeps those before it', () => {
    const after = 'Please ring 07700 900123 or mail a@b.example today';
    expect(shiftFindings([phone, mail], text, after).map((x) => after.slice(x.start, x.end))).toEqual(['07700 900123', 'a@b.example']);
    const appended = text + ' and tomorrow';
    expect(shiftFindings([phone, mail], text, appended)).toEqual([phone, mail]);
  });

  it('drops a finding the edit touched until the analyser looks again', () => {
    const after = 'ring 07700 9001 or mail a@b.example today';
    const shifted = shiftFindings([phone, mail], text, after);
    expect(shifted.map((x) => after.slice(x.start, x.end))).toEqual(['a@b.example']);
  });

  it('keeps case-level findings (no span) as they are', () => {
    const caseLevel = f(undefined, undefined, undefined, 'identifying-combination');
    expect(shiftFindings([caseLevel], 'a', 'ab')).toEqual([caseLevel]);
  });
});
