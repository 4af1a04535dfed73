import type { ReactNode } from 'react';
import { formatCount } from '../../lib/format';
import type { SortKey, SortSpec } from '../lib/taxonomy-table';

/** One row as the table shows it. */
export interface TaxonomyRowView {
  id: string;
  name: string;
  /** Other spellings with their counts (case/spacing variants). */
  variants?: { tag: string; count: number }[];
  total: number;
  byLang: Record<string, number>;
  badges?: ReactNode;
  actions: ReactNode;
}

interface Props {
  label: string;
  nameHeader: string;
  rows: TaxonomyRowView[];
  languages: string[];
  sort: SortSpec;
  onSort: (key: SortKey) => void;
  /** Rows before the cut; the rest are counted, not rendered. */
  limit: number;
}

/** A dense, sortable count table: name, total, one column per language, flags, row actions. */
export function TaxonomyTable({ label, nameHeader, rows, languages, sort, onSort, limit }: Props) {
  const header = (key: SortKey, text: string, numeric: boolean) => {
    const active = sort.key === key;
    return (
      <th
        key={key}
        className={numeric ? 'num' : undefined}
        aria-sort={active ? (sort.dir === 'asc' ? 'ascending' : 'descending') : 'none'}
        scope="col"
      >
        <button type="button" className="th-sort" onClick={() => onSort(key)}>
          {text}
          <span className="th-sort-mark" aria-hidden="true">
            {active ? (sort.dir === 'asc' ? '▲' : '▼') : ''}
          </span>
        </button>
      </th>
    );
  };
  return (
    <table className="taxonomy-table" aria-label={label}>
      <thead>
        <tr>
          {header('name', nameHeader, false)}
          {header('total', 'Total', true)}
          {languages.map((lang) => header(`lang:${lang}`, lang, true))}
          <th scope="col" className="taxonomy-flags-head">
            Flags
          </th>
          <th scope="col" className="taxonomy-actions-head">
            <span className="visually-hidden">Actions</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.slice(0, limit).map((row) => (
          <tr key={row.id} data-name={row.name}>
            <th scope="row" className="taxonomy-name">
              <span className="taxonomy-name-text">{row.name}</span>
              {row.variants && row.variants.length > 1 && (
                <span className="taxonomy-variants">
                  {row.variants.map((variant) => (
                    <span key={variant.tag} className="taxonomy-variant">
                      {variant.tag} <span className="taxonomy-variant-count">{formatCount(variant.count)}</span>
                    </span>
                  ))}
                </span>
              )}
            </th>
            <td className="num taxonomy-total">{formatCount(row.total)}</td>
            {languages.map((lang) => (
              <td key={lang} className="num">
                {row.byLang[lang] ? formatCount(row.byLang[lang]) : <span className="muted-dash">·</span>}
              </td>
            ))}
            <td className="taxonomy-flags">{row.badges}</td>
            <td className="taxonomy-actions">{row.actions}</td>
          </tr>
        ))}
      </tbody>
      {rows.length > limit && (
        <tfoot>
          <tr>
            <td colSpan={languages.length + 4}>
              Showing {formatCount(limit)} of {formatCount(rows.length)}. Type in the filter to find the others.
            </td>
          </tr>
        </tfoot>
      )}
    </table>
  );
}
