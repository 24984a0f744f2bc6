import { useCallback, useEffect, useRef, useState } from 'react';
import {
  loadActiveProfile,
  readImportedMeta,
  removeImportedProfile,
  watchActiveProfile,
  type ActiveProfile,
  type ImportedMeta,
} from '../../lib/storage/active-profile';
import { loadMemberSettings, saveDefaultAccount, watchMemberSettings, type MemberSettings } from '../../lib/storage/member-settings';
import { formatFingerprint } from '../../lib/profile/signing';
import type { PublishedProfile } from '../../lib/profile/published.schema';
import { Button } from '../ui/button';
import { Dialog } from '../ui/dialog';
import { RadioGroup } from '../ui/field';
import { formatDate, formatDateTime, formatNumber, t, tn } from '../ui/i18n';
import { Notice } from '../ui/notice';
import { ProfileImport } from './profile-import';

/**
 * The member's view (staff and volunteers): which organisation's profile this browser uses,
 * when it was published, what it protects (counts only: no names ever appear here), and which
 * kind of account this browser is mostly used for.
 */
export function MemberView() {
  const [active, setActive] = useState<ActiveProfile | undefined>();
  const [meta, setMeta] = useState<ImportedMeta | undefined>();
  const [settings, setSettings] = useState<MemberSettings | undefined>();
  const [confirmRemove, setConfirmRemove] = useState(false);
  const [removed, setRemoved] = useState(false);
  const [replacing, setReplacing] = useState(false);
  const [installed, setInstalled] = useState<{ profile: PublishedProfile; replacedKey: boolean } | undefined>();

  const refresh = useCallback(async () => {
    const [a, m] = await Promise.all([loadActiveProfile(), readImportedMeta()]);
    setActive(a);
    setMeta(m);
  }, []);

  useEffect(() => {
    void refresh();
    void loadMemberSettings().then(setSettings);
    const stopProfile = watchActiveProfile(() => void refresh());
    const stopSettings = watchMemberSettings(setSettings);
    return () => {
      stopProfile();
      stopSettings();
    };
  }, [refresh]);

  const onImported = (p: PublishedProfile, details: { replacedKey: boolean }) => {
    setInstalled({ profile: p, replacedKey: details.replacedKey });
    setRemoved(false);
    setReplacing(false);
    void refresh();
  };

  if (!active || !settings) return <p role="status">{t('options_loading')}</p>;
  const profile = active.profile;

  return (
    <>
      <section className="sl-card" aria-labelledby="sl-member-profile">
        <h2 id="sl-member-profile">{t('member_profile_heading')}</h2>
        {active.managedProblem ? (
          <Notice tone="warning" title={t('member_managed_problem_title')}>
            <p>{profile ? t('member_managed_problem_kept') : t('member_managed_problem_none')}</p>
          </Notice>
        ) : null}
        <div role="status">
          {removed && !profile ? <Notice tone="success" live={false}>{t('member_removed')}</Notice> : null}
          {installed && profile ? (
            <Notice tone="success" live={false} title={t('member_import_done', installed.profile.organisation.name)}>
              <p>{t('member_import_done_detail', formatDate(installed.profile.publishedAt))}</p>
              {installed.replacedKey ? <p>{t('member_import_done_new_key')}</p> : null}
            </Notice>
          ) : null}
        </div>

        {profile ? (
          <>
            <ProfileSummary profile={profile} source={active.source} meta={active.source === 'imported' ? meta : undefined} />
            {active.source === 'managed' ? (
              <Notice tone="info" live={false}>
                <p>{t('member_managed_explain')}</p>
              </Notice>
            ) : (
              <>
                <div className="sl-actions">
                  <Button onClick={() => setReplacing((v) => !v)} aria-expanded={replacing}>
                    {t('member_replace')}
                  </Button>
                  <Button variant="danger" onClick={() => setConfirmRemove(true)}>
                    {t('member_remove')}
                  </Button>
                </div>
                {replacing ? (
                  <div className="sl-card" style={{ marginBlockStart: 12 }}>
                    <ProfileImport hasProfile onImported={onImported} />
                  </div>
                ) : null}
              </>
            )}
          </>
        ) : (
          <>
            <p>{t('member_no_profile')}</p>
            <p className="sl-muted">{t('member_no_profile_generic')}</p>
            <ProfileImport hasProfile={false} onImported={onImported} />
          </>
        )}
      </section>

      <section className="sl-card" aria-labelledby="sl-member-account">
        <h2 id="sl-member-account">{t('member_account_heading')}</h2>
        <RadioGroup
          legend={t('member_account_legend')}
          hint={settings.source === 'managed' ? t('member_account_managed') : t('member_account_hint')}
          name="default-account"
          value={settings.defaultAccount}
          disabled={settings.source === 'managed'}
          onChange={(value) => {
            void saveDefaultAccount(value).then(() => setSettings({ defaultAccount: value, source: 'person' }));
          }}
          options={[
            { value: 'organisation', label: t('member_account_organisation'), hint: t('member_account_organisation_hint') },
            { value: 'personal', label: t('member_account_personal'), hint: t('member_account_personal_hint') },
          ]}
        />
      </section>

      {confirmRemove ? (
        <RemoveDialog
          organisation={profile?.organisation.name ?? ''}
          onCancel={() => setConfirmRemove(false)}
          onConfirm={async () => {
            await removeImportedProfile();
            setConfirmRemove(false);
            setReplacing(false);
            setRemoved(true);
            setInstalled(undefined);
            await refresh();
          }}
        />
      ) : null}
    </>
  );
}

