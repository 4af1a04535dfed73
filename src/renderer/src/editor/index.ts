/**
 * Copydesk's CodeMirror extensions. No React here: every module works on
 * EditorState/EditorView alone, and those that need only EditorState are
 * tested in Node.
 */
export { articleEditor, type ArticleEditorOptions } from './article-editor';
export { editorSetup } from './editor-setup';
export { copydeskTheme } from './editor-theme';
export { markdownWithFrontmatter } from './markdown-language';
export { preserveLineEndings, lineBreakCodec, type LineBreakCodec } from './line-endings';
export {
  frontmatterSync,
  frontmatterState,
  formEdit,
  editFrontmatter,
  setFrontmatterField,
  type FrontmatterSnapshot,
  type FormEditOptions,
  type FormEditResult,
} from './frontmatter-sync';
export {
  frontmatterFold,
  foldFrontmatter,
  toggleFrontmatterFold,
  isFrontmatterFolded,
  frontmatterFoldRange,
  frontmatterFoldLabel,
} from './frontmatter-fold';
export { frontmatterSchema, validateFrontmatter, type FieldIssue } from './frontmatter-issues';
export { frontmatterLint, frontmatterDiagnostics, type FrontmatterLintOptions } from './frontmatter-lint';
export { fieldLocator, type Span } from './field-locations';
export { frontmatterEnd } from './frontmatter-range';
export { trackSaved, markSaved, isDirty, savedBaseline } from './saved-baseline';
export { replaceDocument, minimalChange, type ReplaceOptions } from './replace-document';
export { readOnlyToggle, setReadOnly, isReadOnly } from './read-only-toggle';
export { compareView, type CompareOptions } from './merge-view';
export { keystrokeMark } from './keystroke-mark';
export { spellcheck, setSpellcheckLanguage, nonProseRanges } from './spellcheck';
