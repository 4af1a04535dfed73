import { CopydeskError } from '@shared/errors';
import { contract, type ChannelOutput } from '@shared/ipc/contract';
import { createHandlers } from '../api/handlers';
import { serve } from '../api/serve';
import { EXIT, type CliIo } from './cli-io';
import { openCliWorkspace } from './open-workspace';

/** Match markers inside FTS snippets (see contract: articleRow.snippet). */
const MARK_START = '\uE000';
const MARK_END = '\uE001';

/** One hit as `copydesk search --json` prints it. */
export interface SearchResult {
  path: string;
  title: string;
  lang: string | null;
  snippet: string;
}

/** The JSON printed by `copydesk search --json`; other tools read it, keep its shape. */
export interface SearchReport {
  total: number;
  results: SearchResult[];
}

/**
 * `copydesk search DIR QUERY`: brings the index up to date quietly, then runs
 * the query through the same `articles.query` handler the app uses, so the
 * query language and its validation are identical.
 */
export async function runSearch(root: string, query: string, options: { db?: string; json: boolean; limit: number; trusted?: boolean }, io: CliIo): Promise<number> {
  const ws = openCliWorkspace(root, options.db, io.stderr, options.trusted ?? true);
  try {
    await ws.index({ signal: io.signal });
    const dispatch = serve(
      contract,
      createHandlers({ getWorkspace: () => ws, openWorkspace: async () => ws, canOpenOther: false, recentFolders: () => [] }),
    );
    const envelope = await dispatch('articles.query', { query, sort: 'relevance', limit: options.limit });
    if (!envelope.ok) throw CopydeskError.fromData(envelope.error);
    const answer = envelope.value as ChannelOutput<'articles.query'>;
    for (const warning of answer.warnings) io.stderr.write(`warning: ${warning}\n`);
    for (const notice of answer.notices ?? []) io.stderr.write(`note: ${notice}\n`);

    const report: SearchReport = {
      total: answer.total,
      results: answer.rows.map((row) => ({ path: row.path, title: row.title, lang: row.lang, snippet: stripMarks(row.snippet ?? '') })),
    };
    if (options.json) {
      io.stdout.write(`${JSON.stringify(report)}\n`);
    } else {
      for (const row of answer.rows) {
        io.stdout.write(`${row.path}  [${row.lang ?? '?'}]  ${row.title}\n`);
        const snippet = row.snippet ?? '';
        if (snippet !== '') io.stdout.write(`    ${io.stdout.isTTY ? boldMarks(snippet) : stripMarks(snippet)}\n`);
      }
      io.stdout.write(`${answer.total} match${answer.total === 1 ? '' : 'es'}${answer.total > answer.rows.length ? ` (showing ${answer.rows.length})` : ''}.\n`);
    }
    return EXIT.ok;
  } finally {
    await ws.close();
  }
}

/** Snippet text without the private-use match markers. */
export function stripMarks(snippet: string): string {
  return snippet.replaceAll(MARK_START, '').replaceAll(MARK_END, '');
}

function boldMarks(snippet: string): string {
  return snippet.replaceAll(MARK_START, '\x1b[1m').replaceAll(MARK_END, '\x1b[22m');
}
