import { isMap, isScalar, isSeq, parseDocument } from 'yaml';
import type { Node } from 'yaml';
import { splitFrontmatter } from '@shared/frontmatter';

/** A span of the document to point at. */
export interface Span {
  from: number;
  to: number;
}

/**
 * Finds fields in the frontmatter text: parses the YAML once, then answers
 * for any number of paths. For a present field the span covers the key and a
 * one-line value (only the key for a group or a block list); for a list item
 * the item; for an absent field its nearest present ancestor's key, or the
 * opening `---`. Null when the frontmatter does not parse.
 */
export function fieldLocator(head: string): ((path: readonly string[]) => Span) | null {
  const block = splitFrontmatter(head);
  if (!block) return null;
  const doc = parseDocument(head.slice(block.yamlFrom, block.yamlTo), { prettyErrors: false });
  if (doc.errors.length > 0) return null;
  const base = block.yamlFrom;
  const opening: Span = { from: block.bom ? 1 : 0, to: (block.bom ? 1 : 0) + 3 };

  return (path) => {
    let node: unknown = doc.contents;
    let found: Span = opening;
    for (const key of path) {
      if (isMap(node)) {
        const pair = node.items.find((item) => isScalar(item.key) && String(item.key.value) === key);
        const keyRange = pair && isScalar(pair.key) ? pair.key.range : null;
        if (!pair || !keyRange) return found;
        const value = pair.value as Node | null;
        const valueRange = isScalar(value) ? value.range : null;
        const oneLine = valueRange && !head.slice(base + keyRange[0], base + valueRange[1]).includes('\n');
        found = { from: base + keyRange[0], to: base + (oneLine && valueRange ? valueRange[1] : keyRange[1]) };
        node = value;
      } else if (isSeq(node)) {
        const item = node.items[Number(key)] as Node | undefined;
        const range = item?.range;
        if (!range) return found;
        found = { from: base + range[0], to: base + range[1] };
        node = item;
      } else return found;
    }
    return found;
  };
}
