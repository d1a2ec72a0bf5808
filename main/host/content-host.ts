import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Duplex } from 'node:stream';
import type { PackageStore } from '../scorm-import/package-store';
import { handlePackageRequest } from '../learner/package-http';
import { handlePreviewRequest, type PreviewRoutes } from '../preview/preview-http';
import type { Cmi5Launcher } from '../lrs/cmi5-launcher';
import { handleCmi5Request } from '../lrs/cmi5-http';
import { generateToken, tokensEqual } from './auth';
import { sendText } from './http-routes';

/** Content URLs: `<origin>/c/<contentToken>/(packages|preview|lms)/…`, so relative URLs inside packages keep working. */
const CONTENT_PATH_PREFIX = '/c/';

interface ContentHostOptions {
  /** The app origin(s) allowed to frame content (frame-ancestors). */
  appOrigins: readonly string[];
  previewRoutes: PreviewRoutes;
  packages: PackageStore | null;
  /** cmi5 packages' LMS: the local LRS at `/xapi/`, the launcher's `/cmi5/` routes. */
  cmi5?: Cmi5Launcher | null | undefined;
  /** Fixed token (tests); a fresh random one per run otherwise. */
  token?: string;
}

interface ContentHost {
  /** `http://127.0.0.1:<port>`: a different origin from the app, so content cannot reach the app's API. */
  readonly origin: string;
  /** `<origin>/c/<token>`: prefix of every content URL. */
  readonly base: string;
  close(): Promise<void>;
}

const HOST = '127.0.0.1';

/**
 * The browser host's second listener: imported packages, preview builds and the LMS pages, on their own origin.
 * It serves files only (no API, no WebSocket), sets no cookie and never accepts the app token: its own secret sits
 * in the path. Third-party scripts running here are cross-origin to the app, so they cannot read its pages or call
 * its API (the app listener refuses requests whose Origin is not its own).
 */
export async function startContentHost(opts: ContentHostOptions): Promise<ContentHost> {
  const token = opts.token ?? generateToken();
  const server = http.createServer();
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, HOST, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const port = (server.address() as AddressInfo).port;
  const origin = `http://${HOST}:${port}`;
  const allowedHosts = new Set([`${HOST}:${port}`, `localhost:${port}`]);

  const onRequest = async (req: IncomingMessage, res: ServerResponse) => {
    if (!allowedHosts.has(req.headers.host ?? '')) return sendText(res, 400, 'Bad request');
    let url: URL;
    try {
      url = new URL(req.url ?? '/', origin);
    } catch {
      return sendText(res, 400, 'Bad request');
    }
    const rest = url.pathname.startsWith(CONTENT_PATH_PREFIX) ? url.pathname.slice(CONTENT_PATH_PREFIX.length) : '';
    const slash = rest.indexOf('/');
    if (slash <= 0 || !tokensEqual(rest.slice(0, slash), token)) return sendText(res, 404, 'Not found');
    const path = rest.slice(slash);
    if (opts.cmi5 && (await handleCmi5Request(req, res, path, url, opts.cmi5, opts.appOrigins))) return;
    if (await handlePreviewRequest(req, res, path, opts.previewRoutes, opts.appOrigins)) return;
    if (opts.packages && (await handlePackageRequest(req, res, path, opts.packages, opts.appOrigins))) return;
    return sendText(res, 404, 'Not found');
  };

  server.on('request', (req: IncomingMessage, res: ServerResponse) => {
    onRequest(req, res).catch((e: unknown) => {
      const code = (e as { code?: unknown } | null)?.code;
      if (code !== 'ERR_STREAM_PREMATURE_CLOSE' && code !== 'EPIPE' && code !== 'ECONNRESET') {
        console.error('[content] request failed:', e);
      }
      if (!res.headersSent) sendText(res, 500, 'Internal error');
      else res.destroy();
    });
  });
  server.on('clientError', (_e, socket: Duplex) => socket.destroy());
  // No WebSocket here: an upgrade request is simply refused.
  server.on('upgrade', (_req: IncomingMessage, socket: Duplex) => socket.destroy());

  let closing: Promise<void> | null = null;
  return {
    origin,
    base: `${origin}${CONTENT_PATH_PREFIX}${token}`,
    close: () => {
      closing ??= new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
      return closing;
    },
  };
}
