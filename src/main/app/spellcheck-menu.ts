/** What the context menu needs from Electron's `context-menu` event (a subset of `ContextMenuParams`). */
export interface SpellcheckMenuParams {
  misspelledWord: string;
  dictionarySuggestions: readonly string[];
  isEditable: boolean;
  selectionText: string;
  editFlags: { canCut: boolean; canCopy: boolean; canPaste: boolean; canSelectAll: boolean };
}

/** What the menu's items do; the shell binds them to the web contents and its session. */
export interface SpellcheckMenuActions {
  replaceMisspelling: (word: string) => void;
  addToDictionary: (word: string) => void;
}

/** One menu entry, shaped like Electron's `MenuItemConstructorOptions` (which accepts it as is). */
export type MenuEntry =
  | { type: 'separator' }
  | { label: string; enabled?: boolean; click?: () => void }
  | { role: 'cut' | 'copy' | 'paste' | 'selectAll'; enabled: boolean };

/** Suggestions beyond this many make the menu taller than useful. */
const MAX_SUGGESTIONS = 6;

/**
 * The text context menu: for a misspelled word, the checker's suggestions
 * (or "No suggestions") and "Add to Dictionary"; then Cut, Copy, Paste and
 * Select All as the page allows them. Empty where there is nothing to offer
 * (no selection outside an editable field): no menu is shown then.
 */
export function spellcheckMenuTemplate(params: SpellcheckMenuParams, actions: SpellcheckMenuActions): MenuEntry[] {
  const entries: MenuEntry[] = [];
  const word = params.misspelledWord.trim();
  if (params.isEditable && word !== '') {
    const suggestions = params.dictionarySuggestions.slice(0, MAX_SUGGESTIONS);
    if (suggestions.length === 0) entries.push({ label: 'No suggestions', enabled: false });
    for (const suggestion of suggestions) entries.push({ label: suggestion, click: () => actions.replaceMisspelling(suggestion) });
    entries.push({ type: 'separator' }, { label: `Add “${word}” to Dictionary`, click: () => actions.addToDictionary(word) }, { type: 'separator' });
  }
  if (params.isEditable) {
    entries.push(
      { role: 'cut', enabled: params.editFlags.canCut },
      { role: 'copy', enabled: params.editFlags.canCopy },
      { role: 'paste', enabled: params.editFlags.canPaste },
      { type: 'separator' },
      { role: 'selectAll', enabled: params.editFlags.canSelectAll },
    );
  } else if (params.selectionText.trim() !== '') {
    entries.push({ role: 'copy', enabled: params.editFlags.canCopy });
  }
  return entries;
}
