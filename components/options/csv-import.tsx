import { useMemo, useRef, useState } from 'react';
import {
  CSV_ROW_LIMIT,
  PERSON_FIELDS,
  exportRowsCsv,
  guessMapping,
  missingRequired,
  readCsv,
  validateRows,
  type ColumnMapping,
  type CsvFileProblem,
  type CsvTable,
  type CsvValidation,
  type PersonField,
  type RowProblem,
} from '../../lib/profile/csv';
import type { SourcePerson, SourceProfile } from '../../lib/profile/source.schema';
import { Button } from '../ui/button';
import { Dialog } from '../ui/dialog';
import { downloadFile } from '../ui/download';
import { FileDrop, readFileBytes } from '../ui/file-drop';
import { formatBytes, formatNumber, t, tn } from '../ui/i18n';
import { Notice } from '../ui/notice';

type Step =
  | { step: 'choose'; problem?: CsvFileProblem; fileName?: string }
  | { step: 'map'; table: CsvTable; mapping: ColumnMapping; fileName: string; tried: boolean; checking?: boolean }
  | { step: 'report'; table: CsvTable; mapping: ColumnMapping; fileName: string; result: CsvValidation };

const SHOWN_BAD_ROWS = 200;

/**
 * Import people from a CSV file in three steps: choose the file, say which column is which,
 * read the row-by-row report. Nothing is added until the manager confirms, and rows with
 * problems are listed with their line numbers and reasons, never dropped without a word.
 */
export function CsvImport({
  source,
  onImport,
  onCancel,
}: {
  source: SourceProfile;
  onImport(people: SourcePerson[]): Promise<boolean>;
  onCancel(): void;
}) {
  const [state, setState] = useState<Step>({ step: 'choose' });
  const [saving, setSaving] = useState(false);
  const [failed, setFailed] = useState(false);

  const onFile = async (file: File) => {
    let bytes: Uint8Array;
    try {
      bytes = await readFileBytes(file);
    } catch {
      setState({ step: 'choose', problem: { code: 'encoding' }, fileName: file.name });
      return;
    }
    const read = readCsv(bytes);
    if (!read.ok) {
      setState({ step: 'choose', problem: read.problem, fileName: file.name });
      return;
    }
    setState({ step: 'map', table: read.table, mapping: guessMapping(read.table.headers), fileName: file.name, tried: false });
  };

  return (
    <Dialog title={t('options_csv_title')} onClose={onCancel} className="sl-dialog--wide">
      <ol className="sl-steps sl-small sl-muted" aria-label={t('options_csv_steps')}>
        {(['choose', 'map', 'report'] as const).map((s, i) => (
          <li key={s} aria-current={state.step === s ? 'step' : undefined} style={{ fontWeight: state.step === s ? 700 : 400 }}>
            {t(`options_csv_step_${s}`, i + 1)}
          </li>
        ))}
      </ol>

      {state.step === 'choose' ? (
        <>
          <p>{t('options_csv_intro', formatNumber(CSV_ROW_LIMIT))}</p>
          <FileDrop
            label={t('options_csv_file_label')}
            hint={t('options_csv_file_hint')}
            buttonLabel={t('member_import_drop')}
            accept=".csv,.tsv,.txt,text/csv"
            onFile={(f) => void onFile(f)}
          />
          {state.problem ? (
            <Notice tone="error" title={t('options_csv_file_refused', state.fileName ?? '')}>
              <p>{fileProblemText(state.problem)}</p>
              <p>{t('options_csv_nothing_changed')}</p>
            </Notice>
          ) : null}
          <div className="sl-actions">
            <Button variant="quiet" onClick={onCancel}>
              {t('options_cancel')}
            </Button>
          </div>
        </>
      ) : null}

      {state.step === 'map' ? (
        <MappingStep
          table={state.table}
          mapping={state.mapping}
          fileName={state.fileName}
          tried={state.tried}
          checking={!!state.checking}
          onChange={(mapping) => setState({ ...state, mapping })}
          onBack={() => setState({ step: 'choose' })}
          onNext={() => {
            if (missingRequired(state.mapping).length) {
              setState({ ...state, tried: true });
              return;
            }
            // Thousands of rows take a moment: say so first, then check.
            setState({ ...state, checking: true });
            setTimeout(() => {
              const result = validateRows(state.table, state.mapping, {
                existingIds: source.people.map((p) => p.id),
                locale: source.organisation.locale,
              });
              setState({ step: 'report', table: state.table, mapping: state.mapping, fileName: state.fileName, result });
            }, 0);
          }}
        />
      ) : null}

      {state.step === 'report' ? (
        <ReportStep
          table={state.table}
          result={state.result}
          saving={saving}
          failed={failed}
          onBack={() => setState({ step: 'map', table: state.table, mapping: state.mapping, fileName: state.fileName, tried: false })}
          onCancel={onCancel}
          onConfirm={async () => {
            setSaving(true);
            setFailed(false);
            const ok = await onImport(state.result.ready);
            setSaving(false);
            if (!ok) setFailed(true);
          }}
        />
      ) : null}
    </Dialog>
  );
}

