import { useCallback, useEffect, useImperativeHandle, useRef, useState } from 'react';
import type { ComponentProps, Ref } from 'react';
import type { ChannelOutput } from '@shared/ipc/contract';
import type { ContentModel } from '@shared/model/content-model';
import { call, errorMessage } from '../api/client';
import { BackIcon, SidebarIcon } from '../components/Icons';
import { useSetting } from '../hooks/useSetting';
import { useTagOptions } from '../hooks/useTagOptions';
import { measureFrom, PERF } from '../lib/perf';
import { CreateTranslationDialog } from '../review/CreateTranslationDialog';
import { ReviewStrip } from '../review/ReviewStrip';
import { usePairReview } from '../review/usePairReview';
import { PREVIEW_BOTH_KEY_LABEL } from '../preview/PreviewToggle';
import { usePairPreview } from '../preview/usePairPreview';
import { EditorPane } from './EditorPane';
import type { PaneHandle, PaneSide } from './EditorPane';
import { LanguageSwitcher } from './LanguageSwitcher';
import { groupRefFromKey, groupRefKey, groupRefOf } from './group-ref';
import { takePrefetchedArticle, takePrefetchedGroup, type OpenHint } from './open-prefetch';
import { paneForm } from './pane-form';
import { Splitter } from './Splitter';
import type { ArticleRead } from './usePaneEditor';

type Group = ChannelOutput<'group.read'>;

/** What the app's shortcuts and menus ask of the pair. */
export interface PairHandle {
  saveFocused(): Promise<boolean>;
  saveAll(): Promise<boolean>;
  toggleLock(): void;
  focusSide(side: PaneSide): void;
  toggleCollapse(side: PaneSide): void;
  /** Opens or folds the fields form of the pane last focused. */
  toggleForm(): void;
}

/** Answer to "this pane has unsaved changes" before it is replaced. */
export type DiscardChoice = 'save' | 'discard' | 'cancel';

interface Props {
  /** The article the user opened. */
  path: string;
  /** What the caller knows of its group (a list row): the group and the original are read in parallel with the file. */
  hint?: OpenHint | null;
  dataVersion: number;
  onClose: () => void;
  onSaved: (path: string) => void;
  /** Asks what to do with unsaved changes in `paths`. */
  confirmDiscard: (paths: string[]) => Promise<DiscardChoice>;
  /** The library list beside the pair is hidden (Ctrl/Cmd+B). */
  listHidden: boolean;
  onToggleList: () => void;
  /** Opens another article in place of this one (the review queue's "next"). */
  onOpen?: (path: string) => void;
  ref?: Ref<PairHandle>;
}

interface Opened {
  /** The opened article's path and group (null: in no group, or it could not be read); `groupKey` is its `groupRefKey`. */
  path: string;
  groupKey: string | null;
  group: Group | null;
  /** The folder's content model: each pane's form and checks are its file's collection's (null: it could not be read). */
  model: ContentModel | null;
}

/** The file has no frontmatter, or none that can be read. */
function lostFrontmatter(article: ArticleRead): boolean {
  return article.issues.some((issue) => issue.code === 'no-frontmatter' || issue.code === 'yaml-syntax');
}

/** The group of the original `repair.plan` finds by path for `path`, reading the original on the way; null when there is none. */
async function groupByPath(path: string, read: (file: string) => Promise<ArticleRead>): Promise<Group | null> {
  const plan = await call('repair.plan', { path }).catch(() => null);
  if (plan === null) return null;
  const original = await read(plan.original).catch(() => null);
  const ref = groupRefOf(original);
  return ref ? call('group.read', ref).catch(() => null) : null;
}

/** The original on the left: the group's original (null for an orphan translation), or the file itself without a group. */
function sourceOf(opened: Opened): string | null {
  return opened.group ? opened.group.original : opened.path;
}

/**
 * Side-by-side editing: the original on the left, a translation on the right
 * (the opened one, or the language picked last), each a form above a full
 * editor. Panes resize and collapse; the original can be locked.
 */
