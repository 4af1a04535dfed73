import type { Element, ElementContent, Root as HastRoot, RootContent as HastContent } from 'hast';
import rehypeRaw from 'rehype-raw';
import rehypeSanitize, { defaultSchema } from 'rehype-sanitize';
import rehypeSlug from 'rehype-slug';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import type { Schema } from 'hast-util-sanitize';
import { mdxPlaceholders } from './mdx-placeholders';

/** One top-level block of the rendered body. */
export interface PreviewBlock {
  /** 1-based line in the file where the block starts (`firstLine` + its line in the body − 1). */
  line: number;
  /** Last line of the block in the file. */
  endLine: number;
  /**
   * The block's sanitized hast. Nested elements carry `dataLine`: their line
   * relative to the block's first (0 = same line), so an edit above a block
   * leaves the block, and its `key`, unchanged.
   */
  node: Element;
  /** Equal keys render equally: the renderer reuses what it built for a key. */
  key: string;
}

export interface RenderOptions {
  /** Parse as MDX (`.mdx` files): components, expressions and import/export become placeholders. */
  mdx: boolean;
  /** The file line the body starts on (after the frontmatter); 1 without one. */
  firstLine?: number;
}

/** A data: URL that is an image in a format browsers decode without running anything. */
const DATA_IMAGE = /^data:image\/(?:png|jpeg|gif|webp|avif|bmp|x-icon|svg\+xml)[;,]/i;

/** What sanitize treats as able to clobber (`document.x`, `window.x`): ids, names and the aria attributes that point at ids. */
const CLOBBER = ['ariaDescribedBy', 'ariaLabelledBy', 'id', 'name'];
const CLOBBER_PREFIX = 'user-content-';

/**
 * GitHub's sanitize schema (no scripts, styles, event handlers, iframes,
 * forms, objects; links only http(s)/mailto and relative), plus: `data:` as
 * an image source (checked to be an image below) and the placeholders' own
 * markers; minus: `<source>` (its `srcset` would fetch a remote image past
 * the folder's remote-content rule) and `accesskey` (raw HTML could take the
 * app's Alt shortcuts). Ids are prefixed by `prefixClobbering`, not here:
 * the footnotes' ids come prefixed already.
 */
const schema: Schema = {
  ...defaultSchema,
  tagNames: (defaultSchema.tagNames ?? []).filter((name) => name !== 'source'),
  attributes: {
    ...Object.fromEntries(Object.entries(defaultSchema.attributes ?? {}).filter(([name]) => name !== 'source')),
    '*': (defaultSchema.attributes?.['*'] ?? []).filter((attribute) => attribute !== 'accessKey'),
    div: [...(defaultSchema.attributes?.div ?? []), ['dataMdx', 'component', 'expression', 'esm']],
    span: [...(defaultSchema.attributes?.span ?? []), ['dataMdx', 'component', 'expression'], ['dataMdxLabel', '']],
  },
  protocols: { ...defaultSchema.protocols, src: ['http', 'https', 'data'] },
  clobberPrefix: '',
};

/**
 * Raw HTML's form controls would become disabled checkboxes (the schema
 * keeps `<input>` for task lists): a raw `<input>` that is not a checkbox
 * goes, as `<textarea>`, `<select>` and `<button>` go with sanitize.
 */
function dropRawInputs() {
  const walk = (node: HastRoot | Element): void => {
    node.children = node.children.filter((child) => !(child.type === 'element' && child.tagName === 'input' && String(child.properties.type ?? '').toLowerCase() !== 'checkbox'));
    for (const child of node.children) if (child.type === 'element') walk(child);
  };
  return (tree: HastRoot): void => walk(tree);
}

/**
 * Prefixes ids and names with `user-content-` unless they have it (the
 * footnotes'), so raw HTML's `<div id="api">` or `<img name="querySelector">`
 * cannot shadow the page's globals. Heading slugs are added afterwards,
 * unprefixed, as the site has them.
 */
function prefixClobbering() {
  const walk = (node: HastRoot | Element): void => {
    for (const child of node.children) {
      if (child.type !== 'element') continue;
      for (const key of CLOBBER) {
        const value = child.properties[key];
        if (typeof value === 'string' && !value.startsWith(CLOBBER_PREFIX)) child.properties[key] = CLOBBER_PREFIX + value;
        else if (Array.isArray(value)) child.properties[key] = value.map((item) => (String(item).startsWith(CLOBBER_PREFIX) ? item : CLOBBER_PREFIX + String(item)));
      }
      walk(child);
    }
  };
  return (tree: HastRoot): void => walk(tree);
}

