import { useEffect, useId, useImperativeHandle, useMemo, useRef, useState } from 'react';
import type { KeyboardEvent, ReactNode, Ref } from 'react';
import type { Extension } from '@codemirror/state';
import { errorMessage } from '../api/client';
import { CollapseIcon, ExpandIcon, FormIcon, LockIcon, UnlockIcon } from '../components/Icons';
import { LangBadge } from '../components/LangBadge';
import { useSetting } from '../hooks/useSetting';
import { setSpellcheckLanguage, spellcheck } from '../editor';
import { DocFeed } from '../preview/doc-feed';
import { PreviewPane } from '../preview/PreviewPane';
import { PreviewToggle, isPreviewToggleKey } from '../preview/PreviewToggle';
import { setPaneLanguage } from '../spellcheck/open-languages';
import type { PaneMode } from '../preview/PreviewToggle';
import { CompareDialog } from './CompareDialog';
import { ConflictBanner } from './ConflictBanner';
import { FrontmatterForm } from './FrontmatterForm';
import { FrontmatterSummary } from './FrontmatterSummary';
import type { PaneForm } from './pane-form';
import { SaveErrors } from './SaveErrors';
import { usePaneEditor } from './usePaneEditor';
import type { ArticleRead, PaneBase } from './usePaneEditor';

/** Which side of the pair a pane is. */
export type PaneSide = 'source' | 'target';

/** What the pair view (and the app's shortcuts) can ask of a pane. */
export interface PaneHandle {
  readonly path: string;
  save(options?: { force?: boolean }): Promise<boolean>;
  isDirty(): boolean;
  focus(): void;
  /** The disk version the editor is based on: its hash (a write elsewhere passes it as `baseHash`) and line break. */
  base(): PaneBase;
  /** Re-reads the file from disk (after a write elsewhere): a clean pane takes it silently. */
  reload(): Promise<void>;
  /** Opens or folds the fields form (the choice is remembered per side). */
  toggleForm(): void;
}

interface Props {
  path: string;
  side: PaneSide;
  /** "Original" / "Translation": what the pane holds. */
  role: string;
  /** A read already started by the pair view. */
  preload: Promise<ArticleRead> | null;
  /** That read's answer when it is already in. */
  initial?: ArticleRead | null;
  /** The file's collection: its fields, its validator (lint marks, the form's problems) and its roles. */
  form: PaneForm;
  locked: boolean;
  onToggleLock?: () => void;
  collapsed: boolean;
  onToggleCollapse: () => void;
  touchUpdatedAt: boolean;
  tagOptions: readonly string[];
  onReady: () => void;
  onSaved: (path: string) => void;
  onDirtyChange: (dirty: boolean) => void;
  /** More editor extensions, read once when the editor is built. */
  extensions?: Extension;
  /** Shown above the form and editor (the translation's review strip). */
  banner?: ReactNode;
  /** Source (the editor) or the rendered preview; the pair view keeps it so both sides can switch together. */
  mode?: PaneMode;
  /** Shows the preview instead of the source (or beside it: `split`), or the source again. */
  onToggleMode?: (mode: 'preview' | 'split') => void;
  /** Gets the preview's scroller, for the pair's preview scroll sync. */
  previewScrollerRef?: (element: HTMLElement | null) => void;
  ref?: Ref<PaneHandle>;
}

/**
 * One file of the pair: a title (role, language, path, dirty mark), disk
 * notices and save errors, the frontmatter's one-line summary (opening into
 * the full form) above a CodeMirror editor holding the whole file. Collapsing
 * hides it to a strip but keeps the editor (and its undo history) alive.
 */
