import { z } from 'zod';

/** Every node (course, module, lesson, block, asset) has a stable RFC 4122 UUID that survives export/import. */
export const idSchema = z.uuid();

/** ISO 8601 timestamp as stored in the library. */
export const timestampSchema = z.iso.datetime({ offset: true });

/** BCP 47 language tag, e.g. "en", "en-GB", "pt-BR". Kept loose: LMSs accept any well-formed tag. */
export const languageSchema = z
  .string()
  .regex(/^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, 'must be a language tag such as "en" or "en-GB"');

/** Titles are single-line, trimmed and never empty. */
export const titleSchema = z
  .string()
  .trim()
  .min(1, 'must not be empty')
  .max(200, 'must be at most 200 characters')
  .refine((s) => !/[\r\n]/.test(s), 'must be a single line');