export function fileProblemText(problem: CsvFileProblem): string {
  switch (problem.code) {
    case 'too-many-rows':
      return t('options_csv_problem_too_many_rows', [formatNumber(problem.rows), formatNumber(problem.limit)]);
    case 'too-large':
      return t('options_csv_problem_too_large', [formatBytes(problem.bytes), formatBytes(problem.limit)]);
    default:
      return t(`options_csv_problem_${problem.code.replace(/-/g, '_')}`);
  }
}

function MappingStep({
  table,
  mapping,
  fileName,
  tried,
  checking,
  onChange,
  onBack,
  onNext,
}: {
  table: CsvTable;
  mapping: ColumnMapping;
  fileName: string;
  tried: boolean;
  checking: boolean;
  onChange(mapping: ColumnMapping): void;
  onBack(): void;
  onNext(): void;
}) {
  const missing = missingRequired(mapping);
  const sample = (column: number) =>
    table.rows
      .slice(0, 3)
      .map((r) => r[column] ?? '')
      .filter(Boolean)
      .join(' · ');
  return (
    <form
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        onNext();
      }}
    >
      <p>{t('options_csv_map_intro', [fileName, formatNumber(table.rows.length), formatNumber(table.headers.length)])}</p>
      {tried && missing.length ? (
        <Notice tone="error">{t('options_csv_map_missing', missing.map((f) => t(`options_csv_field_${f}`)).join(', '))}</Notice>
      ) : null}
      <div className="sl-table-wrap">
        <table className="sl-table">
          <caption>{t('options_csv_map_caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('options_csv_map_field')}</th>
              <th scope="col">{t('options_csv_map_column')}</th>
              <th scope="col">{t('options_csv_map_sample')}</th>
            </tr>
          </thead>
          <tbody>
            {PERSON_FIELDS.map((field) => {
              const selectId = `sl-map-${field}`;
              const column = mapping[field];
              return (
                <tr key={field}>
                  <th scope="row">
                    <label htmlFor={selectId}>
                      {t(`options_csv_field_${field}`)}
                      {field === 'name' ? <span className="sl-field__required"> *</span> : null}
                    </label>
                    <div className="sl-small sl-muted" style={{ fontWeight: 400 }}>
                      {t(`options_csv_field_${field}_hint`)}
                    </div>
                  </th>
                  <td>
                    <select
                      id={selectId}
                      className="sl-input"
                      value={column === undefined ? '' : String(column)}
                      aria-invalid={tried && missing.includes(field) ? true : undefined}
                      onChange={(e) => {
                        const next = { ...mapping };
                        if (e.target.value === '') delete next[field];
                        else next[field] = Number(e.target.value);
                        onChange(next);
                      }}
                    >
                      <option value="">{t('options_csv_map_none')}</option>
                      {table.headers.map((h, i) => (
                        <option key={i} value={String(i)}>
                          {h || t('options_csv_map_unnamed', i + 1)}
                        </option>
                      ))}
                    </select>
                  </td>
                  <td className="sl-small" dir="auto">
                    {column === undefined ? '' : sample(column)}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      {mapping.kind === undefined ? <p className="sl-small sl-muted">{t('options_csv_map_no_kind')}</p> : null}
      <div className="sl-actions">
        <Button type="submit" variant="primary" busy={checking}>
          {t('options_csv_check')}
        </Button>
        <span role="status" className="sl-muted">
          {checking ? t('options_csv_checking', formatNumber(table.rows.length)) : ''}
        </span>
        <Button onClick={onBack}>{t('options_csv_other_file')}</Button>
      </div>
    </form>
  );
}

function ReportStep({
  table,
  result,
  saving,
  failed,
  onBack,
  onCancel,
  onConfirm,
}: {
  table: CsvTable;
  result: CsvValidation;
  saving: boolean;
  failed: boolean;
  onBack(): void;
  onCancel(): void;
  onConfirm(): void;
}) {
  const confirmRef = useRef<HTMLButtonElement>(null);
  const bad = result.bad;
  const ready = result.ready.length;
  const shown = useMemo(() => bad.slice(0, SHOWN_BAD_ROWS), [bad]);
  return (
    <div>
      <Notice tone={bad.length ? 'warning' : 'success'} title={t('options_csv_report_title')}>
        <p>{tn('options_csv_report_ready', ready, formatNumber(ready))}</p>
        {bad.length ? <p>{tn('options_csv_report_bad', bad.length, formatNumber(bad.length))}</p> : null}
      </Notice>

      {bad.length ? (
        <>
          <div className="sl-table-wrap">
            <table className="sl-table">
              <caption>{t('options_csv_report_caption', formatNumber(bad.length))}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('options_csv_report_line')}</th>
                  <th scope="col">{t('options_csv_report_row')}</th>
                  <th scope="col">{t('options_csv_report_problems')}</th>
                </tr>
              </thead>
              <tbody>
                {shown.map((row) => (
                  <tr key={row.index}>
                    <th scope="row">{formatNumber(row.line)}</th>
                    <td dir="auto" className="sl-small">
                      {previewRow(table.rows[row.index] ?? [])}
                    </td>
                    <td>
                      <ul className="sl-list-plain">
                        {row.problems.map((p, i) => (
                          <li key={i}>{rowProblemText(p)}</li>
                        ))}
                      </ul>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {bad.length > shown.length ? <p className="sl-small">{t('options_csv_report_more', tn('options_count_rows', bad.length - shown.length, formatNumber(bad.length - shown.length)))}</p> : null}
          <div className="sl-actions">
            <Button
              onClick={() =>
                downloadFile(
                  'rows-to-fix.csv',
                  exportRowsCsv(
                    table,
                    bad.map((r) => r.index),
                  ),
                  'text/csv;charset=utf-8',
                )
              }
            >
              {t('options_csv_download_bad')}
            </Button>
          </div>
        </>
      ) : null}

      {failed ? <Notice tone="error">{t('options_save_failed')}</Notice> : null}
      <div className="sl-actions">
        <Button ref={confirmRef} variant="primary" onClick={onConfirm} disabled={ready === 0} busy={saving}>
          {bad.length
            ? t('options_csv_confirm_some', [tn('options_count_people', ready, formatNumber(ready)), tn('options_count_rows', bad.length, formatNumber(bad.length))])
            : t('options_csv_confirm', tn('options_count_people', ready, formatNumber(ready)))}
        </Button>
        <Button onClick={onBack}>{t('options_csv_back_to_columns')}</Button>
        <Button variant="quiet" onClick={onCancel}>
          {t('options_csv_cancel_import')}
        </Button>
      </div>
    </div>
  );
}

function previewRow(row: string[]): string {
  const text = row.filter(Boolean).join(' · ');
  return text.length > 120 ? `${text.slice(0, 117)}…` : text;
}

export function rowProblemText(problem: RowProblem): string {
  const field = problem.field === 'row' ? t('options_csv_field_row') : t(`options_csv_field_${problem.field as PersonField}`);
  if (problem.code === 'invalid') return t('options_csv_row_invalid', [field, problem.detail ?? '']);
  return t(`options_csv_row_${problem.code.replace(/-/g, '_')}`, field);
}
