import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Duplex } from 'node:stream';
import { WebSocketServer, type WebSocket } from 'ws';
import {
  DOWNLOAD_PATH_PREFIX,
  HOST_MEDIA_PREFIX,
  INVOKE_PATH_PREFIX,
  MAX_MESSAGE_BYTES,
  TOKEN_QUERY,
  UPLOAD_PATH,
  WS_PATH,
  WS_PROTOCOL,
  type WireEvent,
} from '../../shared';
import type { AppContext } from '../app/app-context';
import { browserHostCsp } from '../security/csp';
import { authenticate, generateToken, hasMediaKey } from './auth';
import { handleInvoke, handleMedia, handleStatic, sendJson, sendText } from './http-routes';
import { handleUpload } from './upload-route';
import { handleDownload } from './download-route';
import { handleWireFrame } from './wire-handler';
import { locateLmsDir } from '../preview/preview-http';
import type { CallContext } from '../ipc/router';
import { startContentHost } from './content-host';

export interface BrowserHostOptions {
  context: AppContext;
  /** The built renderer (out/renderer). */
  staticDir: string;
  /** 0 (default) picks a free port. */
  port?: number;
  /** Fixed token (tests); a fresh random one per run otherwise. */
  token?: string;
  /** Upload size limit in bytes (default 2 GiB; tests use a small one). */
  maxUploadBytes?: number;
}

export interface BrowserHost {
  /** `http://127.0.0.1:<port>/?token=<token>`: the URL to open. */
  readonly url: string;
  readonly origin: string;
  readonly port: number;
  readonly token: string;
  /** The separate origin serving packages, previews and LMS pages (`<contentOrigin>/c/<contentToken>/…`). */
  readonly contentOrigin: string;
  readonly contentBase: string;
  close(): Promise<void>;
}

const HOST = '127.0.0.1';
const UNAUTHORIZED_TEXT = 'Unauthorized: open the URL printed by `coursewright serve` (it includes the access token).';

/**
 * The browser host: the same router and services as Electron, over loopback HTTP + WebSocket.
 * Listens on 127.0.0.1 only and requires the per-run token on every request, so other local users,
 * other sites in the browser and DNS-rebinding pages cannot use it.
 */
