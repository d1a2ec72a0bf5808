import { randomUUID } from 'node:crypto';
import type { BlockOf } from '../../../shared';

/** Builders of the Continue, Attachment and Embed blocks the sample course uses (fresh ids on every call). */

export function continueButton(label = 'Continue', requireComplete = false): BlockOf<'continue'> {
  return { id: randomUUID(), type: 'continue', label, requireComplete };
}

export function attachment(
  assetId: string | null,
  fileName: string,
  title: string,
  description = '',
): BlockOf<'attachment'> {
  return { id: randomUUID(), type: 'attachment', assetId, fileName, title, description };
}

export function embed(
  url: string,
  title: string,
  fallback: string,
  aspect: BlockOf<'embed'>['aspect'] = '4:3',
): BlockOf<'embed'> {
  return { id: randomUUID(), type: 'embed', url, title, aspect, height: 480, fallback };
}
