/**
 * Run by article-file.test.ts in a child process (node --import tsx):
 *   article-file-in-child.ts ROOT PATH
 * Reads ROOT/PATH the three ways the indexer and search do, synchronously,
 * and prints one JSON line: the parse with a known size, the parse of a file
 * never stat-ed, and the snippet body from line 4. A read that blocks (a FIFO opened as
 * a file) blocks this whole process, which the test then kills: a sync hang
 * cannot be timed out from inside.
 */
import { parseArticleFile, readBody } from '../article-file';

const [root, path] = process.argv.slice(2);
if (!root || !path) throw new Error('usage: article-file-in-child.ts ROOT PATH');
const known = parseArticleFile(root, { path, size: 10, mtimeMs: 1, knownHash: null });
const unstated = parseArticleFile(root, { path, size: Number.NaN, mtimeMs: Number.NaN, knownHash: null });
process.stdout.write(`${JSON.stringify({ known, unstated, body: readBody(root, path, 4) })}\n`);