export async function startBrowserHost(opts: BrowserHostOptions): Promise<BrowserHost> {
  const { context, staticDir } = opts;
  const token = opts.token ?? generateToken();
  const server = http.createServer();
  // ws enforces a hard cap above ours so oversize frames within 2x still get a typed VALIDATION reply.
  // A browser offers `coursewright` plus `cw-token.<token>`: the answer names only the first, never the token.
  const wss = new WebSocketServer({
    noServer: true,
    maxPayload: MAX_MESSAGE_BYTES * 2,
    skipUTF8Validation: true,
    handleProtocols: (offered) => (offered.has(WS_PROTOCOL) ? WS_PROTOCOL : false),
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 0, HOST, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const port = (server.address() as AddressInfo).port;
  const origin = `http://${HOST}:${port}`;
  const allowedHosts = new Set([`${HOST}:${port}`, `localhost:${port}`]);
  /** Our own page, whichever loopback name the user typed. */
  const ownOrigins = new Set([origin, `http://localhost:${port}`]);
  // Third-party packages, previews and the LMS pages run on a separate origin with its own secret, framed by the app.
  const content = await startContentHost({
    appOrigins: [...ownOrigins],
    previewRoutes: { previews: context.previews, lmsDir: locateLmsDir(staticDir) },
    packages: context.learn?.packages ?? null,
    cmi5: context.cmi5 ?? null,
  });
  const contentOrigins = new Set([content.origin, content.origin.replace(HOST, 'localhost')]);
  const csp = browserHostCsp(origin, content.origin);
  const callContext: CallContext = { host: 'browser', contentBase: content.base };

  const requestUrl = (req: IncomingMessage): URL | null => {
    // DNS rebinding: a page on evil.example resolving to 127.0.0.1 still sends its own Host header.
    if (!allowedHosts.has(req.headers.host ?? '')) return null;
    try {
      return new URL(req.url ?? '/', origin);
    } catch {
      return null;
    }
  };

  const onRequest = async (req: IncomingMessage, res: ServerResponse) => {
    const url = requestUrl(req);
    if (!url) return sendText(res, 400, 'Bad request');
    // Nothing from the content origin (third-party packages) is ever served here.
    if (contentOrigins.has(req.headers.origin ?? '')) return sendText(res, 403, 'Forbidden');
    const auth = authenticate(req, url, token);
    const unauthorized = () => sendText(res, 401, UNAUTHORIZED_TEXT, { 'WWW-Authenticate': 'Bearer' });
    // A wrong token in the URL is refused, not ignored: a stale or mistyped link says so at once.
    if (!auth.ok && url.searchParams.has(TOKEN_QUERY)) return unauthorized();

    const path = url.pathname;
    if (path.startsWith(HOST_MEDIA_PREFIX)) {
      // <img>/<video> send no headers: their URLs carry the media key, which opens media only.
      if (!auth.ok && !hasMediaKey(url, token)) return unauthorized();
      return handleMedia(req, res, context.library, path.slice(HOST_MEDIA_PREFIX.length));
    }
    if (path.startsWith(DOWNLOAD_PATH_PREFIX)) {
      // A download is a plain link click (no header, no cookie): its one-time, unguessable id, handed out only to
      // an authenticated `files.prepareDownload`, is the capability; unknown or used ids are 404.
      return handleDownload(req, res, context.libraryDir, path.slice(DOWNLOAD_PATH_PREFIX.length));
    }
    if (path.startsWith('/api/') && !auth.ok) return unauthorized();
    if (path.startsWith(INVOKE_PATH_PREFIX)) {
      // Pages on another loopback port are "same-site": check Origin too.
      const requestOrigin = req.headers.origin;
      if (requestOrigin !== undefined && !ownOrigins.has(requestOrigin)) {
        return sendJson(res, 403, {
          ok: false,
          error: { code: 'FORBIDDEN', message: 'Cross-origin request refused.' },
        });
      }
      return handleInvoke(req, res, context.router, path.slice(INVOKE_PATH_PREFIX.length), callContext);
    }
    if (path === UPLOAD_PATH) {
      const upload = { router: context.router, libraryDir: context.libraryDir, ownOrigins };
      return handleUpload(req, res, url, {
        ...upload,
        ...(opts.maxUploadBytes ? { maxBytes: opts.maxUploadBytes } : {}),
      });
    }
    if (path.startsWith('/api/')) return sendText(res, 404, 'Not found');
    // The built page and its scripts are public (no data in them): a reload after the token left the address
    // bar must still load the page, which then reads the token from sessionStorage.
    return handleStatic(req, res, staticDir, url, csp);
  };

  server.on('request', (req: IncomingMessage, res: ServerResponse) => {
    onRequest(req, res).catch((e: unknown) => {
      // A client that goes away mid-response (tab closed, media seek) is normal, not an error.
      const code = (e as { code?: unknown } | null)?.code;
      if (code !== 'ERR_STREAM_PREMATURE_CLOSE' && code !== 'EPIPE' && code !== 'ECONNRESET') {
        console.error('[host] request failed:', e);
      }
      if (!res.headersSent) sendText(res, 500, 'Internal error');
      else res.destroy();
    });
  });
  server.on('clientError', (_e, socket: Duplex) => {
    if (socket.writable) socket.end('HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n');
    else socket.destroy();
  });

  server.on('upgrade', (req: IncomingMessage, socket: Duplex, head: Buffer) => {
    socket.on('error', () => socket.destroy());
    const url = requestUrl(req);
    if (!url || url.pathname !== WS_PATH) return rejectUpgrade(socket, 404, 'Not Found');
    if (!authenticate(req, url, token).ok) return rejectUpgrade(socket, 401, 'Unauthorized');
    // Browsers always send Origin on WebSocket handshakes; only our own page may connect.
    if (!ownOrigins.has(req.headers.origin ?? '')) return rejectUpgrade(socket, 403, 'Forbidden');
    wss.handleUpgrade(req, socket, head, (ws) => wss.emit('connection', ws, req));
  });

  wss.on('connection', (ws: WebSocket) => {
    ws.on('error', () => ws.terminate());
    ws.on('message', (data, isBinary) => {
      void handleWireFrame(context.router, data, isBinary, callContext).then((response) => {
        if (ws.readyState === ws.OPEN) ws.send(JSON.stringify(response));
      });
    });
  });

  const unsubscribe = context.events.subscribe(({ event, payload }) => {
    const frame = JSON.stringify({ event, payload } satisfies WireEvent);
    for (const client of wss.clients) if (client.readyState === client.OPEN) client.send(frame);
  });

  let closing: Promise<void> | null = null;
  const close = () => {
    closing ??= (async () => {
      unsubscribe();
      for (const client of wss.clients) client.terminate();
      await new Promise<void>((resolve) => wss.close(() => resolve()));
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
      await content.close();
    })();
    return closing;
  };

  return {
    url: `${origin}/?token=${token}`,
    origin,
    port,
    token,
    contentOrigin: content.origin,
    contentBase: content.base,
    close,
  };
}

function rejectUpgrade(socket: Duplex, status: number, reason: string): void {
  if (socket.writable) {
    socket.end(`HTTP/1.1 ${status} ${reason}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
  } else socket.destroy();
}
