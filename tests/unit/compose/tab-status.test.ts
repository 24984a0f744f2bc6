import { describe, expect, it } from 'vitest';
import { describeTabStatus, parseGuardMessage, parseTabStatus } from '../../../lib/messaging/tab-status';

describe('tab status messages', () => {
  it('accepts only well-formed statuses and requests', () => {
    expect(parseTabStatus({ adapter: 'x', state: 'protecting' })).toEqual({ adapter: 'x', state: 'protecting' });
    expect(parseTabStatus({ adapter: 'x', state: 'not-protecting', reason: 'changed', problems: ['x-post', 3] })).toEqual({
      adapter: 'x',
      state: 'not-protecting',
      reason: 'changed',
      problems: ['x-post'],
    });
    expect(parseTabStatus({ adapter: 'myspace', state: 'protecting' })).toBeNull();
    expect(parseTabStatus({ adapter: 'x', state: 'fine' })).toBeNull();
    expect(parseGuardMessage({ type: 'sl:get-tab-status', tabId: 4 })).toEqual({ type: 'sl:get-tab-status', tabId: 4 });
    expect(parseGuardMessage({ type: 'sl:get-tab-status', tabId: 'x' })).toBeNull();
    expect(parseGuardMessage({ type: 'other' })).toBeNull();
  });

  it('says "Protecting this page" or "Not protecting this page: it has changed"', () => {
    expect(describeTabStatus({ adapter: 'whatsapp', state: 'protecting' })).toBe('Protecting this page');
    expect(describeTabStatus({ adapter: 'whatsapp', state: 'not-protecting', reason: 'changed' })).toBe('Not protecting this page: it has changed');
    expect(describeTabStatus(undefined)).toBe('Second Look does not check this page');
  });
});
