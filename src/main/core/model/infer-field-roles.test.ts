import { describe, expect, it } from 'vitest';
import { inferFieldRoles } from './infer-field-roles';

const group = (en: Record<string, unknown>, uk: Record<string, unknown>) => [
  { path: 'a.en.md', data: en },
  { path: 'a.uk.md', data: uk },
];

describe('inferFieldRoles', () => {
  it('a field equal across translations is shared; differing text is translatable; a date written as text is neither', () => {
    const groups = [
      group({ title: 'Miners', category: 'MINING', updatedAt: '2026-01-19T10:52:33.118Z' }, { title: 'Майнери', category: 'MINING', updatedAt: '2026-01-20T08:00:00.000Z' }),
      group({ title: 'ETF', category: 'ETF', updatedAt: '2026-01-21' }, { title: 'ETF-и', category: 'ETF', updatedAt: '2026-01-22' }),
    ];
    expect(inferFieldRoles(groups)).toEqual({ shared: ['category'], translatable: ['title'] });
  });
});