/** The pipeline up to sanitized hast; heading ids come after, over the whole text (`slugHeadings`). */
function processor(mdx: boolean) {
  const base = unified().use(remarkParse).use(remarkGfm);
  if (mdx) {
    // In MDX, raw HTML is JSX: placeholders like every other component, and nothing raw reaches hast.
    return base.use(remarkMdx).use(mdxPlaceholders).use(remarkRehype).use(rehypeSanitize, schema).use(prefixClobbering);
  }
  // In a .md file the site renders raw HTML (Astro passes it through); here it is parsed into the
  // tree (rehype-raw) so that sanitize sees real elements and keeps only the harmless ones.
  return base.use(remarkRehype, { allowDangerousHtml: true }).use(rehypeRaw).use(dropRawInputs).use(rehypeSanitize, schema).use(prefixClobbering);
}

type Processor = ReturnType<typeof processor>;
const processors = new Map<boolean, Processor>();

function processorFor(mdx: boolean): Processor {
  let run = processors.get(mdx);
  if (!run) {
    run = processor(mdx);
    processors.set(mdx, run);
  }
  return run;
}

/** Removes what sanitize's protocol list cannot express: a data: source that is not an image. */
function dropUnsafeData(node: HastRoot | Element): void {
  for (const child of node.children) {
    if (child.type !== 'element') continue;
    const src = child.properties.src;
    if (typeof src === 'string' && /^\s*data:/i.test(src) && !DATA_IMAGE.test(src.trim())) delete child.properties.src;
    dropUnsafeData(child);
  }
}

/** Sets `dataLine` (relative to `base`) on every element with a position, and drops every node's position. */
function stampLines(node: ElementContent, base: number): void {
  if (node.type === 'element') {
    const line = node.position?.start.line;
    if (line !== undefined) node.properties.dataLine = line - base;
    for (const child of node.children) stampLines(child, base);
  }
  // Positions would make every key depend on where the block is.
  delete node.position;
}

/** Wraps a top-level text or comment node (there are none after remark-rehype but newlines) in nothing: skipped. */
const isElement = (node: HastContent): node is Element => node.type === 'element';

/**
 * Markdown (CommonMark + GFM: tables, strikethrough, task lists, autolinks,
 * footnotes) to sanitized hast, split into top-level blocks with their file
 * lines, the way the site's own unified pipeline reads it. Headings get
 * slug ids (rehype-slug, like Astro). Pure: runs in Node, the page or a worker.
 * The whole text at once; `BlockRenderer` (block-renderer.ts) renders only
 * what changed and gives the same blocks.
 */
export function renderMarkdown(body: string, { mdx, firstLine = 1 }: RenderOptions): PreviewBlock[] {
  const blocks = renderPart(body, { mdx, firstLine });
  slugHeadings(blocks.map((block) => block.node));
  for (const block of blocks) block.key = JSON.stringify(block.node);
  return blocks;
}

/**
 * `renderMarkdown` of a part of a body (or all of it), without heading ids
 * (`slugHeadings` numbers them over the whole text): `firstLine` is the
 * part's first line in the file.
 */
export function renderPart(text: string, { mdx, firstLine }: { mdx: boolean; firstLine: number }): PreviewBlock[] {
  const run = processorFor(mdx);
  let tree: HastRoot;
  try {
    tree = run.runSync(run.parse(text)) as HastRoot;
  } catch (error) {
    // MDX that does not parse (an unclosed tag) is shown as such, never half-rendered.
    if (!mdx) throw error;
    const message = error instanceof Error ? error.message : String(error);
    const line = typeof (error as { line?: unknown }).line === 'number' ? (error as { line: number }).line : 1;
    return [parseErrorBlock(message, firstLine + line - 1)];
  }
  dropUnsafeData(tree);
  const blocks: PreviewBlock[] = [];
  let previousEnd = 1;
  for (const child of tree.children) {
    if (!isElement(child)) continue;
    // The footnotes section has no position: it belongs after the last block.
    const start = child.position?.start.line ?? previousEnd;
    const end = child.position?.end.line ?? start;
    previousEnd = end;
    stampLines(child, start);
    delete child.properties.dataLine;
    blocks.push({ line: firstLine + start - 1, endLine: firstLine + end - 1, node: child, key: JSON.stringify(child) });
  }
  return blocks;
}

/** Gives the headings in `blocks` (top-level elements, in document order) their slug ids, numbered as rehype-slug numbers them over a whole text. */
export function slugHeadings(blocks: readonly Element[]): void {
  slugger.runSync({ type: 'root', children: [...blocks] });
}

const slugger = unified().use(rehypeSlug);

function parseErrorBlock(message: string, line: number): PreviewBlock {
  const node: Element = {
    type: 'element',
    tagName: 'div',
    properties: { dataMdx: 'error' },
    children: [{ type: 'text', value: `This MDX does not parse, so it is not shown: ${message}` }],
  };
  return { line, endLine: line, node, key: JSON.stringify(node) };
}
