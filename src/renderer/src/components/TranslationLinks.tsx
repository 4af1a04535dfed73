import type { ChannelOutput } from '@shared/ipc/contract';
import { ErrorIcon } from './Icons';
import { LangBadge } from './LangBadge';

type Group = ChannelOutput<'group.read'>;

/** The other files of a translation group as links, then the workspace languages it lacks. */
export function TranslationLinks({ group, currentPath, onOpen }: { group: Group; currentPath: string; onOpen: (path: string) => void }) {
  return (
    <div className="translations" aria-label="Translations">
      {group.members.map((member) =>
        member.path === currentPath ? (
          <span key={member.path} className="translation translation--current" aria-current="page" title={member.path}>
            <LangBadge lang={member.lang} variant="own" />
            {member.isOriginal && <span className="translation-note">original</span>}
          </span>
        ) : (
          <button
            key={member.path}
            type="button"
            className="translation"
            title={`${member.title}\n${member.path}`}
            onClick={() => onOpen(member.path)}
          >
            <LangBadge lang={member.lang} variant="other" />
            {member.isOriginal && <span className="translation-note">original</span>}
            {!member.valid && <ErrorIcon size={12} className="translation-invalid" />}
          </button>
        ),
      )}
      {group.missing.map((lang) => (
        <span key={lang} className="translation translation--missing" title={`No ${lang} translation`}>
          <LangBadge lang={lang} variant="missing" />
        </span>
      ))}
    </div>
  );
}
