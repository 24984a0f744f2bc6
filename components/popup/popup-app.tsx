import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { requestTabStatus, type TabStatus } from '../../lib/messaging/tab-status';
import type { Platform } from '../../lib/profile/source.schema';
import { loadActiveProfile, watchActiveProfile, type ActiveProfile } from '../../lib/storage/active-profile';
import { readPauseStats, summariseWeek, type WeekSummary } from '../../lib/storage/pause-stats';
import { ruleStem } from '../options/rules-editor';
import { Button } from '../ui/button';
import { formatDate, formatNumber, t } from '../ui/i18n';
import { Logo } from '../ui/logo';

/** The sites the guard runs on (lib/adapters/registry.ts ADAPTER_MATCHES; a test keeps the two in step). */
export const GUARDED_HOSTS: Readonly<Record<string, Platform>> = {
  'www.facebook.com': 'facebook',
  'x.com': 'x',
  'web.whatsapp.com': 'whatsapp',
};

export type PageInfo =
  | { kind: 'guarded'; platform: Platform; host: string; status: TabStatus | undefined }
  | { kind: 'other'; host: string }
  | { kind: 'unknown' };

export function pageFromUrl(url: string | undefined, status: TabStatus | undefined): PageInfo {
  if (!url) return { kind: 'unknown' };
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return { kind: 'unknown' };
  }
  const platform = parsed.protocol === 'https:' ? GUARDED_HOSTS[parsed.hostname] : undefined;
  if (platform) return { kind: 'guarded', platform, host: parsed.hostname, status };
  return { kind: 'other', host: parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.hostname : '' };
}

export interface PopupProps {
  page: PageInfo;
  active: ActiveProfile;
  week: WeekSummary;
  onOpenOptions(hash?: string): void;
}

/**
 * The popup, from data: this page and whether it is protected (and why not), the profile in
 * use, who to tell if worried, and the week's pauses by rule. Counts only, never content.
 */
export function Popup({ page, active, week, onOpenOptions }: PopupProps) {
  const profile = active.profile;
  const org = profile?.organisation;
  const lead = org?.safeguardingLead;
  return (
    <main className="sl-popup">
      <header className="sl-header" style={{ marginBlockEnd: 10 }}>
        <Logo size={28} />
        <h1>{t('extensionName')}</h1>
      </header>

      <section aria-labelledby="sl-popup-page">
        <h2 id="sl-popup-page">{t('popup_page_heading')}</h2>
        <PageStatus page={page} />
      </section>

      <section aria-labelledby="sl-popup-profile">
        <h2 id="sl-popup-profile">{t('popup_profile_heading')}</h2>
        {active.managedProblem ? <p className="sl-small" style={{ color: 'var(--sl-warning)' }}>{t('popup_managed_problem')}</p> : null}
        {profile && org ? (
          <>
            <p style={{ marginBlockEnd: 2 }}>
              <strong dir="auto">{org.name}</strong>
            </p>
            <p className="sl-small sl-muted">
              {t(active.source === 'managed' ? 'popup_profile_managed' : 'popup_profile_imported', formatDate(profile.publishedAt))}
            </p>
          </>
        ) : (
          <>
            <p>{t('popup_no_profile')}</p>
            <Button variant="quiet" onClick={() => onOpenOptions('#member')} style={{ paddingInline: 0 }}>
              {t('popup_add_profile')}
            </Button>
          </>
        )}
      </section>

      <section aria-labelledby="sl-popup-worried">
        <h2 id="sl-popup-worried">{t('popup_worried_heading')}</h2>
        <p className="sl-small">{lead ? t('popup_worried_body_lead', lead.name) : t('popup_worried_body')}</p>
        {lead ? (
          <ul className="sl-list-plain sl-small">
            <li>
              <strong dir="auto">{lead.name}</strong> <span className="sl-muted">({t('popup_lead_role')})</span>
            </li>
            {lead.phone ? (
              <li>
                {t('popup_lead_phone')}{' '}
                <a href={`tel:${lead.phone.replace(/[^\d+]/g, '')}`} dir="ltr">
                  {lead.phone}
                </a>
              </li>
            ) : null}
            {lead.email ? (
              <li>
                {t('popup_lead_email')}{' '}
                <a href={`mailto:${lead.email}`} dir="ltr">
                  {lead.email}
                </a>
              </li>
            ) : null}
          </ul>
        ) : null}
        {org?.policyUrl ? (
          <p className="sl-small" style={{ marginBlockStart: 6 }}>
            <a href={org.policyUrl} target="_blank" rel="noreferrer">
              {t('popup_policy_link')}
            </a>
          </p>
        ) : null}
      </section>

      <section aria-labelledby="sl-popup-week">
        <h2 id="sl-popup-week">{t('popup_week_heading')}</h2>
        {week.total === 0 ? (
          <p className="sl-small">{t('popup_week_none')}</p>
        ) : (
          <>
            <p className="sl-small">{t('popup_week_total', formatNumber(week.total))}</p>
            <ul className="sl-counts sl-small" aria-label={t('popup_week_by_rule')}>
              {week.byRule.map(({ rule, count }) => (
                <li key={rule}>
                  <span>{t(`options_rule_${ruleStem(rule)}_name`)}</span>
                  <strong>{formatNumber(count)}</strong>
                </li>
              ))}
            </ul>
          </>
        )}
        <p className="sl-small sl-muted" style={{ marginBlockStart: 6 }}>
          {t('popup_week_private')}
        </p>
      </section>

      <div className="sl-actions" style={{ marginBlockStart: 4 }}>
        <Button onClick={() => onOpenOptions()}>{t('popup_settings')}</Button>
      </div>
    </main>
  );
}

