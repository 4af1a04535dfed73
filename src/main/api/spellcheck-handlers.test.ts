import { describe, expect, it } from 'vitest';
import { contract } from '@shared/ipc/contract';
import { spellcheckerLanguages } from '../app/spellcheck-languages';
import { createHandlers, type HandlerDeps } from './handlers';
import { serve } from './serve';

const host: HandlerDeps = { getWorkspace: () => null, openWorkspace: () => Promise.reject(new Error('no')), canOpenOther: false, recentFolders: () => [] };

describe('spellcheck.languages', () => {
  it('hands the open articles’ languages to the shell and answers the dictionaries it chose', async () => {
    const applied: string[][] = [];
    const dispatch = serve(
      contract,
      createHandlers({
        ...host,
        // The shell's own mapping, over a fixed dictionary list instead of Electron's session.
        setSpellcheckLanguages: (langs) => {
          const chosen = spellcheckerLanguages(langs, ['en-US', 'pt-PT', 'uk']);
          applied.push(chosen);
          return chosen;
        },
      }),
    );
    expect(await dispatch('spellcheck.languages', { langs: ['en', 'pt', 'ja'] })).toEqual({ ok: true, value: { checker: 'electron', languages: ['en-US', 'pt-PT'] } });
    expect(applied).toEqual([['en-US', 'pt-PT']]);
  });

  it('answers that the browser checks on its own where there is no shell (copydesk serve)', async () => {
    const dispatch = serve(contract, createHandlers(host));
    expect(await dispatch('spellcheck.languages', { langs: ['uk'] })).toEqual({ ok: true, value: { checker: 'browser', languages: [] } });
  });

  it('refuses an oversized list before it reaches the shell', async () => {
    let called = false;
    const dispatch = serve(contract, createHandlers({ ...host, setSpellcheckLanguages: () => ((called = true), []) }));
    const answer = await dispatch('spellcheck.languages', { langs: Array.from({ length: 33 }, (_, i) => `l${i}`) });
    expect(answer.ok ? null : answer.error.code).toBe('bad-input');
    expect(called).toBe(false);
  });
});
