import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import { Compartment, EditorState } from '@codemirror/state';
import type { Extension } from '@codemirror/state';
import type { z } from 'zod';
import { EditorView } from '@codemirror/view';
import type { ArticleIssue } from '@shared/errors';
import { CopydeskError } from '@shared/errors';
import type { ChannelOutput } from '@shared/ipc/contract';
import { call, errorMessage, on } from '../api/client';
import {
  articleEditor,
  editFrontmatter,
  fieldLocator,
  foldFrontmatter,
  frontmatterSchema,
  frontmatterState,
  isDirty,
  lineBreakCodec,
  markSaved,
  replaceDocument,
  setReadOnly,
} from '../editor';
import type { FormEditOptions, FrontmatterSnapshot, LineBreakCodec } from '../editor';
import { DELETE } from '@shared/frontmatter';
import { measureSince, PERF } from '../lib/perf';
import { setUnsaved } from '../lib/unsaved-changes';

/** The disk version an editor is based on: its sha256 (null before loading or after deletion) and its line break. */
export interface PaneBase {
  hash: string | null;
  lineBreak: '\n' | '\r\n';
}

export type ArticleRead = ChannelOutput<'article.read'>;

/** Why the pane and the disk disagree, and what the user can do about it. */
export type DiskNotice =
  /** Changed on disk while the pane had unsaved changes: reload / keep mine / compare. */
  | { kind: 'external'; disk: ArticleRead }
  /** A save was refused because the disk changed since loading: reload / overwrite / compare. */
  | { kind: 'conflict'; disk: ArticleRead }
  /** The file is gone from disk; saving writes it again. */
  | { kind: 'deleted' };

export interface PaneEditorOptions {
  path: string;
  /** A read the pair view already started (prefetch); used for the first load only. */
  preload: Promise<ArticleRead> | null;
  /** A read that has already answered: the editor is built in the pane's first commit, with no extra frame. */
  initial?: ArticleRead | null;
  locked: boolean;
  touchUpdatedAt: boolean;
  /** Accessible name of the text area. */
  label: string;
  onReady: () => void;
  onSaved: (path: string) => void;
  /** More editor extensions (e.g. the review's block marks); read when the view is built. */
  extensions?: Extension;
  /** The validator of the file's collection (see `paneForm`); null checks the YAML only. */
  schema?: z.ZodType | null;
}

let nextPaneId = 0;

/**
 * One file in one CodeMirror view: load, the frontmatter snapshot for the
 * form, dirty state, save with conflict detection and adoption of what the
 * server wrote, and following the disk (silent reload when clean, a notice
 * when dirty, recognising our own save).
 */
