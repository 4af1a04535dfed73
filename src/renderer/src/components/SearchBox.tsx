import type { KeyboardEvent, Ref } from 'react';
import { CloseIcon, SearchIcon, WarningIcon } from './Icons';

interface Props {
  value: string;
  onChange: (value: string) => void;
  onKeyDown: (event: KeyboardEvent<HTMLInputElement>) => void;
  warnings: string[];
  /** What the search did differently from what was typed ("Searched the first 32 of 40 different words…"). */
  notices?: string[];
  inputRef: Ref<HTMLInputElement>;
}

/** The query box: free text plus `key:value` filters; the single source of truth for what is shown. */
export function SearchBox({ value, onChange, onKeyDown, warnings, notices = [], inputRef }: Props) {
  const describedBy = [warnings.length > 0 ? 'search-warnings' : 'search-hint', notices.length > 0 && 'search-notices'].filter(Boolean).join(' ');
  return (
    <div className="search">
      <div className="search-field">
        <SearchIcon className="search-icon" />
        <input
          ref={inputRef}
          type="search"
          className="search-input"
          aria-label="Search articles"
          aria-describedby={describedBy}
          aria-controls="article-list"
          placeholder="Search…   lang:uk  tag:MINING  status:outdated  missing:de"
          spellCheck={false}
          autoComplete="off"
          value={value}
          onChange={(event) => onChange(event.target.value)}
          onKeyDown={onKeyDown}
        />
        {value && (
          <button type="button" className="icon-button search-clear" aria-label="Clear search" title="Clear (Esc)" onClick={() => onChange('')}>
            <CloseIcon size={12} />
          </button>
        )}
        <kbd className="search-kbd" id="search-hint" aria-label="Press slash to search">
          /
        </kbd>
      </div>
      {warnings.length > 0 && (
        <ul className="search-warnings" id="search-warnings" role="status">
          {warnings.map((warning) => (
            <li key={warning}>
              <WarningIcon size={12} /> {warning}
            </li>
          ))}
        </ul>
      )}
      {notices.length > 0 && (
        <p className="search-notices" id="search-notices" role="status" data-testid="search-notices" title={notices.join(' ')}>
          {notices.join(' ')}
        </p>
      )}
    </div>
  );
}
