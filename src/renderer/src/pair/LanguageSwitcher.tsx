import type { ChannelOutput } from '@shared/ipc/contract';

type Group = ChannelOutput<'group.read'>;

interface Props {
  group: Group;
  /** Path of the translation shown on the right, if any. */
  targetPath: string | null;
  onPick: (path: string) => void;
}

/**
 * The translation shown beside the original: one button per language of the
 * group, plus the workspace languages it lacks (shown, not selectable: there
 * is no file to open yet).
 */
export function LanguageSwitcher({ group, targetPath, onPick }: Props) {
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
      {group.missing.map((lang) => (
        <span key={lang} className="lang-switch lang-switch--missing" title={`No ${lang} translation in this folder yet`} data-lang={lang}>
          {lang}
        </span>
      ))}
      {translations.length === 0 && group.missing.length === 0 && <span className="lang-switch-note">No other languages in this folder</span>}
    </div>
  );
}