function RemoveDialog({ organisation, onCancel, onConfirm }: { organisation: string; onCancel(): void; onConfirm(): Promise<void> }) {
  const keep = useRef<HTMLButtonElement>(null);
  return (
    <Dialog title={t('member_remove_title')} onClose={onCancel} initialFocus={keep}>
      <p>{t('member_remove_body', organisation)}</p>
      <div className="sl-actions">
        <Button ref={keep} variant="primary" onClick={onCancel}>
          {t('member_remove_keep')}
        </Button>
        <Button variant="danger" onClick={() => void onConfirm()}>
          {t('member_remove_confirm')}
        </Button>
      </div>
    </Dialog>
  );
}

/** What a profile protects, in counts. Used by the member view and the first-run page. */
export function ProfileSummary({
  profile,
  source,
  meta,
}: {
  profile: PublishedProfile;
  source: ActiveProfile['source'];
  meta?: ImportedMeta | undefined;
}) {
  const c = profile.counts;
  return (
    <div className="sl-summary">
      <dl className="sl-dl">
        <dt>{t('member_summary_organisation')}</dt>
        <dd dir="auto">{profile.organisation.name}</dd>
        <dt>{t('member_summary_published')}</dt>
        <dd>{formatDateTime(profile.publishedAt)}</dd>
        <dt>{t('member_summary_source')}</dt>
        <dd>{source === 'managed' ? t('member_summary_source_managed') : t('member_summary_source_imported', formatDate(meta?.importedAt))}</dd>
        {meta ? (
          <>
            <dt>{t('member_summary_key')}</dt>
            <dd>
              <span className="sl-fingerprint">{formatFingerprint(meta.fingerprint)}</span>
            </dd>
          </>
        ) : null}
      </dl>
      <h3>{t('member_summary_protects')}</h3>
      <ul className="sl-facts">
        <li>
          <strong>{formatNumber(c.people)}</strong> {tn('member_count_people', c.people)}
        </li>
        <li>
          <strong>{formatNumber(c.children)}</strong> {tn('member_count_children', c.children)}
        </li>
        <li>
          <strong>{formatNumber(c.households)}</strong> {tn('member_count_households', c.households)}
        </li>
        <li>
          <strong>{formatNumber(c.places)}</strong> {tn('member_count_places', c.places)}
        </li>
        <li>
          <strong>{formatNumber(c.terms)}</strong> {tn('member_count_terms', c.terms)}
        </li>
      </ul>
      <p className="sl-small sl-muted">{t('member_summary_no_names')}</p>
    </div>
  );
}
