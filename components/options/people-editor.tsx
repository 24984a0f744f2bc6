import { useMemo, useRef, useState } from 'react';
import { exportPeopleCsv } from '../../lib/profile/csv';
import type { SourcePerson, SourceProfile } from '../../lib/profile/source.schema';
import { Button } from '../ui/button';
import { Dialog } from '../ui/dialog';
import { downloadFile, safeFileName } from '../ui/download';
import { TextField } from '../ui/field';
import { formatDate, formatNumber, t, tn } from '../ui/i18n';
import { RecordTable } from './record-table';
import { useRecordEditing } from './use-record-editing';
import { Notice } from '../ui/notice';
import { CsvImport } from './csv-import';
import { PersonForm } from './person-form';
import type { Commit } from './profile-editor';
import { ageOn, fold, isChild } from './validation';

const PAGE = 200;

type Editing = { mode: 'add' } | { mode: 'edit'; person: SourcePerson } | { mode: 'remove'; person: SourcePerson } | { mode: 'import' } | { mode: 'export' };

/**
 * The register: a searchable table, households grouped together, children marked (by kind or by
 * a birth date under 18 years ago). Add, edit and remove people one by one, import a CSV (with a
 * mapping step and a row-by-row report) or export one.
 */
export function PeopleEditor({ source, commit }: { source: SourceProfile; commit: Commit }) {
  const [query, setQuery] = useState('');
  const [limit, setLimit] = useState(PAGE);
  const { editing, setEditing, message, save } = useRecordEditing<'people', Editing>(source, commit, 'people');
  const today = new Date().toISOString().slice(0, 10);

  const matches = useMemo(() => {
    const q = fold(query.trim());
    if (!q) return source.people;
    return source.people.filter((p) =>
      [p.name, p.id, p.household ?? '', ...p.aliases, ...p.phones, ...p.emails, ...p.profiles.flatMap((a) => [a.name, a.handle, a.username, a.phone])]
        .filter((v): v is string => !!v)
        .some((v) => fold(v).includes(q)),
    );
  }, [source.people, query]);

  const groups = useMemo(() => groupByHousehold(matches.slice(0, limit)), [matches, limit]);
  const households = new Set(source.people.map((p) => p.household).filter(Boolean)).size;
  const children = source.people.filter((p) => isChild(p, today)).length;

  return (
    <div>
      <h2>{t('options_people_heading')}</h2>
      <p className="sl-muted">{t('options_people_intro')}</p>
      <ul className="sl-facts" aria-label={t('options_people_counts')}>
        <li>
          <strong>{formatNumber(source.people.length)}</strong> {tn('member_count_people', source.people.length)}
        </li>
        <li>
          <strong>{formatNumber(households)}</strong> {tn('member_count_households', households)}
        </li>
        <li>
          <strong>{formatNumber(children)}</strong> {tn('member_count_children', children)}
        </li>
      </ul>
      <div className="sl-actions" style={{ marginBlock: '0 16px' }}>
        <Button variant="primary" onClick={() => setEditing({ mode: 'add' })}>
          {t('options_people_add')}
        </Button>
        <Button onClick={() => setEditing({ mode: 'import' })}>{t('options_people_import')}</Button>
        <Button onClick={() => setEditing({ mode: 'export' })} disabled={!source.people.length}>
          {t('options_people_export')}
        </Button>
      </div>
      <div role="status">{message ? <Notice tone="success" live={false}>{message}</Notice> : null}</div>

      <TextField
        type="search"
        label={t('options_people_search')}
        hint={t('options_people_search_hint')}
        value={query}
        onChange={(v) => {
          setQuery(v);
          setLimit(PAGE);
        }}
      />
      <p role="status" className="sl-small sl-muted">
        {query.trim() ? t('options_people_found', [formatNumber(matches.length), formatNumber(source.people.length)]) : ''}
      </p>

      <RecordTable
        caption={t('options_people_caption')}
        columns={[t('options_person_name'), t('options_person_kind'), t('options_person_birth'), t('options_people_col_contact')]}
        empty={t('options_people_empty')}
        isEmpty={source.people.length === 0}
      >
        {groups.map((group) => (
          <tbody key={group.household ?? '(none)'}>
            <tr>
              <th scope="rowgroup" colSpan={5}>
                {group.household
                  ? t('options_people_household', [group.household, tn('options_count_people', group.people.length, formatNumber(group.people.length))])
                  : t('options_people_no_household', tn('options_count_people', group.people.length, formatNumber(group.people.length)))}
              </th>
            </tr>
            {group.people.map((p) => {
              const child = isChild(p, today);
              const age = ageOn(p.birthDate, today);
              return (
                <tr key={p.id}>
                  <th scope="row" style={{ fontWeight: 'normal' }}>
                    <span dir="auto" style={{ fontWeight: 600 }}>
                      {p.name}
                    </span>
                    {p.aliases.length ? (
                      <>
                        <br />
                        <span className="sl-small sl-muted" dir="auto">
                          {p.aliases.join(' · ')}
                        </span>
                      </>
                    ) : null}
                  </th>
                  <td>
                    <span className="sl-tag">{t(`options_kind_${p.kind}`)}</span>
                    {child ? <span className="sl-tag sl-tag--child">{t('options_people_child_tag')}</span> : null}
                  </td>
                  <td>
                    {p.birthDate ? formatDate(p.birthDate) : '—'}
                    {age !== undefined && age < 18 ? <span className="sl-small sl-muted"> ({t('options_people_age', age)})</span> : null}
                  </td>
                  <td className="sl-small">{contactSummary(p)}</td>
                  <td className="sl-cell-actions">
                    <Button variant="quiet" onClick={() => setEditing({ mode: 'edit', person: p })} aria-label={t('options_edit_named', p.name)}>
                      {t('options_edit')}
                    </Button>
                    <Button variant="quiet" onClick={() => setEditing({ mode: 'remove', person: p })} aria-label={t('options_remove_named', p.name)}>
                      {t('options_remove')}
                    </Button>
                  </td>
                </tr>
              );
            })}
          </tbody>
        ))}
      </RecordTable>
      {matches.length > limit ? (
        <div className="sl-actions">
          <Button onClick={() => setLimit(limit + PAGE)}>{t('options_people_more', formatNumber(Math.min(PAGE, matches.length - limit)))}</Button>
          <span className="sl-muted sl-small">{t('options_people_showing', [formatNumber(limit), formatNumber(matches.length)])}</span>
        </div>
      ) : null}

      {editing?.mode === 'add' ? (
        <PersonForm
          source={source}
          onCancel={() => setEditing(undefined)}
          onSave={(person) => save([...source.people, person], t('options_person_added', person.name))}
        />
      ) : null}
      {editing?.mode === 'edit' ? (
        <PersonForm
          source={source}
          person={editing.person}
          onCancel={() => setEditing(undefined)}
          onSave={(person) =>
            save(
              source.people.map((p) => (p.id === person.id ? person : p)),
              t('options_person_saved', person.name),
            )
          }
        />
      ) : null}
      {editing?.mode === 'remove' ? (
        <ConfirmRemove
          name={editing.person.name}
          onCancel={() => setEditing(undefined)}
          onConfirm={() =>
            void save(
              source.people.filter((p) => p.id !== editing.person.id),
              t('options_person_removed', editing.person.name),
            )
          }
        />
      ) : null}
      {editing?.mode === 'import' ? (
        <CsvImport
          source={source}
          onCancel={() => setEditing(undefined)}
          onImport={(people) => save([...source.people, ...people], tn('options_csv_imported', people.length, formatNumber(people.length)))}
        />
      ) : null}
      {editing?.mode === 'export' ? (
        <ExportDialog
          count={source.people.length}
          onCancel={() => setEditing(undefined)}
          onExport={() => {
            downloadFile(`${safeFileName(source.organisation.name)}-register-${today}.csv`, exportPeopleCsv(source.people), 'text/csv;charset=utf-8');
            setEditing(undefined);
          }}
        />
      ) : null}
    </div>
  );
}

