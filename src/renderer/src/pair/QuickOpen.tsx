import { useEffect, useRef, useState } from 'react';
import type { KeyboardEvent } from 'react';
import type { ChannelOutput } from '@shared/ipc/contract';
import { call, errorMessage } from '../api/client';
import { ErrorIcon, SearchIcon } from '../components/Icons';
import { LangBadge } from '../components/LangBadge';
import { useDebouncedValue } from '../hooks/useDebouncedValue';
import { fuzzySegments } from '../lib/fuzzy-segments';

type Result = ChannelOutput<'articles.find'>['results'][number];

interface Props {
  onOpen: (path: string) => void;
  onClose: () => void;
}

function Highlighted({ text, query }: { text: string; query: string }) {
  return (
    <>
      {fuzzySegments(text, query).map((segment, i) => (segment.match ? <mark key={i}>{segment.text}</mark> : <span key={i}>{segment.text}</span>))}
    </>
  );
}

/**
 * Ctrl/Cmd+P: fuzzy-find any article by title or path across the whole
 * index as you type; ↑/↓ move, Enter (or a click) opens it in the pair view,
 * Esc closes.
 */
export function QuickOpen({ onOpen, onClose }: Props) {
  const [text, setText] = useState('');
  const query = useDebouncedValue(text, 40);
  const [results, setResults] = useState<Result[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [selected, setSelected] = useState(0);
  const inputRef = useRef<HTMLInputElement>(null);
  const listRef = useRef<HTMLUListElement>(null);

  useEffect(() => inputRef.current?.focus(), []);

  useEffect(() => {
    let live = true;
    call('articles.find', { text: query, limit: 50 }).then(
      (answer) => {
        if (!live) return;
        setResults(answer.results);
        setSelected(0);
        setError(null);
      },
      (caught: unknown) => live && setError(errorMessage(caught)),
    );
    return () => {
      live = false;
    };
  }, [query]);

  useEffect(() => {
    listRef.current?.querySelector(`[data-index="${selected}"]`)?.scrollIntoView({ block: 'nearest' });
  }, [selected]);

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>): void => {
    if (event.key === 'ArrowDown') setSelected((i) => Math.min(results.length - 1, i + 1));
    else if (event.key === 'ArrowUp') setSelected((i) => Math.max(0, i - 1));
    else if (event.key === 'Enter') {
      const result = results[selected];
      if (result) onOpen(result.path);
    } else if (event.key === 'Escape') onClose();
    else return;
    event.preventDefault();
    event.stopPropagation();
  };

  const pending = text !== query;
  return (
    <div className="overlay overlay--top" onClick={onClose}>
      <div className="quick-open" role="dialog" aria-modal="true" aria-label="Quick open" onClick={(event) => event.stopPropagation()}>
        <div className="quick-open-field">
          <SearchIcon className="quick-open-icon" />
          <input
            ref={inputRef}
            className="quick-open-input"
            type="text"
            role="combobox"
            aria-label="Find an article by title or path"
            aria-expanded="true"
            aria-controls="quick-open-results"
            aria-activedescendant={results[selected] ? `quick-open-${selected}` : undefined}
            placeholder="Find an article by title or path…"
            value={text}
            onChange={(event) => setText(event.target.value)}
            onKeyDown={onKeyDown}
          />
        </div>
        {error && <p className="quick-open-note quick-open-note--error">{error}</p>}
        <ul className="quick-open-results" id="quick-open-results" role="listbox" aria-label="Matching articles" ref={listRef} aria-busy={pending}>
          {results.map((result, index) => (
            <li
              key={result.path}
              id={`quick-open-${index}`}
              role="option"
              aria-selected={index === selected}
              data-index={index}
              data-path={result.path}
              className="quick-open-result"
              onMouseMove={() => setSelected(index)}
              onClick={() => onOpen(result.path)}
            >
              <LangBadge lang={result.lang} />
              <span className="quick-open-text">
                <span className="quick-open-title">
                  <Highlighted text={result.title || result.path} query={query} />
                </span>
                <span className="quick-open-path">
                  <Highlighted text={result.path} query={query} />
                </span>
              </span>
              {!result.valid && (
                <span className="invalid-icon" aria-label="Invalid" title="Has problems">
                  <ErrorIcon />
                </span>
              )}
            </li>
          ))}
        </ul>
        {results.length === 0 && !error && <p className="quick-open-note">{query.trim() ? 'No article matches.' : 'No articles.'}</p>}
        <p className="quick-open-hint">
          <kbd>↑</kbd>
          <kbd>↓</kbd> move · <kbd>Enter</kbd> open · <kbd>Esc</kbd> close
        </p>
      </div>
    </div>
  );
}
