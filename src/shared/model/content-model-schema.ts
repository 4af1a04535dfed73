import { z } from 'zod';
import type { ContentModel } from './content-model';

/**
 * The content model as it crosses the IPC boundary. Main builds it (and a
 * child process validated the config it came from), so the check here is
 * the shape the renderer relies on, not every nested schema node.
 */
export const contentModelSchema = z.custom<ContentModel>(
  (value) =>
    typeof value === 'object' &&
    value !== null &&
    Array.isArray((value as ContentModel).collections) &&
    (value as ContentModel).collections.every((c) => typeof c.name === 'string' && typeof c.schema === 'object' && typeof c.roles === 'object') &&
    Array.isArray((value as ContentModel).notes),
  { message: 'Expected a content model' },
);
