import type { Text } from '@codemirror/state';
import { frontmatterEnd } from '../editor';

/** The body of an editor's document, without its frontmatter, and the file line it starts on. */
export function bodyOf(doc: Text): { body: string; firstLine: number } {
  const end = frontmatterEnd(doc) ?? 0;
  return { body: doc.sliceString(end), firstLine: doc.lineAt(end).number };
}

/** Whether a file is MDX: components and expressions become placeholders instead of text. */
export function isMdxPath(path: string): boolean {
  return /\.mdx$/i.test(path);
}

/** The cover image to show above the body: the largest-looking URL of a `coverImage`-like group, or a plain string. */
export function coverUrl(data: Readonly<Record<string, unknown>> | null | undefined): string | null {
  const cover = data?.coverImage ?? data?.cover ?? data?.image ?? data?.heroImage;
  if (typeof cover === 'string') return cover;
  if (typeof cover !== 'object' || cover === null) return null;
  const entries = Object.entries(cover as Record<string, unknown>).filter((entry): entry is [string, string] => typeof entry[1] === 'string' && entry[1] !== '');
  const rank = (key: string): number => (/orig|full|large|big|hero/i.test(key) ? 0 : /medium|mid/i.test(key) ? 1 : /small|thumb/i.test(key) ? 3 : 2);
  entries.sort((a, b) => rank(a[0]) - rank(b[0]));
  return entries[0]?.[1] ?? null;
}
