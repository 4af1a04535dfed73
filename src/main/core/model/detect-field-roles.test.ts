import { describe, expect, it } from 'vitest';
import { detectFieldRoles } from './detect-field-roles';

const str = { type: 'string' };
const date = { type: 'string', 'x-copydesk-kind': 'date' };
const list = { type: 'array', items: { type: 'string' } };

describe('detectFieldRoles', () => {
  it('finds the newsroom blog roles, a nullable date and a defaulted list included', () => {
    const roles = detectFieldRoles({
      type: 'object',
      properties: {
        title: str,
        description: str,
        publishedAt: date,
        updatedAt: { anyOf: [date, { type: 'null' }] },
        category: str,
        tags: { ...list, default: [] },
        cta: list,
        draft: { type: 'boolean', default: false },
        externalId: str,
      },
    });
    expect(roles).toEqual({ title: 'title', description: 'description', date: 'publishedAt', updated: 'updatedAt', tags: 'tags', category: 'category', draft: 'draft' });
  });

  it('reads Hugo names: date, lastmod, a categories list and keywords', () => {
    const roles = detectFieldRoles({ type: 'object', properties: { title: str, date, lastmod: date, categories: list, keywords: list, summary: str } });
    expect(roles).toEqual({ title: 'title', description: 'summary', date: 'date', updated: 'lastmod', tags: 'keywords', category: 'categories' });
  });

  it('prefers a field typed as a date over a date-named string, and leaves a role unset when nothing fits', () => {
    const roles = detectFieldRoles({ type: 'object', properties: { date: str, pubDate: date, tags: { type: 'number' } } });
    expect(roles.date).toBe('pubDate');
    expect(roles.tags).toBeUndefined();
    expect(roles.title).toBeUndefined();
  });

  it('lets the config name any role, and a configured field takes no second role', () => {
    const roles = detectFieldRoles({ type: 'object', properties: { tags: list, labels: list, title: str } }, { tags: 'labels', category: 'tags' });
    expect(roles).toEqual({ title: 'title', tags: 'labels', category: 'tags' });
  });
});
