import { randomUUID } from 'node:crypto';
import type { BlockOf } from '../../../shared';

/** Builders of the structured block kinds used by the sample course (fresh ids on every call). */

export function statement(text: string, style: BlockOf<'statement'>['style'] = 'bold'): BlockOf<'statement'> {
  return { id: randomUUID(), type: 'statement', style, text };
}
