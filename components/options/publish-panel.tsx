import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import {
  adminConsoleJson,
  FIREFOX_ADDON_ID,
  firefoxPoliciesJson,
  isExtensionId,
  policySize,
  policyValues,
  regBytes,
  windowsRegText,
} from '../../lib/profile/managed-policy';
import type { PublishedProfile } from '../../lib/profile/published.schema';
import { createSigningKey, formatFingerprint, keyFingerprint, PROFILE_FILE_EXTENSION, writeProfileFile, type SigningKeyPair } from '../../lib/profile/signing';
import { installOwnProfile } from '../../lib/storage/active-profile';
import type { VaultContents } from '../../lib/storage/source-store';
import { Button } from '../ui/button';
import { Checkbox, SelectField, TextField } from '../ui/field';
import { downloadFile, safeFileName } from '../ui/download';
import { formatBytes, formatDateTime, formatNumber, t, tn } from '../ui/i18n';
import { Notice } from '../ui/notice';
import { passphrasesOk, PassphraseFields } from './manager-view';

type FileState =
  | { kind: 'idle' }
  | { kind: 'busy' }
  | { kind: 'done'; fileName: string; bytes: number; protected: boolean; publishedAt: string; ms: number }
  | { kind: 'failed' };

/**
 * Two ways out. A signed profile file for volunteers' own browsers (optionally locked with a
 * passphrase), and managed-storage policy for organisation devices (Google Admin console,
 * Windows registry, Firefox policies.json).
 */
