import { useId, useState } from 'react';
import { PLATFORMS, type Account, type Platform, type SourceProfile } from '../../lib/profile/source.schema';
import { Button } from '../ui/button';
import { Checkbox, SelectField, TextField } from '../ui/field';
import { t, tn } from '../ui/i18n';
import { Notice } from '../ui/notice';
import type { Commit } from './profile-editor';
import { checkOrganisation, errorFor, lines, type FieldErrors } from './validation';

const DAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
type Day = (typeof DAYS)[number];

interface AccountDraft {
  key: number;
  platform: Platform;
  name: string;
  handle: string;
  phone: string;
}

interface Draft {
  name: string;
  accounts: AccountDraft[];
  publicContacts: string;
  staff: string;
  leadName: string;
  leadEmail: string;
  leadPhone: string;
  policyUrl: string;
  hoursOn: boolean;
  timezone: string;
  days: Day[];
  start: string;
  end: string;
  locale: string;
}

let accountKey = 0;

function toDraft(source: SourceProfile): Draft {
  const o = source.organisation;
  return {
    name: o.name,
    accounts: o.accounts.map((a) => ({
      key: accountKey++,
      platform: a.platform,
      name: a.name ?? '',
      handle: a.handle ?? a.username ?? '',
      phone: a.phone ?? '',
    })),
    publicContacts: o.publicContacts.join('\n'),
    staff: o.staff.join('\n'),
    leadName: o.safeguardingLead?.name ?? '',
    leadEmail: o.safeguardingLead?.email ?? '',
    leadPhone: o.safeguardingLead?.phone ?? '',
    policyUrl: o.policyUrl ?? '',
    hoursOn: !!o.workingHours,
    timezone: o.workingHours?.timezone ?? defaultTimeZone(),
    days: (o.workingHours?.days as Day[] | undefined) ?? ['mon', 'tue', 'wed', 'thu', 'fri'],
    start: o.workingHours?.start ?? '09:00',
    end: o.workingHours?.end ?? '17:00',
    locale: o.locale,
  };
}

function defaultTimeZone(): string {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone || 'Europe/London';
  } catch {
    return 'Europe/London';
  }
}

function fromDraft(d: Draft): unknown {
  const accounts = d.accounts.map((a) => {
    const out: Partial<Account> & { platform: Platform } = { platform: a.platform };
    if (a.name.trim()) out.name = a.name.trim();
    const handle = a.handle.trim().replace(/^@/, '');
    if (handle) {
      if (a.platform === 'facebook') out.username = handle;
      else out.handle = handle;
    }
    if (a.phone.trim()) out.phone = a.phone.trim();
    return out;
  });
  const lead = d.leadName.trim() || d.leadEmail.trim() || d.leadPhone.trim();
  return {
    name: d.name,
    accounts,
    publicContacts: lines(d.publicContacts),
    staff: lines(d.staff),
    ...(lead
      ? {
          safeguardingLead: {
            name: d.leadName,
            ...(d.leadEmail.trim() ? { email: d.leadEmail.trim() } : {}),
            ...(d.leadPhone.trim() ? { phone: d.leadPhone.trim() } : {}),
          },
        }
      : {}),
    ...(d.policyUrl.trim() ? { policyUrl: d.policyUrl.trim() } : {}),
    ...(d.hoursOn ? { workingHours: { timezone: d.timezone.trim(), days: d.days, start: d.start, end: d.end } } : {}),
    locale: d.locale.trim(),
  };
}

