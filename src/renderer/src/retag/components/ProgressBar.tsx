import { formatCount } from '../../lib/format';

/** A labelled determinate bar: `done / total files`. */
export function ProgressBar({ done, total, label }: { done: number; total: number; label: string }) {
  const fraction = total > 0 ? Math.min(1, done / total) : 0;
  return (
    <div className="retag-progress">
      <div className="retag-progress-line">
        <span>{label}</span>
        <span className="retag-progress-count" data-testid="retag-progress-count">
          {formatCount(done)} / {formatCount(total)} files
        </span>
      </div>
      <div className="retag-progress-track" role="progressbar" aria-label={label} aria-valuemin={0} aria-valuemax={total} aria-valuenow={done}>
        <span className="retag-progress-fill" style={{ width: `${fraction * 100}%` }} />
      </div>
    </div>
  );
}
