import { useId, useRef, useState } from 'react';
import { RULE_IDS, type RuleId } from '../../lib/profile/rule-ids';
import type { SourcePlace, SourceProfile, SourceTerm } from '../../lib/profile/source.schema';
import { Button } from '../ui/button';
import { Dialog } from '../ui/dialog';
import { SelectField, TextField } from '../ui/field';
import { t } from '../ui/i18n';
import { RecordTable } from './record-table';
import { useRecordEditing } from './use-record-editing';
import { Notice } from '../ui/notice';
import type { Commit } from './profile-editor';
import { ruleStem } from './rules-editor';
import { checkPlace, checkTerm, errorFor, lines, type FieldErrors } from './validation';

const PLACE_KINDS = ['refuge', 'safe-house', 'home', 'school', 'venue', 'office'];

function nextPlaceId(places: readonly SourcePlace[]): string {
  const ids = new Set(places.map((p) => p.id));
  for (let n = places.length + 1; ; n++) {
    const id = `pl-${String(n).padStart(2, '0')}`;
    if (!ids.has(id)) return id;
  }
}

/** Confidential places: refuges, safe houses, schools, venues. Name, kind, address, other names. */
export function PlacesEditor({ source, commit }: { source: SourceProfile; commit: Commit }) {
  const { editing, setEditing, removing, setRemoving, message, save } = useRecordEditing<'places', { place?: SourcePlace }, SourcePlace>(
    source,
    commit,
    'places',
  );

  return (
    <div>
      <h2>{t('options_places_heading')}</h2>
      <p className="sl-muted">{t('options_places_intro')}</p>
      <div className="sl-actions" style={{ marginBlock: '0 16px' }}>
        <Button variant="primary" onClick={() => setEditing({})}>
          {t('options_places_add')}
        </Button>
      </div>
      <div role="status">{message ? <Notice tone="success" live={false}>{message}</Notice> : null}</div>
      <RecordTable
        caption={t('options_places_heading')}
        columns={[t('options_place_name'), t('options_place_kind'), t('options_place_address'), t('options_place_aliases')]}
        empty={t('options_places_empty')}
        isEmpty={source.places.length === 0}
      >
        <tbody>
          {source.places.map((p) => (
            <tr key={p.id}>
              <th scope="row" dir="auto">
                {p.name}
              </th>
              <td>{p.kind}</td>
              <td dir="auto">{p.address ?? '—'}</td>
              <td dir="auto">{p.aliases.join(' · ') || '—'}</td>
              <td className="sl-cell-actions">
                <Button variant="quiet" onClick={() => setEditing({ place: p })} aria-label={t('options_edit_named', p.name)}>
                  {t('options_edit')}
                </Button>
                <Button variant="quiet" onClick={() => setRemoving(p)} aria-label={t('options_remove_named', p.name)}>
                  {t('options_remove')}
                </Button>
              </td>
            </tr>
          ))}
        </tbody>
      </RecordTable>
      {editing ? (
        <PlaceForm
          source={source}
          place={editing.place}
          onCancel={() => setEditing(undefined)}
          onSave={(place) =>
            save(
              editing.place ? source.places.map((p) => (p.id === place.id ? place : p)) : [...source.places, place],
              t('options_place_saved', place.name),
            )
          }
        />
      ) : null}
      {removing ? (
        <ConfirmDialog
          title={t('options_place_remove_title')}
          body={t('options_place_remove_body', removing.name)}
          onCancel={() => setRemoving(undefined)}
          onConfirm={() => void save(source.places.filter((p) => p.id !== removing.id), t('options_place_removed', removing.name))}
        />
      ) : null}
    </div>
  );
}

function PlaceForm({
  source,
  place,
  onSave,
  onCancel,
}: {
  source: SourceProfile;
  place?: SourcePlace;
  onSave(place: SourcePlace): Promise<boolean>;
  onCancel(): void;
}) {
  const listId = useId();
  const [name, setName] = useState(place?.name ?? '');
  const [kind, setKind] = useState(place?.kind ?? '');
  const [address, setAddress] = useState(place?.address ?? '');
  const [aliases, setAliases] = useState(place?.aliases.join('\n') ?? '');
  const [errors, setErrors] = useState<FieldErrors>({});
  return (
    <Dialog title={place ? t('options_place_edit_title') : t('options_place_add_title')} onClose={onCancel}>
      <form
        noValidate
        onSubmit={async (e) => {
          e.preventDefault();
          const checked = checkPlace(
            {
              id: place?.id ?? nextPlaceId(source.places),
              name,
              kind,
              ...(address.trim() ? { address: address.trim() } : {}),
              aliases: lines(aliases),
            },
            source.organisation,
          );
          if (!checked.ok) return setErrors(checked.errors);
          await onSave(checked.value);
        }}
      >
        <TextField label={t('options_place_name')} value={name} onChange={setName} required error={errors.name} autoFocus />
        <TextField label={t('options_place_kind')} hint={t('options_place_kind_hint')} value={kind} onChange={setKind} list={listId} required error={errors.kind} />
        <datalist id={listId}>
          {PLACE_KINDS.map((k) => (
            <option key={k} value={k} />
          ))}
        </datalist>
        <TextField label={t('options_place_address')} hint={t('options_place_address_hint')} value={address} onChange={setAddress} error={errors.address} />
        <TextField
          label={t('options_place_aliases')}
          hint={t('options_place_aliases_hint')}
          multiline
          value={aliases}
          onChange={setAliases}
          error={errorFor(errors, 'aliases')}
        />
        <div className="sl-actions">
          <Button type="submit" variant="primary">
            {place ? t('options_save') : t('options_places_add')}
          </Button>
          <Button variant="quiet" onClick={onCancel}>
            {t('options_cancel')}
          </Button>
        </div>
      </form>
    </Dialog>
  );
}