function contactSummary(p: SourcePerson): string {
  const parts: string[] = [];
  if (p.phones.length) parts.push(tn('options_people_phones', p.phones.length, p.phones.length));
  if (p.emails.length) parts.push(tn('options_people_emails', p.emails.length, p.emails.length));
  if (p.profiles.length) parts.push(tn('options_people_accounts', p.profiles.length, p.profiles.length));
  return parts.join(', ') || '—';
}

export function groupByHousehold(people: readonly SourcePerson[]): { household?: string; people: SourcePerson[] }[] {
  const map = new Map<string, SourcePerson[]>();
  const alone: SourcePerson[] = [];
  for (const p of people) {
    if (p.household) {
      const list = map.get(p.household) ?? [];
      list.push(p);
      map.set(p.household, list);
    } else alone.push(p);
  }
  const groups: { household?: string; people: SourcePerson[] }[] = [...map.keys()]
    .sort((a, b) => a.localeCompare(b, undefined, { numeric: true }))
    .map((household) => ({ household, people: map.get(household)! }));
  if (alone.length) groups.push({ people: alone });
  return groups;
}

function ConfirmRemove({ name, onCancel, onConfirm }: { name: string; onCancel(): void; onConfirm(): void }) {
  const keep = useRef<HTMLButtonElement>(null);
  return (
    <Dialog title={t('options_person_remove_title')} onClose={onCancel} initialFocus={keep}>
      <p dir="auto">{t('options_person_remove_body', name)}</p>
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

function ExportDialog({ count, onCancel, onExport }: { count: number; onCancel(): void; onExport(): void }) {
  const cancel = useRef<HTMLButtonElement>(null);
  return (
    <Dialog title={t('options_people_export')} onClose={onCancel} initialFocus={cancel}>
      <p>{t('options_export_intro', tn('options_count_people', count, formatNumber(count)))}</p>
      <Notice tone="warning" live={false}>
        <p>{t('options_export_warning')}</p>
      </Notice>
      <div className="sl-actions">
        <Button variant="primary" onClick={onExport}>
          {t('options_export_download')}
        </Button>
        <Button ref={cancel} variant="quiet" onClick={onCancel}>
          {t('options_cancel')}
        </Button>
      </div>
    </Dialog>
  );
}
