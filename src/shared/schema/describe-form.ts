import { SCHEMA_ANNOTATION as A, type JsonSchema, type ModelCollection } from '../model/content-model';
import { isRecord } from '../model/is-record';
import type { FieldKind, FormField } from './form-description';
import { labelFromKey } from './label-from-key';

/** What of a collection the form is made from: its schema, and which fields hold prose. */
export type FormSource = Pick<ModelCollection, 'schema' | 'roles' | 'fields'>;

/** Keys that are editor tooling, not content (Astro's generated schemas allow `$schema`). */
const TOOLING_KEYS = new Set(['$schema']);

const forms = new WeakMap<FormSource['schema'], FormField[]>();

/**
 * The frontmatter form of a collection, from its JSON Schema: one field per
 * property, in the schema's order, its kind from the type and our
 * `x-copydesk-kind` annotation, its label from `title` or the key, `required`
 * as the site's build means it (listed and without a default), defaults as
 * placeholders, nullable groups kept as groups. The description role is a
 * long text; the title, the description and the translatable fields are
 * prose (spell-checked). Built once per schema object. Pure.
 */
export function describeForm(collection: FormSource): FormField[] {
  let form = forms.get(collection.schema);
  if (!form) {
    const prose = new Set([collection.roles.title, collection.roles.description, ...collection.fields.translatable].filter((key): key is string => key !== undefined));
    const describer = new Describer(collection.schema.json, prose, collection.roles.description);
    form = describer.object(collection.schema.json, []);
    forms.set(collection.schema, form);
  }
  return form;
}

class Describer {
  constructor(
    private readonly root: JsonSchema,
    private readonly prose: ReadonlySet<string>,
    private readonly descriptionField: string | undefined,
  ) {}

  /** The fields of an object node (following `$ref`, and a nullable object's object branch). */
  object(node: unknown, parentPath: string[]): FormField[] {
    const object = this.objectBranch(this.resolve(node));
    if (!object || !isRecord(object.properties)) return [];
    const required = new Set(Array.isArray(object.required) ? object.required.map(String) : []);
    return Object.entries(object.properties)
      .filter(([key]) => !TOOLING_KEYS.has(key))
      .map(([key, child]) => this.field(key, child, parentPath, required.has(key)));
  }

  private field(key: string, raw: unknown, parentPath: string[], listed: boolean): FormField {
    const path = [...parentPath, key];
    const node = this.resolve(raw);
    const { options, nullable } = this.branches(node);
    const main = options[0] ?? {};
    const kind = this.kindOf(node, main, path);
    const field: FormField = { key, path, kind, label: title(node) ?? title(main) ?? labelFromKey(key), required: listed && node.default === undefined };
    const help = description(node) ?? description(main) ?? valuesInUse(main);
    if (help !== undefined) field.help = help;
    const placeholder = defaultText(node.default ?? main.default);
    if (placeholder !== undefined) field.placeholder = placeholder;
    if (nullable) field.nullable = true;
    const choices = kind === 'enum' ? enumValues(main) : kind === 'tags' ? enumValues(this.resolve(main.items)) : undefined;
    if (choices) field.options = choices;
    if (kind === 'group') field.fields = this.object(main, path);
    const target = node[A.collection] ?? main[A.collection];
    if (kind === 'reference' && typeof target === 'string') field.collection = target;
    if (parentPath.length === 0 && this.prose.has(key) && (kind === 'text' || kind === 'longtext')) field.prose = true;
    return field;
  }