function PageStatus({ page }: { page: PageInfo }) {
  if (page.kind === 'guarded') {
    const site = t(`options_platform_${page.platform}`);
    if (page.status?.state === 'protecting') {
      return (
        <div className="sl-status sl-status--on">
          <span className="sl-status__dot" aria-hidden="true" />
          <div>
            <p style={{ marginBlockEnd: 2 }}>
              <strong>{t('popup_status_protecting')}</strong>
            </p>
            <p className="sl-small sl-muted">{t('popup_status_protecting_detail', site)}</p>
          </div>
        </div>
      );
    }
    const changed = page.status?.state === 'not-protecting';
    return (
      <div className="sl-status sl-status--off">
        <span className="sl-status__dot" aria-hidden="true" />
        <div>
          <p style={{ marginBlockEnd: 2 }}>
            <strong>{changed ? t('popup_status_changed') : t('popup_status_not_started')}</strong>
          </p>
          <p className="sl-small sl-muted">{changed ? t('popup_status_changed_detail', site) : t('popup_status_not_started_detail', site)}</p>
        </div>
      </div>
    );
  }
  return (
    <div className="sl-status">
      <span className="sl-status__dot" aria-hidden="true" />
      <div>
        <p style={{ marginBlockEnd: 2 }}>
          <strong>{t('popup_status_other')}</strong>
        </p>
        <p className="sl-small sl-muted">
          {page.kind === 'other' && page.host ? t('popup_status_other_detail_host', page.host) : t('popup_status_other_detail')}
        </p>
      </div>
    </div>
  );
}

/** Loads what the popup shows and keeps the profile part live (a managed change applies at once). */
export function PopupApp({ getStatus = requestTabStatus }: { getStatus?: (tabId: number) => Promise<TabStatus | undefined> } = {}) {
  const [data, setData] = useState<Omit<PopupProps, 'onOpenOptions'> | undefined>();

  useEffect(() => {
    let live = true;
    const load = async () => {
      const [tab] = await browser.tabs.query({ active: true, currentWindow: true }).catch(() => []);
      const url = tab?.url;
      const guarded = pageFromUrl(url, undefined).kind === 'guarded';
      const status = guarded && tab?.id !== undefined ? await getStatus(tab.id).catch(() => undefined) : undefined;
      const [active, stats] = await Promise.all([loadActiveProfile(), readPauseStats()]);
      if (live) setData({ page: pageFromUrl(url, status), active, week: summariseWeek(stats) });
    };
    void load();
    const stop = watchActiveProfile((active) => live && setData((d) => (d ? { ...d, active } : d)));
    return () => {
      live = false;
      stop();
    };
  }, [getStatus]);

  if (!data) return <p className="sl-popup" role="status">{t('options_loading')}</p>;
  return (
    <Popup
      {...data}
      onOpenOptions={(hash) => {
        if (hash) void browser.tabs.create({ url: browser.runtime.getURL(`/options.html${hash}` as '/options.html') });
        else void browser.runtime.openOptionsPage();
        window.close();
      }}
    />
  );
}
