import { useCallback, useEffect, useRef, useState } from 'react';
import { publish } from '../../lib/profile/publish';
import type { PublishedProfile } from '../../lib/profile/published.schema';
import type { SourceProfile } from '../../lib/profile/source.schema';
import { parseSourceProfile, type ProfileProblem } from '../../lib/profile/validate';
import type { SourceVault, VaultContents } from '../../lib/storage/source-store';
import { Button } from '../ui/button';
import { Dialog } from '../ui/dialog';
import { downloadFile, safeFileName } from '../ui/download';
import { formatDateTime, t } from '../ui/i18n';
import { Notice } from '../ui/notice';
import { Tabs } from '../ui/tabs';
import { ForgotDialog, PassphraseFields, ProblemList, passphrasesOk } from './manager-view';
import { OrganisationForm } from './organisation-form';
import { PeopleEditor } from './people-editor';
import { PlacesEditor, TermsEditor } from './places-terms-editor';
import { PublishPanel } from './publish-panel';
import { RulesEditor } from './rules-editor';
import { TryDraft } from './try-draft';

export type EditorTab = 'organisation' | 'people' | 'places' | 'terms' | 'rules' | 'try' | 'publish';
const TABS: EditorTab[] = ['organisation', 'people', 'places', 'terms', 'rules', 'try', 'publish'];

export type Commit = (next: SourceProfile) => Promise<boolean>;

/**
 * Publishing is the same work for "Try a draft" and for "Publish": done once per version of the
 * source profile and shared.
 */
export function usePublished(source: SourceProfile) {
  const cache = useRef<{ source: SourceProfile; promise: Promise<PublishedProfile> } | undefined>(undefined);
  return useCallback(() => {
    if (cache.current?.source !== source) cache.current = { source, promise: publish(source) };
    return cache.current.promise;
  }, [source]);
}

/**
 * The unlocked source profile, in tabs. Every confirmed change (an organisation form saved, a
 * person added, a rule changed) is checked against the whole profile's schema and saved,
 * encrypted, straight away; nothing waits for a "save all" that could be forgotten.
 */
export function ProfileEditor({
  vault,
  iterations,
  onLock,
  onDeleted,
}: {
  vault: SourceVault;
  iterations?: number;
  onLock(): void;
  onDeleted(): void;
}) {
  const [contents, setContents] = useState<VaultContents>(vault.contents);
  const [tab, setTab] = useState<EditorTab>(() => {
    const fromHash = location.hash.split('/')[1] as EditorTab | undefined;
    return fromHash && TABS.includes(fromHash) ? fromHash : 'organisation';
  });
  const [saveState, setSaveState] = useState<{ kind: 'saved'; at: string } | { kind: 'failed' } | { kind: 'invalid'; problems: ProfileProblem[] }>({
    kind: 'saved',
    at: vault.savedAt,
  });
  const [dialog, setDialog] = useState<'passphrase' | 'delete' | 'backup' | undefined>();
  const getPublished = usePublished(contents.source);

  const saveContents = useCallback(
    async (next: VaultContents): Promise<boolean> => {
      try {
        await vault.save(next);
        setContents(next);
        setSaveState({ kind: 'saved', at: vault.savedAt });
        return true;
      } catch {
        setSaveState({ kind: 'failed' });
        return false;
      }
    },
    [vault],
  );

  const commit: Commit = useCallback(
    async (next) => {
      const checked = parseSourceProfile(next);
      if (!checked.ok) {
        setSaveState({ kind: 'invalid', problems: checked.problems });
        return false;
      }
      return saveContents({ ...vault.contents, source: checked.profile });
    },
    [saveContents, vault],
  );

  useEffect(() => {
    history.replaceState(null, '', `#manager/${tab}`);
  }, [tab]);

  const source = contents.source;
  const panel = (() => {
    switch (tab) {
      case 'organisation':
        return <OrganisationForm source={source} commit={commit} />;
      case 'people':
        return <PeopleEditor source={source} commit={commit} />;
      case 'places':
        return <PlacesEditor source={source} commit={commit} />;
      case 'terms':
        return <TermsEditor source={source} commit={commit} />;
      case 'rules':
        return <RulesEditor source={source} commit={commit} />;
      case 'try':
        return <TryDraft source={source} getPublished={getPublished} />;
      case 'publish':
        return <PublishPanel contents={contents} getPublished={getPublished} saveContents={saveContents} />;
    }
  })();

  return (
    <div className="sl-editor">
      <div className="sl-card sl-editor__head">
        <div className="sl-row" style={{ alignItems: 'center' }}>
          <div style={{ flex: '1 1 300px' }}>
            <h2 style={{ marginBlockEnd: 4 }} dir="auto">
              {source.organisation.name}
            </h2>
            <p className="sl-small sl-muted" role="status" style={{ margin: 0 }}>
              {saveState.kind === 'saved' ? t('options_saved_at', formatDateTime(saveState.at)) : null}
            </p>
          </div>
          <div className="sl-actions" style={{ marginBlockStart: 0 }}>
            <Button onClick={() => setDialog('backup')}>{t('options_backup')}</Button>
            <Button onClick={() => setDialog('passphrase')}>{t('options_change_passphrase')}</Button>
            <Button variant="primary" onClick={onLock}>
              {t('options_lock')}
            </Button>
          </div>
        </div>
      </div>
      {saveState.kind === 'failed' ? (
        <Notice tone="error" title={t('options_save_failed')}>
          <p>{t('options_save_failed_detail')}</p>
        </Notice>
      ) : null}
      {saveState.kind === 'invalid' ? <ProblemList title={t('options_save_invalid')} problems={saveState.problems} /> : null}

      <Tabs
        label={t('options_tabs_label')}
        items={TABS.map((id) => ({ id, label: t(`options_tab_${id}`) }))}
        selected={tab}
        onSelect={setTab}
      >
        {panel}
      </Tabs>

      {tab === 'organisation' ? (
        <section className="sl-card" style={{ marginBlockStart: 32 }} aria-labelledby="sl-danger">
          <h2 id="sl-danger">{t('options_danger_heading')}</h2>
          <p>{t('options_danger_intro')}</p>
          <Button variant="danger" onClick={() => setDialog('delete')}>
            {t('options_delete_vault')}
          </Button>
        </section>
      ) : null}

      {dialog === 'passphrase' ? <ChangePassphraseDialog vault={vault} iterations={iterations} onClose={() => setDialog(undefined)} /> : null}
      {dialog === 'delete' ? <ForgotDialog title={t('options_delete_vault')} onCancel={() => setDialog(undefined)} onDeleted={onDeleted} /> : null}
      {dialog === 'backup' ? <BackupDialog source={source} onClose={() => setDialog(undefined)} /> : null}
    </div>
  );
}

