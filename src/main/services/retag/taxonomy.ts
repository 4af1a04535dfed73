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
 * Categories get what tags have: spellings that differ in case or spacing
 * grouped (when matching ignores case) and flagged, used-once flagged; the
 * row is named by its most used spelling.
 */
function categoryRows(ws: Workspace, matchCase: HandlerInput<'taxonomy.list'>['matchCase']): TaxonomyResult['categories'] {
  const counts = ws.categories();
  const groups = matchCase === 'insensitive' ? groupTagVariants(counts) : exactRows(counts);
  return groups.map(({ variants, total, byLang, flags }) => ({ category: variants[0]?.tag ?? '', variants, total, byLang, flags }));
}

/** The taxonomy view: tags and categories (variants grouped when matching ignores case), with counts. */
export function listTaxonomy(ws: Workspace, input: HandlerInput<'taxonomy.list'>): TaxonomyResult {
  const { tags } = ws.tags();
  const groups = input.matchCase === 'insensitive' ? groupTagVariants(tags) : exactRows(tags);
  return { tags: groups, categories: categoryRows(ws, input.matchCase) };
}
