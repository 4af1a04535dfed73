import { useCallback, useEffect, useRef, useState } from 'react';
import type { ChannelOutput } from '@shared/ipc/contract';
import type { ReviewGroup } from '@shared/ipc/review-contract';
import type { ReviewStatus } from '@shared/review';
import { call } from '../api/client';
import { pagesForRange, pagesToEvict } from '../lib/page-window';

/** Matrix rows per `review.summary` call. */
export const REVIEW_PAGE_SIZE = 100;
const KEEP_RADIUS = 2;

type Summary = ChannelOutput<'review.summary'>;

/** What the dashboard filters the matrix by. */
export interface ReviewFilter {
  status: ReviewStatus | null;
  lang: string | null;
  query: string;
}

/** The review overview plus a windowed matrix. */
export interface ReviewPages {
  /** Counts, languages and the filtered total, from the latest first page; null until it arrives. */
  overview: Omit<Summary, 'groups'> | null;
  error: unknown;
  loading: boolean;
  /** Changes whenever a new result replaces the old one. */
  generation: number;
  /** The row at `index`, or undefined while its page loads. */
  rowAt: (index: number) => ReviewGroup | undefined;
  /** Loads rows `[first, last]` and drops pages far from them. */
  ensureRange: (first: number, last: number) => void;
}

interface Result {
  generation: number;
  pages: Map<number, ReviewGroup[]>;
  inflight: Set<number>;
}

/**
 * Fetches the review overview and the groups × languages matrix page by page
 * (offset/limit), so a corpus of tens of thousands of groups costs only the
 * rows near the screen. The old result stays until the new first page arrives.
 */
export function useReviewPages(filter: ReviewFilter, dataVersion: number, enabled: boolean): ReviewPages {
  const [overview, setOverview] = useState<ReviewPages['overview']>(null);
  const [result, setResult] = useState<Result | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [loading, setLoading] = useState(false);
  const [, setTick] = useState(0);
  const generationRef = useRef(0);
  const resultRef = useRef<Result | null>(null);
  resultRef.current = result;
  const { status, lang, query } = filter;

  const fetchPage = useCallback(
    (page: number) =>
      call('review.summary', {
        ...(status !== null && { status }),
        ...(lang !== null && { lang }),
        query,
        offset: page * REVIEW_PAGE_SIZE,
        limit: REVIEW_PAGE_SIZE,
      }),
    [status, lang, query],
  );

  useEffect(() => {
    if (!enabled) return;
    const generation = ++generationRef.current;
    setLoading(true);
    fetchPage(0).then(
      (answer) => {
        if (generation !== generationRef.current) return;
        const { groups, ...rest } = answer;
        setOverview(rest);
        setError(null);
        setLoading(false);
        setResult({ generation, pages: new Map([[0, groups]]), inflight: new Set() });
      },
      (caught: unknown) => {
        if (generation !== generationRef.current) return;
        setError(caught);
        setLoading(false);
      },
    );
  }, [fetchPage, dataVersion, enabled]);

  const ensureRange = useCallback(
    (first: number, last: number) => {
      const current = resultRef.current;
      const total = overview?.total ?? 0;
      if (!current) return;
      const needed = pagesForRange(first, last, REVIEW_PAGE_SIZE, total);
      for (const page of pagesToEvict(current.pages.keys(), needed, KEEP_RADIUS)) current.pages.delete(page);
      for (const page of needed) {
        if (current.pages.has(page) || current.inflight.has(page)) continue;
        current.inflight.add(page);
        fetchPage(page).then(
          (answer) => {
            current.inflight.delete(page);
            if (resultRef.current?.generation !== current.generation) return;
            current.pages.set(page, answer.groups);
            setTick((t) => t + 1);
          },
          () => current.inflight.delete(page),
        );
      }
    },
    [fetchPage, overview?.total],
  );

  const rowAt = useCallback(
    (index: number) => result?.pages.get(Math.floor(index / REVIEW_PAGE_SIZE))?.[index % REVIEW_PAGE_SIZE],
    [result],
  );

  return { overview, error, loading, generation: result?.generation ?? 0, rowAt, ensureRange };
}