export function PairView({ path, hint = null, dataVersion, onClose, onSaved, confirmDiscard, listHidden, onToggleList, onOpen, ref }: Props) {
  const [opened, setOpened] = useState<Opened | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [target, setTarget] = useState<string | null>(null);
  const [lastLang, setLastLang] = useSetting('target-lang', '');
  const [ratio, setRatio] = useSetting('pair-ratio', 0.5);
  const [touchUpdatedAt, setTouchUpdatedAt] = useSetting('touch-updated-at', true);
  const [locked, setLocked] = useState(false);
  const [collapsed, setCollapsed] = useState<Record<PaneSide, boolean>>({ source: false, target: false });
  const [active, setActive] = useState<PaneSide>('target');
  const dirty = useRef<Record<PaneSide, boolean>>({ source: false, target: false });
  const panes = { source: useRef<PaneHandle>(null), target: useRef<PaneHandle>(null) };
  const ready = useRef(new Set<string>());
  const tagOptions = useTagOptions(dataVersion);
  const [creating, setCreating] = useState<string | null>(null);
  const review = usePairReview({ targetPath: target, dataVersion, panes, onOpen: (next) => onOpen?.(next), onWritten: onSaved });
  const preview = usePairPreview(review.editors);

  // Reads start as early as possible and in parallel: the opened file at once; with the list's
  // group hint the group at once too, then the original, all before any pane mounts.
  const reads = useRef(new Map<string, Promise<ArticleRead>>());
  const answered = useRef(new Map<string, ArticleRead>());
  useEffect(() => {
    let live = true;
    ready.current.clear();
    setOpened(null);
    setError(null);
    const started = new Map<string, Promise<ArticleRead>>();
    reads.current = started;
    answered.current = new Map();
    const read = (file: string): Promise<ArticleRead> => {
      const promise = takePrefetchedArticle(file) ?? call('article.read', { path: file });
      // The pane that takes it reports failures; this only keeps an unused prefetch from being "unhandled".
      promise.catch(() => undefined);
      started.set(file, promise);
      return promise;
    };
    // The group first: it answers in a millisecond and names the original, whose read then
    // overlaps this file's (the server answers in the order it receives). With the list's
    // hint, the original is read at once too; should the group name another, that one is read.
    // The model is main's cached answer: it is read beside the files, and the panes wait for it
    // so each form and its lint marks are its collection's from the first frame.
    const model = call('workspace.model', {}).then(
      (answer) => answer.model,
      () => null,
    );
    const hintedRef = hint?.group ?? null;
    const hinted = hintedRef ? (takePrefetchedGroup(hintedRef) ?? call('group.read', hintedRef)).catch(() => null) : Promise.resolve(null);
    const article = read(path);
    if (hint?.originalPath && hint.originalPath !== path) read(hint.originalPath);
    (async (): Promise<Opened> => {
      let group = await hinted;
      if (!group?.members.some((member) => member.path === path)) {
        const opened = await article;
        const ref = groupRefOf(opened);
        group = ref ? await call('group.read', ref) : null;
        // A translation that lost its frontmatter names no group: its path does (`a.pt.md` beside `a.en.md`).
        if (group === null && lostFrontmatter(opened)) group = await groupByPath(path, read);
      }
      const next: Opened = { path, groupKey: group ? groupRefKey(group) : null, group, model: await model };
      const source = sourceOf(next);
      if (source && !started.has(source)) read(source);
      // Both panes appear together, editors built in one commit and painted in one frame;
      // a read that failed is left to its pane to report.
      const files = [...new Set([path, source])].filter((file): file is string => file !== null);
      const answers = await Promise.allSettled(files.map((file) => started.get(file) ?? read(file)));
      const ready = new Map<string, ArticleRead>();
      answers.forEach((answer, i) => {
        const file = files[i];
        if (answer.status === 'fulfilled' && file !== undefined) ready.set(file, answer.value);
      });
      answered.current = ready;
      return next;
    })().then(
      (next) => {
        if (!live) return;
        setOpened(next);
        const source = sourceOf(next);
        const translations = next.group?.members.filter((member) => member.path !== next.group?.original) ?? [];
        const preferred = translations.find((member) => member.lang === lastLang) ?? translations[0];
        setTarget(path !== source ? path : (preferred?.path ?? null));
      },
      (caught: unknown) => live && setError(caught),
    );
    return () => {
      live = false;
    };
    // lastLang only seeds the choice, and the hint only speeds up, when an article opens.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [path]);

  // New translations (or removed ones) show up in the switcher without reopening.
  const groupKey = opened?.groupKey ?? null;
  useEffect(() => {
    if (!groupKey || dataVersion === 0) return;
    let live = true;
    call('group.read', groupRefFromKey(groupKey)).then(
      (group) => live && setOpened((current) => (current && current.groupKey === groupKey ? { ...current, group } : current)),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [groupKey, dataVersion]);

  const sourcePath = opened ? sourceOf(opened) : null;
  const sides: PaneSide[] = [...(sourcePath ? (['source'] as const) : []), ...(target ? (['target'] as const) : [])];
  // Saving touches the collection's "updated" field (roles.updated); a collection without one offers nothing to touch.
  const updatedField = paneForm(opened?.model ?? null, target ?? sourcePath ?? '').collection?.roles.updated;

  const onReady = useCallback(
    (key: string) => {
      ready.current.add(key);
      const expected = [sourcePath, target].filter((p): p is string => p !== null);
      if (expected.every((p) => ready.current.has(p))) measureFrom(PERF.open, PERF.openStart);
    },
    [sourcePath, target],
  );

  const pickTarget = async (next: string): Promise<void> => {
    if (next === target) return;
    if (target && dirty.current.target) {
      const choice = await confirmDiscard([target]);
      if (choice === 'cancel') return;
      if (choice === 'save' && !(await panes.target.current?.save())) return;
    }
    const lang = opened?.group?.members.find((member) => member.path === next)?.lang;
    if (lang) setLastLang(lang);
    performance.mark(PERF.openStart);
    setTarget(next);
    setCollapsed((current) => ({ ...current, target: false }));
  };

  const saveAll = useCallback(async (): Promise<boolean> => {
    const results = await Promise.all([panes.source.current?.save(), panes.target.current?.save()]);
    return results.every((ok) => ok !== false);
    // Pane refs are stable objects.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  useImperativeHandle(
    ref,
    () => ({
      saveFocused: async () => (panes[active].current ?? panes.source.current)?.save() ?? false,
      saveAll,
      toggleLock: () => setLocked((current) => !current),
      focusSide: (side) => {
        setCollapsed((current) => ({ ...current, [side]: false }));
        requestAnimationFrame(() => panes[side].current?.focus());
      },
      toggleCollapse: (side) => setCollapsed((current) => ({ ...current, [side]: !current[side] })),
      toggleForm: () => (panes[active].current ?? panes.source.current)?.toggleForm(),
    }),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [active, saveAll],
  );

  const title = opened?.group?.members.find((member) => member.path === sourcePath)?.title ?? opened?.group?.members[0]?.title ?? path;
  const columns = (() => {
    if (sides.length < 2) return 'minmax(0, 1fr)';
    if (collapsed.source && collapsed.target) return '36px 0 36px';
    if (collapsed.source) return '36px 0 minmax(0, 1fr)';
    if (collapsed.target) return 'minmax(0, 1fr) 0 36px';
    return `minmax(0, ${ratio}fr) 6px minmax(0, ${1 - ratio}fr)`;
  })();

  /** One side's pane; what differs between the sides comes in `own`. */
  const pane = (side: PaneSide, file: string, own: Pick<ComponentProps<typeof EditorPane>, 'role' | 'locked' | 'onToggleLock' | 'banner'>) => (
    <EditorPane
      key={file}
      ref={panes[side]}
      path={file}
      side={side}
      preload={reads.current.get(file) ?? null}
      initial={answered.current.get(file) ?? null}
      form={paneForm(opened?.model ?? null, file)}
      collapsed={collapsed[side] && sides.length === 2}
      onToggleCollapse={() => setCollapsed((current) => ({ ...current, [side]: !current[side] }))}
      touchUpdatedAt={touchUpdatedAt}
      tagOptions={tagOptions}
      onReady={() => onReady(file)}
      onSaved={onSaved}
      onDirtyChange={(value) => {
        dirty.current[side] = value;
        review.setDirty(side, value);
      }}
      extensions={review.editors.extensions[side]}
      mode={preview.modes[side]}
      onToggleMode={(mode) => preview.toggle(side, mode)}
      previewScrollerRef={preview.scrollerRefs[side]}
      {...own}
    />
  );

  return (
    <section className="pair" aria-label="Editor" onKeyDown={preview.onKeyDown}>
      <header className="pair-toolbar">
        <button type="button" className="icon-button" aria-label="Close article" title="Close the article (Esc from the list)" onClick={onClose}>
          <BackIcon />
        </button>
        <button
          type="button"
          className={`icon-button${listHidden ? '' : ' icon-button--active'}`}
          aria-pressed={!listHidden}
          aria-label="Show the library list"
          title={listHidden ? 'Show the list (Ctrl+B)' : 'Hide the list (Ctrl+B)'}
          onClick={onToggleList}
        >
          <SidebarIcon />
        </button>
        <h2 className="pair-title" title={title}>
          {title}
        </h2>
        {opened?.group && (
          <LanguageSwitcher group={opened.group} targetPath={target} onPick={(next) => void pickTarget(next)} onCreate={sourcePath ? setCreating : undefined} />
        )}
        <div className="pair-actions">
          {updatedField !== undefined && (
            <label className="pair-setting" title={`Set ${updatedField} to the time of saving, in the format already in the file`}>
              <input type="checkbox" checked={touchUpdatedAt} onChange={(event) => setTouchUpdatedAt(event.target.checked)} />
              Update {updatedField} on save
            </label>
          )}
          {sides.length === 2 && (
            <button
              type="button"
              className="button preview-toggle"
              aria-pressed={preview.both}
              onClick={preview.toggleBoth}
              title={`Both previews side by side, scrolling together (${PREVIEW_BOTH_KEY_LABEL})`}
            >
              Preview both
            </button>
          )}
          {sides.length === 2 && (
            <button type="button" className="button" onClick={() => void saveAll()} title="Save both (Ctrl+Shift+S)">
              Save both
            </button>
          )}
        </div>
      </header>
      {error !== null && <div className="pane-error">{errorMessage(error)}</div>}
      {opened && (
        <div className={`pair-panes${sides.length === 2 && (collapsed.source || collapsed.target) ? ' pair-panes--collapsed' : ''}`} style={{ gridTemplateColumns: columns }}>
          {sourcePath ? (
            <div className="pair-slot" onFocus={() => setActive('source')}>
              {pane('source', sourcePath, { role: 'Original', locked, onToggleLock: () => setLocked(!locked) })}
            </div>
          ) : (
            <div className="pair-slot pair-missing" role="note">
              <p>
                The original of this translation is not in this folder (group <code>{opened.group?.groupKey}</code>).
              </p>
            </div>
          )}
          {sides.length === 2 || (!sourcePath && target) ? (
            <Splitter ratio={ratio} onChange={setRatio} label="Resize panes" />
          ) : null}
          {target && (
            <div className="pair-slot" onFocus={() => setActive('target')}>
              {pane('target', target, { role: 'Translation', locked: false, banner: <ReviewStrip review={review} /> })}
            </div>
          )}
        </div>
      )}
      {creating && sourcePath && (
        <CreateTranslationDialog
          original={sourcePath}
          title={title}
          lang={creating}
          onCancel={() => setCreating(null)}
          onCreated={(created) => {
            setCreating(null);
            onSaved(created);
            void pickTarget(created);
          }}
        />
      )}
    </section>
  );
}
