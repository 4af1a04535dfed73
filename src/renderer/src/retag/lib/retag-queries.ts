/**
 * Library queries for taxonomy rows. Values are always quoted
 * (`tag:"BITCOIN MINING"`). The query language has no escape for `"`, so a
 * value containing one cannot be written as a filter: then the query is
 * empty (every article), which is slower to plan but still exact, because
 * the operation itself only touches matching tags.
 */
function filters(key: 'tag' | 'category', values: readonly string[]): string {
  if (values.some((value) => value.includes('"'))) return '';
  return [...new Set(values)].map((value) => `${key}:"${value}"`).join(' ');
}

/** Articles with any of these tags (values of one key are ORed; the index matches tags ignoring case). */
export function tagQuery(tags: readonly string[]): string {
  return filters('tag', tags);
}

/** Articles in this category. */
export function categoryQuery(category: string): string {
  return filters('category', [category]);
}

/**
 * Articles in any of these categories (every spelling of a row), or null when
 * one cannot be written as a filter. A category operation sets the category
 * on every article it targets, so unlike tags it must never fall back to the
 * whole folder.
 */
export function categoriesQuery(categories: readonly string[]): string | null {
  const query = filters('category', categories);
  return query === '' ? null : query;
}
