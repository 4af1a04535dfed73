import { useCallback, useEffect, useRef, useState } from 'react';
import type { ArticleRow, ChannelInput } from '@shared/ipc/contract';
import { call } from '../api/client';
import { pagesForRange, pagesToEvict } from '../lib/page-window';

/** Rows per `articles.query` call. */
export const PAGE_SIZE = 200;
/** Pages kept on either side of the visible ones. */
const KEEP_RADIUS = 2;
/** Page requests in flight at once. */
const MAX_INFLIGHT = 2;
/** Quiet time after the last scroll before missing pages are requested. */
const SETTLE_MS = 40;

const NO_NOTICES: string[] = [];

type Sort = NonNullable<ChannelInput<'articles.query'>['sort']>;

/** A windowed view of a query's result. */
export interface ArticlePages {
  /** Total matches, `null` until the first page arrives. */
  total: number | null;
  warnings: string[];
  /** What the search did differently from what was typed (words left out); not problems. */
  notices: string[];
  error: unknown;
  /** Changes whenever a new result replaces the old one (query, sort or data changed). */
  generation: number;
  /** The query and sort the current result answers; changes only when the user asks for something else. */
  resultKey: string;
  /** The row at `index`, or `undefined` while its page is loading. */
  rowAt: (index: number) => ArticleRow | undefined;
  /** Makes sure rows `[first, last]` are loaded and drops pages far from them. */
  ensureRange: (first: number, last: number) => void;
}

interface ResultSet {
  generation: number;
  key: string;
  total: number;
  warnings: string[];
  notices: string[];
  pages: Map<number, ArticleRow[]>;
  inflight: Set<number>;
}

/**
 * Fetches a query's rows page by page as the list scrolls. The old result stays
 * on screen until the first page of the new one arrives, and answers to a
 * superseded query are dropped.
 */
export function useArticlePages(query: string, sort: Sort, dataVersion: number, enabled: boolean): ArticlePages {
  const [result, setResult] = useState<ResultSet | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [, setTick] = useState(0);
  const generationRef = useRef(0);
  const resultRef = useRef<ResultSet | null>(null);
  resultRef.current = result;

  const fetchPage = useCallback(
    (page: number) => call('articles.query', { query, sort, offset: page * PAGE_SIZE, limit: PAGE_SIZE }),
    [query, sort],
  );

  useEffect(() => {
    if (!enabled) return;
    const generation = ++generationRef.current;
    fetchPage(0).then(
      (answer) => {
        if (generation !== generationRef.current) return;
        setError(null);
        setResult({
          generation,
          key: `${sort}\n${query}`,
          total: answer.total,
          warnings: answer.warnings,
          notices: answer.notices ?? [],
          pages: new Map([[0, answer.rows]]),
          inflight: new Set(),
        });
      },
      (caught: unknown) => generation === generationRef.current && setError(caught),
    );
  }, [fetchPage, dataVersion, enabled, query, sort]);

  // Where the list wants rows, and the timer that waits for scrolling to settle.
  const wantedRef = useRef<[number, number]>([0, 0]);
  const settleTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  /**
   * Loads the pages the latest wanted range needs, at most MAX_INFLIGHT at a
   * time. Dragging the scrollbar across 100k rows would otherwise queue a
   * request for every page flown over, and the page finally stopped on would
   * wait behind all of them.
   */
  const loadWanted = useCallback(() => {
    const current = resultRef.current;
    if (!current || current.generation !== generationRef.current) return;
    const [first, last] = wantedRef.current;
    const needed = pagesForRange(first, last, PAGE_SIZE, current.total);
    for (const page of pagesToEvict(current.pages.keys(), needed, KEEP_RADIUS)) current.pages.delete(page);
    for (const page of needed) {
      if (current.inflight.size >= MAX_INFLIGHT) break;
      if (current.pages.has(page) || current.inflight.has(page)) continue;
      current.inflight.add(page);
      fetchPage(page).then(
        (answer) => {
          current.inflight.delete(page);
          if (current.generation !== generationRef.current) return;
          current.pages.set(page, answer.rows);
          setTick((t) => t + 1);
          loadWanted();
        },
        (caught: unknown) => {
          current.inflight.delete(page);
          setError(caught);
        },
      );
    }
  }, [fetchPage]);

  const ensureRange = useCallback(
    (first: number, last: number) => {
      wantedRef.current = [first, last];
      clearTimeout(settleTimer.current);
      settleTimer.current = setTimeout(loadWanted, SETTLE_MS);
    },
    [loadWanted],
  );

  useEffect(() => () => clearTimeout(settleTimer.current), []);

  const rowAt = useCallback((index: number) => {
    const current = resultRef.current;
    return current?.pages.get(Math.floor(index / PAGE_SIZE))?.[index % PAGE_SIZE];
  }, []);

  return {
    total: result?.total ?? null,
    warnings: result?.warnings ?? [],
    notices: result?.notices ?? NO_NOTICES,
    error,
    generation: result?.generation ?? 0,
    resultKey: result?.key ?? '',
    rowAt,
    ensureRange,
  };
}
