import { promises as fs } from 'node:fs';
import { protocol } from 'electron';
import { APP_HOST, APP_SCHEME, MEDIA_SCHEME } from '../../shared/contract/api';
import { idSchema } from '../../shared/model/ids';
import type { CourseLibrary } from '../library/course-library';
import { libraryMediaResponse } from '../http/library-media';
import { findStaticFile } from '../http/static-files';
import { APP_CSP, CONTENT_SCHEME, securityHeaders } from '../security/csp';
import { locateLmsDir, previewFetchResponse } from '../preview/preview-http';
import type { PreviewService } from '../preview/preview-service';
import { packageFetchResponse } from '../learner/package-http';
import type { PackageStore } from '../scorm-import/package-store';
import type { Cmi5Launcher } from '../lrs/cmi5-launcher';
import { cmi5FetchResponse } from '../lrs/cmi5-http';

/** Must run before `app.ready`: app:// and media:// behave like https (origin, fetch, streaming media). */
export function registerPrivilegedSchemes(): void {
  const privileges = { standard: true, secure: true, supportFetchAPI: true, stream: true };
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges },
    { scheme: MEDIA_SCHEME, privileges },
    // Packages, previews and LMS pages: a separate origin, so their scripts cannot reach the app's preload API.
    { scheme: CONTENT_SCHEME, privileges },
  ]);
}

/**
 * app://coursewright/<path> serves the built renderer through static-files.ts (no traversal);
 * media://asset/<uuid> serves library media resolved by id through the library only, with Range.
 */
export function registerProtocolHandlers(opts: {
  rendererDir: string;
  library: CourseLibrary;
  /** In-app preview: cwcontent://coursewright/lms/… (stand-in LMS page) and cwcontent://coursewright/preview/<id>/…. */
  previews?: PreviewService;
  /** Learner mode: imported SCORM packages at cwcontent://coursewright/packages/<id>/…. */
  packages?: PackageStore | undefined;
  /** cmi5: the local LRS at cwcontent://coursewright/xapi/ and the launcher's /cmi5/ routes. */
  cmi5?: Cmi5Launcher | undefined;
}): void {
  const previewRoutes = opts.previews ? { previews: opts.previews, lmsDir: locateLmsDir(opts.rendererDir) } : null;
  const headers = securityHeaders(APP_CSP);
  const text = (status: number, body: string) =>
    new Response(body, { status, headers: { ...headers, 'Content-Type': 'text/plain; charset=utf-8' } });

  protocol.handle(APP_SCHEME, async (request) => {
    try {
      const url = new URL(request.url);
      if (url.hostname !== APP_HOST) return text(404, 'Not found');
      const file = await findStaticFile(opts.rendererDir, url.pathname);
      if (!file.ok) return text(file.status, file.status === 404 ? 'Not found' : 'Refused');
      const body = await fs.readFile(file.path);
      return new Response(body, {
        status: 200,
        headers: { ...headers, 'Content-Type': file.mime, 'Cache-Control': file.isIndex ? 'no-store' : 'no-cache' },
      });
    } catch (e) {
      console.error('[app://] failed:', e);
      return text(500, 'Internal error');
    }
  });

  // Third-party content only: files, no preload (see window.ts), framed by the app origin.
  const appOrigin = [`${APP_SCHEME}://${APP_HOST}`];
  protocol.handle(CONTENT_SCHEME, async (request) => {
    try {
      const url = new URL(request.url);
      if (url.hostname !== APP_HOST) return text(404, 'Not found');
      const preview = previewRoutes
        ? await previewFetchResponse(request, url.pathname, previewRoutes, appOrigin)
        : null;
      if (preview) return preview;
      const lms = opts.cmi5 ? await cmi5FetchResponse(request, url.pathname, opts.cmi5, appOrigin) : null;
      if (lms) return lms;
      const pkg = opts.packages ? await packageFetchResponse(request, url.pathname, opts.packages, appOrigin) : null;
      return pkg ?? text(404, 'Not found');
    } catch (e) {
      console.error('[cwcontent://] failed:', e);
      return text(500, 'Internal error');
    }
  });

  protocol.handle(MEDIA_SCHEME, async (request) => {
    try {
      const url = new URL(request.url);
      const id = idSchema.safeParse(url.hostname === 'asset' ? url.pathname.slice(1) : '');
      if (!id.success) return text(400, 'Bad asset id');
      const asset = opts.library.assetFile(id.data);
      if (!asset) return text(404, 'No such asset');
      // Media headers (CSP sandbox, nosniff) and SVG sanitized on the way out: see library-media.ts.
      return await libraryMediaResponse(request, asset);
    } catch (e) {
      console.error('[media://] failed:', e);
      return text(500, 'Internal error');
    }
  });
}