export function usePaneEditor({ path, preload, initial = null, locked, touchUpdatedAt, label, onReady, onSaved, extensions = [], schema = null }: PaneEditorOptions) {
  const hostRef = useRef<HTMLDivElement>(null);
  const viewRef = useRef<EditorView | null>(null);
  const codecRef = useRef<LineBreakCodec>(lineBreakCodec(''));
  const baseHashRef = useRef<string | null>(null);
  const savingRef = useRef<Promise<boolean> | null>(null);
  const recheckRef = useRef(false);
  const [paneId] = useState(() => `pane-${++nextPaneId}`);
  const [loaded, setLoaded] = useState<ArticleRead | null>(initial);
  const preloadRef = useRef(preload);
  const initialRef = useRef(initial);
  const [loadError, setLoadError] = useState<unknown>(null);
  const [snapshot, setSnapshot] = useState<FrontmatterSnapshot | null>(null);
  const [dirty, setDirty] = useState(false);
  const [deleted, setDeleted] = useState(false);
  const [notice, setNotice] = useState<DiskNotice | null>(null);
  const [saveErrors, setSaveErrors] = useState<ArticleIssue[] | null>(null);
  const [saving, setSaving] = useState(false);
  const [lastSaved, setLastSaved] = useState<{ at: number; written: boolean } | null>(null);
  const latest = useRef({ locked, touchUpdatedAt, onReady, onSaved, label, extensions, schema });
  latest.current = { locked, touchUpdatedAt, onReady, onSaved, label, extensions, schema };
  // The collection's validator can change under a live editor (the model answered later, or changed).
  const [schemaSlot] = useState(() => new Compartment());

  useEffect(() => {
    // A later mount of the same path must read the disk again, not an old prefetch.
    const prefetched = preloadRef.current;
    const answered = initialRef.current;
    preloadRef.current = null;
    initialRef.current = null;
    if (answered) return;
    let live = true;
    const read = prefetched ?? call('article.read', { path });
    read.then(
      (article) => live && setLoaded(article),
      (error: unknown) => live && setLoadError(error),
    );
    return () => {
      live = false;
    };
  }, [path]);

  // The view is built once per loaded file (in the same commit, before paint); later disk
  // versions arrive as transactions.
  useLayoutEffect(() => {
    const host = hostRef.current;
    if (!loaded || !host) return;
    const started = performance.now();
    const codec = lineBreakCodec(loaded.text);
    codecRef.current = codec;
    baseHashRef.current = loaded.hash;
    // The YAML starts folded to its marker: the body, what a translator reviews, is what the pane shows first.
    const state = foldFrontmatter(EditorState.create({
      doc: codec.toEditor(loaded.text),
      extensions: [
        articleEditor({ locked: latest.current.locked, label: latest.current.label }),
        schemaSlot.of(frontmatterSchema.of(latest.current.schema)),
        EditorView.updateListener.of((update) => {
          const next = update.state.field(frontmatterState);
          if (next !== update.startState.field(frontmatterState)) setSnapshot(next);
          // A key that did not touch the frontmatter must not be measured against a later form change.
          else if (update.docChanged) performance.clearMarks(PERF.keydown);
          // A refusal speaks of the text that was sent: once the text changes it may no longer be true.
          if (update.docChanged) setSaveErrors(null);
          const nowDirty = isDirty(update.state);
          if (nowDirty !== isDirty(update.startState)) setDirty(nowDirty);
        }),
        latest.current.extensions,
      ],
    }));
    const view = new EditorView({ state, parent: host });
    viewRef.current = view;
    measureSince(PERF.editorCreate, started);
    setSnapshot(state.field(frontmatterState));
    setDirty(false);
    // Ready = constructed and through CodeMirror's first measure/paint cycle.
    const frame = requestAnimationFrame(() => latest.current.onReady());
    return () => {
      cancelAnimationFrame(frame);
      view.destroy();
      viewRef.current = null;
    };
    // The compartment is the pane's own, made once.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [loaded]);

  useEffect(() => {
    const view = viewRef.current;
    if (view && view.state.facet(frontmatterSchema) !== schema) view.dispatch({ effects: schemaSlot.reconfigure(frontmatterSchema.of(schema)) });
  }, [schema, schemaSlot]);

  useEffect(() => {
    setUnsaved(paneId, path, dirty);
    return () => setUnsaved(paneId, path, false);
  }, [paneId, path, dirty]);

  useEffect(() => {
    viewRef.current?.dispatch({ effects: setReadOnly(locked) });
  }, [locked]);

  /** Makes the editor show `disk` as the saved text (one splice; undoable when the user asked for it). */
  const adoptDisk = useCallback((disk: ArticleRead, userAsked: boolean) => {
    const view = viewRef.current;
    if (!view) return;
    view.dispatch(replaceDocument(view.state, codecRef.current.toEditor(disk.text), { saved: true, addToHistory: userAsked, userEvent: 'reload' }));
    baseHashRef.current = disk.hash;
    setDeleted(false);
    setNotice(null);
  }, []);

  const markDeleted = useCallback(() => {
    baseHashRef.current = null;
    setDeleted(true);
    setNotice({ kind: 'deleted' });
    viewRef.current?.dispatch({ effects: markSaved.of(null) });
  }, []);

  /** The disk changed (watcher): nothing if it is our own save, silent reload if clean, a notice if dirty. */
  const checkDisk = useCallback(async () => {
    if (savingRef.current) {
      recheckRef.current = true;
      return;
    }
    let disk: ArticleRead;
    try {
      disk = await call('article.read', { path });
    } catch (error) {
      if (error instanceof CopydeskError && error.code === 'not-found') markDeleted();
      return;
    }
    const view = viewRef.current;
    if (!view || disk.hash === baseHashRef.current) return;
    if (!isDirty(view.state)) adoptDisk(disk, false);
    else setNotice({ kind: 'external', disk });
  }, [path, adoptDisk, markDeleted]);

  useEffect(
    () =>
      on('workspace.changed', (event) => {
        if (event.removed.includes(path)) {
          if (savingRef.current) recheckRef.current = true;
          else void checkDisk();
        } else if (event.changed.includes(path)) void checkDisk();
      }),
    [path, checkDisk],
  );

  const save = useCallback(
    (options: { force?: boolean } = {}): Promise<boolean> => {
      const view = viewRef.current;
      if (!view) return Promise.resolve(false);
      if (savingRef.current) return savingRef.current;
      if (!isDirty(view.state) && !options.force) return Promise.resolve(true);
      const sent = view.state.doc;
      const codec = codecRef.current;
      setSaving(true);
      const run = (async (): Promise<boolean> => {
        try {
          const result = await call('article.save', {
            path,
            text: codec.toDisk(sent.toString()),
            baseHash: baseHashRef.current,
            force: options.force ?? false,
            touchUpdatedAt: latest.current.touchUpdatedAt,
          });
          baseHashRef.current = result.hash;
          const written = codec.toEditor(result.text);
          const current = viewRef.current;
          if (current) {
            // The server may have touched updatedAt: take its text with one splice, history kept.
            if (current.state.doc === sent) current.dispatch(replaceDocument(current.state, written, { saved: true, userEvent: 'save' }));
            else current.dispatch({ effects: markSaved.of(current.state.toText(written)) });
          }
          setDeleted(false);
          setNotice(null);
          setSaveErrors(null);
          setLastSaved({ at: Date.now(), written: result.written });
          latest.current.onSaved(path);
          return true;
        } catch (error) {
          if (error instanceof CopydeskError && error.code === 'invalid-article') {
            setSaveErrors(error.issues && error.issues.length > 0 ? error.issues : [{ code: 'schema', message: error.message }]);
          } else if (error instanceof CopydeskError && error.code === 'conflict') {
            try {
              setNotice({ kind: 'conflict', disk: await call('article.read', { path }) });
            } catch {
              markDeleted();
            }
          } else {
            setSaveErrors([{ code: 'unreadable', message: `Not saved: ${errorMessage(error)}` }]);
          }
          return false;
        } finally {
          savingRef.current = null;
          setSaving(false);
          if (recheckRef.current) {
            recheckRef.current = false;
            void checkDisk();
          }
        }
      })();
      savingRef.current = run;
      return run;
    },
    [path, checkDisk, markDeleted],
  );

  const edit = useCallback((fieldPath: readonly string[], value: unknown, options?: FormEditOptions) => {
    const view = viewRef.current;
    if (!view || view.state.readOnly) return;
    const result = editFrontmatter(view.state, [{ path: fieldPath, value }], options);
    if (!result.ok) {
      setSaveErrors([{ code: 'yaml-syntax', message: result.error.message, line: result.error.line, field: result.error.field }]);
      return;
    }
    view.dispatch(result.spec);
  }, []);

  const jumpTo = useCallback((from: number, to = from) => {
    const view = viewRef.current;
    if (!view) return;
    view.dispatch({ selection: { anchor: from, head: to }, effects: EditorView.scrollIntoView(from, { y: 'center' }) });
    view.focus();
  }, []);

  const jumpToLine = useCallback(
    (line: number) => {
      const doc = viewRef.current?.state.doc;
      if (doc) jumpTo(doc.line(Math.min(Math.max(1, line), doc.lines)).from);
    },
    [jumpTo],
  );

  const jumpToField = useCallback(
    (fieldPath: string[]) => {
      const state = viewRef.current?.state;
      const end = state?.field(frontmatterState).end;
      if (!state || end === null || end === undefined) return;
      const span = fieldLocator(state.doc.sliceString(0, end))?.(fieldPath);
      if (span) jumpTo(span.from, span.to);
    },
    [jumpTo],
  );

  const addFrontmatter = useCallback(() => {
    const view = viewRef.current;
    if (!view || view.state.readOnly) return;
    view.dispatch({ changes: { from: 0, insert: '---\ntitle: \'\'\n---\n' }, userEvent: 'input.form' });
  }, []);

  const keepMine = useCallback(() => {
    if (notice && notice.kind !== 'deleted') baseHashRef.current = notice.disk.hash;
    setNotice(null);
  }, [notice]);

  /** The compare dialog's result: the merged text, with the disk version as the new base. */
  const applyMerged = useCallback((disk: ArticleRead, merged: string) => {
    const view = viewRef.current;
    if (!view) return;
    view.dispatch(replaceDocument(view.state, merged, { addToHistory: true, userEvent: 'merge' }));
    view.dispatch({ effects: markSaved.of(view.state.toText(codecRef.current.toEditor(disk.text))) });
    baseHashRef.current = disk.hash;
    setNotice(null);
  }, []);

  const removeField = useCallback((fieldPath: string[]) => edit(fieldPath, DELETE), [edit]);
  const base = useCallback((): PaneBase => ({ hash: baseHashRef.current, lineBreak: codecRef.current.lineBreak }), []);

  return {
    hostRef,
    viewRef,
    loaded,
    loadError,
    snapshot,
    dirty,
    deleted,
    notice,
    saveErrors,
    saving,
    lastSaved,
    lineBreak: codecRef.current.lineBreak,
    save,
    edit,
    removeField,
    jumpToLine,
    jumpToField,
    addFrontmatter,
    adoptDisk,
    keepMine,
    applyMerged,
    dismissSaveErrors: () => setSaveErrors(null),
    toEditorText: (text: string) => codecRef.current.toEditor(text),
    editorText: () => viewRef.current?.state.doc.toString() ?? '',
    focus: () => viewRef.current?.focus(),
    /** The disk version the editor is based on: its hash and line break. */
    base,
    /** Re-reads the file: a clean pane takes the disk's text, a dirty one shows a notice. */
    reload: checkDisk,
  };
}
