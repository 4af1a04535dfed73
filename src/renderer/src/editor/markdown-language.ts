import { markdown, markdownLanguage } from '@codemirror/lang-markdown';
import { yamlFrontmatter } from '@codemirror/lang-yaml';
import type { Extension } from '@codemirror/state';

/**
 * Markdown (GitHub flavour: tables, strikethrough, task lists) with the
 * leading `---` block highlighted as YAML.
 */
export function markdownWithFrontmatter(): Extension {
  return yamlFrontmatter({ content: markdown({ base: markdownLanguage }) });
}
