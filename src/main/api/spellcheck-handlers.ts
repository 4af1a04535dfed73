import type { HandlerContext, HandlerGroup } from './handler-context';

export function spellcheckHandlers({ deps }: HandlerContext): HandlerGroup<'spellcheck.languages'> {
  return {
    'spellcheck.languages': async ({ langs }) =>
      deps.setSpellcheckLanguages ? { checker: 'electron', languages: deps.setSpellcheckLanguages(langs) } : { checker: 'browser', languages: [] },
  };
}
