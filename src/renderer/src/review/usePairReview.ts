import { useCallback, useEffect, useRef, useState } from 'react';
import type { RefObject } from 'react';
import type { ChannelOutput } from '@shared/ipc/contract';
import { call, errorMessage, on } from '../api/client';
import { frontmatterState } from '../editor';
import { useSetting } from '../hooks/useSetting';
import type { PaneHandle } from '../pair/EditorPane';
import { PairEditors } from './pair-editors';
import type { ReviewSide } from './lib/pair-blocks';
import { useReviewKeys } from './useReviewKeys';

type Pair = ChannelOutput<'review.pair'>;

/** Longest wait for an idle moment before the review is loaded anyway. */
const REVIEW_LOAD_WAIT_MS = 300;

/** Runs `task` when the window is idle (at most `timeout` ms later); `cancel` stops it. */
function whenIdle(task: () => void, timeout: number): { cancel: () => void } {
  if ('requestIdleCallback' in window) {
    const handle = window.requestIdleCallback(task, { timeout });
    return { cancel: () => window.cancelIdleCallback(handle) };
  }
  const handle = setTimeout(task, 0);
  return { cancel: () => clearTimeout(handle) };
}

/** The outcome of an action as the strip says it. */
export interface ReviewMessage {
  kind: 'ok' | 'error';
  text: string;
  /**
   * The status the message speaks of ("Approved…" → approved): once a pair
   * loaded after the message has another one (the original changed: outdated),
   * the message is dropped rather than contradict the badge.
   */
  about?: Pair['status'];
}

/** Statuses the "next" buttons walk. */
export type QueueStatus = 'outdated' | 'unreviewed' | 'needs-work';

/** What the note form is open for: approving despite a refusal, or marking as needing work. */
export type NoteKind = 'approve-anyway' | 'needs-work';

export interface PairReviewOptions {
  /** The translation on the right (null: none). */
  targetPath: string | null;
  dataVersion: number;
  panes: Record<ReviewSide, RefObject<PaneHandle | null>>;
  /** Opens another article in the pair view (asks about unsaved changes first). */
  onOpen: (path: string) => void;
  /** A file was written: views re-query. */
  onWritten: (path: string) => void;
}

/** What the review strip shows and can do. */
export interface PairReview {
  pair: Pair | null;
  /** Why the pair could not be loaded; null when it was, or while loading. */
  error: string | null;
  /** An action is running. */
  busy: boolean;
  /** The outcome of the last action, for a polite live region; dropped once it no longer holds. */
  message: ReviewMessage | null;
  /** Unsaved edits per side: writing actions wait for a save. */
  dirty: Record<ReviewSide, boolean>;
  setDirty: (side: ReviewSide, dirty: boolean) => void;
  syncScroll: boolean;
  setSyncScroll: (on: boolean) => void;
  approve: () => void;
  /** The note form's purpose while it is open; null when closed. */
  noteFor: NoteKind | null;
  askNote: (kind: NoteKind | null) => void;
  /** Approves despite the refusal's reasons, recording why. */
  approveAnyway: (note: string) => void;
  needsWork: (note: string) => void;
  /** Applies a check's fix; `line` names which one when the check fires on several blocks. */
  fix: (checkId: string, line?: number) => void;
  next: (status: QueueStatus) => void;
  /** Scrolls the original to the first block that changed since approval. */
  revealChange: () => void;
  /** Scrolls the translation to the block starting at this file line (a check's `line`); false when no block starts there. */
  revealLine: (line: number) => boolean;
  /** The translation shown, and whether its frontmatter is missing or unreadable (Repair from original can fix it). */
  path: string | null;
  unreadable: boolean;
  /** The file was written outside the strip's own actions (a repair): the pane takes it and views re-query. */
  rewritten: (path: string) => Promise<void>;
  editors: PairEditors;
}

/**
 * The review of the translation shown on the right: loads `review.pair`
 * (again whenever files change), drives the editors' alignment marks, and
 * runs approve / needs work / fix (with the pane's base hash, then reloading
 * it) and the queue's "next".
 */
