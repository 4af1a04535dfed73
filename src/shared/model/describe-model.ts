import type { IgnoredCounts, ModelCollection, ModelNote, SchemaSource } from './content-model';

/*
 * The words for a content model, shared by `copydesk model` and the app's
 * Collections panel so both say the same thing the same way.
 */

/** Where a schema came from, in words (`copydesk model` prints the source's id beside them). */
export const SCHEMA_SOURCE_TEXT: Record<SchemaSource, string> = {
  config: 'copydesk.config',
  'astro-config': "the site's content config",
  'astro-json-schema': "Astro's generated JSON schemas",
  inferred: 'inferred from the files',
};

/** `key externalId ← ai.translatedFrom`, `folder`, `suffix`, `none`. */
export function pairingText(collection: Pick<ModelCollection, 'pairing'>): string {
  const { pairing } = collection;
  if (pairing.by === 'key') return `key ${pairing.key}${pairing.translatedFrom ? ` ← ${pairing.translatedFrom}` : ''}`;
  return pairing.by;
}

/** How the source language was decided: `translated-from`, `site-default, astro.config.mjs` … */
export function sourceLanguageText(collection: Pick<ModelCollection, 'sourceLanguageFrom' | 'sourceLanguageFile'>): string {
  return collection.sourceLanguageFile ? `${collection.sourceLanguageFrom}, ${collection.sourceLanguageFile}` : collection.sourceLanguageFrom;
}

/** Field names joined, or `none`. */
export function fieldList(fields: readonly string[]): string {
  return fields.length > 0 ? fields.join(', ') : 'none';
}

/** A note with its place: `message (file:line:column)` when it has a line. */
export function noteText(note: ModelNote): string {
  if (note.file === undefined || note.line === undefined) return note.message;
  return `${note.message} (${note.file}:${note.line}${note.column !== undefined ? `:${note.column}` : ''})`;
}

/** `3 Markdown files (1 by .gitignore, 2 in no collection)`. */
export function ignoredText(ignored: IgnoredCounts): string {
  const parts = [
    ignored.gitignore > 0 && `${ignored.gitignore} by .gitignore`,
    ignored.config > 0 && `${ignored.config} by the config's ignore globs`,
    ignored.build > 0 && `${ignored.build} in build output`,
    ignored.outside > 0 && `${ignored.outside} in no collection`,
  ].filter(Boolean);
  return `${ignored.total} Markdown file${ignored.total === 1 ? '' : 's'}${parts.length > 0 ? ` (${parts.join(', ')})` : ''}`;
}

/** What never counts as ignored, because it is never read. */
export const NEVER_READ = 'node_modules, .git and other hidden folders are never read';
