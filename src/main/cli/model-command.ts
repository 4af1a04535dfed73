import type { ContentModel, ModelCollection, ModelNote } from '@shared/model/content-model';
import { loadContentModel } from '../services/content-model';
import { EXIT, type CliIo } from './cli-io';

/** The JSON printed by `copydesk model --json`; other tools read it, keep its shape. */
export interface ModelReport {
  collections: Array<{
    name: string;
    root: string;
    files: number;
    schema: { source: ModelCollection['schema']['source']; note?: string };
    pairing: { by: ModelCollection['pairing']['by']; key?: string; translatedFrom?: string };
    languages: string[];
    sourceLanguage: string;
  }>;
  ignored: number;
}

export function modelReport(model: ContentModel): ModelReport {
  return {
    collections: model.collections.map((collection) => ({
      name: collection.name,
      root: collection.root,
      files: collection.files,
      schema: { source: collection.schema.source, ...(collection.schema.note !== undefined && { note: collection.schema.note }) },
      pairing: {
        by: collection.pairing.by,
        ...(collection.pairing.key !== undefined && { key: collection.pairing.key }),
        ...(collection.pairing.translatedFrom !== undefined && { translatedFrom: collection.pairing.translatedFrom }),
      },
      languages: collection.languages,
      sourceLanguage: collection.sourceLanguage,
    })),
    ignored: model.ignored.total,
  };
}

/**
 * `copydesk model DIR`: where the folder's content model comes from and what
 * it says. The CLI is run on a folder on purpose, so the site's content
 * config is evaluated unless `--no-trust`. Exit 1 only when there is no
 * Markdown to model at all.
 */
export async function runModel(root: string, options: { json: boolean; trusted: boolean }, io: CliIo): Promise<number> {
  const model = await loadContentModel(root, { trusted: options.trusted });
  const empty = model.collections.every((collection) => collection.files === 0);
  if (options.json) io.stdout.write(`${JSON.stringify(modelReport(model), null, 2)}\n`);
  else io.stdout.write(describeModel(root, model));
  if (empty) {
    io.stderr.write(`copydesk model: no Markdown files to model in ${root}.\n`);
    return EXIT.failed;
  }
  return EXIT.ok;
}

function describeModel(root: string, model: ContentModel): string {
  const rows = model.collections.map((collection) => [
    collection.name,
    collection.root,
    String(collection.files),
    collection.schema.source,
    pairingText(collection),
    collection.languages.join(', '),
    `${collection.sourceLanguage} (${sourceText(collection)})`,
  ]);
  const header = ['collection', 'root', 'files', 'schema', 'pairing', 'languages', 'source language'];
  const widths = header.map((title, i) => Math.max(title.length, ...rows.map((row) => (row[i] as string).length)));
  const line = (cells: string[]) => `${cells.map((cell, i) => cell.padEnd(widths[i] as number)).join('  ').trimEnd()}\n`;
  let out = `Content model of ${root}${model.trusted ? '' : ' (not trusted: the site\'s code was not run)'}\n\n`;
  out += line(header);
  for (const row of rows) out += line(row);
  for (const collection of model.collections) {
    out += `\n${collection.name}: shared fields ${list(collection.fields.shared)}; translatable ${list(collection.fields.translatable)} (${collection.fields.from})`;
    if (collection.schema.note) out += `\n  schema: ${collection.schema.note}`;
  }
  const { ignored } = model;
  const parts = [
    ignored.gitignore > 0 && `${ignored.gitignore} by .gitignore`,
    ignored.config > 0 && `${ignored.config} by the config's ignore globs`,
    ignored.build > 0 && `${ignored.build} in build output`,
    ignored.outside > 0 && `${ignored.outside} in no collection`,
  ].filter(Boolean);
  out += `\n\nIgnored: ${ignored.total} Markdown file${ignored.total === 1 ? '' : 's'}${parts.length > 0 ? ` (${parts.join(', ')})` : ''}; node_modules, .git and other hidden folders are never read.\n`;
  if (model.notes.length > 0) out += `\nNotes:\n${model.notes.map((note) => `  - ${noteText(note)}\n`).join('')}`;
  return out;
}

function pairingText(collection: ModelCollection): string {
  const { pairing } = collection;
  if (pairing.by === 'key') return `key ${pairing.key}${pairing.translatedFrom ? ` ← ${pairing.translatedFrom}` : ''}`;
  return pairing.by;
}

function sourceText(collection: ModelCollection): string {
  return collection.sourceLanguageFile ? `${collection.sourceLanguageFrom}, ${collection.sourceLanguageFile}` : collection.sourceLanguageFrom;
}

function list(fields: string[]): string {
  return fields.length > 0 ? fields.join(', ') : 'none';
}

function noteText(note: ModelNote): string {
  if (note.file === undefined || note.line === undefined) return note.message;
  return `${note.message} (${note.file}:${note.line}${note.column !== undefined ? `:${note.column}` : ''})`;
}
