import { useEffect, useRef, useState } from 'react';
import { SOURCE_FORMAT, type SourceProfile } from '../../lib/profile/source.schema';
import { parseSourceProfileText, type ProfileProblem } from '../../lib/profile/validate';
import {
  createSourceVault,
  deleteSourceVault,
  hasSourceVault,
  MIN_PASSPHRASE_LENGTH,
  passphraseProblem,
  sourceVaultSavedAt,
  unlockSourceVault,
  type SourceVault,
} from '../../lib/storage/source-store';
import { Button } from '../ui/button';
import { Dialog } from '../ui/dialog';
import { Checkbox, RadioGroup, TextField } from '../ui/field';
import { FileDrop, readFileText } from '../ui/file-drop';
import { formatDateTime, t } from '../ui/i18n';
import { Notice } from '../ui/notice';
import { ProfileEditor } from './profile-editor';

type Gate = { state: 'loading' } | { state: 'none' } | { state: 'locked'; savedAt?: string } | { state: 'open'; vault: SourceVault };

/**
 * The manager's view. The source profile (the register in plain text) is only ever held
 * encrypted in this browser; this view asks for the passphrase before showing any of it.
 */
export function ManagerView({ iterations }: { iterations?: number }) {
  const [gate, setGate] = useState<Gate>({ state: 'loading' });

  const check = async () => {
    if (await hasSourceVault()) setGate({ state: 'locked', savedAt: await sourceVaultSavedAt() });
    else setGate({ state: 'none' });
  };
  useEffect(() => {
    void check();
  }, []);

  switch (gate.state) {
    case 'loading':
      return <p role="status">{t('options_loading')}</p>;
    case 'none':
      return <VaultSetup iterations={iterations} onCreated={(vault) => setGate({ state: 'open', vault })} />;
    case 'locked':
      return (
        <VaultUnlock
          savedAt={gate.savedAt}
          onUnlocked={(vault) => setGate({ state: 'open', vault })}
          onDeleted={() => setGate({ state: 'none' })}
        />
      );
    case 'open':
      return (
        <ProfileEditor
          vault={gate.vault}
          iterations={iterations}
          onLock={() => void check()}
          onDeleted={() => setGate({ state: 'none' })}
        />
      );
  }
}

export function PassphraseFields({
  passphrase,
  confirm,
  onPassphrase,
  onConfirm,
  showErrors,
  labels,
}: {
  passphrase: string;
  confirm: string;
  onPassphrase(v: string): void;
  onConfirm(v: string): void;
  showErrors: boolean;
  labels?: { first: string; second: string };
}) {
  const tooShort = showErrors && passphraseProblem(passphrase) === 'too-short';
  const mismatch = showErrors && !tooShort && passphrase !== confirm;
  return (
    <>
      <TextField
        label={labels?.first ?? t('options_passphrase_new')}
        hint={t('options_passphrase_rules', MIN_PASSPHRASE_LENGTH)}
        type="password"
        value={passphrase}
        onChange={onPassphrase}
        autoComplete="new-password"
        dir="ltr"
        required
        error={tooShort ? t('options_passphrase_too_short', MIN_PASSPHRASE_LENGTH) : undefined}
      />
      <TextField
        label={labels?.second ?? t('options_passphrase_again')}
        type="password"
        value={confirm}
        onChange={onConfirm}
        autoComplete="new-password"
        dir="ltr"
        required
        error={mismatch ? t('options_passphrase_mismatch') : undefined}
      />
    </>
  );
}

export function passphrasesOk(passphrase: string, confirm: string): boolean {
  return !passphraseProblem(passphrase) && passphrase === confirm;
}

