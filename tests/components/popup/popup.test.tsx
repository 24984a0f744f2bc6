// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { render, screen, waitFor, within } from '@testing-library/react';
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { GUARDED_HOSTS, Popup, PopupApp, pageFromUrl } from '../../../components/popup/popup-app';
import { policyValues } from '../../../lib/profile/managed-policy';
import { publish } from '../../../lib/profile/publish';
import type { PublishedProfile } from '../../../lib/profile/published.schema';
import { recordPause, summariseWeek } from '../../../lib/storage/pause-stats';
import type { ActiveProfile } from '../../../lib/storage/active-profile';
import { installMessages, message, sample } from '../options/helpers';

let published: PublishedProfile;
beforeAll(async () => {
  published = await publish(sample(), { now: new Date('2026-11-20T09:00:00Z') });
});

const noWeek = summariseWeek({}, '2026-11-22');
const none: ActiveProfile = { profile: undefined, source: 'none' };

describe('the popup', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    installMessages();
  });

  it('says a guarded page is protected', () => {
    render(
      <Popup
        page={pageFromUrl('https://www.facebook.com/groups/1', { adapter: 'facebook', state: 'protecting' })}
        active={none}
        week={noWeek}
        onOpenOptions={() => {}}
      />,
    );
    expect(screen.getByText(message('popup_status_protecting'))).toBeInTheDocument();
    expect(screen.getByText(message('popup_status_protecting_detail', message('options_platform_facebook')))).toBeInTheDocument();
  });

  it('says why a guarded page is not protected: it has changed, or the guard has not started', () => {
    const { rerender } = render(
      <Popup
        page={pageFromUrl('https://web.whatsapp.com/', { adapter: 'whatsapp', state: 'not-protecting', reason: 'changed' })}
        active={none}
        week={noWeek}
        onOpenOptions={() => {}}
      />,
    );
    expect(screen.getByText(message('popup_status_changed'))).toBeInTheDocument();
    expect(screen.getByText(message('popup_status_changed_detail', message('options_platform_whatsapp')))).toBeInTheDocument();
    rerender(<Popup page={pageFromUrl('https://x.com/home', undefined)} active={none} week={noWeek} onOpenOptions={() => {}} />);
    expect(screen.getByText(message('popup_status_not_started'))).toBeInTheDocument();
  });

  it('says which page it does not check, and that with no profile the general protections are on', () => {
    const open = vi.fn();
    render(<Popup page={pageFromUrl('https://news.example.org/a', undefined)} active={none} week={noWeek} onOpenOptions={open} />);
    expect(screen.getByText(message('popup_status_other'))).toBeInTheDocument();
    expect(screen.getByText(message('popup_status_other_detail_host', 'news.example.org'))).toBeInTheDocument();
    expect(screen.getByText(message('popup_no_profile'))).toBeInTheDocument();
    screen.getByRole('button', { name: message('popup_add_profile') }).click();
    expect(open).toHaveBeenCalledWith('#member');
    // Not http(s): no host to name.
    expect(pageFromUrl('chrome://extensions', undefined)).toEqual({ kind: 'other', host: '' });
    expect(pageFromUrl('http://www.facebook.com/', undefined).kind).toBe('other');
  });

  it('shows the organisation, the safeguarding lead and what to do if worried', () => {
    const lead = published.organisation.safeguardingLead!;
    render(
      <Popup page={pageFromUrl('https://x.com/', undefined)} active={{ profile: published, source: 'managed' }} week={noWeek} onOpenOptions={() => {}} />,
    );
    expect(screen.getByText(published.organisation.name)).toBeInTheDocument();
    expect(screen.getByText(message('popup_profile_managed', '20 November 2026'))).toBeInTheDocument();
    expect(screen.getByText(message('popup_worried_body_lead', lead.name))).toBeInTheDocument();
    expect(screen.getByRole('link', { name: lead.email! })).toHaveAttribute('href', `mailto:${lead.email}`);
    expect(screen.getByRole('link', { name: lead.phone! })).toHaveAttribute('href', expect.stringMatching(/^tel:[+\d]+$/));
    expect(screen.getByRole('link', { name: message('popup_policy_link') })).toHaveAttribute('href', published.organisation.policyUrl);
  });

  it('counts pauses of the last 7 days by rule, and says they stay on this device', async () => {
    await recordPause(['register-person'], '2026-11-21');
    await recordPause(['register-person', 'location'], '2026-11-22');
    await recordPause(['child-detail'], '2026-11-01');
    const stats = (await fakeBrowser.storage.local.get('sl:pause-stats'))['sl:pause-stats'] as never;
    render(<Popup page={{ kind: 'unknown' }} active={none} week={summariseWeek(stats, '2026-11-22')} onOpenOptions={() => {}} />);
    const list = screen.getByRole('list', { name: message('popup_week_by_rule') });
    const items = within(list).getAllByRole('listitem').map((li) => li.textContent);
    expect(items).toEqual([`${message('options_rule_register_person_name')}2`, `${message('options_rule_location_name')}1`]);
    expect(screen.getByText(message('popup_week_total', '3'))).toBeInTheDocument();
    expect(screen.getByText(message('popup_week_private'))).toBeInTheDocument();
  });

  it('warns when the device policy cannot be read', () => {
    render(<Popup page={{ kind: 'unknown' }} active={{ profile: published, source: 'managed', managedProblem: 'invalid' }} week={noWeek} onOpenOptions={() => {}} />);
    expect(screen.getByText(message('popup_managed_problem'))).toBeInTheDocument();
  });

  it('loads the current tab’s status and the profile, and follows a managed change live', async () => {
    const tab = await fakeBrowser.tabs.create({ url: 'https://www.facebook.com/', active: true });
    // The fake browser has no focused window, so "current window" queries find nothing: answer as Chrome would.
    vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue([tab] as never);
    const getStatus = vi.fn(async () => ({ adapter: 'facebook' as const, state: 'protecting' as const }));
    render(<PopupApp getStatus={getStatus} />);
    expect(await screen.findByText(message('popup_status_protecting'))).toBeInTheDocument();
    expect(getStatus).toHaveBeenCalledWith(tab.id);
    expect(screen.getByText(message('popup_no_profile'))).toBeInTheDocument();
    await fakeBrowser.storage.managed.set(policyValues({ profile: published }));
    await waitFor(() => expect(screen.getByText(published.organisation.name)).toBeInTheDocument());
  });

  it('knows the same sites as the guard', () => {
    const registry = readFileSync(resolve('lib/adapters/registry.ts'), 'utf8');
    for (const host of Object.keys(GUARDED_HOSTS)) expect(registry).toContain(`https://${host}/*`);
  });
});
