import { useRef, useState } from 'react';
import { importProfileFile, type ImportResult } from '../../lib/storage/active-profile';
import { formatFingerprint, PROFILE_FILE_EXTENSION } from '../../lib/profile/signing';
import type { PublishedProfile } from '../../lib/profile/published.schema';
import { Button } from '../ui/button';
import { Dialog } from '../ui/dialog';
import { TextField } from '../ui/field';
import { FileDrop, readFileText } from '../ui/file-drop';
import { formatDate, formatDateTime, t } from '../ui/i18n';
import { Notice } from '../ui/notice';

type KeyChanged = Extract<ImportResult, { problem: 'key-changed' }>;

type State =
  | { step: 'choose' }
  | { step: 'reading' }
  | { step: 'passphrase'; text: string; organisation?: string; wrong: boolean }
  | { step: 'key-changed'; text: string; passphrase?: string; details: KeyChanged }
  | { step: 'failed'; message: string; details?: string[] }
  | { step: 'done'; profile: PublishedProfile; replacedKey: boolean };

/**
 * Installs a profile file for a member of staff or a volunteer: choose or drop the file, type
 * the passphrase if the file has one, confirm if the organisation's key has changed. Whatever
 * goes wrong, the profile already installed stays as it was, and the message says so.
 */
export function ProfileImport({
  hasProfile,
  onImported,
}: {
  hasProfile: boolean;
  /** Called once installed; the caller shows the news (this component may unmount as the page changes). */
  onImported?(profile: PublishedProfile, details: { replacedKey: boolean }): void;
}) {
  const [state, setState] = useState<State>({ step: 'choose' });
  const [passphrase, setPassphrase] = useState('');
  const busy = useRef(false);

  const run = async (text: string, options: { passphrase?: string; trustNewKey?: boolean }) => {
    if (busy.current) return;
    busy.current = true;
    try {
      const result = await importProfileFile(text, options);
      if (result.ok) {
        setPassphrase('');
        setState({ step: 'done', profile: result.profile, replacedKey: result.replacedKey });
        onImported?.(result.profile, { replacedKey: result.replacedKey });
        return;
      }
      switch (result.problem) {
        case 'needs-passphrase':
          setState({ step: 'passphrase', text, organisation: result.organisation, wrong: false });
          return;
        case 'wrong-passphrase':
          setState({ step: 'passphrase', text, organisation: result.organisation, wrong: true });
          return;
        case 'key-changed':
          setState({ step: 'key-changed', text, passphrase: options.passphrase, details: result });
          return;
        case 'invalid-profile':
          setState({
            step: 'failed',
            message: t('member_import_invalid_profile'),
            details: result.details?.map((d) => `${d.path}: ${d.message}`),
          });
          return;
        default:
          setState({ step: 'failed', message: t(`member_import_${result.problem.replace(/-/g, '_')}`) });
      }
    } catch {
      setState({ step: 'failed', message: t('member_import_unexpected') });
    } finally {
      busy.current = false;
    }
  };

  const onFile = async (file: File) => {
    setState({ step: 'reading' });
    setPassphrase('');
    try {
      const text = await readFileText(file);
      await run(text, {});
    } catch {
      setState({ step: 'failed', message: t('member_import_unreadable') });
    }
  };

  const unchanged = hasProfile ? t('member_import_nothing_changed_existing') : t('member_import_nothing_changed');

  return (
    <div className="sl-import">
      <FileDrop
        label={t('member_import_label')}
        hint={t('member_import_hint', PROFILE_FILE_EXTENSION)}
        buttonLabel={t('member_import_drop')}
        accept={`${PROFILE_FILE_EXTENSION},.json,application/json`}
        onFile={(file) => void onFile(file)}
        disabled={state.step === 'reading'}
      />

      {state.step === 'reading' ? <Notice tone="info">{t('member_import_checking')}</Notice> : null}

      {state.step === 'passphrase' ? (
        <form
          className="sl-card"
          onSubmit={(e) => {
            e.preventDefault();
            if (passphrase) void run(state.text, { passphrase });
          }}
        >
          <h3>{t('member_passphrase_heading')}</h3>
          <p>{state.organisation ? t('member_passphrase_intro_org', state.organisation) : t('member_passphrase_intro')}</p>
          <TextField
            label={t('member_passphrase_label')}
            type="password"
            value={passphrase}
            onChange={setPassphrase}
            autoComplete="off"
            dir="ltr"
            autoFocus
            error={state.wrong ? t('member_passphrase_wrong') : undefined}
          />
          <div className="sl-actions">
            <Button type="submit" variant="primary" disabled={!passphrase}>
              {t('member_passphrase_submit')}
            </Button>
            <Button variant="quiet" onClick={() => setState({ step: 'choose' })}>
              {t('options_cancel')}
            </Button>
          </div>
        </form>
      ) : null}

      {state.step === 'failed' ? (
        <Notice tone="error" title={state.message}>
          {state.details?.length ? (
            <ul>
              {state.details.map((d) => (
                <li key={d}>{d}</li>
              ))}
            </ul>
          ) : null}
          <p>{unchanged}</p>
        </Notice>
      ) : null}

      {state.step === 'done' ? (
        <Notice tone="success" title={t('member_import_done', state.profile.organisation.name)}>
          <p>{t('member_import_done_detail', formatDate(state.profile.publishedAt))}</p>
          {state.replacedKey ? <p>{t('member_import_done_new_key')}</p> : null}
        </Notice>
      ) : null}

      {state.step === 'key-changed' ? (
        <KeyChangedDialog
          details={state.details}
          onCancel={() => setState({ step: 'failed', message: t('member_key_changed_cancelled') })}
          onTrust={() => void run(state.text, { ...(state.passphrase ? { passphrase: state.passphrase } : {}), trustNewKey: true })}
        />
      ) : null}
    </div>
  );
}

function KeyChangedDialog({ details, onCancel, onTrust }: { details: KeyChanged; onCancel(): void; onTrust(): void }) {
  const cancelRef = useRef<HTMLButtonElement>(null);
  return (
    <Dialog title={t('member_key_changed_title')} onClose={onCancel} initialFocus={cancelRef} describedBy="sl-key-changed-intro">
      <p id="sl-key-changed-intro">{t('member_key_changed_intro', details.pinned.organisation)}</p>
      <dl className="sl-dl">
        <dt>{t('member_key_changed_trusted')}</dt>
        <dd>
          <span className="sl-fingerprint">{formatFingerprint(details.pinned.fingerprint)}</span>
          <br />
          <span className="sl-small sl-muted">
            {t('member_key_changed_trusted_since', [details.pinned.organisation, formatDateTime(details.pinned.pinnedAt)])}
          </span>
        </dd>
        <dt>{t('member_key_changed_offered')}</dt>
        <dd>
          <span className="sl-fingerprint">{formatFingerprint(details.offered.fingerprint)}</span>
          <br />
          <span className="sl-small sl-muted">
            {t('member_key_changed_offered_detail', [details.offered.organisation, formatDate(details.offered.publishedAt)])}
          </span>
        </dd>
      </dl>
      <Notice tone="warning" live={false}>
        <p>{t('member_key_changed_advice')}</p>
      </Notice>
      <div className="sl-actions">
        <Button ref={cancelRef} variant="primary" onClick={onCancel}>
          {t('member_key_changed_keep')}
        </Button>
        <Button variant="danger" onClick={onTrust}>
          {t('member_key_changed_trust')}
        </Button>
      </div>
    </Dialog>
  );
}
