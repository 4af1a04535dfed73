import type { Element } from 'hast';
import { splitChunks } from './markdown-chunks';
import { renderMarkdown, renderPart, slugHeadings } from './render-markdown';
import type { PreviewBlock, RenderOptions } from './render-markdown';

/** A chunk's blocks as rendered alone: lines relative to the chunk (1 = its first), headings without ids yet. */
interface RenderedChunk {
  blocks: PreviewBlock[];
  /** Which of `blocks` hold a heading that gets its id from the whole text. */
  slugged: boolean[];
}

const HEADING = /^h[1-6]$/;

/** Whether an element is or holds a heading without an id (rehype-slug gives those one). */
function holdsHeading(node: Element): boolean {
  if (HEADING.test(node.tagName) && !node.properties.id) return true;
  return node.children.some((child) => child.type === 'element' && holdsHeading(child));
}

/**
 * Renders a pane's Markdown again after each edit, parsing only what
 * changed: the body is split into chunks (markdown-chunks.ts), each chunk's
 * rendering is kept by its text, and only chunks not seen in the last render
 * are parsed. Heading ids are then numbered over the whole text. The blocks
 * equal `renderMarkdown`'s for the same text; a text with link reference or
 * footnote definitions, and MDX, are rendered whole.
 */
export class BlockRenderer {
  private cache = new Map<string, RenderedChunk>();

  render(body: string, { mdx, firstLine = 1 }: RenderOptions): PreviewBlock[] {
    const chunks = mdx ? null : splitChunks(body);
    if (!chunks) {
      this.cache.clear();
      return renderMarkdown(body, { mdx, firstLine });
    }
    const next = new Map<string, RenderedChunk>();
    const blocks: PreviewBlock[] = [];
    const toSlug: { index: number; node: Element }[] = [];
    for (const chunk of chunks) {
      let rendered = next.get(chunk.text) ?? this.cache.get(chunk.text);
      if (!rendered) {
        const parts = renderPart(chunk.text, { mdx: false, firstLine: 1 });
        rendered = { blocks: parts, slugged: parts.map((part) => holdsHeading(part.node)) };
      }
      next.set(chunk.text, rendered);
      const offset = firstLine + chunk.line - 2;
      rendered.blocks.forEach((part, index) => {
        const block = { ...part, line: part.line + offset, endLine: part.endLine + offset };
        if (rendered.slugged[index]) {
          // The cached node stays without ids: the same heading may be numbered differently next time.
          block.node = structuredClone(part.node);
          toSlug.push({ index: blocks.length, node: block.node });
        }
        blocks.push(block);
      });
    }
    this.cache = next;
    if (toSlug.length > 0) {
      slugHeadings(toSlug.map((entry) => entry.node));
      for (const { index, node } of toSlug) {
        const block = blocks[index];
        if (block) block.key = JSON.stringify(node);
      }
    }
    return blocks;
  }
}
