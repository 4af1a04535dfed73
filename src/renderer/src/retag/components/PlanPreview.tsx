import { useState } from 'react';
import type { ChannelOutput } from '@shared/ipc/contract';
import { call, errorMessage } from '../../api/client';
import { useAsyncValue } from '../../hooks/useAsyncValue';
import { formatCount } from '../../lib/format';
import { reasonText, skipSummary } from '../lib/skip-reasons';
import { FileDiff } from './FileDiff';

type Plan = ChannelOutput<'retag.plan'>;
type Status = 'changed' | 'unchanged' | 'skipped';

/** Files per preview page: diffs are computed by the server for one page at a time. */
export const PREVIEW_PAGE = 25;

const TAB_LABELS: Record<Status, string> = { changed: 'Will change', unchanged: 'Unchanged', skipped: 'Skipped' };

/**
 * A plan before it is applied: counts, then one tab per outcome. Changed
 * files show the exact lines that change; skipped ones say why in words.
 */
export function PlanPreview({ plan }: { plan: Plan }) {
  const { summary } = plan;
  const counts: Record<Status, number> = { changed: summary.changed, unchanged: summary.unchanged, skipped: summary.skipped.length };
  const [tab, setTab] = useState<Status>(summary.changed > 0 || summary.skipped.length === 0 ? 'changed' : 'skipped');
  const [offset, setOffset] = useState(0);
  const page = useAsyncValue(`${plan.planId}\n${tab}\n${offset}`, () =>
    call('retag.preview', { planId: plan.planId, status: tab, offset, limit: PREVIEW_PAGE }),
  );
  const total = counts[tab];
  const choose = (next: Status): void => {
    setTab(next);
    setOffset(0);
  };

  return (
    <div className="plan-preview">
      <div className="plan-stats" data-testid="plan-stats">
        <Stat name="changed" tone="ok" value={summary.changed} label={summary.changed === 1 ? 'file changes' : 'files change'} />
        <Stat name="unchanged" tone="muted" value={summary.unchanged} label="unchanged" />
        <Stat name="skipped" tone={summary.skipped.length > 0 ? 'warn' : 'muted'} value={summary.skipped.length} label="skipped" />
        <span className="plan-stats-of">of {formatCount(plan.selected)} selected</span>
      </div>
      {summary.skipped.length > 0 && (
        <p className="plan-skip-reasons">
          Skipped:{' '}
          {skipSummary(summary.skipped)
            .map(({ text, count }) => `${lowerFirst(text)} (${formatCount(count)})`)
            .join('; ')}
        </p>
      )}
      <div className="plan-tabs" role="tablist" aria-label="Files">
        {(['changed', 'unchanged', 'skipped'] as const).map((status) => (
          <button key={status} type="button" role="tab" className="plan-tab" aria-selected={tab === status} onClick={() => choose(status)}>
            {TAB_LABELS[status]} <span className="tab-count">{formatCount(counts[status])}</span>
          </button>
        ))}
        {total > PREVIEW_PAGE && (
          <span className="plan-pager">
            {formatCount(offset + 1)}–{formatCount(Math.min(total, offset + PREVIEW_PAGE))} of {formatCount(total)}
            <button type="button" className="icon-button" aria-label="Previous files" disabled={offset === 0} onClick={() => setOffset(Math.max(0, offset - PREVIEW_PAGE))}>
              ‹
            </button>
            <button type="button" className="icon-button" aria-label="Next files" disabled={offset + PREVIEW_PAGE >= total} onClick={() => setOffset(offset + PREVIEW_PAGE)}>
              ›
            </button>
          </span>
        )}
      </div>
      <div className="plan-files" role="tabpanel" aria-label={TAB_LABELS[tab]} aria-busy={page.loading}>
        {page.error !== null && <p className="retag-error">{errorMessage(page.error)}</p>}
        {total === 0 && <p className="plan-empty">{EMPTY[tab]}</p>}
        {page.value?.files.map((file) =>
          file.status === 'changed' ? (
            <FileDiff key={file.path} path={file.path} hunks={file.hunks} {...(file.message !== undefined && { note: file.message })} />
          ) : (
            <div key={file.path} className="plan-file" data-path={file.path}>
              <span className="plan-file-path" dir="ltr">
                {file.path}
              </span>
              {file.status === 'skipped' && (
                <span className="plan-file-reason" title={file.message}>
                  {reasonText(file.reason)}
                  {file.message && <span className="plan-file-message">{file.message}</span>}
                </span>
              )}
            </div>
          ),
        )}
      </div>
    </div>
  );
}

/** `The frontmatter YAML…` → `the frontmatter YAML…` (only the first letter: acronyms stay). */
const lowerFirst = (text: string): string => text.charAt(0).toLowerCase() + text.slice(1);

const EMPTY: Record<Status, string> = {
  changed: 'No file would change: the selected articles already look like this.',
  unchanged: 'Every selected file changes or is skipped.',
  skipped: 'No file is skipped.',
};

function Stat({ name, value, label, tone }: { name: string; value: number; label: string; tone: 'ok' | 'warn' | 'muted' }) {
  return (
    <span className={`plan-stat plan-stat--${tone}`} data-stat={name}>
      <strong>{formatCount(value)}</strong> {label}
    </span>
  );
}
