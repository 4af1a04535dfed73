import type { Check } from '@shared/review';
import { parseMarkdown } from './markdown-tree';
import type { Tree } from '@lezer/common';
import type { Block } from '@shared/review';
import { blocksFromTree } from './split-blocks';
import { urlsFromTree, type BodyUrls } from './extract-urls';

/** What the structure checks compare, read with one parse of a body. */
export interface BodyOutline {
  headings: number;
  /** Top-level lists; two lists directly after one another with different markers count as two. */
  lists: number;
  /** Items of top-level lists. */
  listItems: number;
  urls: BodyUrls;
}

/** Parses a body once and counts what `structureChecks` compares. */
export function outlineBody(body: string): BodyOutline {
  const tree = parseMarkdown(body);
  return outlineFromTree(tree, body, blocksFromTree(tree, body));
}

/** `outlineBody` from a parse and block split the caller already has. */
export function outlineFromTree(tree: Tree, body: string, blocks: readonly Block[]): BodyOutline {
  let lists = 0;
  for (let node = tree.topNode.firstChild; node; node = node.nextSibling) {
    if (node.name === 'BulletList' || node.name === 'OrderedList') lists++;
  }
  return {
    headings: blocks.filter((b) => b.kind === 'heading').length,
    lists,
    listItems: blocks.filter((b) => b.kind === 'list-item' && b.level === 1).length,
    urls: urlsFromTree(tree, body),
  };
}

/**
 * `structure:headings`, `structure:lists`, `links`, `images`: the
 * translation's outline against the source's. None has a fix: the body
 * needs an editor, not a field copy.
 */
export function structureChecks(source: BodyOutline, translation: BodyOutline, sourcePath: string, langs: { source: string | null; target: string | null } = { source: null, target: null }): Check[] {
  const checks: Check[] = [];
  if (source.headings !== translation.headings) {
    checks.push({
      id: 'structure:headings',
      message: `The original (${sourcePath}) has ${count(source.headings, 'heading')}, this translation ${translation.headings}. Add or remove headings so each section is translated once.`,
    });
  }
  if (source.lists !== translation.lists || source.listItems !== translation.listItems) {
    checks.push({
      id: 'structure:lists',
      message: `The original (${sourcePath}) has ${count(source.lists, 'list')} with ${count(source.listItems, 'item')}, this translation ${count(translation.lists, 'list')} with ${count(translation.listItems, 'item')}. Check for merged, split or dropped list items.`,
    });
  }
  const kept = new Set(translation.urls.links.map(withoutFragment));
  const missingLinks = source.urls.links.filter((url) => {
    const page = withoutFragment(url);
    // An in-page anchor names a heading, whose slug changes with its translation.
    if (page === '') return false;
    return !kept.has(page) && !kept.has(localised(page, langs.source, langs.target));
  });
  if (missingLinks.length > 0) {
    checks.push({ id: 'links', message: `${count(missingLinks.length, 'link')} of the original missing here: ${list(missingLinks)}. Restore them in the text.` });
  }
  const missingImages = source.urls.images.filter((url) => !translation.urls.images.includes(url));
  if (missingImages.length > 0) {
    checks.push({ id: 'images', message: `${count(missingImages.length, 'image')} of the original missing here: ${list(missingImages)}. Restore them in the text.` });
  }
  return checks;
}

/** A link without its `#fragment`: fragments are heading slugs, which a translated heading changes. */
function withoutFragment(url: string): string {
  const hash = url.indexOf('#');
  return hash < 0 ? url : url.slice(0, hash);
}

/**
 * The link as a localised site writes it in the translation: the first path
 * segment naming the source language (`/en/guides/` on Astro's docs, Hugo's
 * `/en/posts/`) in the target language (`/de/guides/`). Either form counts
 * as kept.
 */
function localised(url: string, sourceLang: string | null, targetLang: string | null): string {
  if (sourceLang === null || targetLang === null || sourceLang === targetLang) return url;
  const segment = new RegExp(`(^|/)${sourceLang.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?=/|$)`, 'i');
  return url.replace(segment, `$1${targetLang}`);
}

const count = (n: number, noun: string): string => `${n} ${noun}${n === 1 ? '' : 's'}`;

function list(urls: string[]): string {
  const shown = urls.slice(0, 5).join(', ');
  return urls.length > 5 ? `${shown} and ${urls.length - 5} more` : shown;
}
