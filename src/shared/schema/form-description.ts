/**
 * A form description is derived from a zod schema, so another schema means
 * another form, not another component. Each field carries its UI metadata
 * through zod's `.meta()`.
 */
export type FieldKind =
  | 'text'
  | 'longtext'
  | 'datetime'
  | 'enum'
  | 'tags'
  | 'boolean'
  | 'number'
  | 'url'
  | 'group';

export interface FieldMeta {
  kind: FieldKind;
  label: string;
  /** Short hint shown under the field. */
  help?: string;
}

export interface FormField {
  /** Key within its parent object. */
  key: string;
  /** Full path from the frontmatter root, e.g. `['coverImage', 'thumb']`. */
  path: string[];
  kind: FieldKind;
  label: string;
  required: boolean;
  help?: string;
  /** Allowed values for `enum` fields. */
  options?: string[];
  /** Child fields for `group` fields. */
  fields?: FormField[];
}
