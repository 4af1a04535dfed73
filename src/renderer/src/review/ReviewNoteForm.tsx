import { useEffect, useRef, useState } from 'react';
import type { NoteKind } from './usePairReview';

interface Props {
  kind: NoteKind;
  busy: boolean;
  onSubmit: (note: string) => void;
  onCancel: () => void;
}

const WORDING: Readonly<Record<NoteKind, { label: string; placeholder: string; submit: string }>> = {
  'approve-anyway': {
    label: 'Why approve it as it is?',
    placeholder: 'e.g. The English quote is kept on purpose; the figures were checked against the source.',
    submit: 'Approve anyway',
  },
  'needs-work': {
    label: 'What needs to change?',
    placeholder: 'e.g. Paragraph 3 is still in English; the headline mistranslates "hashprice".',
    submit: 'Mark needs work',
  },
};

/**
 * The note a reviewer must write to approve despite a refusal or to mark a
 * translation as needing work. It is stored in the file (`review.note`) and
 * shown in the strip, the matrix and the queue. Escape cancels.
 */
export function ReviewNoteForm({ kind, busy, onSubmit, onCancel }: Props) {
  const [note, setNote] = useState('');
  const field = useRef<HTMLTextAreaElement>(null);
  useEffect(() => field.current?.focus(), [kind]);
  const wording = WORDING[kind];
  const empty = note.trim() === '';
  return (
    <form
      className="review-note-form"
      aria-label={wording.submit}
      onSubmit={(event) => {
        event.preventDefault();
        if (!empty) onSubmit(note.trim());
      }}
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.stopPropagation();
          onCancel();
        }
      }}
    >
      <label className="review-note-label">
        {wording.label}
        <textarea ref={field} className="review-note-input" rows={2} maxLength={2000} value={note} placeholder={wording.placeholder} onChange={(event) => setNote(event.target.value)} />
      </label>
      <div className="review-note-actions">
        <button type="submit" className="button button--small button--primary" disabled={busy || empty} title={empty ? 'Write a note first' : undefined}>
          {wording.submit}
        </button>
        <button type="button" className="button button--small" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
