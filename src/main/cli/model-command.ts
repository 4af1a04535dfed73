import type { ContentModel, ModelCollection } from '@shared/model/content-model';
import { fieldList, ignoredText, NEVER_READ, noteText, pairingText, sourceLanguageText } from '@shared/model/describe-model';
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
    `${collection.sourceLanguage} (${sourceLanguageText(collection)})`,
  ]);
  const header = ['collection', 'root', 'files', 'schema', 'pairing', 'languages', 'source language'];
  const widths = header.map((title, i) => Math.max(title.length, ...rows.map((row) => (row[i] as string).length)));
  const line = (cells: string[]) => `${cells.map((cell, i) => cell.padEnd(widths[i] as number)).join('  ').trimEnd()}\n`;
  let out = `Content model of ${root}${model.trusted ? '' : ' (not trusted: the site\'s code was not run)'}\n\n`;
  out += line(header);
  for (const row of rows) out += line(row);
  for (const collection of model.collections) {
    out += `\n${collection.name}: shared fields ${fieldList(collection.fields.shared)}; translatable ${fieldList(collection.fields.translatable)} (${collection.fields.from})`;
    if (collection.schema.note) out += `\n  schema: ${collection.schema.note}`;
  }
  out += `\n\nIgnored: ${ignoredText(model.ignored)}; ${NEVER_READ}.\n`;
  if (model.notes.length > 0) out += `\nNotes:\n${model.notes.map((note) => `  - ${noteText(note)}\n`).join('')}`;
  return out;
}