  private kindOf(node: JsonSchema, main: JsonSchema, path: string[]): FieldKind {
    const annotated = node[A.kind] ?? main[A.kind];
    switch (annotated) {
      case 'date':
        // `z.coerce.date()` takes a time too; a plain YAML date is a day.
        return (node[A.coerceDate] ?? main[A.coerceDate]) === true ? 'datetime' : 'date';
      case 'datetime':
      case 'url':
      case 'image':
      case 'reference':
        return annotated;
      case 'longtext':
        return 'longtext';
      case 'tags':
        return 'tags';
    }
    if (main.const !== undefined) return typeof main.const === 'string' ? 'enum' : 'raw';
    if (Array.isArray(main.enum)) return enumValues(main) ? 'enum' : 'raw';
    switch (typeOf(main)) {
      case 'string':
        if (main.format === 'date-time') return 'datetime';
        if (main.format === 'date') return 'date';
        if (main.format === 'uri' || main.format === 'url') return 'url';
        return path.length === 1 && path[0] === this.descriptionField ? 'longtext' : 'text';
      case 'number':
      case 'integer':
        return 'number';
      case 'boolean':
        return 'boolean';
      case 'array': {
        const items = this.resolve(main.items);
        return typeOf(items) === 'string' || enumValues(items) ? 'tags' : 'raw';
      }
      case 'object':
        return isRecord(main.properties) && Object.keys(main.properties).length > 0 ? 'group' : 'raw';
      default:
        return 'raw';
    }
  }

  /**
   * The options of a union without `null` (nested unions flattened, `$ref`s
   * followed), and whether `null` was one of them. A node that is no union is
   * its own only option; `type: ['string', 'null']` is a nullable string.
   */
  private branches(node: JsonSchema): { options: JsonSchema[]; nullable: boolean } {
    const union = Array.isArray(node.anyOf) ? node.anyOf : Array.isArray(node.oneOf) ? node.oneOf : null;
    if (union === null) {
      if (Array.isArray(node.type) && node.type.includes('null')) {
        const types = node.type.filter((type) => type !== 'null');
        return { options: [{ ...node, type: types.length === 1 ? types[0] : types }], nullable: true };
      }
      return { options: [node], nullable: false };
    }
    let nullable = false;
    const options: JsonSchema[] = [];
    for (const raw of union) {
      const option = this.resolve(raw);
      if (option.type === 'null') nullable = true;
      else {
        const inner = this.branches(option);
        nullable ||= inner.nullable;
        options.push(...inner.options);
      }
    }
    return { options, nullable };
  }

  private objectBranch(node: JsonSchema): JsonSchema | null {
    if (isRecord(node.properties)) return node;
    return this.branches(node).options.find((option) => isRecord(option.properties)) ?? null;
  }

  /** Follows `$ref` (`#/definitions/…`, `#/$defs/…`) within the document; anything else is an empty schema. */
  private resolve(node: unknown, depth = 0): JsonSchema {
    if (!isRecord(node)) return {};
    if (typeof node.$ref !== 'string' || depth > 16) return node;
    let current: unknown = this.root;
    if (!node.$ref.startsWith('#')) return {};
    for (const raw of node.$ref.slice(1).split('/').filter(Boolean)) {
      current = isRecord(current) ? current[raw.replace(/~1/g, '/').replace(/~0/g, '~')] : undefined;
    }
    // Keywords beside the $ref (a title, a default) still belong to the field.
    const { $ref: _ref, ...beside } = node;
    return { ...this.resolve(current, depth + 1), ...beside };
  }
}

function typeOf(node: JsonSchema): string | undefined {
  if (typeof node.type === 'string') return node.type;
  if (isRecord(node.properties)) return 'object';
  if (node.items !== undefined) return 'array';
  return undefined;
}

function title(node: JsonSchema): string | undefined {
  return typeof node.title === 'string' && node.title.trim() !== '' ? node.title : undefined;
}

function description(node: JsonSchema): string | undefined {
  return typeof node.description === 'string' && node.description.trim() !== '' ? node.description : undefined;
}

/** An inferred text field's recurring values, offered as a hint rather than enforced. */
function valuesInUse(node: JsonSchema): string | undefined {
  const values = node[A.values];
  return Array.isArray(values) && values.length > 0 ? `Values in use: ${values.map(String).join(', ')}` : undefined;
}

function enumValues(node: JsonSchema): string[] | undefined {
  if (typeof node.const === 'string') return [node.const];
  if (!Array.isArray(node.enum) || node.enum.length === 0) return undefined;
  return node.enum.every((value): value is string => typeof value === 'string') ? node.enum : undefined;
}

/** A default as the placeholder shows it; none for empty lists and groups, which say nothing. */
function defaultText(value: unknown): string | undefined {
  if (typeof value === 'string') return value === '' ? undefined : value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value) && value.length > 0 && value.every((item) => typeof item === 'string')) return value.join(', ');
  return undefined;
}
