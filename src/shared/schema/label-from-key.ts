/** Words a label writes in capitals. */
const ACRONYMS = new Set(['ai', 'api', 'css', 'html', 'id', 'ids', 'og', 'rss', 'seo', 'uri', 'url', 'urls', 'utc', 'uuid']);

/**
 * A field's key in words, for a form label: `publishedAt` → "Published at",
 * `small_s3` → "Small s3", `canonicalUrl` → "Canonical URL", `nav-title` →
 * "Nav title". Pure.
 */
export function labelFromKey(key: string): string {
  const words = key
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
    .split(/[\s_\-.]+/)
    .filter((word) => word !== '')
    .map((word) => word.toLowerCase());
  if (words.length === 0) return key;
  return words
    .map((word, i) => (ACRONYMS.has(word) ? (word === 'ids' ? 'IDs' : word === 'urls' ? 'URLs' : word.toUpperCase()) : i === 0 ? word.charAt(0).toUpperCase() + word.slice(1) : word))
    .join(' ');
}
