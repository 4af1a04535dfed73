/**
 * The content model of one folder: its collections, how each is validated,
 * how translations pair up and which language is the source. A model
 * crosses process boundaries (the config-evaluating child → main → the
 * renderer), so it is plain JSON: schemas travel as JSON Schema with our
 * `x-copydesk-*` annotations, never as zod objects.
 */

/** A JSON Schema node (draft 2020-12 subset; draft-07 `definitions` are read too). */
export type JsonSchema = { [key: string]: unknown };

/**
 * Field kinds the schema cannot say on its own, carried as
 * `x-copydesk-kind` on a schema node.
 */
export type FieldKind = 'date' | 'datetime' | 'longtext' | 'tags' | 'url' | 'image' | 'reference';

/** The annotation keys a schema node may carry. */
export const SCHEMA_ANNOTATION = {
  /** One of `FieldKind`. */
  kind: 'x-copydesk-kind',
  /** On a date node: strings and numbers that parse are accepted too (`z.coerce.date()`). Without it only a YAML date is. */
  coerceDate: 'x-copydesk-coerce-date',
  /** On a reference node: the collection it points into. */
  collection: 'x-copydesk-collection',
  /** On an inferred text node: the few values the files use, offered by the form but not enforced. */
  values: 'x-copydesk-values',
} as const;

/** Where a collection's schema came from, best first. */
export type SchemaSource = 'config' | 'astro-config' | 'astro-json-schema' | 'inferred';

export type PairingRuleName = 'key' | 'folder' | 'suffix' | 'none';

/** How the translations of one collection find each other. */
export interface PairingRule {
  by: PairingRuleName;
  /** `by: 'key'`: dotted path of the field an article shares with its translations (`externalId`, `translationKey`). */
  key?: string;
  /** `by: 'key'`: dotted path of the field only translations carry, naming their original's key (`ai.translatedFrom`). */
  translatedFrom?: string;
}

/** How many files each rule put in a group of two or more languages, for the notes. */
export interface PairingCounts {
  key: number;
  folder: number;
  suffix: number;
}

/** How the source language was decided, in the order the rules are tried. */
export type SourceLanguageFrom =
  | 'config'
  /** Pairing data shows it: the files without a translated-from field in mixed-language groups. */
  | 'translated-from'
  /** The site declares it (Hugo `defaultContentLanguage`, Astro `i18n.defaultLocale`); `sourceLanguageFile` says where. */
  | 'site-default'
  /** The language with the most files in the collection. */
  | 'most-files';

export interface ModelCollection {
  name: string;
  /** Folder relative to the site root, `/` separators; `.` is the root itself. */
  root: string;
  /** Globs relative to `root` (picomatch syntax); a file belongs when it matches one. */
  include: string[];
  /** Markdown files of this collection found when the model was built. */
  files: number;
  schema: {
    source: SchemaSource;
    /** Why this source and not a better one, or what to know about it. */
    note?: string;
    /** The frontmatter schema, an object schema. Unknown keys are allowed. */
    json: JsonSchema;
  };
  pairing: PairingRule & {
    from: 'config' | 'detected';
    /** Files each rule paired, when detected. */
    counts?: PairingCounts;
  };
  /** Top-level frontmatter field that holds the language, when the files have one. */
  languageField?: string;
  /** Language of files with no suffix/locale folder/field (`name.md`, Starlight's root locale). */
  defaultLanguage: string;
  /** Lower-case BCP-47-ish codes found in the collection, sorted. */
  languages: string[];
  sourceLanguage: string;
  sourceLanguageFrom: SourceLanguageFrom;
  /** For `site-default`: the file that declares it, relative to the site root. */
  sourceLanguageFile?: string;
  fields: {
    /** Dotted top-level fields that must match the original (the key, category, dates, tags …). */
    shared: string[];
    /** Fields whose text is translated (title, description …). */
    translatable: string[];
    from: 'config' | 'inferred';
  };
  /** Which field is the title, the date, the tag list … (see `FieldRoles`). */
  roles: FieldRoles;
}

/**
 * The top-level field that plays each part the app gives a field, when the
 * collection has one: the list shows `title` and `date`, bulk retag edits
 * `tags`, the library's facets read `category` and `draft`. Detected from
 * the schema by the names sites use, or set by the config's `roles`.
 */
export interface FieldRoles {
  title?: string;
  description?: string;
  date?: string;
  updated?: string;
  tags?: string;
  category?: string;
  draft?: string;
}

/** A source that was tried and set aside, or something else the person should know. */
export interface ModelNote {
  /** File the note is about, relative to the site root, when there is one. */
  file?: string;
  line?: number;
  column?: number;
  message: string;
}

export interface IgnoredCounts {
  /** Everything below, summed. */
  total: number;
  /** Markdown files under `.gitignore`d paths. */
  gitignore: number;
  /** Markdown files matched by the config's `ignore` globs. */
  config: number;
  /** Markdown files in build output folders (`dist`, `public` …) not already counted. */
  build: number;
  /** Markdown files in no collection (a README next to an Astro site's `src/`). */
  outside: number;
}

export interface ContentModel {
  /** Bumped when the shape or the detection rules change, so cached models are rebuilt. */
  version: 2;
  collections: ModelCollection[];
  /** Site-relative globs the model skips besides the built-in folders (from the config). */
  ignore: string[];
  ignored: IgnoredCounts;
  notes: ModelNote[];
  /** Whether the site's own code (its Astro content config) was allowed to run. */
  trusted: boolean;
}

export const CONTENT_MODEL_VERSION = 2 as const;