/** The organisation: its name, accounts, public contacts and staff, safeguarding lead, policy, hours, locale. */
export function OrganisationForm({ source, commit }: { source: SourceProfile; commit: Commit }) {
  const [draft, setDraft] = useState<Draft>(() => toDraft(source));
  const [errors, setErrors] = useState<FieldErrors>({});
  const [status, setStatus] = useState<'idle' | 'saved' | 'invalid' | 'failed'>('idle');
  const daysId = useId();
  const set = <K extends keyof Draft>(key: K, value: Draft[K]) => {
    setDraft((d) => ({ ...d, [key]: value }));
    setStatus('idle');
  };
  const setAccount = (key: number, patch: Partial<AccountDraft>) =>
    set(
      'accounts',
      draft.accounts.map((a) => (a.key === key ? { ...a, ...patch } : a)),
    );

  const submit = async () => {
    const checked = checkOrganisation(fromDraft(draft));
    if (!checked.ok) {
      setErrors(checked.errors);
      setStatus('invalid');
      return;
    }
    setErrors({});
    const ok = await commit({ ...source, organisation: checked.value });
    setStatus(ok ? 'saved' : 'failed');
  };

  return (
    <form
      noValidate
      aria-labelledby="sl-org-heading"
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <h2 id="sl-org-heading">{t('options_org_heading')}</h2>
      <p className="sl-muted">{t('options_org_intro')}</p>
      {status === 'invalid' ? (
        <Notice tone="error" title={t('options_form_invalid')}>
          <p>{tn('options_form_invalid_detail', Object.keys(errors).length, Object.keys(errors).length)}</p>
        </Notice>
      ) : null}

      <section className="sl-card">
        <TextField label={t('options_org_name')} hint={t('options_org_name_hint')} value={draft.name} onChange={(v) => set('name', v)} required error={errors.name} />
        <TextField
          label={t('options_org_locale')}
          hint={t('options_org_locale_hint')}
          value={draft.locale}
          onChange={(v) => set('locale', v)}
          dir="ltr"
          error={errors.locale}
        />
        <TextField
          label={t('options_org_policy')}
          hint={t('options_org_policy_hint')}
          type="url"
          value={draft.policyUrl}
          onChange={(v) => set('policyUrl', v)}
          dir="ltr"
          error={errors.policyUrl}
        />
      </section>

      <section className="sl-card" aria-labelledby="sl-org-accounts">
        <h3 id="sl-org-accounts">{t('options_org_accounts')}</h3>
        <p className="sl-field__hint">{t('options_org_accounts_hint')}</p>
        {draft.accounts.map((a, i) => (
          <fieldset key={a.key} className="sl-account-row">
            <legend className="sl-visually-hidden">{t('options_org_account_n', i + 1)}</legend>
            <SelectField
              label={t('options_platform')}
              value={a.platform}
              onChange={(v) => setAccount(a.key, { platform: v })}
              options={PLATFORMS.map((p) => ({ value: p, label: t(`options_platform_${p}`) }))}
            />
            <TextField label={t('options_account_name')} value={a.name} onChange={(v) => setAccount(a.key, { name: v })} error={errors[`accounts[${i}]`]} />
            <TextField
              label={t('options_account_handle')}
              value={a.handle}
              onChange={(v) => setAccount(a.key, { handle: v })}
              dir="ltr"
              error={errorFor(errors, `accounts[${i}].handle`) ?? errorFor(errors, `accounts[${i}].username`)}
            />
            <TextField
              label={t('options_account_phone')}
              type="tel"
              value={a.phone}
              onChange={(v) => setAccount(a.key, { phone: v })}
              dir="ltr"
              error={errors[`accounts[${i}].phone`]}
            />
            <div className="sl-field">
              <Button variant="quiet" onClick={() => set('accounts', draft.accounts.filter((x) => x.key !== a.key))}>
                {t('options_account_remove', i + 1)}
              </Button>
            </div>
          </fieldset>
        ))}
        <Button
          onClick={() => set('accounts', [...draft.accounts, { key: accountKey++, platform: 'facebook', name: '', handle: '', phone: '' }])}
        >
          {t('options_account_add')}
        </Button>
      </section>

      <section className="sl-card sl-grid-2" aria-label={t('options_org_public_section')}>
        <TextField
          label={t('options_org_contacts')}
          hint={t('options_org_contacts_hint')}
          multiline
          rows={7}
          value={draft.publicContacts}
          onChange={(v) => set('publicContacts', v)}
          error={errorFor(errors, 'publicContacts')}
        />
        <TextField
          label={t('options_org_staff')}
          hint={t('options_org_staff_hint')}
          multiline
          rows={7}
          value={draft.staff}
          onChange={(v) => set('staff', v)}
          error={errorFor(errors, 'staff')}
        />
      </section>

      <section className="sl-card" aria-labelledby="sl-org-lead">
        <h3 id="sl-org-lead">{t('options_org_lead')}</h3>
        <p className="sl-field__hint">{t('options_org_lead_hint')}</p>
        <div className="sl-row">
          <TextField label={t('options_lead_name')} value={draft.leadName} onChange={(v) => set('leadName', v)} error={errors['safeguardingLead.name']} />
          <TextField
            label={t('options_lead_email')}
            type="email"
            value={draft.leadEmail}
            onChange={(v) => set('leadEmail', v)}
            dir="ltr"
            error={errors['safeguardingLead.email']}
          />
          <TextField
            label={t('options_lead_phone')}
            type="tel"
            value={draft.leadPhone}
            onChange={(v) => set('leadPhone', v)}
            dir="ltr"
            error={errors['safeguardingLead.phone']}
          />
        </div>
      </section>

      <section className="sl-card" aria-labelledby="sl-org-hours">
        <h3 id="sl-org-hours">{t('options_org_hours')}</h3>
        <Checkbox label={t('options_org_hours_on')} hint={t('options_org_hours_hint')} checked={draft.hoursOn} onChange={(v) => set('hoursOn', v)} />
        {draft.hoursOn ? (
          <>
            <fieldset className="sl-radios sl-radios--inline" aria-describedby={errors['workingHours.days'] ? `${daysId}-err` : undefined}>
              <legend className="sl-field__label">{t('options_org_days')}</legend>
              {DAYS.map((day) => (
                <Checkbox
                  key={day}
                  label={t(`options_day_${day}`)}
                  checked={draft.days.includes(day)}
                  onChange={(on) => set('days', on ? DAYS.filter((d) => d === day || draft.days.includes(d)) : draft.days.filter((d) => d !== day))}
                />
              ))}
              {errorFor(errors, 'workingHours.days') ? (
                <p id={`${daysId}-err`} className="sl-field__error">
                  {errorFor(errors, 'workingHours.days')}
                </p>
              ) : null}
            </fieldset>
            <div className="sl-row">
              <TextField label={t('options_org_start')} type="time" value={draft.start} onChange={(v) => set('start', v)} dir="ltr" error={errors['workingHours.start']} />
              <TextField label={t('options_org_end')} type="time" value={draft.end} onChange={(v) => set('end', v)} dir="ltr" error={errors['workingHours.end']} />
              <TextField
                label={t('options_org_timezone')}
                hint={t('options_org_timezone_hint')}
                value={draft.timezone}
                onChange={(v) => set('timezone', v)}
                dir="ltr"
                error={errors['workingHours.timezone']}
              />
            </div>
          </>
        ) : null}
      </section>

      <div className="sl-actions">
        <Button type="submit" variant="primary">
          {t('options_org_save')}
        </Button>
        <span role="status" className="sl-muted">
          {status === 'saved' ? t('options_saved') : status === 'failed' ? t('options_save_failed') : ''}
        </span>
      </div>
    </form>
  );
}
