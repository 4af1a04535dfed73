import { Menu, type BrowserWindow, type Session } from 'electron';
import { spellcheckerLanguages } from './spellcheck-languages';
import { spellcheckMenuTemplate } from './spellcheck-menu';

/**
 * The window's text context menu: the spell checker's suggestions and "add
 * to dictionary" on a misspelled word, then the edit roles
 * (spellcheck-menu.ts decides what shows).
 */
export function attachSpellcheckMenu(win: BrowserWindow): void {
  const contents = win.webContents;
  contents.on('context-menu', (_event, params) => {
    const template = spellcheckMenuTemplate(params, {
      replaceMisspelling: (word) => contents.replaceMisspelling(word),
      addToDictionary: (word) => contents.session.addWordToSpellCheckerDictionary(word),
    });
    if (template.length > 0) Menu.buildFromTemplate(template).popup({ window: win });
  });
}

/**
 * Points the session's spell checker at the open articles' languages
 * (those with a dictionary; spellcheck-languages.ts maps them) and returns
 * the dictionaries chosen. macOS checks with the system's own languages
 * (Electron ignores the list there); with no dictionary for any open
 * language, the current ones stay.
 */
export function applySpellcheckLanguages(session: Session, langs: readonly string[]): string[] {
  const chosen = spellcheckerLanguages(langs, session.availableSpellCheckerLanguages);
  if (process.platform !== 'darwin' && chosen.length > 0) session.setSpellCheckerLanguages(chosen);
  return chosen;
}
