import { statSync } from 'node:fs';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { EXIT, UsageError, printError, type CliIo } from './cli-io';
import { runIndexCommand } from './index-command';
import { runModel } from './model-command';
import { runRetag } from './retag-command';
import { runRepair } from './repair-command';
import { parseLangs, runReview } from './review-command';
import { runSearch } from './search-command';
import { runServe } from './serve-command';
import { runSet } from './set-command';
import { runUndo } from './undo-command';
import { runValidate } from './validate-command';

export type { CliIo, Writer } from './cli-io';

const USAGE = {
  main: `Usage: copydesk <command> [options]

Commands:
  validate DIR [--json]                      check every article's frontmatter by its collection's schema (no index needed)
  index DIR [--db FILE] [--json]             build or update the index (search, facets, translation checks) and summarise
  search DIR QUERY [--limit N] [--db FILE] [--json]
                                             search the folder (updates the index first)
  review DIR [--json] [--langs uk,pt]        translation review statuses per collection; exit 1 when any is outdated or
                                             inconsistent, or nothing could be paired
  model DIR [--json] [--no-trust]            the folder's collections, schemas, pairing and languages, and where they come from
  serve DIR [--port N] [--db FILE]           open the Copydesk interface in a browser
  serve --sample [--port N]                  the same, on a copy of the bundled sample articles
  set DIR FILE KEY=VALUE… [--json]           change frontmatter fields of one article
  retag DIR --where QUERY [--add T] [--remove T] [--rename A=B] [--category C] [--dry-run] [--commit MSG] [--json]
                                             add, remove or rename tags in every matching article
  undo DIR [--journal ID] [--commit MSG] [--json]
                                             put back the files of the last retag (or repair)
  repair DIR FILE [--dry-run] [--replace-broken] [--json]
                                             give a translation that lost its frontmatter its original's

Run \`copydesk <command> --help\` for details. Errors are one line; add --debug for the stack trace.
validate, index, search, set and serve judge each file by its collection's schema from the folder's content
model (see \`copydesk model\`), running the site's content config unless --no-trust.
`,
  validate: `Usage: copydesk validate DIR [--json]

Checks every article under DIR (Markdown in a collection of the folder's content model): frontmatter
present, YAML/TOML/JSON well-formed, fields valid under the collection's schema.
Exit status: 0 all valid, 1 some invalid, 2 bad usage.
  --no-trust   do not run the site's content config (it is code from the folder)
  --json   print {"files", "valid", "invalid": [{"path", "errors": [{"code", "field", "line", "message"}]}]}
`,
  index: `Usage: copydesk index DIR [--db FILE] [--json]

Builds or updates the index of DIR (only changed files are read again): rows, facets and full text, then
the consistency checks of translations whose files changed, so a review reads stored results. Summarises it.
  --db FILE   index file to use (default: one per folder in the Copydesk data folder)
  --json      print {"files", "articles", "invalid", "languages", "groups", "orphans", "duplicates", "tags", "ms"}
`,
  search: `Usage: copydesk search DIR QUERY [--limit N] [--db FILE] [--json]

Updates the index of DIR, then searches it. QUERY uses the app's search syntax (words, "phrases", lang:uk, tag:MINING, …).
  --limit N   at most N results (1–500, default 20)
  --db FILE   index file to use
  --json      print {"total", "results": [{"path", "title", "lang", "snippet"}]}
`,
  review: `Usage: copydesk review DIR [--json] [--langs uk,pt] [--db FILE] [--no-trust]

Updates the index of DIR (built on first use, outside DIR), whose workers keep every file's review facts and
every translation's check results; only files changed since the last run are read again. Each article is placed
in its collection by the folder's content model (see copydesk model). Reports per target language how many
translations are missing, draft, unreviewed, needs-work, approved and outdated (the source changed since
approval), then lists outdated and inconsistent translations with reasons, and orphans. Each collection has its own source language and pairing rule.
Exit status: 0 none outdated or inconsistent, 1 some — or DIR has several languages and no translation could
be paired with an original, so nothing was compared —, 2 bad usage.
  --langs L    target languages, comma-separated; others are ignored (default: every language of each collection
               except its source language)
  --db FILE    index file to use
  --no-trust   do not run the site's content config (it is code from the folder)
  --json       print {"source", "languages": {"<lang>": {"missing", "draft", "unreviewed", "needs-work", "approved",
               "outdated"}}, "outdated": [path], "inconsistent": [{"path", "checks": [id]}], "orphans": [path],
               "collections": {"<name>": {the same fields, for that collection}}}; the top-level fields sum the collections
`,
  model: `Usage: copydesk model DIR [--json] [--no-trust]

Shows the folder's content model: its collections, where each schema comes from (copydesk.config,
the Astro content config, Astro's JSON schemas, or inferred from the files), how translations pair
(by key, locale folder or file-name suffix), the languages and the source language, with a note for
every source that was tried and set aside. See docs/content-model.md.
Exit status: 0 a model was built, 1 no Markdown files to model, 2 bad usage.
  --no-trust   do not run the site's content config (it is code from the folder)
  --json       print {"collections": [{"name", "root", "files", "schema": {"source", "note"}, "pairing": {"by", "key",
               "translatedFrom"}, "languages", "sourceLanguage"}], "ignored"}
`,
  serve: `Usage: copydesk serve DIR [--port N] [--db FILE]
       copydesk serve --sample [--port N]

Serves the Copydesk interface for DIR on http://127.0.0.1 (this computer only) and prints the URL to open.
The URL carries a one-time token; keep it private. Stop with Ctrl+C.
  --sample    serve a copy of the bundled sample articles (copied to the Copydesk data folder once)
  --port N    port to listen on (default: any free port)
  --db FILE   index file to use
`,
  set: `Usage: copydesk set DIR FILE KEY=VALUE… [--keep-updated-at] [--db FILE] [--json]

Changes frontmatter fields of FILE (a path inside DIR) and saves it the way the app does: only the
edited values change, the article must stay valid, updatedAt is set to now in its own format.
KEY is a field or a dotted path (coverImage.thumb); VALUE is YAML: draft=true, score=5,
"title=Hello world", "externalId='001'", "tags=[A, B]".
Exit status: 0 saved or already so, 1 refused (errors printed, file untouched), 2 bad usage.
  --keep-updated-at   leave updatedAt as it is
  --json              print {"path", "changed", "errors": [{"code", "field", "line", "message"}]}
`,
  retag: `Usage: copydesk retag DIR --where QUERY [--add T]… [--remove T]… [--rename A=B]… [--category C]
                      [--groups] [--ignore-case] [--dry-run] [--commit MESSAGE] [--db FILE] [--json]

Updates the index, then changes the tags (and category) of every article QUERY selects, in the
app's search syntax ('' = all). Only the tags and category lines change; every file is written
atomically and journaled, so \`copydesk undo\` can put the batch back. Should the journal become
unwritable (a full disk), it stops before changing a file it could not journal.
Exit status: 0 every selected file changed or already right, 1 some skipped or failed (listed)
or the apply stopped, 2 bad usage. --dry-run exits 0 unless usage is bad.
  --groups        include every translation of the selected articles
  --ignore-case   match tags ignoring case and spacing (Mining = MINING = " mining ")
  --dry-run       print the plan (diffs) and write nothing
  --commit MSG    then make one git commit holding exactly the files written (a file that already had
                  other uncommitted changes is left out and listed); checked before anything is written
  --json          print {"changed", "unchanged", "skipped": [{"path", "reason"}], "journal"}
                  (with --commit also "commit": "<sha>" or null, "leftOut": [{"path", "reason"}])
`,
  undo: `Usage: copydesk undo DIR [--journal ID] [--commit MESSAGE] [--db FILE] [--json]

Puts back the files changed by the latest retag batch (or batch ID). Files edited since are left alone.
Files that could not be restored now (not writable, a damaged journal copy) keep the batch undoable:
fix the cause and run undo again.
Exit status: 0 nothing left alone, 1 some file left alone or nothing to undo, 2 bad usage.
  --commit MSG   then make one git commit holding exactly the files restored (as for retag --commit)
  --json         print {"journal", "restored": [paths], "skipped": [{"path", "reason"}], "complete"}
                 complete: false while the batch stays undoable
                 (with --commit also "commit": "<sha>" or null, "leftOut": [{"path", "reason"}])
`,
  repair: `Usage: copydesk repair DIR FILE [--dry-run] [--replace-broken] [--db FILE] [--json]

Gives FILE, a translation whose frontmatter is missing or broken, the frontmatter of its original, found by
path (the same name with the source language's suffix, or the same path in the source language's folder):
the language from the path, the pairing key and translated-from field, the fields the content model marks
shared and translatable copied as written, and draft: true when the schema has a draft flag. The text after
the frontmatter keeps its exact bytes. Written atomically and journaled: \`copydesk undo DIR\` reverts it.
Exit status: 0 repaired (or nothing to repair), 1 no original found, broken YAML without --replace-broken,
or a result the schema rejects (file untouched), 2 bad usage.
  --dry-run          print the block that would be replaced and the new one; write nothing
  --replace-broken   replace frontmatter that cannot be read (look at it with --dry-run first)
  --json             print {"path", "changed", "frontmatter": {…}, "warnings": […]} (also "original",
                     "journal" when written, "error" when refused)
`,
} as const;

