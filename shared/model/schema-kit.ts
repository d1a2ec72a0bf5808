import { z } from 'zod';
import { idSchema } from './ids';
import { richTextDocSchema } from './rich-text';
import { questionSchema } from './questions';

/**
 * The zod pieces block descriptors build their schemas from. Descriptors (in the zod-free `shared/core/`) hold a
 * schema *builder* `(z, kit) => z.object(…)` and only import types, so the player can import them without zod.
 */
export const schemaKit = {
  id: idSchema,
  /** Media is referenced by asset id (null while the author has not picked one yet). */
  assetRef: idSchema.nullable(),
  shortText: z.string().max(500),
  richText: richTextDocSchema,
  question: questionSchema,
  uniqueIds: (items: readonly { id: string }[]): boolean => new Set(items.map((i) => i.id)).size === items.length,
};
export type SchemaKit = typeof schemaKit;
export type Zod = typeof z;
