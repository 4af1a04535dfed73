import { describe, expect, it } from 'vitest';
import { inferSchema } from './infer-schema';

describe('inferSchema', () => {
  it('reads each field kind off the values, requires nothing', () => {
    const long = 'x'.repeat(200);
    const schema = inferSchema([
      { title: 'A', body: long, at: new Date('2026-01-02'), n: 1, ok: true, tags: ['a'], kind: 'news', url: 'https://a.example', id: 7, cover: { src: 'a.jpg' }, gone: null },
      { title: 'B', body: 'short', at: '2026-01-03T10:00:00Z', n: 2.5, ok: false, tags: [], kind: 'news', url: 'https://b.example', id: '8', cover: null, gone: null },
      { title: 'C', kind: 'opinion' },
      { title: 'D', kind: 'opinion' },
      null,
    ]);
    expect(schema).toEqual({
      type: 'object',
      properties: {
        title: { type: 'string' },
        body: { type: 'string', 'x-copydesk-kind': 'longtext' },
        at: { type: 'string', 'x-copydesk-kind': 'date', 'x-copydesk-coerce-date': true },
        n: { type: 'number' },
        ok: { type: 'boolean' },
        tags: { type: 'array', items: { type: 'string' }, 'x-copydesk-kind': 'tags' },
        kind: { type: 'string', 'x-copydesk-values': ['news', 'opinion'] },
        url: { type: 'string', 'x-copydesk-kind': 'url' },
        id: { type: ['number', 'string'] },
        cover: { anyOf: [{ type: 'object', properties: { src: { type: 'string' } } }, { type: 'null' }] },
        gone: {},
      },
    });
    expect(schema.required).toBeUndefined();
  });
});