export function PublishPanel({
  contents,
  getPublished,
  saveContents,
}: {
  contents: VaultContents;
  getPublished(): Promise<PublishedProfile>;
  saveContents(next: VaultContents): Promise<boolean>;
}) {
  const source = contents.source;
  const [fingerprint, setFingerprint] = useState<string | undefined>();
  const [protect, setProtect] = useState(false);
  const [passphrase, setPassphrase] = useState('');
  const [confirm, setConfirm] = useState('');
  const [triedFile, setTriedFile] = useState(false);
  const [fileState, setFileState] = useState<FileState>({ kind: 'idle' });
  const [installState, setInstallState] = useState<'idle' | 'done' | 'failed'>('idle');

  const runtimeId = safeRuntimeId();
  const [chromeId, setChromeId] = useState(isExtensionId(runtimeId) ? runtimeId : '');
  const [edgeId, setEdgeId] = useState('');
  const [defaultAccount, setDefaultAccount] = useState<'' | 'organisation' | 'personal'>('organisation');
  const [policyState, setPolicyState] = useState<{ kind: 'idle' } | { kind: 'done'; what: string; bytes: number } | { kind: 'failed' }>({ kind: 'idle' });
  const [triedReg, setTriedReg] = useState(false);

  useEffect(() => {
    if (contents.signingKey) void keyFingerprint(contents.signingKey.publicJwk).then(setFingerprint);
  }, [contents.signingKey]);

  const ensureKey = async (): Promise<SigningKeyPair | undefined> => {
    if (contents.signingKey) return contents.signingKey;
    const key = await createSigningKey();
    // Keep the key before anything is signed with it: a file signed by a lost key could never be followed by another.
    const ok = await saveContents({ ...contents, signingKey: key });
    return ok ? key : undefined;
  };

  const publishFile = async () => {
    setTriedFile(true);
    if (protect && !passphrasesOk(passphrase, confirm)) return;
    setFileState({ kind: 'busy' });
    const started = performance.now();
    try {
      const key = await ensureKey();
      if (!key) throw new Error('key not saved');
      const published = await getPublished();
      const text = await writeProfileFile(published, key, protect ? { passphrase } : {});
      const fileName = `${safeFileName(source.organisation.name)}-${published.publishedAt.slice(0, 10)}${PROFILE_FILE_EXTENSION}`;
      downloadFile(fileName, text);
      await saveContents({ ...contents, signingKey: key, lastPublishedAt: published.publishedAt });
      setFileState({
        kind: 'done',
        fileName,
        bytes: new TextEncoder().encode(text).length,
        protected: protect,
        publishedAt: published.publishedAt,
        ms: Math.round(performance.now() - started),
      });
      setPassphrase('');
      setConfirm('');
    } catch {
      setFileState({ kind: 'failed' });
    }
  };

  const installHere = async () => {
    try {
      const key = await ensureKey();
      if (!key) throw new Error('key not saved');
      await installOwnProfile(await getPublished(), key.publicJwk);
      setInstallState('done');
    } catch {
      setInstallState('failed');
    }
  };

  const exportPolicy = async (kind: 'admin' | 'reg' | 'firefox') => {
    if (kind === 'reg') {
      setTriedReg(true);
      if ((!chromeId && !edgeId) || (chromeId && !isExtensionId(chromeId)) || (edgeId && !isExtensionId(edgeId))) return;
    }
    try {
      const published = await getPublished();
      const values = policyValues({ profile: published, ...(defaultAccount ? { defaultAccount } : {}) });
      const base = `${safeFileName(source.organisation.name)}-second-look-policy`;
      if (kind === 'admin') downloadFile(`${base}-admin-console.json`, adminConsoleJson(values));
      else if (kind === 'firefox') downloadFile('policies.json', firefoxPoliciesJson(values));
      else
        downloadFile(
          `${base}.reg`,
          regBytes(windowsRegText(values, { ...(chromeId ? { chromeId } : {}), ...(edgeId ? { edgeId } : {}) })),
          'application/octet-stream',
        );
      setPolicyState({ kind: 'done', what: t(`options_policy_${kind}`), bytes: policySize(values) });
    } catch {
      setPolicyState({ kind: 'failed' });
    }
  };

  const idError = (id: string) => (triedReg && id && !isExtensionId(id) ? t('options_policy_id_invalid') : undefined);

  return (
    <div>
      <h2>{t('options_publish_heading')}</h2>
      <p className="sl-muted">{t('options_publish_intro')}</p>
      <ul className="sl-facts" aria-label={t('options_publish_counts')}>
        <li>
          <strong>{formatNumber(source.people.length)}</strong> {tn('member_count_people', source.people.length)}
        </li>
        <li>
          <strong>{formatNumber(source.places.length)}</strong> {tn('member_count_places', source.places.length)}
        </li>
        <li>
          <strong>{formatNumber(source.terms.length)}</strong> {tn('member_count_terms', source.terms.length)}
        </li>
      </ul>
      <Notice tone="info" title={t('options_limits_title')} live={false}>
        <p>{t('options_limits_body')}</p>
        <p>{t('options_limits_body_2')}</p>
      </Notice>

      <section className="sl-card" aria-labelledby="sl-publish-file">
        <h3 id="sl-publish-file">{t('options_publish_file_heading')}</h3>
        <p>{t('options_publish_file_intro')}</p>
        {contents.lastPublishedAt ? <p className="sl-small sl-muted">{t('options_publish_last', formatDateTime(contents.lastPublishedAt))}</p> : null}
        <p className="sl-small">
          {fingerprint ? (
            <>
              {t('options_publish_key')} <span className="sl-fingerprint">{formatFingerprint(fingerprint)}</span>
              <br />
              <span className="sl-muted">{t('options_publish_key_hint')}</span>
            </>
          ) : (
            <span className="sl-muted">{t('options_publish_key_first')}</span>
          )}
        </p>
        <Checkbox label={t('options_publish_protect')} hint={t('options_publish_protect_hint')} checked={protect} onChange={setProtect} />
        {protect ? (
          <PassphraseFields
            passphrase={passphrase}
            confirm={confirm}
            onPassphrase={setPassphrase}
            onConfirm={setConfirm}
            showErrors={triedFile}
            labels={{ first: t('options_publish_passphrase'), second: t('options_passphrase_again') }}
          />
        ) : null}
        <div className="sl-actions">
          <Button variant="primary" busy={fileState.kind === 'busy'} onClick={() => void publishFile()}>
            {fileState.kind === 'busy' ? t('options_publish_working') : t('options_publish_file_button')}
          </Button>
          <Button onClick={() => void installHere()}>{t('options_publish_install_here')}</Button>
        </div>
        <div role="status">
          {fileState.kind === 'done' ? (
            <Notice tone="success" live={false} title={t('options_publish_done', fileState.fileName)}>
              <p>{t('options_publish_done_detail', [formatBytes(fileState.bytes), formatDateTime(fileState.publishedAt)])}</p>
              {fileState.protected ? <p>{t('options_publish_done_protected')}</p> : null}
              <p>{t('options_publish_done_next')}</p>
            </Notice>
          ) : null}
          {installState === 'done' ? <Notice tone="success" live={false}>{t('options_publish_installed_here')}</Notice> : null}
        </div>
        {fileState.kind === 'failed' || installState === 'failed' ? <Notice tone="error">{t('options_publish_failed')}</Notice> : null}
      </section>

      <section className="sl-card" aria-labelledby="sl-publish-policy">
        <h3 id="sl-publish-policy">{t('options_policy_heading')}</h3>
        <p>{t('options_policy_intro')}</p>
        <SelectField
          label={t('options_policy_default_account')}
          hint={t('options_policy_default_account_hint')}
          value={defaultAccount}
          onChange={setDefaultAccount}
          options={[
            { value: 'organisation', label: t('member_account_organisation') },
            { value: 'personal', label: t('member_account_personal') },
            { value: '', label: t('options_policy_default_account_unset') },
          ]}
        />
        <div className="sl-row">
          <TextField
            label={t('options_policy_chrome_id')}
            hint={t('options_policy_chrome_id_hint')}
            value={chromeId}
            onChange={setChromeId}
            dir="ltr"
            spellCheck={false}
            error={idError(chromeId)}
          />
          <TextField
            label={t('options_policy_edge_id')}
            hint={t('options_policy_edge_id_hint')}
            value={edgeId}
            onChange={setEdgeId}
            dir="ltr"
            spellCheck={false}
            error={idError(edgeId)}
          />
        </div>
        {triedReg && !chromeId && !edgeId ? <Notice tone="error">{t('options_policy_need_id')}</Notice> : null}
        <div className="sl-actions">
          <Button onClick={() => void exportPolicy('admin')}>{t('options_policy_admin')}</Button>
          <Button onClick={() => void exportPolicy('reg')}>{t('options_policy_reg')}</Button>
          <Button onClick={() => void exportPolicy('firefox')}>{t('options_policy_firefox')}</Button>
        </div>
        <p className="sl-small sl-muted">{t('options_policy_firefox_id', FIREFOX_ADDON_ID)}</p>
        <div role="status">
          {policyState.kind === 'done' ? (
            <Notice tone="success" live={false}>
              {t('options_policy_done', [policyState.what, formatBytes(policyState.bytes)])}
            </Notice>
          ) : null}
        </div>
        {policyState.kind === 'failed' ? <Notice tone="error">{t('options_policy_failed')}</Notice> : null}
        <p className="sl-small">{t('options_policy_live')}</p>
      </section>
    </div>
  );
}

function safeRuntimeId(): string {
  try {
    return browser.runtime.id ?? '';
  } catch {
    return '';
  }
}
