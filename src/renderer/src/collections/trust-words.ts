import type { ContentModel, SchemaSource } from '@shared/model/content-model';

/** What the schemas of an untrusted folder come from, as the banner and the panel say it. */
const FALLBACK: Record<SchemaSource, string> = {
  config: 'the schemas in copydesk.config',
  'astro-config': "the site's content config",
  'astro-json-schema': "Astro's generated JSON schemas (.astro/collections)",
  inferred: 'schemas inferred from the files, which require no field',
};

/** The schema sources the model uses, each once, in the order of the collections; null before the model is known. */
export function sourcesText(model: ContentModel | null): string | null {
  if (model === null || model.collections.length === 0) return null;
  const sources = [...new Set(model.collections.map((collection) => collection.schema.source))];
  return sources.map((source) => FALLBACK[source]).join(' and ');
}

/** "Until then, Copydesk uses …", for a folder not trusted yet; null before the model is known. */
export function fallbackText(model: ContentModel | null): string | null {
  const sources = sourcesText(model);
  return sources === null ? null : `Until then, Copydesk uses ${sources}.`;
}

/**
 * For a trusted folder whose config gave no schema (it threw, timed out,
 * imports a package that is not installed): what is used instead. Null when
 * the config's schemas are in use, or before the model is known.
 */
export function configFailedText(model: ContentModel | null): string | null {
  if (model === null || model.collections.some((collection) => collection.schema.source === 'astro-config')) return null;
  const sources = sourcesText(model);
  return sources === null ? null : `It gave no schema this time (the notes below say why), so Copydesk uses ${sources}.`;
}

/** The content config's description in the banner's question. */
export function trustQuestion(file: string): string {
  return `This folder's content config (${file}) is code. Copydesk runs it, in a separate process without write access, to read your collections' schemas. Trust this folder?`;
}
