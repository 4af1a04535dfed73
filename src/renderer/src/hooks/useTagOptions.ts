import { useEffect, useState } from 'react';
import { call } from '../api/client';

let cached: { version: number; tags: Promise<string[]> } | null = null;

/** The corpus's tags, most used first, for completion in the tag input. Re-read when the data version changes. */
export function useTagOptions(dataVersion: number): string[] {
  const [tags, setTags] = useState<string[]>([]);
  useEffect(() => {
    if (!cached || cached.version !== dataVersion) {
      cached = {
        version: dataVersion,
        tags: call('tags.list', {}).then(
          (result) => [...result.tags].sort((a, b) => b.count - a.count).map((entry) => entry.tag),
          () => [],
        ),
      };
    }
    let live = true;
    void cached.tags.then((list) => live && setTags(list));
    return () => {
      live = false;
    };
  }, [dataVersion]);
  return tags;
}
