import { useEffect, useMemo, useState } from 'react';
import { analyse, compileProfile, type CompiledProfile, type Finding } from '../../lib/analyser';
import type { AccountKind, AnalysisInput, ConnectAction, Surface } from '../../lib/analyser/types';
import type { PublishedProfile } from '../../lib/profile/published.schema';
import { PLATFORMS, type Platform, type SourceProfile } from '../../lib/profile/source.schema';
import { RadioGroup, SelectField, TextField } from '../ui/field';
import { t, tn } from '../ui/i18n';
import { Notice } from '../ui/notice';
import { ruleStem } from './rules-editor';

const SURFACES: readonly Surface[] = ['post', 'comment', 'reply', 'message', 'connect'];
const ACTIONS: readonly ConnectAction[] = ['add-friend', 'accept-friend', 'follow', 'message'];

/**
 * "Try a draft": the manager types a post as a volunteer would and sees what Second Look would
 * say. It runs on the *published* profile (the same path volunteers run), so the explanations
 * read "someone on your organisation's register", never the name.
 */
export function TryDraft({ source, getPublished }: { source: SourceProfile; getPublished(): Promise<PublishedProfile> }) {
  const [compiled, setCompiled] = useState<CompiledProfile | undefined>();
  const [failed, setFailed] = useState(false);
  const [text, setText] = useState('');
  const [platform, setPlatform] = useState<Platform>('facebook');
  const [account, setAccount] = useState<AccountKind>('organisation');
  const [surface, setSurface] = useState<Surface>('post');
  const [action, setAction] = useState<ConnectAction>('add-friend');
  const [recipientName, setRecipientName] = useState('');
  const [recipientHandle, setRecipientHandle] = useState('');
  const [recipientPhone, setRecipientPhone] = useState('');
  const [debounced, setDebounced] = useState('');

  useEffect(() => {
    let live = true;
    setCompiled(undefined);
    getPublished()
      .then((published) => live && setCompiled(compileProfile(published)))
      .catch(() => live && setFailed(true));
    return () => {
      live = false;
    };
  }, [getPublished]);

  useEffect(() => {
    const timer = setTimeout(() => setDebounced(text), 250);
    return () => clearTimeout(timer);
  }, [text]);

  const needsRecipient = surface === 'message' || surface === 'connect';
  const input: AnalysisInput = useMemo(
    () => ({
      text: debounced,
      platform,
      surface,
      account,
      ...(surface === 'connect' ? { action } : {}),
      ...(needsRecipient && (recipientName || recipientHandle || recipientPhone)
        ? {
            recipient: {
              ...(recipientName.trim() ? { name: recipientName.trim() } : {}),
              ...(recipientHandle.trim() ? { handle: recipientHandle.trim().replace(/^@/, '') } : {}),
              ...(recipientPhone.trim() ? { phone: recipientPhone.trim() } : {}),
            },
          }
        : {}),
    }),
    [debounced, platform, surface, account, action, needsRecipient, recipientName, recipientHandle, recipientPhone],
  );

  const findings: Finding[] = useMemo(() => {
    if (!compiled) return [];
    if (!input.text.trim() && surface !== 'connect') return [];
    try {
      return analyse(input, compiled);
    } catch {
      return [];
    }
  }, [compiled, input, surface]);

  const ready = !!compiled;
  const blocked = findings.filter((f) => f.severity === 'block').length;
  const checked = ready && (input.text.trim() !== '' || surface === 'connect');

  return (
    <div>
      <h2>{t('options_try_heading')}</h2>
      <p className="sl-muted">{t('options_try_intro', source.organisation.name)}</p>
      {failed ? <Notice tone="error">{t('options_try_failed')}</Notice> : null}
      {!ready && !failed ? <p role="status">{t('options_try_preparing')}</p> : null}

      <div className="sl-row">
        <SelectField
          label={t('options_platform')}
          value={platform}
          onChange={setPlatform}
          options={PLATFORMS.map((p) => ({ value: p, label: t(`options_platform_${p}`) }))}
        />
        <SelectField label={t('options_try_surface')} value={surface} onChange={setSurface} options={SURFACES.map((s) => ({ value: s, label: t(`options_surface_${s}`) }))} />
        {surface === 'connect' ? (
          <SelectField
            label={t('options_try_action')}
            value={action}
            onChange={setAction}
            options={ACTIONS.map((a) => ({ value: a, label: t(`options_action_${a.replace(/-/g, '_')}`) }))}
          />
        ) : null}
      </div>
      <RadioGroup
        legend={t('options_try_account')}
        name="try-account"
        inline
        value={account}
        onChange={setAccount}
        options={[
          { value: 'organisation', label: t('member_account_organisation') },
          { value: 'personal', label: t('member_account_personal') },
        ]}
      />
      {needsRecipient ? (
        <fieldset className="sl-row" style={{ border: 0, padding: 0, margin: 0 }}>
          <legend className="sl-field__label">{t('options_try_recipient')}</legend>
          <TextField label={t('options_try_recipient_name')} value={recipientName} onChange={setRecipientName} />
          <TextField label={t('options_account_handle')} value={recipientHandle} onChange={setRecipientHandle} dir="ltr" />
          <TextField label={t('options_account_phone')} type="tel" value={recipientPhone} onChange={setRecipientPhone} dir="ltr" />
        </fieldset>
      ) : null}
      <TextField label={t('options_try_draft')} hint={t('options_try_draft_hint')} multiline rows={5} value={text} onChange={setText} spellCheck={false} />

      <section aria-labelledby="sl-try-results" className="sl-card">
        <h3 id="sl-try-results">{t('options_try_results')}</h3>
        <p role="status">
          {!checked
            ? t('options_try_waiting')
            : findings.length === 0
              ? t('options_try_none')
              : `${tn('options_try_count', findings.length, findings.length)}${blocked ? ` ${tn('options_try_blocked', blocked, blocked)}` : ''}`}
        </p>
        {checked && findings.some((f) => f.start !== undefined) ? (
          <>
            <h4 className="sl-small">{t('options_try_marked')}</h4>
            <p className="sl-preview" dir="auto">
              <MarkedText text={input.text} findings={findings} />
            </p>
          </>
        ) : null}
        {findings.length ? (
          <ul className="sl-list-plain sl-findings">
            {findings.map((f, i) => (
              <li key={i} className={`sl-finding--${f.severity}`}>
                <p style={{ marginBlockEnd: 4 }}>
                  <span className={`sl-tag sl-tag--${f.severity}`}>{t(f.severity === 'block' ? 'options_try_blocks' : 'options_try_warns')}</span>{' '}
                  <strong>{t(`options_rule_${ruleStem(f.rule)}_name`)}</strong>
                  {f.start !== undefined && f.end !== undefined ? (
                    <>
                      {' '}
                      <span className="sl-muted">
                        — “<span dir="auto">{input.text.slice(f.start, f.end)}</span>”
                      </span>
                    </>
                  ) : null}
                </p>
                <p style={{ marginBlockEnd: f.suggestion ? 4 : 0 }}>{f.explanation}</p>
                {f.suggestion ? <p className="sl-small" style={{ margin: 0 }}>{t('options_try_suggestion', f.suggestion)}</p> : null}
              </li>
            ))}
          </ul>
        ) : null}
      </section>
    </div>
  );
}

function MarkedText({ text, findings }: { text: string; findings: Finding[] }) {
  const spans = findings
    .filter((f) => f.start !== undefined && f.end !== undefined && f.end > f.start)
    .sort((a, b) => a.start! - b.start!);
  const parts: React.ReactNode[] = [];
  let at = 0;
  spans.forEach((f, i) => {
    if (f.start! < at) return;
    if (f.start! > at) parts.push(text.slice(at, f.start));
    parts.push(
      <mark key={i} className={`sl-mark sl-mark--${f.severity}`}>
        {text.slice(f.start, f.end)}
        <span className="sl-visually-hidden"> ({t(`options_rule_${ruleStem(f.rule)}_name`)})</span>
      </mark>,
    );
    at = f.end!;
  });
  if (at < text.length) parts.push(text.slice(at));
  return <>{parts}</>;
}
