import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { KEEP_DAYS, PAUSE_STATS_KEY, readPauseStats, recordPause, summariseWeek, addDays } from '../../../lib/storage/pause-stats';
import { loadMemberSettings, saveDefaultAccount, watchMemberSettings } from '../../../lib/storage/member-settings';
import { registerFirstRun, WELCOME_PATH } from '../../../lib/storage/first-run';
import { readFeedback, recordFeedback } from '../../../lib/storage/feedback';

describe('pause statistics', () => {
  beforeEach(() => fakeBrowser.reset());

  it('counts the last 7 days by rule, most frequent first, and leaves out older days', async () => {
    await recordPause(['register-person', 'location'], '2026-11-22');
    await recordPause(['register-person'], '2026-11-16');
    await recordPause(['child-detail'], '2026-11-15');
    const week = summariseWeek(await readPauseStats(), '2026-11-22');
    expect(week).toEqual({
      total: 3,
      byRule: [
        { rule: 'register-person', count: 2 },
        { rule: 'location', count: 1 },
      ],
      from: '2026-11-16',
      to: '2026-11-22',
    });
  });

  it('counts a rule once per pause even if it appears twice in one', async () => {
    await recordPause(['location', 'location'], '2026-11-22');
    expect(summariseWeek(await readPauseStats(), '2026-11-22').total).toBe(1);
  });

  it(`keeps ${KEEP_DAYS} days at most, and stores only counts`, async () => {
    await recordPause(['location'], '2026-09-01');
    await recordPause(['location'], '2026-11-22');
    const stats = await readPauseStats();
    expect(Object.keys(stats)).toEqual(['2026-11-22']);
    expect(JSON.stringify((await fakeBrowser.storage.local.get(PAUSE_STATS_KEY))[PAUSE_STATS_KEY])).toBe('{"2026-11-22":{"location":1}}');
  });

  it('ignores rubbish in stored stats', () => {
    expect(summariseWeek({ '2026-11-22': { location: -3, 'not-a-rule': 4 } as never }, '2026-11-22').total).toBe(0);
  });

  it('adds days across month ends', () => {
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
  });
});

describe('member settings', () => {
  beforeEach(() => fakeBrowser.reset());

  it('assumes a personal profile until the person chooses', async () => {
    expect(await loadMemberSettings()).toEqual({ defaultAccount: 'personal', source: 'default' });
    await saveDefaultAccount('organisation');
    expect(await loadMemberSettings()).toEqual({ defaultAccount: 'organisation', source: 'person' });
  });

  it('lets the device policy decide on organisation devices', async () => {
    await saveDefaultAccount('personal');
    await fakeBrowser.storage.managed.set({ defaultAccount: 'organisation' });
    expect(await loadMemberSettings()).toEqual({ defaultAccount: 'organisation', source: 'managed' });
    await fakeBrowser.storage.managed.set({ defaultAccount: 'sometimes' });
    expect(await loadMemberSettings()).toEqual({ defaultAccount: 'personal', source: 'person' });
  });

  it('tells watchers about a change', async () => {
    const seen = vi.fn();
    const stop = watchMemberSettings(seen);
    await saveDefaultAccount('organisation');
    await vi.waitFor(() => expect(seen).toHaveBeenCalledWith({ defaultAccount: 'organisation', source: 'person' }));
    stop();
  });
});

describe('first run', () => {
  beforeEach(() => fakeBrowser.reset());

  it('opens the welcome page on install only', async () => {
    const create = vi.spyOn(fakeBrowser.tabs, 'create');
    registerFirstRun();
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'update', previousVersion: '0.0.9' });
    expect(create).not.toHaveBeenCalled();
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install' });
    expect(create).toHaveBeenCalledWith({ url: fakeBrowser.runtime.getURL(WELCOME_PATH as '/welcome.html') });
  });
});

describe('feedback', () => {
  beforeEach(() => fakeBrowser.reset());

  it('keeps the rule and the reason, with a time, and nothing else', async () => {
    await recordFeedback({ kind: 'sent-anyway', rule: 'location', recogniser: 'address', platform: 'facebook', reason: 'consent-given' });
    const [entry] = await readFeedback();
    expect(Object.keys(entry!).sort()).toEqual(['at', 'kind', 'platform', 'reason', 'recogniser', 'rule']);
  });
});
