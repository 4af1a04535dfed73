import type { SyntaxNode, Tree } from '@lezer/common';
import type { Block, BlockKind } from '@shared/review';
import { parseMarkdown } from './markdown-tree';

export type { Block, BlockKind } from '@shared/review';

const HEADING = /^(?:ATXHeading|SetextHeading)([1-6])$/;

const KIND_OF: Readonly<Record<string, BlockKind>> = {
  Paragraph: 'paragraph',
  FencedCode: 'code',
  CodeBlock: 'code',
  Blockquote: 'quote',
  Table: 'table',
  HTMLBlock: 'html',
  CommentBlock: 'html',
  ProcessingInstructionBlock: 'html',
  HorizontalRule: 'rule',
};

const isList = (node: SyntaxNode): boolean => node.name === 'BulletList' || node.name === 'OrderedList';

/**
 * Splits a Markdown body into the blocks the review aligns: headings,
 * paragraphs, list items, code, quotes, tables, HTML and rules.
 *
 * - `from`/`to` are UTF-16 offsets into `body` (not the file) and `line` is
 *   the 1-based line of `body`; add the body's file offset/line to map back.
 * - `text` is `body.slice(from, to)`: the block's Markdown as written
 *   (markers included), without trailing whitespace.
 * - A fenced or indented code block is one block, blank lines and all.
 * - `---` in the body is a rule (or a setext underline), never frontmatter.
 * - Every list item is a block, nested ones too (`level` = nesting depth, 1
 *   for an item of a top-level list); an item's text stops where its nested
 *   list starts, so blocks never overlap. A quote is one block, whatever it holds.
 * - Link reference definitions (`[id]: url`) are not blocks.
 */
export function splitBlocks(body: string): Block[] {
  return blocksFromTree(parseMarkdown(body), body);
}

/** `splitBlocks` on an already parsed tree, so a caller can also read links from it. */
export function blocksFromTree(tree: Tree, body: string): Block[] {
  const lines = lineCounter(body);
  const blocks: Block[] = [];
  const push = (kind: BlockKind, from: number, to: number, level?: number): void => {
    let end = to;
    while (end > from && /\s/.test(body.charAt(end - 1))) end--;
    if (end <= from) return;
    blocks.push({ kind, ...(level !== undefined && { level }), text: body.slice(from, end), from, to: end, line: lines(from) });
  };

  const addList = (list: SyntaxNode, depth: number): void => {
    for (let item = list.firstChild; item; item = item.nextSibling) {
      if (item.name !== 'ListItem') continue;
      let nested: SyntaxNode | null = null;
      for (let child = item.firstChild; child && !nested; child = child.nextSibling) if (isList(child)) nested = child;
      push('list-item', item.from, nested ? nested.from : item.to, depth);
      for (let child = nested; child; child = child.nextSibling) if (isList(child)) addList(child, depth + 1);
    }
  };

  for (let node = tree.topNode.firstChild; node; node = node.nextSibling) {
    const heading = HEADING.exec(node.name);
    if (heading) push('heading', node.from, node.to, Number(heading[1]));
    else if (isList(node)) addList(node, 1);
    else {
      const kind = KIND_OF[node.name];
      // lezer starts an indented code block after its indentation; keep the first line whole.
      if (kind) push(kind, node.name === 'CodeBlock' ? lineStart(body, node.from) : node.from, node.to);
    }
  }
  return blocks;
}

function lineStart(text: string, offset: number): number {
  return text.lastIndexOf('\n', offset - 1) + 1;
}

/** Line numbers for increasing offsets, counted incrementally (blocks arrive in document order). */
function lineCounter(text: string): (offset: number) => number {
  let at = 0;
  let line = 1;
  return (offset) => {
    if (offset < at) {
      at = 0;
      line = 1;
    }
    for (let i = text.indexOf('\n', at); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) line++;
    at = offset;
    return line;
  };
}
