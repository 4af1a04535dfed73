import type { Statement } from 'better-sqlite3';
import type { IndexDatabase } from '../open-database';
import { FTS_TOKENIZER } from '../schema';

/**
 * Splits query text into words exactly as the full-text index does, by
 * handing it to an FTS5 table with the same tokenizer (in the connection's
 * private temp schema) and reading the words back from its vocabulary.
 * A JS imitation of `unicode61 remove_diacritics 2` would disagree on some
 * letters, and a word spelled differently from the index finds nothing.
 */
export class QueryTokens {
  private readonly insert: Statement<[string]>;
  private readonly read: Statement<[], string>;
  private readonly clear: Statement<[]>;

  constructor(db: IndexDatabase) {
    db.exec(`
      CREATE VIRTUAL TABLE IF NOT EXISTS temp.copydesk_query_text USING fts5(text, tokenize = '${FTS_TOKENIZER}');
      CREATE VIRTUAL TABLE IF NOT EXISTS temp.copydesk_query_tokens USING fts5vocab(temp, copydesk_query_text, instance);
    `);
    this.insert = db.prepare<[string]>('INSERT INTO temp.copydesk_query_text (rowid, text) VALUES (1, ?)');
    this.read = db.prepare<[], string>('SELECT term FROM temp.copydesk_query_tokens ORDER BY offset').pluck();
    this.clear = db.prepare<[]>('DELETE FROM temp.copydesk_query_text');
  }

  /** The words of `text`, folded as the index stores them, in order. */
  of(text: string): string[] {
    this.insert.run(text);
    try {
      return this.read.all();
    } finally {
      this.clear.run();
    }
  }
}

/** A phrase of a MATCH expression as `toFtsMatch` writes them: `"text"` or `"text"*`. */
export interface MatchPhrase {
  text: string;
  prefix: boolean;
}

/**
 * The phrases of a MATCH expression built by `toFtsMatch` (quoted strings
 * with `""` for a quote, an optional `*`, separated by single spaces), or
 * null for anything else, which the rank lists then leave to FTS5.
 */
export function phrasesOf(match: string): MatchPhrase[] | null {
  const phrases: MatchPhrase[] = [];
  let i = 0;
  while (i < match.length) {
    if (phrases.length > 0) {
      if (match[i] !== ' ') return null;
      i++;
    }
    if (match[i] !== '"') return null;
    let text = '';
    i++;
    for (;;) {
      const quote = match.indexOf('"', i);
      if (quote === -1) return null;
      text += match.slice(i, quote);
      if (match[quote + 1] === '"') {
        text += '"';
        i = quote + 2;
      } else {
        i = quote + 1;
        break;
      }
    }
    const prefix = match[i] === '*';
    if (prefix) i++;
    phrases.push({ text, prefix });
  }
  return phrases.length > 0 ? phrases : null;
}
