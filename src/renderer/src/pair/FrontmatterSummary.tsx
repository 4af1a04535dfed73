import type { FieldRoles } from '@shared/model/content-model';
import type { FrontmatterSnapshot } from '../editor';
import { LangBadge } from '../components/LangBadge';

interface Props {
  snapshot: FrontmatterSnapshot;
  /** Which fields are the title and the draft flag (the collection's roles); null for a file in no collection. */
  roles: FieldRoles | null;
  /** The pane's language (from the collection's language field or the file's place). */
  lang: string | null;
  /** The full form is shown under this line. */
  open: boolean;
  onToggle: () => void;
  /** Id of the form this line opens, for `aria-controls`. */
  controls: string;
}

const text = (value: unknown): string | null => (typeof value === 'string' || typeof value === 'number' ? String(value) : null);

/** "2 problems", "YAML error" or nothing: the form's own count, so the line and the form agree. */
export function problemLabel(snapshot: FrontmatterSnapshot): string | null {
  if (snapshot.error) return snapshot.data ? 'YAML error' : snapshot.error.code === 'no-frontmatter' ? 'No frontmatter' : 'YAML error';
  const count = snapshot.issues.length;
  if (count === 0) return null;
  return count === 1 ? '1 problem' : `${count} problems`;
}

/**
 * One line standing for the frontmatter: title, language, draft or published
 * (when the collection has a title and a draft field),
 * and how many problems the form would show. It opens and folds the full form
 * (Ctrl/Cmd+Shift+F from anywhere in the pair), so the body gets the height.
 */
export function FrontmatterSummary({ snapshot, roles, lang, open, onToggle, controls }: Props) {
  const data = snapshot.data;
  const title = roles?.title === undefined ? null : text(data?.[roles.title]);
  const draft = roles?.draft === undefined ? undefined : data?.[roles.draft];
  const problems = problemLabel(snapshot);
  return (
    <button
      type="button"
      className={`fm-summary${open ? ' fm-summary--open' : ''}`}
      aria-expanded={open}
      aria-controls={open ? controls : undefined}
      title={open ? 'Fold the fields form (Ctrl+Shift+F)' : 'Show all fields (Ctrl+Shift+F)'}
      onClick={onToggle}
      data-problems={problems === null ? 0 : snapshot.error ? 1 : snapshot.issues.length}
    >
      <span className="fm-summary-chevron" aria-hidden="true">
        ▸
      </span>
      <span className="fm-summary-label">Fields</span>
      <span className="fm-summary-title" dir="auto">
        {title || <span className="fm-summary-empty">{roles === null ? 'Not in a collection' : 'No title'}</span>}
      </span>
      {lang && <LangBadge lang={lang} />}
      {data && roles?.draft !== undefined && (draft === true ? <span className="pill pill--draft">Draft</span> : <span className="fm-summary-status">Published</span>)}
      {problems && <span className="pill pill--bad">{problems}</span>}
    </button>
  );
}
