import { useMemo, useState } from 'react';
import type { ChannelOutput } from '@shared/ipc/contract';
import type { MatchCase } from '@shared/retag/operation';
import { call, errorMessage } from '../../api/client';
import { EmptyState } from '../../components/EmptyState';
import { useAsyncValue } from '../../hooks/useAsyncValue';
import { useSetting } from '../../hooks/useSetting';
import { formatCount } from '../../lib/format';
import { emptyDraft } from '../lib/operation-draft';
import type { OperationDraft, OperationKind } from '../lib/operation-draft';
import type { RetagRequest } from '../lib/retag-request';
import { categoriesQuery, categoryQuery, tagQuery } from '../lib/retag-queries';
import { DEFAULT_LABELS, retagLabels } from '../lib/role-labels';
import { DEFAULT_SORT, FLAG_LABELS, filterRows, languagesOf, nextSort, sortRows } from '../lib/taxonomy-table';
import type { SortSpec } from '../lib/taxonomy-table';
import { TaxonomyTable } from './TaxonomyTable';
import type { TaxonomyRowView } from './TaxonomyTable';

type Taxonomy = ChannelOutput<'taxonomy.list'>;
type TagRow = Taxonomy['tags'][number];
type CategoryRow = Taxonomy['categories'][number];

interface Props {
  dataVersion: number;
  /** Opens the plan → preview → apply dialog. */
  onRun: (request: RetagRequest) => void;
  /** Switches to the library with this query. */
  onShowArticles: (query: string) => void;
  onHistory: () => void;
}

/** Rows rendered per table; a filter finds the rest. */
const ROW_LIMIT = 400;

/** The most used spelling names a row (the server lists variants most used first). */
const nameOf = (row: TagRow): string => row.variants[0]?.tag ?? row.key;

/** Badges for a row's flags (used once, case or spacing variants). */
function flagBadges(flags: readonly string[], noun: 'tag' | 'category') {
  return flags.map((flag) => (
    <span key={flag} className={`pill taxonomy-flag taxonomy-flag--${flag}`} title={FLAG_LABELS[flag]?.title.replace(/\btag\b/g, noun)}>
      {FLAG_LABELS[flag]?.label ?? flag}
    </span>
  ));
}

/**
 * Every tag and category with counts in total and per language, sortable,
 * with used-once and case/spacing variants flagged. The tabs and headers
 * name the site's fields where its collections call them otherwise
 * (`keywords`, `section`); a role no collection has says so. Row actions run through
 * the same plan → preview → apply dialog as the library's bulk edits; a
 * category's rename, merge and unify set the category on the articles of
 * every spelling of the row.
 */
