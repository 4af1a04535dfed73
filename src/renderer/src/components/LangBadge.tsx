/** A language code as a compact badge; `variant` tells own, present and missing languages apart. */
export function LangBadge({
  lang,
  variant = 'plain',
  title,
}: {
  lang: string | null;
  variant?: 'plain' | 'own' | 'other' | 'missing';
  title?: string;
}) {
  return (
    <span className={`lang-badge lang-badge--${variant}`} title={title ?? (lang === null ? 'No language' : undefined)}>
      {lang ?? '–'}
    </span>
  );
}