export function EditorPane(props: Props) {
  const { path, side, role, preload, form, locked, onToggleLock, collapsed, onToggleCollapse, touchUpdatedAt, tagOptions, ref } = props;
  // Folded to its one-line summary unless the person opened it: the body is what the pane is for.
  const [formOpen, setFormOpen] = useSetting(`form-open.${side}`, false);
  const [comparing, setComparing] = useState(false);
  const [feed] = useState(() => new DocFeed());
  const extensions = useMemo(() => [props.extensions ?? [], feed.extension, spellcheck(null)], [props.extensions, feed]);
  const mode = props.mode ?? 'source';
  const pane = usePaneEditor({
    path,
    preload,
    initial: props.initial ?? null,
    locked,
    touchUpdatedAt,
    label: `${role} text`,
    onReady: props.onReady,
    onSaved: props.onSaved,
    extensions,
    schema: form.schema,
  });
  const { snapshot, dirty, deleted, notice, saveErrors, saving } = pane;

  const onDirtyChange = useRef(props.onDirtyChange);
  onDirtyChange.current = props.onDirtyChange;
  useEffect(() => {
    onDirtyChange.current(dirty);
  }, [dirty]);

  useImperativeHandle(
    ref,
    () => ({ path, save: pane.save, isDirty: () => dirty, focus: pane.focus, base: pane.base, reload: pane.reload, toggleForm: () => setFormOpen(!formOpen) }),
    [path, pane.save, pane.focus, pane.base, pane.reload, dirty, formOpen, setFormOpen],
  );

  // The language as typed, when the collection keeps it in a field; else as main placed the file.
  const languageField = form.collection?.languageField;
  const typedLang = languageField === undefined ? undefined : snapshot?.data?.[languageField];
  const lang = typeof typedLang === 'string' && typedLang !== '' ? typedLang : (pane.loaded?.lang ?? null);
  // The editor's text is checked in the article's language (the form and preview inherit `lang` from the pane).
  const paneId = useId();
  useEffect(() => {
    feed.view()?.dispatch({ effects: setSpellcheckLanguage(lang) });
    setPaneLanguage(paneId, lang);
    return () => setPaneLanguage(paneId, null);
  }, [feed, lang, pane.loaded, paneId]);
  const onToggleMode = props.onToggleMode;
  const onKeyDown = (event: KeyboardEvent<HTMLElement>): void => {
    if (!onToggleMode || !isPreviewToggleKey(event.nativeEvent)) return;
    event.preventDefault();
    onToggleMode('preview');
  };
  // The shortcut works again from where it left the focus: the preview, or back in the editor.
  const shownMode = useRef(mode);
  useEffect(() => {
    if (shownMode.current === mode) return;
    shownMode.current = mode;
    if (mode !== 'preview') pane.focus();
    else document.querySelector<HTMLElement>(`.editor-pane[data-side="${side}"] .preview-scroller`)?.focus({ preventScroll: true });
    // Only a change of mode moves the focus.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [mode]);
  const fileName = path.split('/').pop() ?? path;
  const disk = notice && notice.kind !== 'deleted' ? notice.disk : null;

  return (
    <section
      className={`editor-pane${collapsed ? ' editor-pane--collapsed' : ''}${locked ? ' editor-pane--locked' : ''}`}
      aria-label={`${role}: ${path}`}
      data-side={side}
      data-path={path}
      data-dirty={dirty}
      data-mode={mode}
      onKeyDown={onKeyDown}
    >
      <header className="editor-pane-header" onClick={collapsed ? onToggleCollapse : undefined}>
        <button
          type="button"
          className="icon-button"
          aria-label={collapsed ? `Expand ${role.toLowerCase()}` : `Collapse ${role.toLowerCase()}`}
          title={collapsed ? 'Expand' : `Collapse (Alt+Shift+${side === 'source' ? 1 : 2})`}
          aria-expanded={!collapsed}
          onClick={(event) => {
            event.stopPropagation();
            onToggleCollapse();
          }}
        >
          {collapsed === (side === 'source') ? <ExpandIcon /> : <CollapseIcon />}
        </button>
        <div className="editor-pane-title" title={path}>
          <span className="editor-pane-role">{role}</span>
          <LangBadge lang={lang} variant="own" />
          <span className="editor-pane-file">
            <span className="editor-pane-dir">{path.slice(0, path.length - fileName.length)}</span>
            {fileName}
          </span>
          {dirty && (
            <span className="dirty-mark" role="img" aria-label="Unsaved changes" title="Unsaved changes">
              ●
            </span>
          )}
          {deleted && <span className="pill pill--bad">Deleted on disk</span>}
          {saving && <span className="editor-pane-state">Saving…</span>}
          {!saving && !dirty && pane.lastSaved && <span className="editor-pane-state">{pane.lastSaved.written ? 'Saved' : 'No changes'}</span>}
        </div>
        {!collapsed && (
          <div className="editor-pane-actions">
            {onToggleMode && <PreviewToggle mode={mode} onToggle={onToggleMode} />}
            {onToggleLock && (
              <button
                type="button"
                className={`icon-button${locked ? ' icon-button--active' : ''}`}
                aria-pressed={locked}
                aria-label="Lock original (read-only)"
                title={locked ? 'Unlock the original (Alt+L)' : 'Lock the original: read-only (Alt+L)'}
                onClick={onToggleLock}
              >
                {locked ? <LockIcon /> : <UnlockIcon />}
              </button>
            )}
            <button
              type="button"
              className={`icon-button${formOpen ? ' icon-button--active' : ''}`}
              aria-pressed={formOpen}
              aria-label="Show fields form"
              title={formOpen ? 'Fold the fields form (Ctrl+Shift+F)' : 'Show the fields form (Ctrl+Shift+F)'}
              onClick={() => setFormOpen(!formOpen)}
            >
              <FormIcon />
            </button>
            <button type="button" className="button button--small" disabled={saving || locked || (!dirty && !deleted)} onClick={() => void pane.save()} title="Save (Ctrl+S)">
              Save
            </button>
          </div>
        )}
      </header>
      <div className="editor-pane-main" hidden={collapsed} lang={lang ?? undefined}>
        {pane.loadError !== null && <div className="pane-error">{errorMessage(pane.loadError)}</div>}
        {notice && (
          <ConflictBanner
            notice={notice}
            onReload={() => disk && pane.adoptDisk(disk, true)}
            onKeepMine={pane.keepMine}
            onOverwrite={() => void pane.save({ force: true })}
            onCompare={() => setComparing(true)}
            onSave={() => void pane.save()}
          />
        )}
        {saveErrors && <SaveErrors issues={saveErrors} onJump={pane.jumpToLine} onDismiss={pane.dismissSaveErrors} />}
        {props.banner}
        <div className="editor-pane-body">
          {snapshot && <FrontmatterSummary snapshot={snapshot} roles={form.collection?.roles ?? null} lang={lang} open={formOpen} onToggle={() => setFormOpen(!formOpen)} controls={`${side}-fields-form`} />}
          {formOpen && (
            <div className="editor-pane-form" id={`${side}-fields-form`}>
              <FrontmatterForm
                idPrefix={side}
                form={form}
                snapshot={snapshot}
                locked={locked}
                tagOptions={tagOptions}
                onEdit={pane.edit}
                onJumpToLine={pane.jumpToLine}
                onJumpToField={pane.jumpToField}
                onAddFrontmatter={pane.addFrontmatter}
              />
            </div>
          )}
          <div className="editor-pane-editor" ref={pane.hostRef} hidden={mode === 'preview'} />
          {mode !== 'source' && <PreviewPane path={path} feed={feed} lang={lang} data={snapshot?.data ?? null} scrollerRef={props.previewScrollerRef} />}
        </div>
      </div>
      {comparing && disk && (
        <CompareDialog
          path={path}
          disk={pane.toEditorText(disk.text)}
          mine={pane.editorText()}
          onCancel={() => setComparing(false)}
          onApply={(merged) => {
            setComparing(false);
            pane.applyMerged(disk, merged);
          }}
        />
      )}
    </section>
  );
}