/** Other confidential words: the names of schemes, groups, code words. Each can raise a chosen rule. */
export function TermsEditor({ source, commit }: { source: SourceProfile; commit: Commit }) {
  const { editing, setEditing, removing, setRemoving, message, save } = useRecordEditing<'terms', { index?: number }, number>(
    source,
    commit,
    'terms',
  );
  const editingTerm = editing?.index !== undefined ? source.terms[editing.index] : undefined;
  const removingTerm = removing !== undefined ? source.terms[removing] : undefined;

  return (
    <div>
      <h2>{t('options_terms_heading')}</h2>
      <p className="sl-muted">{t('options_terms_intro')}</p>
      <div className="sl-actions" style={{ marginBlock: '0 16px' }}>
        <Button variant="primary" onClick={() => setEditing({})}>
          {t('options_terms_add')}
        </Button>
      </div>
      <div role="status">{message ? <Notice tone="success" live={false}>{message}</Notice> : null}</div>
      <RecordTable
        caption={t('options_terms_heading')}
        columns={[t('options_term_text'), t('options_term_reason'), t('options_term_rule')]}
        empty={t('options_terms_empty')}
        isEmpty={source.terms.length === 0}
      >
        <tbody>
          {source.terms.map((term, i) => (
            <tr key={`${term.text}-${i}`}>
              <th scope="row" dir="auto">
                {term.text}
              </th>
              <td dir="auto">{term.reason || '—'}</td>
              <td>{t(`options_rule_${ruleStem(term.rule ?? 'confidential-term')}_name`)}</td>
              <td className="sl-cell-actions">
                <Button variant="quiet" onClick={() => setEditing({ index: i })} aria-label={t('options_edit_named', term.text)}>
                  {t('options_edit')}
                </Button>
                <Button variant="quiet" onClick={() => setRemoving(i)} aria-label={t('options_remove_named', term.text)}>
                  {t('options_remove')}
                </Button>
              </td>
            </tr>
          ))}
        </tbody>
      </RecordTable>
      {editing ? (
        <TermForm
          source={source}
          term={editingTerm}
          onCancel={() => setEditing(undefined)}
          onSave={(term) =>
            save(
              editing.index !== undefined ? source.terms.map((x, i) => (i === editing.index ? term : x)) : [...source.terms, term],
              t('options_term_saved', term.text),
            )
          }
        />
      ) : null}
      {removingTerm ? (
        <ConfirmDialog
          title={t('options_term_remove_title')}
          body={t('options_term_remove_body', removingTerm.text)}
          onCancel={() => setRemoving(undefined)}
          onConfirm={() => void save(source.terms.filter((_, i) => i !== removing), t('options_term_removed', removingTerm.text))}
        />
      ) : null}
    </div>
  );
}

function TermForm({
  source,
  term,
  onSave,
  onCancel,
}: {
  source: SourceProfile;
  term?: SourceTerm;
  onSave(term: SourceTerm): Promise<boolean>;
  onCancel(): void;
}) {
  const [text, setText] = useState(term?.text ?? '');
  const [reason, setReason] = useState(term?.reason ?? '');
  const [rule, setRule] = useState<RuleId>(term?.rule ?? 'confidential-term');
  const [errors, setErrors] = useState<FieldErrors>({});
  return (
    <Dialog title={term ? t('options_term_edit_title') : t('options_term_add_title')} onClose={onCancel}>
      <form
        noValidate
        onSubmit={async (e) => {
          e.preventDefault();
          const checked = checkTerm(
            { text, ...(reason.trim() ? { reason: reason.trim() } : {}), ...(rule !== 'confidential-term' ? { rule } : {}) },
            source.organisation,
          );
          if (!checked.ok) return setErrors(checked.errors);
          await onSave(checked.value);
        }}
      >
        <TextField label={t('options_term_text')} hint={t('options_term_text_hint')} value={text} onChange={setText} required error={errors.text} autoFocus />
        <TextField label={t('options_term_reason')} hint={t('options_term_reason_hint')} value={reason} onChange={setReason} error={errors.reason} />
        <SelectField
          label={t('options_term_rule')}
          hint={t('options_term_rule_hint')}
          value={rule}
          onChange={setRule}
          options={RULE_IDS.map((id) => ({ value: id, label: t(`options_rule_${ruleStem(id)}_name`) }))}
        />
        <div className="sl-actions">
          <Button type="submit" variant="primary">
            {term ? t('options_save') : t('options_terms_add')}
          </Button>
          <Button variant="quiet" onClick={onCancel}>
            {t('options_cancel')}
          </Button>
        </div>
      </form>
    </Dialog>
  );
}

export function ConfirmDialog({ title, body, onCancel, onConfirm }: { title: string; body: string; onCancel(): void; onConfirm(): void }) {
  const keep = useRef<HTMLButtonElement>(null);
  return (
    <Dialog title={title} onClose={onCancel} initialFocus={keep}>
      <p dir="auto">{body}</p>
      <div className="sl-actions">
        <Button ref={keep} variant="primary" onClick={onCancel}>
          {t('options_keep')}
        </Button>
        <Button variant="danger" onClick={onConfirm}>
          {t('options_remove')}
        </Button>
      </div>
    </Dialog>
  );
}
