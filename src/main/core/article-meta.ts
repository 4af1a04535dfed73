/**
 * The few frontmatter values the library lists, read best-effort from what
 * the YAML parser produced, so even an invalid file shows its title, date and
 * language. Nothing here throws or validates; `articleSchema` does that.
 */
export interface ArticleMeta {
  title: string | null;
  description: string | null;
  /** ISO 8601 string: a js-yaml `Date` becomes `toISOString()`, a parseable string is kept as written. */
  publishedAt: string | null;
  updatedAt: string | null;
  lang: string | null;
  externalId: string | null;
  /** `ai.translatedFrom`. */
  translatedFrom: string | null;
  category: string | null;
  tags: string[];
  draft: boolean;
  sentiment: string | null;
}

export const EMPTY_META: Readonly<ArticleMeta> = Object.freeze({
  title: null,
  description: null,
  publishedAt: null,
  updatedAt: null,
  lang: null,
  externalId: null,
  translatedFrom: null,
  category: null,
  tags: [],
  draft: false,
  sentiment: null,
});

/** Reads `ArticleMeta` from parsed frontmatter (or null when there is none). */
export function extractMeta(data: Record<string, unknown> | null): ArticleMeta {
  if (data === null) return { ...EMPTY_META, tags: [] };
  const ai = isRecord(data.ai) ? data.ai : {};
  return {
    title: text(data.title, true),
    description: text(data.description, false),
    publishedAt: date(data.publishedAt),
    updatedAt: date(data.updatedAt),
    lang: text(data.lang, false),
    externalId: id(data.externalId),
    translatedFrom: id(ai.translatedFrom),
    category: text(data.category, false),
    tags: tags(data.tags),
    draft: data.draft === true,
    sentiment: text(data.sentiment, false),
  };
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Date);
}

/** Non-empty trimmed string; a title may also be a bare YAML number such as `2026`. */
function text(value: unknown, allowNumber: boolean): string | null {
  if (allowNumber && typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (typeof value !== 'string') return null;
  const trimmed = value.trim();
  return trimmed === '' ? null : trimmed;
}

/** `externalId: 57619983` and `'57619983'` mean the same id. */
function id(value: unknown): string | null {
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return text(value, false);
}

function date(value: unknown): string | null {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value.toISOString();
  if (typeof value !== 'string') return null;
  const trimmed = value.trim();
  return trimmed !== '' && !Number.isNaN(Date.parse(trimmed)) ? trimmed : null;
}

/** Strings only, trimmed, empty and repeated ones dropped; a lone `tags: MINING` counts as one tag. */
function tags(value: unknown): string[] {
  const list = typeof value === 'string' ? [value] : Array.isArray(value) ? value : [];
  const seen = new Set<string>();
  for (const item of list) {
    if (typeof item !== 'string') continue;
    const tag = item.trim();
    if (tag !== '') seen.add(tag);
  }
  return [...seen];
}
