import { useId, useState } from 'react';
import { PLATFORMS, personKinds, type Account, type Platform, type SourcePerson, type SourceProfile } from '../../lib/profile/source.schema';
import { Button } from '../ui/button';
import { Dialog } from '../ui/dialog';
import { RadioGroup, SelectField, TextField } from '../ui/field';
import { t, tn } from '../ui/i18n';
import { Notice } from '../ui/notice';
import { checkPerson, errorFor, lines, type FieldErrors } from './validation';

interface ProfileDraft {
  key: number;
  platform: Platform;
  name: string;
  handle: string;
  phone: string;
}

let profileKey = 0;

/** The next free id of the form p-001, p-002, … */
export function nextPersonId(people: readonly Pick<SourcePerson, 'id'>[]): string {
  const ids = new Set(people.map((p) => p.id));
  for (let n = people.length + 1; ; n++) {
    const id = `p-${String(n).padStart(3, '0')}`;
    if (!ids.has(id)) return id;
  }
}

/**
 * Add or edit one person on the register. Checked with the profile's own schema before it is
 * accepted; every problem is shown beside its field.
 */
export function PersonForm({
  source,
  person,
  onSave,
  onCancel,
}: {
  source: SourceProfile;
  person?: SourcePerson;
  onSave(person: SourcePerson): Promise<boolean>;
  onCancel(): void;
}) {
  const listId = useId();
  const [name, setName] = useState(person?.name ?? '');
  const [aliases, setAliases] = useState(person?.aliases.join('\n') ?? '');
  const [kind, setKind] = useState<SourcePerson['kind']>(person?.kind ?? 'client');
  const [birthDate, setBirthDate] = useState(person?.birthDate ?? '');
  const [household, setHousehold] = useState(person?.household ?? '');
  const [phones, setPhones] = useState(person?.phones.join('\n') ?? '');
  const [emails, setEmails] = useState(person?.emails.join('\n') ?? '');
  const [profiles, setProfiles] = useState<ProfileDraft[]>(
    () =>
      person?.profiles.map((p) => ({
        key: profileKey++,
        platform: p.platform,
        name: p.name ?? '',
        handle: p.handle ?? p.username ?? '',
        phone: p.phone ?? '',
      })) ?? [],
  );
  const [errors, setErrors] = useState<FieldErrors>({});
  const [failed, setFailed] = useState(false);
  const households = [...new Set(source.people.map((p) => p.household).filter((h): h is string => !!h))].sort();

  const id = person?.id ?? nextPersonId(source.people);

  const submit = async () => {
    const candidate = {
      id,
      name,
      aliases: lines(aliases),
      kind,
      ...(birthDate ? { birthDate } : {}),
      ...(household.trim() ? { household: household.trim() } : {}),
      phones: lines(phones),
      emails: lines(emails),
      profiles: profiles.map((p) => {
        const out: Partial<Account> & { platform: Platform } = { platform: p.platform };
        if (p.name.trim()) out.name = p.name.trim();
        const handle = p.handle.trim().replace(/^@/, '');
        if (handle) {
          if (p.platform === 'facebook') out.username = handle;
          else out.handle = handle;
        }
        if (p.phone.trim()) out.phone = p.phone.trim();
        return out;
      }),
    };
    const checked = checkPerson(candidate, source.organisation);
    const next: FieldErrors = checked.ok ? {} : { ...checked.errors };
    if (birthDate && birthDate > new Date().toISOString().slice(0, 10)) next.birthDate ??= t('options_person_birth_future');
    if (Object.keys(next).length || !checked.ok) {
      setErrors(next);
      return;
    }
    const ok = await onSave(checked.value);
    setFailed(!ok);
  };

  return (
    <Dialog title={person ? t('options_person_edit_title') : t('options_person_add_title')} onClose={onCancel} className="sl-dialog--wide">
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
      >
        {Object.keys(errors).length ? <Notice tone="error">{tn('options_form_invalid_detail', Object.keys(errors).length, Object.keys(errors).length)}</Notice> : null}
        <div className="sl-grid-2">
          <TextField label={t('options_person_name')} hint={t('options_person_name_hint')} value={name} onChange={setName} required error={errors.name} autoFocus />
          <TextField
            label={t('options_person_aliases')}
            hint={t('options_person_aliases_hint')}
            multiline
            rows={3}
            value={aliases}
            onChange={setAliases}
            error={errorFor(errors, 'aliases')}
          />
        </div>
        <RadioGroup
          legend={t('options_person_kind')}
          name="kind"
          inline
          value={kind}
          onChange={setKind}
          options={personKinds.map((k) => ({ value: k, label: t(`options_kind_${k}`) }))}
        />
        <div className="sl-grid-2">
          <TextField
            label={t('options_person_birth')}
            hint={t('options_person_birth_hint')}
            type="date"
            value={birthDate}
            onChange={setBirthDate}
            dir="ltr"
            error={errors.birthDate}
          />
          <TextField
            label={t('options_person_household')}
            hint={t('options_person_household_hint')}
            value={household}
            onChange={setHousehold}
            list={listId}
            error={errors.household}
          />
          <datalist id={listId}>
            {households.map((h) => (
              <option key={h} value={h} />
            ))}
          </datalist>
          <TextField
            label={t('options_person_phones')}
            hint={t('options_one_per_line')}
            multiline
            rows={2}
            value={phones}
            onChange={setPhones}
            dir="ltr"
            error={errorFor(errors, 'phones')}
          />
          <TextField
            label={t('options_person_emails')}
            hint={t('options_one_per_line')}
            multiline
            rows={2}
            value={emails}
            onChange={setEmails}
            dir="ltr"
            error={errorFor(errors, 'emails')}
          />
        </div>

        <fieldset style={{ border: 0, padding: 0, margin: '0 0 12px' }}>
          <legend className="sl-field__label">{t('options_person_profiles')}</legend>
          <p className="sl-field__hint">{t('options_person_profiles_hint')}</p>
          {profiles.map((p, i) => (
            <fieldset key={p.key} className="sl-account-row">
              <legend className="sl-visually-hidden">{t('options_person_profile_n', i + 1)}</legend>
              <SelectField
                label={t('options_platform')}
                value={p.platform}
                onChange={(v) => setProfiles(profiles.map((x) => (x.key === p.key ? { ...x, platform: v } : x)))}
                options={PLATFORMS.map((pl) => ({ value: pl, label: t(`options_platform_${pl}`) }))}
              />
              <TextField
                label={t('options_account_name')}
                value={p.name}
                onChange={(v) => setProfiles(profiles.map((x) => (x.key === p.key ? { ...x, name: v } : x)))}
                error={errors[`profiles[${i}]`]}
              />
              <TextField
                label={t('options_account_handle')}
                value={p.handle}
                dir="ltr"
                onChange={(v) => setProfiles(profiles.map((x) => (x.key === p.key ? { ...x, handle: v } : x)))}
              />
              <TextField
                label={t('options_account_phone')}
                type="tel"
                value={p.phone}
                dir="ltr"
                onChange={(v) => setProfiles(profiles.map((x) => (x.key === p.key ? { ...x, phone: v } : x)))}
                error={errors[`profiles[${i}].phone`]}
              />
              <div className="sl-field">
                <Button variant="quiet" onClick={() => setProfiles(profiles.filter((x) => x.key !== p.key))}>
                  {t('options_account_remove', i + 1)}
                </Button>
              </div>
            </fieldset>
          ))}
          <Button onClick={() => setProfiles([...profiles, { key: profileKey++, platform: 'facebook', name: '', handle: '', phone: '' }])}>
            {t('options_person_profile_add')}
          </Button>
        </fieldset>

        {failed ? <Notice tone="error">{t('options_save_failed')}</Notice> : null}
        <div className="sl-actions">
          <Button type="submit" variant="primary">
            {person ? t('options_person_save') : t('options_person_add')}
          </Button>
          <Button variant="quiet" onClick={onCancel}>
            {t('options_cancel')}
          </Button>
        </div>
      </form>
    </Dialog>
  );
}
