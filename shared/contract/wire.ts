import { z } from 'zod';

/**
 * Browser host wire protocol (loopback HTTP + WebSocket). The same contract as Electron IPC,
 * framed as JSON:
 *  - HTTP  `POST /api/invoke/<channel>` with the input as JSON body → a Result as JSON.
 *  - WS    `/api/ws`: client sends `WireRequest`; server answers `WireResponse` and pushes `WireEvent`.
 * No cookie carries the per-run token: cookies ignore ports, so one would reach every other service on 127.0.0.1.
 * The page takes the token from `?token=` once, keeps it in sessionStorage (per origin, port included) and sends
 * it as `Authorization: Bearer <token>` (HTTP) or as the WebSocket subprotocol `cw-token.<token>` next to
 * `coursewright` (browsers cannot set headers on a WebSocket). URLs the browser fetches by itself (media `src`)
 * carry `?key=<media key>`: an HMAC of the token that opens `/media/<id>` and nothing else. The built page and
 * its scripts are public (they hold no data); every API call, the WebSocket, uploads and media need the token.
 */
export const TOKEN_QUERY = 'token';
/** The subprotocol the host answers with; the token rides in a second offered subprotocol. */
export const WS_PROTOCOL = 'coursewright';
export const WS_TOKEN_PROTOCOL_PREFIX = 'cw-token.';
/** Query parameter of media URLs holding the media key. */
export const MEDIA_KEY_QUERY = 'key';
/** The media key is base64url(HMAC-SHA256(key = token, message = MEDIA_KEY_INFO)). */
export const MEDIA_KEY_INFO = 'coursewright media key v1';
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
