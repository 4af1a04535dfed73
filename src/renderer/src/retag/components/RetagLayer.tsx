import { call } from '../../api/client';
import { useAsyncValue } from '../../hooks/useAsyncValue';
import { useTagOptions } from '../../hooks/useTagOptions';
import type { RetagApi } from '../hooks/useRetag';
import { useRetagLabels } from '../hooks/useRetagLabels';
import { JournalsDialog } from './JournalsDialog';
import { RetagFlow } from './RetagFlow';

const NO_CATEGORIES: string[] = [];

/** After a dialog closes, focus goes back where it was; if that is gone (the bulk bar hides after an apply), to the list. */
function backToList(): void {
  requestAnimationFrame(() => {
    if (document.activeElement === document.body) document.getElementById('article-list')?.focus();
  });
}

/** The bulk-edit dialogs, rendered once at the end of the window. */
export function RetagLayer({ retag, dataVersion }: { retag: RetagApi; dataVersion: number }) {
  const { request, journalsOpen } = retag;
  const tagOptions = useTagOptions(dataVersion);
  const labels = useRetagLabels(dataVersion);
  const categories = useAsyncValue(request ? `categories\n${dataVersion}` : null, () => call('articles.facets', { query: '' }));
  const categoryOptions = categories.value?.category.map((entry) => entry.value) ?? NO_CATEGORIES;
  return (
    <>
      {request && (
        <RetagFlow
          request={request}
          tagOptions={tagOptions}
          categoryOptions={categoryOptions}
          labels={labels}
          onWritten={retag.written}
          onClose={() => {
            retag.open(null);
            backToList();
          }}
          onShowJournals={() => {
            retag.open(null);
            retag.openJournals();
          }}
        />
      )}
      {journalsOpen && !request && (
        <JournalsDialog
          onClose={() => {
            retag.closeDialogs();
            backToList();
          }}
          onUndone={() => retag.written('undone')}
        />
      )}
    </>
  );
}
