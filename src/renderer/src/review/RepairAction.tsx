import { useState } from 'react';
import { RepairDialog } from './RepairDialog';

/**
 * The review strip of a translation whose frontmatter is missing or cannot
 * be read: what is wrong (the `frontmatter` check) and "Repair from
 * original", which shows the diff before anything is written.
 */
export function RepairAction({ path, onRepaired }: { path: string; onRepaired: (path: string) => void }) {
  const [open, setOpen] = useState(false);
  return (
    <div className="review-strip-repair" data-check="frontmatter">
      <span className="review-strip-note">
        This translation has no readable frontmatter. Repair from original copies the original&apos;s fields (its key, the shared fields, the language from the
        file name) as a draft; the text stays as it is.
      </span>
      <button type="button" className="button button--small button--primary" onClick={() => setOpen(true)}>
        Repair from original…
      </button>
      {open && (
        <RepairDialog
          path={path}
          onCancel={() => setOpen(false)}
          onRepaired={(repaired) => {
            setOpen(false);
            onRepaired(repaired);
          }}
        />
      )}
    </div>
  );
}
