import type { CopydeskErrorData } from '../errors';

/**
 * Every transport answers with the same envelope. Errors travel as data because
 * neither Electron IPC nor HTTP keeps an Error's class or fields.
 */
export type Envelope<T> = { ok: true; value: T } | { ok: false; error: CopydeskErrorData };
