import type { Root, RootContent } from 'mdast';

/** An HTML comment alone: sites drop it, so does the preview. */
const COMMENT = /^<!--[\s\S]*?-->\s*$/;

/**
 * A remark plugin for `.md` files: a raw HTML *block* becomes a labelled
 * placeholder showing its source as text ("HTML block"), a comment
 * disappears, and inline tags (`<sup>`, `</sup>`) are left to
 * remark-rehype, which drops them and keeps the text between. The site
 * renders raw HTML; doing that safely here would need an HTML parser in the
 * pipeline (rehype-raw), so the preview shows what is there without
 * interpreting it.
 */
export function rawHtmlPlaceholders() {
  return (tree: Root): void => {
    const walk = (parent: { children: RootContent[] }, flow: boolean): void => {
      parent.children = parent.children.flatMap((child): RootContent[] => {
        if (child.type === 'html' && flow) {
          if (COMMENT.test(child.value)) return [];
          const placeholder = {
            type: 'blockquote',
            position: child.position,
            data: { hName: 'div', hProperties: { dataRawHtml: '' } },
            children: [
              {
                type: 'paragraph',
                children: [{ type: 'emphasis', data: { hName: 'span', hProperties: { dataMdxLabel: '' } }, children: [{ type: 'text', value: 'HTML block (shown as text)' }] }],
              },
              { type: 'code', value: child.value },
            ],
          };
          return [placeholder as RootContent];
        }
        if ('children' in child) walk(child as { children: RootContent[] }, child.type !== 'paragraph' && child.type !== 'heading' && child.type !== 'tableCell' && !isPhrasing(child));
        return [child];
      });
    };
    walk(tree, true);
  };
}

const PHRASING = new Set(['emphasis', 'strong', 'delete', 'link', 'linkReference', 'footnoteReference']);

function isPhrasing(node: RootContent): boolean {
  return PHRASING.has(node.type);
}
