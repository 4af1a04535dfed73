import { afterEach, describe, expect, it, vi } from 'vitest';
import { CopydeskError } from '@shared/errors';
import { warnFailure } from './warn-failure';

let warned: string[];
afterEach(() => vi.restoreAllMocks());
function capture(): void {
  warned = [];
  vi.spyOn(console, 'warn').mockImplementation((...args: unknown[]) => void warned.push(args.map(String).join(' ')));
}

describe('warnFailure', () => {
  const systemError = Object.assign(new Error("ENOSPC: no space left on device, write"), { code: 'ENOSPC' });

  it('says what failed and why in one line, with the code, and no stack', () => {
    capture();
    warnFailure('building the rank lists failed', systemError, {});
    warnFailure('re-indexing changed files failed', new CopydeskError('forbidden', 'a.md is read-only.', { path: 'a.md' }), {});
    warnFailure('saving failed', 'a string\nover two lines', {});
    expect(warned).toEqual([
      'Copydesk: building the rank lists failed: ENOSPC: no space left on device, write',
      'Copydesk: re-indexing changed files failed: a.md is read-only. (forbidden)',
      'Copydesk: saving failed: a string over two lines',
    ]);
  });

  it('adds the stack (and its causes) only with COPYDESK_DEBUG', () => {
    capture();
    const wrapped = new Error('building the rank lists failed', { cause: systemError });
    warnFailure('x', wrapped, { COPYDESK_DEBUG: '1' });
    expect(warned).toHaveLength(2);
    expect(warned[0]).toBe('Copydesk: x: building the rank lists failed');
    expect(warned[1]).toMatch(/^Error: building the rank lists failed\n\s+at /);
    expect(warned[1]).toContain('Caused by: Error: ENOSPC: no space left on device');
  });
});
