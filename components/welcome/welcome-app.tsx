import { useCallback, useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { loadActiveProfile, readImportedMeta, watchActiveProfile, type ActiveProfile, type ImportedMeta } from '../../lib/storage/active-profile';
import { ProfileImport } from '../options/profile-import';
import { ProfileSummary } from '../options/member-view';
import { Button } from '../ui/button';
import { t } from '../ui/i18n';
import { Logo } from '../ui/logo';
import { Notice } from '../ui/notice';

const DOES = ['welcome_does_1', 'welcome_does_2', 'welcome_does_3'];
const DOES_NOT = ['welcome_not_1', 'welcome_not_2', 'welcome_not_3', 'welcome_not_4'];
const STORED = ['welcome_stored_1', 'welcome_stored_2', 'welcome_stored_3'];
const WHO = ['welcome_who_1', 'welcome_who_2', 'welcome_who_3', 'welcome_who_4'];

/**
 * The first-run page: what Second Look does and does not do, in plain words (no network; what
 * is stored where; who can see what), then the organisation's profile.
 */
export function WelcomeApp() {
  const [active, setActive] = useState<ActiveProfile | undefined>();
  const [meta, setMeta] = useState<ImportedMeta | undefined>();
  const [installed, setInstalled] = useState<string | undefined>();
  const refresh = useCallback(async () => {
    const [a, m] = await Promise.all([loadActiveProfile(), readImportedMeta()]);
    setActive(a);
    setMeta(m);
  }, []);

  useEffect(() => {
    void refresh();
    document.title = t('welcome_title');
    return watchActiveProfile(() => void refresh());
  }, [refresh]);

  return (
    <div className="sl-page sl-page--narrow">
      <header className="sl-header">
        <Logo size={40} />
        <p className="sl-header__title">{t('extensionName')}</p>
      </header>
      <main>
        <h1>{t('welcome_title')}</h1>
        <p className="sl-lead">{t('welcome_lead')}</p>

        <div className="sl-grid-2">
          <section className="sl-card" aria-labelledby="sl-welcome-does">
            <h2 id="sl-welcome-does">{t('welcome_does_heading')}</h2>
            <ul>
              {DOES.map((key) => (
                <li key={key}>{t(key)}</li>
              ))}
            </ul>
          </section>
          <section className="sl-card" aria-labelledby="sl-welcome-not">
            <h2 id="sl-welcome-not">{t('welcome_not_heading')}</h2>
            <ul>
              {DOES_NOT.map((key) => (
                <li key={key}>{t(key)}</li>
              ))}
            </ul>
          </section>
          <section className="sl-card" aria-labelledby="sl-welcome-stored">
            <h2 id="sl-welcome-stored">{t('welcome_stored_heading')}</h2>
            <ul>
              {STORED.map((key) => (
                <li key={key}>{t(key)}</li>
              ))}
            </ul>
          </section>
          <section className="sl-card" aria-labelledby="sl-welcome-who">
            <h2 id="sl-welcome-who">{t('welcome_who_heading')}</h2>
            <ul>
              {WHO.map((key) => (
                <li key={key}>{t(key)}</li>
              ))}
            </ul>
          </section>
        </div>

        <section className="sl-card" aria-labelledby="sl-welcome-profile">
          <h2 id="sl-welcome-profile">{t('welcome_profile_heading')}</h2>
          {!active ? <p role="status">{t('options_loading')}</p> : null}
          <div role="status">{installed ? <Notice tone="success" live={false} title={t('member_import_done', installed)} /> : null}</div>
          {active?.profile ? (
            <>
              {installed ? null : (
                <Notice tone="success" live={false} title={active.source === 'managed' ? t('welcome_profile_managed') : t('welcome_profile_ready')} />
              )}
              <ProfileSummary profile={active.profile} source={active.source} meta={active.source === 'imported' ? meta : undefined} />
            </>
          ) : null}
          {active && !active.profile ? (
            <>
              <p>{t('welcome_profile_intro')}</p>
              <ProfileImport
                hasProfile={false}
                onImported={(profile) => {
                  setInstalled(profile.organisation.name);
                  void refresh();
                }}
              />
              <p className="sl-muted">{t('welcome_profile_later')}</p>
            </>
          ) : null}
        </section>

        <div className="sl-actions">
          <Button variant="primary" onClick={() => void browser.runtime.openOptionsPage()}>
            {t('welcome_open_settings')}
          </Button>
        </div>
      </main>
    </div>
  );
}
