import { z } from 'zod';

/**
 * Browser host wire protocol (loopback HTTP + WebSocket). The same contract as Electron IPC,
 * framed as JSON:
 *  - HTTP  `POST /api/invoke/<channel>` with the input as JSON body → a Result as JSON.
 *  - WS    `/api/ws`: client sends `WireRequest`; server answers `WireResponse` and pushes `WireEvent`.
 * Every HTTP request and the WebSocket upgrade must carry the per-run token: `?token=` on the first
 * page load (the host then sets an HttpOnly SameSite=Strict cookie), or `Authorization: Bearer <token>`.
 */
export const TOKEN_COOKIE = 'cw_token';
export const TOKEN_QUERY = 'token';
export const WS_PATH = '/api/ws';
export const INVOKE_PATH_PREFIX = '/api/invoke/';
/** `POST /api/upload?name=<file name>[&courseId=<id>]`: raw file body → the `media.import` Result (browser host only). */
export const UPLOAD_PATH = '/api/upload';
/** Largest WS/HTTP message the host accepts; bigger ones get a VALIDATION error. */
export const MAX_MESSAGE_BYTES = 8 * 1024 * 1024;

export const wireRequestSchema = z.object({
  id: z.number().int().min(0),
  channel: z.string().max(100),
  input: z.unknown(),
});
export type WireRequest = z.infer<typeof wireRequestSchema>;

export type WireResponse = { id: number | null; result: unknown };
export type WireEvent = { event: string; payload: unknown };