function VaultSetup({ iterations, onCreated }: { iterations?: number; onCreated(vault: SourceVault): void }) {
  const [start, setStart] = useState<'new' | 'file'>('new');
  const [name, setName] = useState('');
  const [fileSource, setFileSource] = useState<SourceProfile | undefined>();
  const [fileProblems, setFileProblems] = useState<ProfileProblem[] | undefined>();
  const [fileError, setFileError] = useState<string | undefined>();
  const [passphrase, setPassphrase] = useState('');
  const [confirm, setConfirm] = useState('');
  const [understood, setUnderstood] = useState(false);
  const [submitted, setSubmitted] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | undefined>();

  const onFile = async (file: File) => {
    setFileSource(undefined);
    setFileProblems(undefined);
    setFileError(undefined);
    try {
      const text = await readFileText(file);
      const result = parseSourceProfileText(text);
      if (result.ok) setFileSource(result.profile);
      else setFileProblems(result.problems);
    } catch {
      setFileError(t('options_setup_file_unreadable'));
    }
  };

  const source: SourceProfile | undefined =
    start === 'file'
      ? fileSource
      : name.trim()
        ? ({
            format: SOURCE_FORMAT,
            organisation: { name: name.trim(), accounts: [], publicContacts: [], staff: [], locale: 'en-GB' },
            people: [],
            places: [],
            terms: [],
            rules: {},
          } satisfies SourceProfile)
        : undefined;

  const submit = async () => {
    setSubmitted(true);
    setError(undefined);
    if (!source || !passphrasesOk(passphrase, confirm) || !understood) return;
    setBusy(true);
    try {
      const vault = await createSourceVault(passphrase, { source }, iterations ? { iterations } : {});
      onCreated(vault);
    } catch {
      setError(t('options_setup_failed'));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form
      className="sl-card"
      aria-labelledby="sl-setup-heading"
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
      noValidate
    >
      <h2 id="sl-setup-heading">{t('options_setup_heading')}</h2>
      <p>{t('options_setup_intro')}</p>

      <RadioGroup
        legend={t('options_setup_start_legend')}
        name="setup-start"
        value={start}
        onChange={setStart}
        options={[
          { value: 'new', label: t('options_setup_start_new') },
          { value: 'file', label: t('options_setup_start_file'), hint: t('options_setup_start_file_hint') },
        ]}
      />

      {start === 'new' ? (
        <TextField
          label={t('options_org_name')}
          value={name}
          onChange={setName}
          required
          error={submitted && !name.trim() ? t('options_setup_name_missing') : undefined}
        />
      ) : (
        <>
          <FileDrop
            label={t('options_setup_file_label')}
            hint={t('options_setup_file_hint')}
            buttonLabel={t('member_import_drop')}
            accept=".json,application/json"
            onFile={(f) => void onFile(f)}
          />
          {fileError ? <Notice tone="error">{fileError}</Notice> : null}
          {fileProblems ? <ProblemList title={t('options_setup_file_problems')} problems={fileProblems} /> : null}
          {fileSource ? (
            <Notice tone="success">
              {t('options_setup_file_ok', [fileSource.organisation.name, fileSource.people.length, fileSource.places.length, fileSource.terms.length])}
            </Notice>
          ) : null}
          {submitted && !fileSource && !fileProblems ? <Notice tone="error">{t('options_setup_file_missing')}</Notice> : null}
        </>
      )}

      <h3>{t('options_setup_passphrase_heading')}</h3>
      <p>{t('options_setup_passphrase_intro')}</p>
      <PassphraseFields passphrase={passphrase} confirm={confirm} onPassphrase={setPassphrase} onConfirm={setConfirm} showErrors={submitted} />
      <Notice tone="warning" live={false}>
        <p>{t('options_forget_warning')}</p>
      </Notice>
      <Checkbox label={t('options_setup_understood')} checked={understood} onChange={setUnderstood} />
      {submitted && !understood ? <p className="sl-field__error">{t('options_setup_understood_missing')}</p> : null}
      {error ? <Notice tone="error">{error}</Notice> : null}
      <div className="sl-actions">
        <Button type="submit" variant="primary" busy={busy}>
          {busy ? t('options_setup_working') : t('options_setup_submit')}
        </Button>
      </div>
    </form>
  );
}

export function ProblemList({ title, problems }: { title: string; problems: ProfileProblem[] }) {
  const shown = problems.slice(0, 50);
  return (
    <Notice tone="error" title={title}>
      <ul>
        {shown.map((p, i) => (
          <li key={i}>
            <code>{p.path}</code> {p.message}
          </li>
        ))}
      </ul>
      {problems.length > shown.length ? <p>{t('options_more_problems', problems.length - shown.length)}</p> : null}
    </Notice>
  );
}

function VaultUnlock({ savedAt, onUnlocked, onDeleted }: { savedAt?: string; onUnlocked(vault: SourceVault): void; onDeleted(): void }) {
  const [passphrase, setPassphrase] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);
  const [forgot, setForgot] = useState(false);

  const submit = async () => {
    if (!passphrase || busy) return;
    setBusy(true);
    setError(undefined);
    try {
      const result = await unlockSourceVault(passphrase);
      if (result.ok) onUnlocked(result.vault);
      else setError(result.reason === 'wrong-passphrase' ? t('options_unlock_wrong') : t('options_unlock_damaged'));
    } catch {
      setError(t('options_unlock_damaged'));
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <form
        className="sl-card"
        aria-labelledby="sl-unlock-heading"
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
      >
        <h2 id="sl-unlock-heading">{t('options_unlock_heading')}</h2>
        <p>{t('options_unlock_intro')}</p>
        {savedAt ? <p className="sl-muted sl-small">{t('options_unlock_saved_at', formatDateTime(savedAt))}</p> : null}
        <TextField
          label={t('options_passphrase')}
          type="password"
          value={passphrase}
          onChange={setPassphrase}
          autoComplete="current-password"
          dir="ltr"
          autoFocus
          error={error}
        />
        <div className="sl-actions">
          <Button type="submit" variant="primary" busy={busy} disabled={!passphrase}>
            {busy ? t('options_unlock_working') : t('options_unlock_submit')}
          </Button>
          <Button variant="quiet" onClick={() => setForgot(true)}>
            {t('options_unlock_forgot')}
          </Button>
        </div>
      </form>
      {forgot ? <ForgotDialog onCancel={() => setForgot(false)} onDeleted={onDeleted} /> : null}
    </>
  );
}

export function ForgotDialog({ onCancel, onDeleted, title }: { onCancel(): void; onDeleted(): void; title?: string }) {
  const keep = useRef<HTMLButtonElement>(null);
  const [sure, setSure] = useState(false);
  return (
    <Dialog title={title ?? t('options_forgot_title')} onClose={onCancel} initialFocus={keep}>
      <p>{t('options_forgot_body')}</p>
      <p>{t('options_forgot_body_2')}</p>
      <Checkbox label={t('options_forgot_sure')} checked={sure} onChange={setSure} />
      <div className="sl-actions">
        <Button ref={keep} variant="primary" onClick={onCancel}>
          {t('options_forgot_keep')}
        </Button>
        <Button
          variant="danger"
          disabled={!sure}
          onClick={async () => {
            await deleteSourceVault();
            onDeleted();
          }}
        >
          {t('options_forgot_delete')}
        </Button>
      </div>
    </Dialog>
  );
}