type Command = Exclude<keyof typeof USAGE, 'main'>;

const isCommand = (name: string): name is Command => name !== 'main' && Object.hasOwn(USAGE, name);

/**
 * Runs one `copydesk` command in-process and resolves to its exit status:
 * 0 success, 1 failure (or invalid files for `validate`), 2 bad usage.
 * Never throws; every error goes through printError: one line on stderr,
 * the stack trace only with `--debug` (or COPYDESK_DEBUG).
 */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  const env = io.env ?? process.env;
  const [name, ...rest] = argv;
  // Known before the arguments parse, so a usage error in them can still be debugged.
  const debug = rest.includes('--debug') || Boolean(env.COPYDESK_DEBUG);
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    (name === undefined ? io.stderr : io.stdout).write(USAGE.main);
    return name === undefined ? EXIT.usage : EXIT.ok;
  }
  if (!isCommand(name)) {
    return printError(io, new UsageError(`unknown command "${name}".`), { prefix: 'copydesk', usage: USAGE.main, debug });
  }
  try {
    return await runCommand(name, rest, io);
  } catch (error) {
    return printError(io, error, { prefix: `copydesk ${name}`, usage: USAGE[name], debug });
  }
}

const OPTIONS = {
  json: { type: 'boolean' },
  db: { type: 'string' },
  limit: { type: 'string' },
  port: { type: 'string' },
  sample: { type: 'boolean' },
  langs: { type: 'string' },
  'keep-updated-at': { type: 'boolean' },
  where: { type: 'string' },
  add: { type: 'string', multiple: true },
  remove: { type: 'string', multiple: true },
  rename: { type: 'string', multiple: true },
  category: { type: 'string' },
  groups: { type: 'boolean' },
  'ignore-case': { type: 'boolean' },
  'dry-run': { type: 'boolean' },
  journal: { type: 'string' },
  commit: { type: 'string' },
  debug: { type: 'boolean' },
  'no-trust': { type: 'boolean' },
  'replace-broken': { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} satisfies ParseArgsConfig['options'];

const ALLOWED: Record<Command, ReadonlyArray<keyof typeof OPTIONS>> = {
  validate: ['json', 'no-trust', 'help'],
  index: ['db', 'json', 'no-trust', 'help'],
  search: ['db', 'json', 'limit', 'no-trust', 'help'],
  serve: ['db', 'port', 'sample', 'no-trust', 'help'],
  review: ['json', 'langs', 'db', 'no-trust', 'help'],
  model: ['json', 'no-trust', 'help'],
  set: ['db', 'json', 'keep-updated-at', 'no-trust', 'help'],
  retag: ['db', 'json', 'where', 'add', 'remove', 'rename', 'category', 'groups', 'ignore-case', 'dry-run', 'commit', 'help'],
  undo: ['db', 'json', 'journal', 'commit', 'help'],
  repair: ['db', 'json', 'dry-run', 'replace-broken', 'help'],
};

async function runCommand(name: Command, args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parse(name, args);
  if (values.help) {
    io.stdout.write(USAGE[name]);
    return EXIT.ok;
  }
  const json = values.json ?? false;
  const debug = (values.debug ?? false) || Boolean((io.env ?? process.env).COPYDESK_DEBUG);
  // Run on a folder on purpose, a command may run the site's content config to learn its schemas.
  const trusted = !(values['no-trust'] ?? false);
  switch (name) {
    case 'validate': {
      const [dir] = expectPositionals(positionals, ['DIR']);
      return runValidate(existingFolder(dir), { json, trusted }, io);
    }
    case 'index': {
      const [dir] = expectPositionals(positionals, ['DIR']);
      return runIndexCommand(existingFolder(dir), { db: values.db, json, trusted }, io);
    }
    case 'search': {
      const [dir, query] = expectPositionals(positionals, ['DIR', 'QUERY']);
      const limit = integerOption('--limit', values.limit, 20, 1, 500);
      return runSearch(existingFolder(dir), query, { db: values.db, json, limit, trusted }, io);
    }
    case 'review': {
      const [dir] = expectPositionals(positionals, ['DIR']);
      return runReview(existingFolder(dir), { json, langs: parseLangs(values.langs), trusted, db: values.db }, io);
    }
    case 'model': {
      const [dir] = expectPositionals(positionals, ['DIR']);
      return runModel(existingFolder(dir), { json, trusted }, io);
    }
    case 'serve': {
      const sample = values.sample ?? false;
      const port = integerOption('--port', values.port, 0, 0, 65535);
      if (sample) {
        if (positionals.length > 0) throw new UsageError('give either DIR or --sample, not both.');
        return runServe({ sample, port, db: values.db, debug, trusted }, io);
      }
      const [dir] = expectPositionals(positionals, ['DIR']);
      return runServe({ root: existingFolder(dir), sample, port, db: values.db, debug, trusted }, io);
    }
    case 'set': {
      const [dir, file, ...assignments] = positionals;
      if (dir === undefined || file === undefined) throw new UsageError(`missing ${dir === undefined ? 'DIR, ' : ''}FILE and KEY=VALUE.`);
      return runSet(existingFolder(dir), file, assignments, { db: values.db, json, keepUpdatedAt: values['keep-updated-at'] ?? false, trusted }, io);
    }
    case 'repair': {
      const [dir, file] = expectPositionals(positionals, ['DIR', 'FILE']);
      return runRepair(existingFolder(dir), file, { db: values.db, json, dryRun: values['dry-run'] ?? false, replaceBroken: values['replace-broken'] ?? false }, io);
    }
    case 'retag': {
      const [dir] = expectPositionals(positionals, ['DIR']);
      if (values.where === undefined) throw new UsageError("--where QUERY is required (--where '' selects every article).");
      return runRetag(
        existingFolder(dir),
        {
          where: values.where,
          add: values.add ?? [],
          remove: values.remove ?? [],
          rename: values.rename ?? [],
          ...(values.category !== undefined && { category: values.category }),
          groups: values.groups ?? false,
          ignoreCase: values['ignore-case'] ?? false,
          dryRun: values['dry-run'] ?? false,
          json,
          ...(values.db !== undefined && { db: values.db }),
          ...(values.commit !== undefined && { commit: values.commit }),
        },
        io,
      );
    }
    case 'undo': {
      const [dir] = expectPositionals(positionals, ['DIR']);
      return runUndo(existingFolder(dir), { journal: values.journal, db: values.db, json, ...(values.commit !== undefined && { commit: values.commit }) }, io);
    }
  }
}

function parse(name: Command, args: string[]): ReturnType<typeof parseArgs<{ options: typeof OPTIONS; allowPositionals: true; strict: true }>> {
  let parsed;
  try {
    parsed = parseArgs({ args, options: OPTIONS, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  // --debug applies to every command.
  const extra = Object.keys(parsed.values).find((key) => key !== 'debug' && !(ALLOWED[name] as readonly string[]).includes(key));
  if (extra !== undefined) throw new UsageError(`option --${extra} does not apply to ${name}.`);
  return parsed;
}

function expectPositionals<const N extends readonly string[]>(given: string[], names: N): { [K in keyof N]: string } {
  if (given.length < names.length) throw new UsageError(`missing ${names.slice(given.length).join(' and ')}.`);
  if (given.length > names.length) throw new UsageError(`unexpected argument "${given[names.length]}" (quote a QUERY that has spaces).`);
  return given as unknown as { [K in keyof N]: string };
}

function integerOption(flag: string, raw: string | undefined, fallback: number, min: number, max: number): number {
  if (raw === undefined) return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new UsageError(`${flag} must be a whole number from ${min} to ${max}, not "${raw}".`);
  }
  return value;
}

function existingFolder(dir: string): string {
  const info = statSync(dir, { throwIfNoEntry: false });
  if (!info?.isDirectory()) throw new UsageError(`"${dir}" is not a folder.`);
  return dir;
}
