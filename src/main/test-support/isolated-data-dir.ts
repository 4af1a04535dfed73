import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';

/**
 * Vitest setup: each test file gets a data folder of its own, so commands
 * that keep an index in the Copydesk data folder by default (`copydesk
 * review`, `copydesk index` without --db) never write into the real one of
 * whoever runs the tests. Tests that set their own keep theirs.
 */
const dir = mkdtempSync(join(tmpdir(), 'copydesk-data-'));
const previous = process.env.COPYDESK_DATA_DIR;
process.env.COPYDESK_DATA_DIR = dir;
afterAll(() => {
  if (previous === undefined) delete process.env.COPYDESK_DATA_DIR;
  else process.env.COPYDESK_DATA_DIR = previous;
  rmSync(dir, { recursive: true, force: true });
});
