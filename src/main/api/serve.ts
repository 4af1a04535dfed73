import type { z } from 'zod';
import { CopydeskError, type CopydeskErrorData } from '@shared/errors';
import type { Channel } from '@shared/ipc/channels';
import type { Contract } from '@shared/ipc/contract';
import type { Envelope } from '@shared/ipc/envelope';
import type { Handlers } from './handlers';
import { publicMessage } from './public-message';

/**
 * Calls one channel with untrusted input and always answers with an envelope;
 * never throws. `signal`: the caller went away; the handler still finishes
 * (its work may be shared), but its answer is not checked or kept.
 */
export type Dispatch = (channel: string, rawInput: unknown, signal?: AbortSignal) => Promise<Envelope<unknown>>;

/** Where unexpected failures are reported; they never reach the caller in full. */
export type ServeLogger = (message: string, error: unknown) => void;

const defaultLogger: ServeLogger = (message, error) => console.error(`[copydesk] ${message}`, error);

/**
 * Binds handlers to the contract. This is the only place where input and
 * output are validated: input failures are the caller's (`bad-input`), output
 * failures are ours (`internal`, logged), and a thrown CopydeskError keeps
 * its code (an `internal` one loses absolute paths and system text, see
 * publicMessage). Transports call the returned function and only map envelopes.
 */
export function serve(contract: Contract, handlers: Handlers, log: ServeLogger = defaultLogger): Dispatch {
  const isChannel = (name: string): name is Channel => Object.hasOwn(contract, name);

  return async (channel, rawInput, signal) => {
    if (!isChannel(channel)) {
      return failure({ code: 'bad-input', message: `Unknown channel "${channel}".` });
    }
    const { input: inputSchema, output: outputSchema } = contract[channel];
    // IPC `invoke(channel)` and an empty HTTP body both arrive as undefined: treat as `{}`.
    const parsedInput = inputSchema.safeParse(rawInput ?? {});
    if (!parsedInput.success) {
      return failure({
        code: 'bad-input',
        message: `Invalid input for ${channel}: ${describeZodError(parsedInput.error)}`,
      });
    }

    let value: unknown;
    try {
      // The schema and the handler are both looked up by `channel`, so they agree;
      // TypeScript cannot correlate the two lookups across the union, hence the cast.
      const handler = handlers[channel] as (input: unknown) => Promise<unknown>;
      value = await handler(parsedInput.data);
    } catch (error) {
      if (error instanceof CopydeskError) {
        if (error.code !== 'internal') return failure(error.toJSON());
        // Ours, but it may quote a lower layer's system message: the caller gets it without absolute paths.
        const message = publicMessage(error.message);
        if (message !== error.message) log(`${channel} failed`, error);
        return failure({ ...error.toJSON(), message });
      }
      log(`${channel} failed`, error);
      return failure(unexpectedFailure(channel, error, parsedInput.data));
    }

    if (signal?.aborted) return failure({ code: 'internal', message: `${channel}: the caller no longer waits for the answer.` });
    const parsedOutput = outputSchema.safeParse(value);
    if (!parsedOutput.success) {
      log(`${channel} returned a value that breaks the contract: ${describeZodError(parsedOutput.error)}`, value);
      return failure({ code: 'internal', message: `Unexpected error in ${channel}: the answer did not match the contract.` });
    }
    return { ok: true, value: parsedOutput.data };
  };
}

function failure(error: CopydeskErrorData): Envelope<never> {
  return { ok: false, error };
}

/** `limit: Too big: expected number to be <=500; query: …` — short enough for one line. */
export function describeZodError(error: z.ZodError): string {
  return error.issues
    .slice(0, 5)
    .map((issue) => (issue.path.length > 0 ? `${issue.path.join('.')}: ${issue.message}` : issue.message))
    .join('; ');
}

/** System errors that mean the path the caller gave cannot be used. */
const BAD_PATH_CODES = new Set(['ELOOP', 'ENOTDIR', 'ENAMETOOLONG']);

/**
 * What the caller learns of a failure that is not a CopydeskError: its
 * system code and the workspace-relative path it sent, never the error's
 * own message (a system message names the absolute path, as in
 * "ENAMETOOLONG … realpath '/home/…'"); that goes to the log.
 */
function unexpectedFailure(channel: string, error: unknown, input: unknown): CopydeskErrorData {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  const systemCode = typeof code === 'string' && /^E[A-Z]+$/.test(code) ? code : undefined;
  const sent = (input as { path?: unknown } | null)?.path;
  const path = typeof sent === 'string' ? sent : undefined;
  const where = path !== undefined ? { path } : {};
  if (systemCode !== undefined && BAD_PATH_CODES.has(systemCode)) {
    return { code: 'bad-input', message: `${channel}: the path${path !== undefined ? ` "${shorten(path)}"` : ''} cannot be used (${systemCode}).`, ...where };
  }
  return { code: 'internal', message: `Unexpected error in ${channel}${systemCode !== undefined ? ` (${systemCode})` : ''}; the details are in the log.`, ...where };
}

function shorten(path: string): string {
  return path.length > 120 ? `${path.slice(0, 60)}…${path.slice(-40)}` : path;
}
