import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from './src/main/cli/index';
(async () => {
  process.env.COPYDESK_DATA_DIR = mkdtempSync(join(tmpdir(), 'rv-data-'));
  for (const name of process.argv.slice(2)) {
    const root = join(mkdtempSync(join(tmpdir(), 'rv-')), name);
    cpSync(`src/main/services/content-model/__fixtures__/${name}`, root, { recursive: true });
    const out: string[] = []; const err: string[] = [];
    const code = await runCli(['review', root, '--json'], { stdout: { write: (s: string) => out.push(s) }, stderr: { write: (s: string) => err.push(s) } } as never);
    console.log(name, code, JSON.stringify(JSON.parse(out.join('')), null, 1), err.join(''));
    const out2: string[] = [];
    await runCli(['review', root], { stdout: { write: (s: string) => out2.push(s) }, stderr: { write: (s: string) => err.push(s) } } as never);
    console.log(out2.join(''));
  }
})();
