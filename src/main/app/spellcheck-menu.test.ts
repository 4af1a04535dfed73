import { describe, expect, it } from 'vitest';
import { spellcheckMenuTemplate } from './spellcheck-menu';
import type { MenuEntry, SpellcheckMenuParams } from './spellcheck-menu';

const allFlags = { canCut: true, canCopy: true, canPaste: true, canSelectAll: true };

function menu(params: Partial<SpellcheckMenuParams>) {
  const done: string[] = [];
  const entries = spellcheckMenuTemplate(
    { misspelledWord: '', dictionarySuggestions: [], isEditable: true, selectionText: '', editFlags: allFlags, ...params },
    { replaceMisspelling: (word) => done.push(`replace:${word}`), addToDictionary: (word) => done.push(`add:${word}`) },
  );
  return { entries, done };
}

/** The menu as a person reads it. */
const labels = (entries: MenuEntry[]): string[] =>
  entries.map((entry) => ('type' in entry ? '---' : 'role' in entry ? `[${entry.role}${entry.enabled ? '' : ' disabled'}]` : `${entry.label}${entry.enabled === false ? ' (disabled)' : ''}`));

const click = (entries: MenuEntry[], label: string): void => {
  const entry = entries.find((e) => 'label' in e && e.label === label);
  if (!entry || !('click' in entry) || !entry.click) throw new Error(`no clickable "${label}"`);
  entry.click();
};

describe('spellcheckMenuTemplate', () => {
  it('offers suggestions, then "add to dictionary", then the edit roles, for a misspelled word', () => {
    const { entries, done } = menu({ misspelledWord: 'teh', dictionarySuggestions: ['the', 'ten', 'tech'] });
    expect(labels(entries)).toEqual(['the', 'ten', 'tech', '---', 'Add “teh” to Dictionary', '---', '[cut]', '[copy]', '[paste]', '---', '[selectAll]']);
    click(entries, 'ten');
    click(entries, 'Add “teh” to Dictionary');
    expect(done).toEqual(['replace:ten', 'add:teh']);
  });

  it('says there are no suggestions rather than offering nothing', () => {
    const { entries } = menu({ misspelledWord: 'Zyxwv', dictionarySuggestions: [] });
    expect(labels(entries).slice(0, 3)).toEqual(['No suggestions (disabled)', '---', 'Add “Zyxwv” to Dictionary']);
  });

  it('keeps at most six suggestions', () => {
    const { entries } = menu({ misspelledWord: 'x', dictionarySuggestions: ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'] });
    expect(labels(entries).slice(0, 7)).toEqual(['a', 'b', 'c', 'd', 'e', 'f', '---']);
  });

  it('shows only the edit roles, as the page allows them, on a correct word', () => {
    const { entries } = menu({ editFlags: { canCut: false, canCopy: false, canPaste: true, canSelectAll: true } });
    expect(labels(entries)).toEqual(['[cut disabled]', '[copy disabled]', '[paste]', '---', '[selectAll]']);
  });

  it('offers Copy for selected text outside a field, and nothing without a selection', () => {
    expect(labels(menu({ isEditable: false, selectionText: 'some words' }).entries)).toEqual(['[copy]']);
    expect(menu({ isEditable: false, selectionText: '  ' }).entries).toEqual([]);
  });

  it('offers no spelling entries outside an editable field', () => {
    const { entries } = menu({ isEditable: false, misspelledWord: 'teh', dictionarySuggestions: ['the'], selectionText: 'teh' });
    expect(labels(entries)).toEqual(['[copy]']);
  });
});
