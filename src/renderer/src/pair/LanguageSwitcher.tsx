import type { ChannelOutput } from '@shared/ipc/contract';

type Group = ChannelOutput<'group.read'>;

interface Props {
  group: Group;
  /** Path of the translation shown on the right, if any. */
  targetPath: string | null;
  onPick: (path: string) => void;
  /** Offers to create a missing language's translation; without it missing languages are only shown. */
  onCreate?: (lang: string) => void;
}

/**
 * The translation shown beside the original: one button per language of the
 * group, plus the workspace languages it lacks: with `onCreate` (the group
 * has an original) each offers to create that translation, else it is only shown.
 */
export function LanguageSwitcher({ group, targetPath, onPick, onCreate }: Props) {
  const translations = group.members.filter((member) => member.path !== group.original);
  return (
    <div className="lang-switcher" role="group" aria-label="Translation language">
      {translations.map((member) => (
        <button
          key={member.path}
          type="button"
          className={`lang-switch${member.valid ? '' : ' lang-switch--invalid'}`}
          aria-pressed={member.path === targetPath}
          title={`${member.title || member.path}${member.valid ? '' : ' — has problems'}`}
          data-lang={member.lang ?? ''}
          onClick={() => onPick(member.path)}
        >
          {member.lang ?? '?'}
        </button>
      ))}
      {group.missing.map((lang) =>
        onCreate && group.original ? (
          <button
            key={lang}
            type="button"
            className="lang-switch lang-switch--missing lang-switch--create"
            title={`Create the ${lang} translation…`}
            aria-label={`Create ${lang} translation`}
            data-lang={lang}
            onClick={() => onCreate(lang)}
          >
            {lang}
          </button>
        ) : (
          <span key={lang} className="lang-switch lang-switch--missing" title={`No ${lang} translation in this folder yet`} data-lang={lang}>
            {lang}
          </span>
        ),
      )}
      {translations.length === 0 && group.missing.length === 0 && <span className="lang-switch-note">No other languages in this folder</span>}
    </div>
  );
}