export function TaxonomyView({ dataVersion, onRun, onShowArticles, onHistory }: Props) {
  const [matchCase, setMatchCase] = useSetting<MatchCase>('taxonomy-match', 'insensitive');
  const [tab, setTab] = useState<'tags' | 'categories'>('tags');
  const [filter, setFilter] = useState('');
  const [tagSort, setTagSort] = useState<SortSpec>(DEFAULT_SORT);
  const [categorySort, setCategorySort] = useState<SortSpec>(DEFAULT_SORT);
  const mode: MatchCase = matchCase === 'exact' ? 'exact' : 'insensitive';
  const taxonomy = useAsyncValue(`${mode}\n${dataVersion}`, () => call('taxonomy.list', { matchCase: mode }));

  const data = taxonomy.value;
  const languages = useMemo(() => (data ? languagesOf([...data.tags, ...data.categories]) : []), [data]);
  const labels = useMemo(() => (data ? retagLabels(data.fields) : DEFAULT_LABELS), [data]);

  /** A request over the articles carrying the typed tags (and `spellings`, the row's variants). */
  const tagRequest = (kind: OperationKind, draft: Partial<OperationDraft>, scope: string, spellings: readonly string[] = []): RetagRequest => ({
    draft: emptyDraft(kind, { matchCase: mode, ...draft }),
    kinds: [kind],
    allowGroups: false,
    scope,
    // Only articles carrying one of the tags can change: plan over those, not the whole folder.
    target: (d) => ({ query: tagQuery([...spellings, ...d.tags, d.from].filter((tag) => tag.trim() !== '')), excluded: [] }),
  });

  const tagRows: TaxonomyRowView[] = useMemo(() => {
    if (!data) return [];
    const rows = sortRows(filterRows(data.tags, filter, (row) => row.variants.map((v) => v.tag)), nameOf, tagSort);
    return rows.map((row) => {
      const name = nameOf(row);
      const spellings = row.variants.map((v) => v.tag);
      const scope = `${formatCount(row.total)} ${row.total === 1 ? 'article' : 'articles'} tagged ${spellings.join(' / ')}`;
      return {
        id: row.key,
        name,
        variants: row.variants,
        total: row.total,
        byLang: row.byLang,
        badges: flagBadges(row.flags, 'tag'),
        actions: (
          <RowActions
            name={name}
            actions={[
              ...(row.flags.includes('case-variants') || row.flags.includes('spacing-variants')
                ? [{ label: 'Unify', title: `Merge every spelling into “${name}”`, run: () => onRun(tagRequest('merge', { tags: spellings, to: name, matchCase: 'exact' }, scope)) }]
                : []),
              { label: 'Rename…', run: () => onRun(tagRequest('rename', { from: name }, scope, spellings)) },
              { label: 'Merge into…', run: () => onRun(tagRequest('merge', { tags: spellings }, scope)) },
              { label: 'Delete…', title: 'Remove this tag from every article', run: () => onRun(tagRequest('remove', { tags: [name] }, `every article tagged ${name} (${formatCount(row.total)})`)) },
              { label: 'Articles', title: 'Show these articles in the library', run: () => onShowArticles(tagQuery([name])) },
            ]}
          />
        ),
      };
    });
    // tagRequest depends only on mode, already a dependency.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [data, filter, tagSort, mode, onRun, onShowArticles]);

  const categoryRows: TaxonomyRowView[] = useMemo(() => {
    if (!data) return [];
    const rows = sortRows(
      filterRows(data.categories, filter, (row: CategoryRow) => row.variants.map((v) => v.tag)),
      (row) => row.category,
      categorySort,
    );
    return rows.map((row) => {
      const name = row.category;
      const spellings = row.variants.map((v) => v.tag);
      const query = categoriesQuery(spellings);
      const scope = `${formatCount(row.total)} ${row.total === 1 ? 'article' : 'articles'} in category ${spellings.join(' / ')}`;
      /** Sets a category (typed in the dialog, or `to`) on the articles of every spelling of the row. */
      const setCategory = (to: string): RetagRequest | null =>
        query === null ? null : { draft: emptyDraft('category', { category: to }), kinds: ['category'], allowGroups: false, scope, target: { query, excluded: [] } };
      const run = (to: string) => () => {
        const request = setCategory(to);
        if (request) onRun(request);
      };
      const blocked = query === null ? 'A category with a double quote cannot be selected by a query; edit it in the articles' : undefined;
      return {
        id: row.category,
        name,
        variants: row.variants,
        total: row.total,
        byLang: row.byLang,
        badges: flagBadges(row.flags, 'category'),
        actions: (
          <RowActions
            name={name}
            actions={[
              ...(row.flags.includes('case-variants') || row.flags.includes('spacing-variants')
                ? [{ label: 'Unify', title: blocked ?? `Set “${name}” on the articles of every spelling`, disabled: query === null, run: run(name) }]
                : []),
              { label: 'Rename…', title: blocked ?? 'Set another name on every article in this category', disabled: query === null, run: run(name) },
              { label: 'Merge into…', title: blocked ?? 'Move every article of this category into another one', disabled: query === null, run: run('') },
              { label: 'Articles', title: 'Show these articles in the library', run: () => onShowArticles(categoryQuery(name)) },
            ]}
          />
        ),
      };
    });
  }, [data, filter, categorySort, onRun, onShowArticles]);

  const flagged = data ? (tab === 'tags' ? data.tags : data.categories).filter((row) => row.flags.length > 0).length : 0;

  return (
    <div className="taxonomy" data-testid="taxonomy">
      <div className="toolbar taxonomy-toolbar">
        <div className="plan-tabs taxonomy-tabs" role="tablist" aria-label="Taxonomy">
          <button type="button" role="tab" className="plan-tab" aria-selected={tab === 'tags'} onClick={() => setTab('tags')}>
            {labels.tagsTitle} {data && <span className="tab-count">{formatCount(data.tags.length)}</span>}
          </button>
          <button type="button" role="tab" className="plan-tab" aria-selected={tab === 'categories'} onClick={() => setTab('categories')}>
            {labels.categoriesTitle} {data && <span className="tab-count">{formatCount(data.categories.length)}</span>}
          </button>
        </div>
        <input
          type="search"
          className="retag-input taxonomy-filter"
          aria-label={tab === 'tags' ? `Filter ${labels.tagsNoun}` : `Filter ${labels.categoriesTitle.toLowerCase()}`}
          placeholder={tab === 'tags' ? `Filter ${labels.tagsNoun}…` : `Filter ${labels.categoriesTitle.toLowerCase()}…`}
          value={filter}
          onChange={(event) => setFilter(event.target.value)}
        />
        <div className="segmented segmented--small" role="radiogroup" aria-label={tab === 'tags' ? 'Tag matching' : 'Category matching'}>
          <button type="button" role="radio" className="segmented-option" aria-checked={mode === 'exact'} onClick={() => setMatchCase('exact')} title="Mining and MINING are two rows">
            Exact
          </button>
          <button type="button" role="radio" className="segmented-option" aria-checked={mode === 'insensitive'} onClick={() => setMatchCase('insensitive')} title="Mining and MINING are one row, listed as variants">
            Ignore case
          </button>
        </div>
        <span className="taxonomy-spacer" />
        {flagged > 0 && <span className="taxonomy-flagged">{formatCount(flagged)} flagged</span>}
        {tab === 'tags' && data?.fields.tags.length !== 0 && (
          <button type="button" className="button" onClick={() => onRun(tagRequest('merge', {}, `articles with any of the merged ${labels.tagsNoun}`))}>
            {labels.operations.merge}…
          </button>
        )}
        <button type="button" className="button" onClick={onHistory} title="Recent bulk edits, with undo (Ctrl+Alt+Z)">
          Bulk edits…
        </button>
      </div>
      {/* The library's facets count matching files, invalid ones included: say why the numbers differ. */}
      <p className="taxonomy-caption">
        Counts are uses in valid files of the whole folder, per language. The library&apos;s filters count the files matching its search, invalid ones
        included.
      </p>
      <div className="taxonomy-body" aria-busy={taxonomy.loading}>
        {taxonomy.error !== null && !data ? (
          <EmptyState title="Could not load the taxonomy">{errorMessage(taxonomy.error)}</EmptyState>
        ) : !data ? (
          <EmptyState title="Counting tags…" />
        ) : tab === 'tags' && data.fields.tags.length === 0 ? (
          <EmptyState title="No tag list in this site">
            None of its collections has a list field taken for tags (such as tags or keywords). Name one under roles.tags in copydesk.config.json to count and edit it here.
          </EmptyState>
        ) : tab === 'categories' && data.fields.category.length === 0 ? (
          <EmptyState title="No category field in this site">
            None of its collections has a field taken for the category (such as category or section). Name one under roles.category in copydesk.config.json to count and edit it here.
          </EmptyState>
        ) : tab === 'tags' ? (
          <TaxonomyTable label={labels.tagsTitle} nameHeader={labels.tagHeader} rows={tagRows} languages={languages} sort={tagSort} onSort={(key) => setTagSort(nextSort(tagSort, key))} limit={ROW_LIMIT} />
        ) : (
          <TaxonomyTable
            label={labels.categoriesTitle}
            nameHeader={labels.categoryHeader}
            rows={categoryRows}
            languages={languages}
            sort={categorySort}
            onSort={(key) => setCategorySort(nextSort(categorySort, key))}
            limit={ROW_LIMIT}
          />
        )}
      </div>
    </div>
  );
}

interface Action {
  label: string;
  title?: string;
  disabled?: boolean;
  run: () => void;
}

function RowActions({ name, actions }: { name: string; actions: Action[] }) {
  return (
    <span className="row-actions">
      {actions.map((action) => (
        <button
          key={action.label}
          type="button"
          className="row-action"
          title={action.title}
          disabled={action.disabled}
          aria-label={`${action.label.replace('…', '')} ${name}`}
          onClick={action.run}
        >
          {action.label}
        </button>
      ))}
    </span>
  );
}
