import { SCHEMA_ANNOTATION as A, type FieldRoles, type JsonSchema } from '@shared/model/content-model';
import { isRecord } from '../article-meta';

type Shape = 'text' | 'date' | 'list' | 'boolean' | 'number' | 'other';

/**
 * The names sites use for each role, best first: Astro's and Starlight's
 * starter templates, Hugo's front matter variables, and common blog themes.
 * They are guesses about an unknown site, never requirements: the config's
 * `roles` overrides any of them, and a role no field fits stays unset.
 */
const NAMES: Record<keyof FieldRoles, { shapes: Shape[]; names: RegExp }> = {
  title: { shapes: ['text'], names: /^(title|name|heading|linkTitle)$/i },
  description: { shapes: ['text'], names: /^(description|summary|excerpt|subtitle|lead)$/i },
  date: { shapes: ['date', 'text'], names: /^(publishedAt|pubDate|publishDate|published|date|createdAt|created)$/i },
  updated: { shapes: ['date', 'text'], names: /^(updatedAt|updatedDate|updated|lastmod|lastUpdated|modifiedAt|modified)$/i },
  tags: { shapes: ['list'], names: /^(tags|keywords|topics|labels)$/i },
  category: { shapes: ['text', 'list'], names: /^(category|categories|section|topic|kind)$/i },
  draft: { shapes: ['boolean'], names: /^(draft|unpublished|hidden)$/i },
};

const ROLE_ORDER = Object.keys(NAMES) as (keyof FieldRoles)[];

/**
 * Which top-level field of a collection plays each role the app gives a
 * field — the list's title and date, the tag list bulk retag edits, the
 * category facet, the draft flag — read off the collection's schema.
 * `configured` (the config's `roles`) wins field by field. A field takes at
 * most one role, and a date role prefers a field typed as a date.
 */
export function detectFieldRoles(schema: JsonSchema, configured: Partial<FieldRoles> = {}): FieldRoles {
  const properties = isRecord(schema.properties) ? (schema.properties as Record<string, JsonSchema>) : {};
  const shapes = new Map(Object.entries(properties).map(([name, node]) => [name, shapeOf(node)]));
  const taken = new Set(Object.values(configured).filter((value): value is string => typeof value === 'string'));
  const roles: FieldRoles = {};
  for (const role of ROLE_ORDER) {
    const chosen = configured[role];
    if (chosen !== undefined) {
      roles[role] = chosen;
      continue;
    }
    const { shapes: wanted, names } = NAMES[role];
    const candidates = [...shapes].filter(([name, shape]) => !taken.has(name) && names.test(name) && wanted.includes(shape));
    // The first shape listed is preferred (a real date over a date-like string), then the name's rank in the pattern.
    candidates.sort(([a, sa], [b, sb]) => wanted.indexOf(sa) - wanted.indexOf(sb) || rank(names, a) - rank(names, b));
    const found = candidates[0]?.[0];
    if (found !== undefined) {
      roles[role] = found;
      taken.add(found);
    }
  }
  return roles;
}

/** Position of the alternative a name matches, so `publishedAt` outranks `date` when a schema has both. */
function rank(names: RegExp, name: string): number {
  const alternatives = names.source.replace(/^\^\(|\)\$$/g, '').split('|');
  const index = alternatives.findIndex((alt) => alt.toLowerCase() === name.toLowerCase());
  return index < 0 ? alternatives.length : index;
}

function shapeOf(node: JsonSchema): Shape {
  const options = Array.isArray(node.anyOf) ? (node.anyOf as JsonSchema[]) : Array.isArray(node.oneOf) ? (node.oneOf as JsonSchema[]) : [node];
  const shapes = new Set(options.filter((option) => option.type !== 'null').map(singleShape));
  if (shapes.size === 1) return [...shapes][0] ?? 'other';
  if (shapes.has('date')) return 'date';
  return 'other';
}

function singleShape(node: JsonSchema): Shape {
  const kind = node[A.kind];
  if (kind === 'date' || kind === 'datetime') return 'date';
  if (kind === 'tags') return 'list';
  const type = Array.isArray(node.type) ? (node.type as unknown[]).filter((t) => t !== 'null') : [node.type];
  if (type.length !== 1) return 'other';
  switch (type[0]) {
    case 'string':
      return node.format === 'date' || node.format === 'date-time' ? 'date' : 'text';
    case 'boolean':
      return 'boolean';
    case 'number':
    case 'integer':
      return 'number';
    case 'array': {
      const items = isRecord(node.items) ? (node.items as JsonSchema) : {};
      return items.type === 'string' || (Array.isArray(items.anyOf) && singleShape(items) === 'text') ? 'list' : 'other';
    }
    default:
      return 'other';
  }
}
