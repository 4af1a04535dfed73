import type { MouseEvent } from 'react';

/**
 * A row's tick box. Not a focus stop: the listbox keeps focus (Space ticks
 * the selected row), and a click must neither select nor open the row.
 */
export function RowCheck({ checked, label, onToggle }: { checked: boolean; label: string; onToggle: (shift: boolean) => void }) {
  const onClick = (event: MouseEvent): void => {
    event.stopPropagation();
    onToggle(event.shiftKey);
  };
  return (
    <span
      className={`row-check${checked ? ' row-check--on' : ''}`}
      role="checkbox"
      aria-checked={checked}
      aria-label={label}
      onMouseDown={(event) => event.preventDefault()}
      onClick={onClick}
      onDoubleClick={(event) => event.stopPropagation()}
    />
  );
}

/** The list header's box: ticks the rows on screen, or clears. */
export function HeaderCheck({ state, onClick }: { state: 'none' | 'some' | 'all'; onClick: () => void }) {
  return (
    <span
      className={`row-check row-check--header${state === 'all' ? ' row-check--on' : state === 'some' ? ' row-check--some' : ''}`}
      role="checkbox"
      aria-checked={state === 'all' ? true : state === 'some' ? 'mixed' : false}
      aria-label={state === 'none' ? 'Tick the articles on screen' : 'Clear the ticks'}
      title={state === 'none' ? 'Tick the articles on screen (Ctrl+A: every match)' : 'Clear the ticks (Esc)'}
      onMouseDown={(event) => event.preventDefault()}
      onClick={onClick}
    />
  );
}
