import type { ChannelOutput } from '@shared/ipc/contract';
import { call } from '../api/client';
import { useAsyncValue } from './useAsyncValue';

/** An opened article with its translation group (when it has an externalId). */
export interface OpenedArticle {
  article: ChannelOutput<'article.read'>;
  group: ChannelOutput<'group.read'> | null;
}

/** Reads the file and its group; re-reads when `dataVersion` changes (the file may have changed on disk). */
export function useArticle(path: string | null, dataVersion: number) {
  return useAsyncValue<OpenedArticle>(path === null ? null : `${path}\n${dataVersion}`, async () => {
    const article = await call('article.read', { path: path ?? '' });
    const group = article.externalId ? await call('group.read', { externalId: article.externalId }) : null;
    return { article, group };
  });
}