export function usePairReview({ targetPath, dataVersion, panes, onOpen, onWritten }: PairReviewOptions): PairReview {
  const [editors] = useState(() => new PairEditors((side) => panes[side].current?.base() ?? null));
  const [pair, setPair] = useState<Pair | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<ReviewMessage | null>(null);
  /** Pairs loaded so far, and that count when the message was set. */
  const loads = useRef(0);
  const loadsAtMessage = useRef(0);
  const [dirty, setDirtyState] = useState<Record<ReviewSide, boolean>>({ source: false, target: false });
  const [syncScroll, setSyncScrollSetting] = useSetting('review-sync-scroll', false);
  const [version, setVersion] = useState(0);
  const [noteFor, setNoteFor] = useState<NoteKind | null>(null);
  const [unreadable, setUnreadable] = useState(false);

  // The pair is loaded once the translation's editor exists, so its text can be checked first.
  const [targetViews, setTargetViews] = useState(0);
  const removed = useRef(false);
  useEffect(() => () => editors.destroy(), [editors]);
  useEffect(() => editors.subscribe((side) => side === 'target' && setTargetViews((n) => n + 1)), [editors]);
  useEffect(() => {
    removed.current = false;
    if (targetPath === null) return;
    return on('workspace.changed', (event) => {
      if (event.removed.includes(targetPath)) removed.current = true;
      else if (event.changed.includes(targetPath)) removed.current = false;
    });
  }, [targetPath]);
  useEffect(() => editors.setSyncScroll(syncScroll), [editors, syncScroll]);

  useEffect(() => {
    setMessage(null);
    setNoteFor(null);
    setPair(null);
    editors.setPair(null);
  }, [targetPath, editors]);

  useEffect(() => {
    const view = editors.view('target');
    if (targetPath === null || !view) return;
    const data = view.state.field(frontmatterState).data;
    setUnreadable(!removed.current && data === null);
    const reason = removed.current ? 'the file was deleted on disk.' : notReviewable(data);
    if (reason !== null) {
      setPair(null);
      setError(reason);
      editors.setPair(null);
      return;
    }
    let live = true;
    const abort = new AbortController();
    // Once the editors are painted and the window is idle: for a long article the review's
    // answer is big, and it must not hold up the open that just happened.
    const load = (): void => {
      call('review.pair', { path: targetPath }, { signal: abort.signal }).then(
        (next) => {
          if (!live) return;
          loads.current += 1;
          setPair(next);
          setError(null);
          editors.setPair(next);
        },
        (caught: unknown) => {
          if (!live) return;
          setPair(null);
          setError(errorMessage(caught));
          editors.setPair(null);
        },
      );
    };
    const idle = whenIdle(load, REVIEW_LOAD_WAIT_MS);
    return () => {
      live = false;
      idle.cancel();
      abort.abort();
    };
  }, [targetPath, dataVersion, version, editors, targetViews]);

  // A message about a status stays only while the loaded pair still has that status.
  useEffect(() => {
    loadsAtMessage.current = loads.current;
  }, [message]);
  useEffect(() => {
    if (pair && message?.about !== undefined && loads.current > loadsAtMessage.current && pair.status !== message.about) setMessage(null);
  }, [pair, message]);

  const setDirty = useCallback((side: ReviewSide, value: boolean) => setDirtyState((current) => (current[side] === value ? current : { ...current, [side]: value })), []);

  /** Runs a write, then makes the pane take the new file and every view re-query. */
  const write = useCallback(
    async (run: (baseHash: string | undefined) => Promise<{ path: string }>, done: string, about?: Pair['status']) => {
      if (targetPath === null || busy) return;
      const pane = panes.target.current;
      if (pane?.isDirty()) {
        setMessage({ kind: 'error', text: 'Save the translation first (Ctrl+S): this writes the file.' });
        return;
      }
      setBusy(true);
      try {
        const result = await run(pane?.base().hash ?? undefined);
        await pane?.reload();
        setMessage({ kind: 'ok', text: done, ...(about !== undefined && { about }) });
        onWritten(result.path);
        setVersion((v) => v + 1);
      } catch (caught) {
        setMessage({ kind: 'error', text: errorMessage(caught) });
      } finally {
        setBusy(false);
      }
    },
    [targetPath, busy, panes.target, onWritten],
  );

  const approve = useCallback(() => {
    if (targetPath === null) return;
    if (panes.source.current?.isDirty()) {
      setMessage({ kind: 'error', text: 'Save the original first: an approval records the original as saved.' });
      return;
    }
    void write((baseHash) => call('review.approve', { path: targetPath, ...(baseHash !== undefined && { baseHash }) }), 'Approved: the original as it is now is the new baseline.', 'approved');
  }, [targetPath, panes.source, write]);

  const approveAnyway = useCallback(
    (note: string) => {
      if (targetPath === null) return;
      setNoteFor(null);
      void write(
        (baseHash) => call('review.approve', { path: targetPath, anyway: true, note, ...(baseHash !== undefined && { baseHash }) }),
        'Approved anyway; your note is kept in the file.',
        'approved',
      );
    },
    [targetPath, write],
  );

  const needsWork = useCallback(
    (note: string) => {
      if (targetPath === null) return;
      setNoteFor(null);
      void write(
        (baseHash) => call('review.needsWork', { path: targetPath, note, ...(baseHash !== undefined && { baseHash }) }),
        'Marked as needing work; your note is kept in the file.',
        'needs-work',
      );
    },
    [targetPath, write],
  );

  const fix = useCallback(
    (checkId: string, line?: number) => {
      if (targetPath === null) return;
      void write(
        (baseHash) => call('review.fix', { path: targetPath, checkId, ...(line !== undefined && { line }), ...(baseHash !== undefined && { baseHash }) }),
        `Fixed ${checkId}${line !== undefined ? ` at line ${line}` : ''}.`,
      );
    },
    [targetPath, write],
  );

  const next = useCallback(
    (status: QueueStatus) => {
      if (targetPath === null) return;
      call('review.queue', { status, after: targetPath }).then(
        (answer) => {
          if (answer.path === null) setMessage({ kind: 'ok', text: `No other ${status} translation.` });
          else {
            setMessage(null);
            onOpen(answer.path);
          }
        },
        (caught: unknown) => setMessage({ kind: 'error', text: errorMessage(caught) }),
      );
    },
    [targetPath, onOpen],
  );

  const revealChange = useCallback(() => {
    const first = pair?.changes?.mode === 'blocks' ? pair.changes.changedBlocks[0] : undefined;
    if (first !== undefined) editors.revealBlock('source', first);
  }, [pair, editors]);

  const revealLine = useCallback(
    (line: number) => {
      const body = pair?.translationBody;
      const index = body ? body.blocks.findIndex((block) => body.bodyLine + block.line - 1 === line) : -1;
      if (index < 0) return false;
      editors.revealBlock('target', index);
      return true;
    },
    [pair, editors],
  );

  const rewritten = useCallback(
    async (path: string) => {
      await panes.target.current?.reload();
      onWritten(path);
      setVersion((v) => v + 1);
    },
    [panes.target, onWritten],
  );

  const canWrite = targetPath !== null && pair !== null;
  useReviewKeys(canWrite, { approve, needsWork: () => setNoteFor('needs-work'), nextOutdated: () => next('outdated'), nextUnreviewed: () => next('unreviewed'), toggleSync: () => setSyncScrollSetting(!syncScroll) });

  return {
    pair,
    error,
    busy,
    message,
    dirty,
    setDirty,
    syncScroll,
    setSyncScroll: setSyncScrollSetting,
    approve,
    noteFor,
    askNote: setNoteFor,
    approveAnyway,
    needsWork,
    fix,
    next,
    revealChange,
    revealLine,
    editors,
    path: targetPath,
    unreadable,
    rewritten,
  };
}

/**
 * Why a file cannot be reviewed as it is, from its parsed frontmatter, so the
 * server is not asked for an answer that can only be a refusal; null when it
 * can. Whether it is a translation is its collection's pairing rule's to say
 * (a field, a locale folder, a suffix): the server answers that.
 */
function notReviewable(data: Readonly<Record<string, unknown>> | null): string | null {
  if (data === null) return 'the frontmatter cannot be read; fix it first (the Problems view says where).';
  return null;
}
