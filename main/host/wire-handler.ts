import { err, MAX_MESSAGE_BYTES, wireRequestSchema, type WireResponse } from '../../shared';
import type { CallContext, Router } from '../ipc/router';

const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Turns one raw WebSocket frame into the response frame. Malformed frames (binary, too big,
 * invalid UTF-8, not JSON, not a WireRequest) get `{ id: null | id, result: VALIDATION }`; the
 * request itself goes through the shared router. Never throws.
 */
export async function handleWireFrame(
  router: Router,
  data: Buffer | ArrayBuffer | Buffer[],
  isBinary: boolean,
  ctx: CallContext = { host: 'browser' },
): Promise<WireResponse> {
  try {
    if (isBinary) return invalid(null, 'Binary frames are not supported; send JSON text.');
    const bytes = toBuffer(data);
    if (bytes.byteLength > MAX_MESSAGE_BYTES) {
      return invalid(null, `Message too large (${bytes.byteLength} bytes; limit ${MAX_MESSAGE_BYTES}).`);
    }
    let text: string;
    try {
      text = utf8.decode(bytes);
    } catch {
      return invalid(null, 'Message is not valid UTF-8.');
    }
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      return invalid(null, 'Message is not valid JSON.');
    }
    const request = wireRequestSchema.safeParse(json);
    if (!request.success) {
      return invalid(recoverId(json), 'Message must be {"id": <integer>, "channel": <string>, "input": <any>}.');
    }
    const { id, channel, input } = request.data;
    return { id, result: await router.dispatch(channel, input, ctx) };
  } catch (e) {
    return { id: null, result: err('INTERNAL', `Unexpected error: ${e instanceof Error ? e.message : String(e)}`) };
  }
}

function invalid(id: number | null, message: string): WireResponse {
  return { id, result: err('VALIDATION', message) };
}

/** Echo a usable id back when only the rest of the frame was wrong, so the client can settle its call. */
function recoverId(json: unknown): number | null {
  if (json === null || typeof json !== 'object' || Array.isArray(json)) return null;
  const id = (json as { id?: unknown }).id;
  return typeof id === 'number' && Number.isSafeInteger(id) && id >= 0 ? id : null;
}

function toBuffer(data: Buffer | ArrayBuffer | Buffer[]): Buffer {
  if (Array.isArray(data)) return Buffer.concat(data);
  if (data instanceof ArrayBuffer) return Buffer.from(data);
  return data;
}
