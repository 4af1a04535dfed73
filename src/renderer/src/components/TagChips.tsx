import { fitTags } from '../lib/fit-tags';

/** Tags as whole chips that fit the column, then `+N` with the rest in its tooltip. */
export function TagChips({ tags, budget = 26 }: { tags: string[]; budget?: number }) {
  const { shown, hidden } = fitTags(tags, budget);
  return (
    <span className="tag-chips">
      {shown.map((tag) => (
        <span key={tag} className="chip" title={tag}>
          {tag}
        </span>
      ))}
      {hidden.length > 0 && (
        <span className="chip chip--more" title={hidden.join(', ')}>
          +{hidden.length}
        </span>
      )}
    </span>
  );
}
