// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { GRACE_MS, HealthMonitor, judge } from '../../../lib/compose/health';
import type { TabStatus } from '../../../lib/messaging/tab-status';

describe('judge', () => {
  it('is met by a composer of the right kind inside the promised place, across an open shadow root', () => {
    document.body.innerHTML = '<footer><div contenteditable="true"></div></footer><div id="host"></div>';
    const footer = document.querySelector('footer')!;
    const editor = footer.querySelector<HTMLElement>('div')!;
    expect(judge({ expectations: [{ kinds: ['chat'], within: footer }], composers: [{ element: editor, kind: 'chat', readable: true }] }).ok).toBe(true);
    expect(judge({ expectations: [{ kinds: ['post'], within: footer }], composers: [{ element: editor, kind: 'chat', readable: true }] }).problems).toEqual(['post']);
    const host = document.getElementById('host')!;
    const shadow = host.attachShadow({ mode: 'open' });
    shadow.innerHTML = '<textarea></textarea>';
    const textarea = shadow.querySelector('textarea')!;
    expect(judge({ expectations: [{ kinds: ['dm'], within: host }], composers: [{ element: textarea, kind: 'dm', readable: true }] }).ok).toBe(true);
  });

  it('fails at once on an unreadable composer', () => {
    document.body.innerHTML = '<div></div>';
    const verdict = judge({ expectations: [], composers: [{ element: document.querySelector('div')!, kind: 'chat', readable: false }] });
    expect(verdict).toEqual({ ok: false, problems: ['unreadable'], unreadable: true });
  });
});

describe('HealthMonitor', () => {
  it('waits the grace period for a missing composer, reports it, and reports recovery at once; only changes', () => {
    vi.useFakeTimers();
    let now = 0;
    const reports: TabStatus[] = [];
    const recheck = vi.fn();
    const monitor = new HealthMonitor('x', (s) => reports.push(s), recheck, () => now);
    const missing = { ok: false, problems: ['x-post'], unreadable: false };
    monitor.update(missing);
    expect(reports).toEqual([{ adapter: 'x', state: 'protecting' }]);
    now = GRACE_MS - 1;
    monitor.update(missing);
    expect(reports).toHaveLength(1);
    vi.advanceTimersByTime(GRACE_MS + 100);
    expect(recheck).toHaveBeenCalled();
    now = GRACE_MS + 1;
    monitor.update(missing);
    expect(reports.at(-1)).toEqual({ adapter: 'x', state: 'not-protecting', reason: 'changed', problems: ['x-post'] });
    monitor.update(missing);
    expect(reports).toHaveLength(2);
    monitor.update({ ok: true, problems: [], unreadable: false });
    expect(reports.at(-1)).toEqual({ adapter: 'x', state: 'protecting' });
    expect(monitor.current()).toEqual({ adapter: 'x', state: 'protecting' });
    vi.useRealTimers();
  });
});
