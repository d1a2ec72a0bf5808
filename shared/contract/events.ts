import { z } from 'zod';
import { idSchema } from '../model/ids';
import { exportProgressEventSchema } from './export-contract';
import { mediaEvents } from './media-contract';
import { desktopEvents } from './desktop-contract';

/**
 * Events pushed from main to the renderer (Electron: webContents.send; browser host: WebSocket).
 * Payloads are validated before they are sent.
 */
export const events = {
  /** Something in the library changed; `courseId` is null for library-wide changes. */
  'library.changed': z.object({
    courseId: idSchema.nullable(),
    reason: z.string(),
  }),
  /** An export job moved on; the last event of a job has state done (with `report`), failed (`error`) or cancelled. */
  'export.progress': exportProgressEventSchema,
  /** Transcoding job progress (throttled; the final state is always sent). */
  ...mediaEvents,
  /** The application menu (or a double-clicked `.cwcourse`) asks the renderer to act. */
  ...desktopEvents,
} as const;

type Events = typeof events;
export type EventName = keyof Events;
export type EventPayload<E extends EventName> = z.output<Events[E]>;

export function isEventName(name: unknown): name is EventName {
  return typeof name === 'string' && Object.prototype.hasOwnProperty.call(events, name);
}
