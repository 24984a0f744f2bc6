import type { ReactNode } from 'react';
import { t } from '../ui/i18n';

/**
 * The register's tables (people, places, confidential words) share one shape: a sentence when
 * there is nothing yet, otherwise a captioned table whose last column holds each row's actions.
 */
export function RecordTable({
  caption,
  columns,
  empty,
  isEmpty,
  children,
}: {
  caption: string;
  columns: readonly string[];
  empty: string;
  isEmpty: boolean;
  /** One or more <tbody> elements. */
  children: ReactNode;
}) {
  if (isEmpty) return <p>{empty}</p>;
  return (
    <div className="sl-table-wrap">
      <table className="sl-table">
        <caption className="sl-visually-hidden">{caption}</caption>
        <thead>
          <tr>
            {columns.map((column) => (
              <th scope="col" key={column}>
                {column}
              </th>
            ))}
            <th scope="col">
              <span className="sl-visually-hidden">{t('options_col_actions')}</span>
            </th>
          </tr>
        </thead>
        {children}
      </table>
    </div>
  );
}
