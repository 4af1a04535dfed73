import { LangBadge } from './LangBadge';

/** The languages of an article's translation group, its own language emphasised. */
export function GroupLangs({ langs, own }: { langs: string[]; own: string | null }) {
  if (langs.length <= 1) return <span className="muted-dash" aria-label="No translations">—</span>;
  return (
    <span className="group-langs" aria-label={`Translations: ${langs.join(', ')}`}>
      {langs.map((lang) => (
        <LangBadge key={lang} lang={lang} variant={lang === own ? 'own' : 'other'} />
      ))}
    </span>
  );
}
