/** Bulk-edit keys for the shortcuts overlay (group, keys, what they do). */
export const RETAG_SHORTCUTS: { group: string; keys: string[]; action: string }[] = [
  { group: 'Library', keys: ['Space'], action: 'Tick / untick the selected article' },
  { group: 'Library', keys: ['Shift', 'Space'], action: 'Tick a range (or Shift+click a box)' },
  { group: 'Library', keys: ['Ctrl', 'A'], action: 'Tick every article matching the search' },
  { group: 'Library', keys: ['E'], action: 'Bulk edit the ticked articles' },
  { group: 'Library', keys: ['Esc'], action: 'Clear the ticks (in the list)' },
  { group: 'Library', keys: ['Ctrl', 'Alt', 'Z'], action: 'Undo the last bulk edit (asks first)' },
];