function ChangePassphraseDialog({ vault, iterations, onClose }: { vault: SourceVault; iterations?: number; onClose(): void }) {
  const [passphrase, setPassphrase] = useState('');
  const [confirm, setConfirm] = useState('');
  const [submitted, setSubmitted] = useState(false);
  const [state, setState] = useState<'idle' | 'busy' | 'done' | 'failed'>('idle');
  return (
    <Dialog title={t('options_change_passphrase')} onClose={onClose}>
      {state === 'done' ? (
        <>
          <Notice tone="success">{t('options_passphrase_changed')}</Notice>
          <div className="sl-actions">
            <Button variant="primary" onClick={onClose}>
              {t('options_close')}
            </Button>
          </div>
        </>
      ) : (
        <form
          noValidate
          onSubmit={async (e) => {
            e.preventDefault();
            setSubmitted(true);
            if (!passphrasesOk(passphrase, confirm)) return;
            setState('busy');
            try {
              await vault.changePassphrase(passphrase, iterations);
              setState('done');
            } catch {
              setState('failed');
            }
          }}
        >
          <p>{t('options_change_passphrase_intro')}</p>
          <PassphraseFields passphrase={passphrase} confirm={confirm} onPassphrase={setPassphrase} onConfirm={setConfirm} showErrors={submitted} />
          {state === 'failed' ? <Notice tone="error">{t('options_passphrase_change_failed')}</Notice> : null}
          <div className="sl-actions">
            <Button type="submit" variant="primary" busy={state === 'busy'}>
              {t('options_change_passphrase_submit')}
            </Button>
            <Button variant="quiet" onClick={onClose}>
              {t('options_cancel')}
            </Button>
          </div>
        </form>
      )}
    </Dialog>
  );
}

function BackupDialog({ source, onClose }: { source: SourceProfile; onClose(): void }) {
  const cancel = useRef<HTMLButtonElement>(null);
  return (
    <Dialog title={t('options_backup')} onClose={onClose} initialFocus={cancel}>
      <p>{t('options_backup_intro')}</p>
      <Notice tone="warning" live={false}>
        <p>{t('options_backup_warning')}</p>
      </Notice>
      <div className="sl-actions">
        <Button
          variant="primary"
          onClick={() => {
            const day = new Date().toISOString().slice(0, 10);
            downloadFile(`${safeFileName(source.organisation.name)}-source-profile-${day}.json`, JSON.stringify(source, null, 2));
            onClose();
          }}
        >
          {t('options_backup_download')}
        </Button>
        <Button ref={cancel} variant="quiet" onClick={onClose}>
          {t('options_cancel')}
        </Button>
      </div>
    </Dialog>
  );
}
