import type { Document } from 'yaml';
import type { ParsedFrontmatter } from './parse-frontmatter';
import { surveyStyle, type DocumentStyle } from './document-style';

/** Everything one edit call needs about the file, parsed once; the style survey runs only if asked for. */
export interface EditContext {
  source: string;
  /** Offset of the YAML block in `source`; node ranges are relative to it. */
  base: number;
  /** End of the YAML block: the start of the closing `---` line. */
  yamlTo: number;
  eol: string;
  doc: Document.Parsed;
  style(): DocumentStyle;
}

export function createEditContext(parsed: ParsedFrontmatter): EditContext {
  let style: DocumentStyle | undefined;
  const { text, block, doc } = parsed;
  return {
    source: text,
    base: block.yamlFrom,
    yamlTo: block.yamlTo,
    eol: block.eol,
    doc,
    style: () => (style ??= surveyStyle(doc.contents, text, block.yamlFrom)),
  };
}
