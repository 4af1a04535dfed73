import type { ChannelOutput, HandlerInput } from '@shared/ipc/contract';
import { groupTagVariants, type TagGroup } from '../../core/retag';
import type { Workspace } from '../workspace';

export type TaxonomyResult = ChannelOutput<'taxonomy.list'>;

/** One row per spelling: `exact` matching treats `Mining` and `MINING` as two tags. */
function exactRows(tags: ChannelOutput<'tags.list'>['tags']): TagGroup[] {
  return tags.map(({ tag, count, byLang }) => ({
    key: tag,
    variants: [{ tag, count }],
    total: count,
    byLang: { ...byLang },
    flags: count === 1 ? ['single-use'] : [],
  }));
}

/**
 * Categories with counts in total and per language. The Workspace has no
 * category count of its own yet, so this asks the facet query once per
 * language (a handful of languages, each one indexed GROUP BY).
 */
function categoryRows(ws: Workspace): TaxonomyResult['categories'] {
  const rows = new Map<string, { category: string; total: number; byLang: Record<string, number> }>();
  for (const { value, count } of ws.facets({ query: '' }).category) rows.set(value, { category: value, total: count, byLang: {} });
  for (const lang of ws.status().languages) {
    for (const { value, count } of ws.facets({ query: `lang:${lang}` }).category) {
      const row = rows.get(value);
      if (row) row.byLang[lang] = (row.byLang[lang] ?? 0) + count;
    }
  }
  return [...rows.values()];
}

/** The taxonomy view: tags (variants grouped when matching ignores case) and categories, with counts. */
export function listTaxonomy(ws: Workspace, input: HandlerInput<'taxonomy.list'>): TaxonomyResult {
  const { tags } = ws.tags();
  const groups = input.matchCase === 'insensitive' ? groupTagVariants(tags) : exactRows(tags);
  return { tags: groups, categories: categoryRows(ws) };
}
