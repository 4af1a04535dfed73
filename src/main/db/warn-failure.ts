import { errorLine, errorStacks } from '@shared/error-line';

/**
 * Says on stderr, in one line, that background work failed and what it
 * costs (rank lists, a re-index after a change: speed or freshness, never
 * data): `Copydesk: <what>: <message> (<code>)`. The stack trace only with
 * COPYDESK_DEBUG (the command line sets it for `--debug`), as for the CLI's
 * own errors (cli-io.ts `printError`). Here, in the lowest layer that runs
 * on Node, so the database code, the services and the workers share it.
 */
export function warnFailure(what: string, error: unknown, env: NodeJS.ProcessEnv = process.env): void {
  console.warn(`Copydesk: ${what}: ${errorLine(error)}`);
  if (env.COPYDESK_DEBUG) console.warn(errorStacks(error).trimEnd());
}
