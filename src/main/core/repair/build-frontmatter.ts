import { isMap, isScalar, parseDocument, type Document, type Scalar } from 'yaml';
import { PARSE_OPTIONS } from '@shared/frontmatter/duplicate-keys';

/** Which of the original's fields a repaired translation gets, and what it sets itself. */
export interface FrontmatterRecipe {
  /** The translation's language, from its path. */
  lang: string;
  /** Top-level field holding the language; null when the site keeps it in the path only. */
  languageField: string | null;
  /** Top-level fields copied from the original (shared, translatable, required); null: every field. */
  copy: ReadonlySet<string> | null;
  /** Dotted field naming the original (`ai.translatedFrom`), set to the value of `translatedFromValue` in the original. */
  translatedFrom: { field: string; valueOf: string } | null;
  /** Set `draft: true`, so an untranslated title never goes live. */
  draft: boolean;
}

export interface BuiltFrontmatter {
  /** The YAML between the delimiters, each line ending in `eol`. */
  yaml: string;
  /** What was written, as plain data (the `yaml` package's reading: dates stay strings). */
  data: Record<string, unknown>;
  warnings: string[];
}

/** Fields an original carries that are about the original alone, never copied. */
const NEVER_COPIED = new Set(['review']);

const pathOf = (dotted: string): string[] => dotted.split('.');

/**
 * The frontmatter of a translation rebuilt from its original's YAML: the
 * original's fields in the original's order, each node copied as written
 * (quoting, flow or block style, comments), minus what the recipe leaves
 * out; the language field set in place (or added), the translated-from
 * field and `draft: true` set or added at the end.
 */
export function buildFrontmatter(originalYaml: string, recipe: FrontmatterRecipe, eol: '\n' | '\r\n'): BuiltFrontmatter {
  const source = parseDocument(originalYaml, PARSE_OPTIONS);
  const doc = source.clone();
  const warnings: string[] = [];
  if (!isMap(doc.contents)) throw new Error('The original frontmatter is not a mapping.');
  const keep = (name: string): boolean =>
    !NEVER_COPIED.has(name) && (recipe.copy === null || recipe.copy.has(name) || name === recipe.languageField || (recipe.draft && name === 'draft'));
  doc.contents.items = doc.contents.items.filter((pair) => keep(String(isScalar(pair.key) ? pair.key.value : pair.key)));

  if (recipe.languageField !== null) setScalar(doc, [recipe.languageField], recipe.lang);
  if (recipe.translatedFrom !== null) {
    const value = source.getIn(pathOf(recipe.translatedFrom.valueOf), true);
    if (isScalar(value) && value.value !== null && value.value !== '') {
      doc.setIn(pathOf(recipe.translatedFrom.field), value.clone());
    } else {
      warnings.push(`The original has no ${recipe.translatedFrom.valueOf}, so ${recipe.translatedFrom.field} could not be set.`);
    }
  }
  if (recipe.draft) setScalar(doc, ['draft'], true);

  let yaml = doc.toString({ lineWidth: 0, flowCollectionPadding: false });
  if (eol === '\r\n') yaml = yaml.replace(/\r?\n/g, '\r\n');
  const data = doc.toJS() as Record<string, unknown>;
  return { yaml, data, warnings };
}

/** Sets a scalar keeping the node (and so its quoting) when there is one; otherwise adds it. */
function setScalar(doc: Document, path: string[], value: string | boolean): void {
  const node = doc.getIn(path, true);
  if (isScalar(node)) {
    (node as Scalar).value = value;
    return;
  }
  doc.setIn(path, value);
}
