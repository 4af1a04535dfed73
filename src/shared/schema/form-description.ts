/**
 * A form description is derived from a collection's JSON Schema (see
 * `describeForm`), so another site means another form, not another component.
 */
export type FieldKind =
  | 'text'
  | 'longtext'
  /** A calendar date; the picker writes `2026-01-31` unless the file's value has a time. */
  | 'date'
  /** A date and time; the picker keeps the format the file already uses. */
  | 'datetime'
  | 'enum'
  /** A list of strings, edited as chips. */
  | 'tags'
  | 'boolean'
  | 'number'
  | 'url'
  /** An image path or URL (Astro's `image()`). */
  | 'image'
  /** The id of an entry of another collection (Astro's `reference()`); `collection` names it. */
  | 'reference'
  | 'group'
  /** A value the form cannot edit (a list of groups, a free mapping): shown read-only, edited in the text. */
  | 'raw';

export interface FormField {
  /** Key within its parent object. */
  key: string;
  /** Full path from the frontmatter root, e.g. `['coverImage', 'thumb']`. */
  path: string[];
  kind: FieldKind;
  /** The schema's `title`, else the key in words (`publishedAt` → "Published at"). */
  label: string;
  /** Absent is an error (required by the schema and without a default). */
  required: boolean;
  /** The schema's `description`, or what else helps (the values a collection uses). */
  help?: string;
  /** Allowed values for `enum` fields; suggestions for `tags`. */
  options?: string[];
  /** Child fields for `group` fields. */
  fields?: FormField[];
  /** The schema's default, shown as the empty field's placeholder: the site fills it in. */
  placeholder?: string;
  /** `null` is allowed (a nullable group or value). */
  nullable?: boolean;
  /** Text in the article's language (its title, description, translatable fields): spell-checked. */
  prose?: boolean;
  /** `reference` fields: the collection the id points into. */
  collection?: string;
}
