import { linter } from '@codemirror/lint';
import type { Diagnostic } from '@codemirror/lint';
import type { EditorState, Extension } from '@codemirror/state';
import { fieldLocator } from './field-locations';
import { frontmatterState } from './frontmatter-sync';

/**
 * Lint marks for the frontmatter: the YAML syntax error on its line, or one
 * mark per schema problem on the offending key (an absent field on its
 * parent, or on the opening `---`). Pure: needs only the state.
 */
export function frontmatterDiagnostics(state: EditorState): Diagnostic[] {
  const snapshot = state.field(frontmatterState);
  const { doc } = state;
  if (snapshot.error) {
    const line = doc.line(Math.min(Math.max(snapshot.error.line ?? 1, 1), doc.lines));
    // TOML or JSON frontmatter is not a mistake: the form just cannot edit it.
    const severity = snapshot.error.code === 'other-format' ? 'info' : 'error';
    return [{ from: line.from, to: Math.max(line.from, line.to), severity, source: severity === 'info' ? 'Frontmatter' : 'YAML', message: snapshot.error.message }];
  }
  if (snapshot.issues.length === 0 || snapshot.end === null) return [];
  const locate = fieldLocator(doc.sliceString(0, snapshot.end));
  if (!locate) return [];
  return snapshot.issues.map((issue) => {
    const span = locate(issue.path);
    return {
      from: span.from,
      to: span.to,
      severity: 'error',
      source: 'Schema',
      message: issue.sentence,
    };
  });
}

/** Options for `frontmatterLint`. */
export interface FrontmatterLintOptions {
  /** Milliseconds after the last change before marks update (default 250). */
  delay?: number;
}

/** Shows `frontmatterDiagnostics` as lint marks. */
export function frontmatterLint(options: FrontmatterLintOptions = {}): Extension {
  return linter((view) => frontmatterDiagnostics(view.state), {
    delay: options.delay ?? 250,
  });
}
