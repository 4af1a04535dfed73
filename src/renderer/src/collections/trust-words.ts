import type { ContentModel, SchemaSource } from '@shared/model/content-model';

/** What the schemas of an untrusted folder come from, as the banner and the panel say it. */
const FALLBACK: Record<SchemaSource, string> = {
  config: 'the schemas in copydesk.config',
  'astro-config': "the site's content config",
  'astro-json-schema': "Astro's generated JSON schemas (.astro/collections)",
  inferred: 'schemas inferred from the files, which require no field',
};

/**
 * "Until then, Copydesk uses …": the sources the model fell back to, each
 * once, in the order of the collections. Null before the model is known.
 */
export function fallbackText(model: ContentModel | null): string | null {
  if (model === null || model.collections.length === 0) return null;
  const sources = [...new Set(model.collections.map((collection) => collection.schema.source))];
  return `Until then, Copydesk uses ${sources.map((source) => FALLBACK[source]).join(' and ')}.`;
}

/** The content config's description in the banner's question. */
export function trustQuestion(file: string): string {
  return `This folder's content config (${file}) is code. Copydesk runs it, in a separate process without write access, to read your collections' schemas. Trust this folder?`;
}
