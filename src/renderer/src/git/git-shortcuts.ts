/** Git keys for the shortcuts overlay (group, keys, what they do). */
export const GIT_SHORTCUTS: { group: string; keys: string[]; action: string }[] = [
  { group: 'General', keys: ['Ctrl', 'Shift', 'G'], action: 'Changes: what differs from the last git commit' },
  { group: 'General', keys: ['Ctrl', 'Alt', 'K'], action: 'Commit… (pick files, write the message; Ctrl+Enter commits)' },
  { group: 'General', keys: ['Ctrl', 'Alt', 'P'], action: 'Pull from the remote' },
  { group: 'General', keys: ['Ctrl', 'Alt', 'Shift', 'P'], action: 'Push to the remote' },
  { group: 'General', keys: ['Enter'], action: 'In Changes: compare the selected file with the last commit (O opens it)' },
];
