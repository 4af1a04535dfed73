import type { Root, RootContent } from 'mdast';

/** The kind of MDX construct a placeholder stands for; sanitize lets only these values through. */
export type MdxKind = 'component' | 'expression' | 'esm';

/** Node types remark-mdx adds to mdast (declared loosely: their types come from mdast-util-mdx, not installed as types). */
interface MdxNode {
  type: string;
  name?: string | null;
  value?: string;
  children?: RootContent[];
  data?: Record<string, unknown>;
}

const LABEL_CHARS = 60;

const shorten = (text: string): string => {
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length > LABEL_CHARS ? `${line.slice(0, LABEL_CHARS - 1)}…` : line;
};

/** A label element (`span`) that remark-rehype turns into hast; its text is only text. */
function label(text: string): RootContent {
  return { type: 'emphasis', data: { hName: 'span', hProperties: { dataMdxLabel: '' } }, children: [{ type: 'text', value: text }] } as RootContent;
}

/** Rewrites one MDX node in place into a plain element with a label; returns whether it was one. */
function toPlaceholder(node: MdxNode): boolean {
  const flow = node.type.endsWith('FlowElement') || node.type === 'mdxFlowExpression' || node.type === 'mdxjsEsm';
  const tag = flow ? 'div' : 'span';
  let kind: MdxKind;
  let text: string;
  let children: RootContent[] = [];
  if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
    kind = 'component';
    text = node.name ? `<${node.name}> component` : '<> fragment';
    children = node.children ?? [];
  } else if (node.type === 'mdxFlowExpression' || node.type === 'mdxTextExpression') {
    kind = 'expression';
    text = `{${shorten(node.value ?? '')}} expression (not run)`;
  } else if (node.type === 'mdxjsEsm') {
    kind = 'esm';
    text = `${shorten(node.value ?? '')} (not run)`;
  } else {
    return false;
  }
  // Everything the MDX node carried (attributes, estree programs) is dropped; only the label and
  // the Markdown children stay, and those go through sanitize like any other content.
  const rewritten = node as unknown as Record<string, unknown>;
  for (const key of Object.keys(rewritten)) if (key !== 'position') delete rewritten[key];
  rewritten.type = flow ? 'blockquote' : 'emphasis';
  rewritten.data = { hName: tag, hProperties: { dataMdx: kind } };
  rewritten.children = flow && children.length > 0 ? [{ type: 'paragraph', children: [label(text)] }, ...children] : [label(text), ...children];
  return true;
}

/**
 * A remark plugin for `.mdx` files: every JSX element, `{expression}` and
 * `import`/`export` becomes a labelled placeholder ("<Callout> component")
 * before remark-rehype, so nothing of them is ever evaluated and the sanitize
 * step sees plain elements. A component's Markdown children still render.
 */
export function mdxPlaceholders() {
  return (tree: Root): void => {
    const walk = (node: MdxNode): void => {
      toPlaceholder(node);
      for (const child of node.children ?? []) walk(child as MdxNode);
    };
    walk(tree as unknown as MdxNode);
  };
}
