import { z } from 'zod';
import { idSchema } from '../model/ids';

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
} as const;

export type Events = typeof events;
export type EventName = keyof Events;
export type EventPayload<E extends EventName> = z.output<Events[E]>;
export const EVENT_NAMES = Object.keys(events) as EventName[];

export function isEventName(name: unknown): name is EventName {
  return typeof name === 'string' && Object.prototype.hasOwnProperty.call(events, name);
}
