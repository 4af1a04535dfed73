import { describe, expect, it } from 'vitest';
import { extractUrls } from './extract-urls';

describe('extractUrls', () => {
  const cases = [
    { name: 'inline link with a title and an image', body: 'A [x](https://a.com "T") and ![i](https://img.png).', expected: { links: ['https://a.com'], images: ['https://img.png'] } },
    { name: 'reference link, collapsed and shortcut', body: '[x][r], [s][], [t]\n\n[r]: https://r.com\n[S]: <https://s.com>\n[t]: https://t.com "T"\n', expected: { links: ['https://r.com', 'https://s.com', 'https://t.com'], images: [] } },
    { name: 'reference image', body: '![alt][pic]\n\n[pic]: https://pic.jpg\n', expected: { links: [], images: ['https://pic.jpg'] } },
    { name: 'an image inside a link', body: '[![i](https://img.png)](https://href.com)', expected: { links: ['https://href.com'], images: ['https://img.png'] } },
    { name: 'autolink, bare URL, unused definition, duplicates once', body: '<https://auto.com> https://bare.com/x https://bare.com/x\n\n[unused]: https://u.com\n', expected: { links: ['https://auto.com', 'https://bare.com/x', 'https://u.com'], images: [] } },
    { name: 'nothing inside code', body: '```\n[x](https://code.com)\n```\n\n`https://inline.com`\n', expected: { links: [], images: [] } },
    { name: 'an undefined reference is not a URL', body: '[x][nowhere]', expected: { links: [], images: [] } },
  ];
  it.each(cases)('$name', ({ body, expected }) => {
    expect(extractUrls(body)).toEqual(expected);
  });
});
