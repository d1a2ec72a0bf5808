import './player.css';
import './player-content.css';
import './blocks-extra.css';
import './scenario.css';
import './continue.css';
import './attachment.css';
import './embed.css';
import './gallery-graphic-sorting.css';
import './themes.css';
import { h, render } from 'preact';
import type { CoursePackage } from '../../shared/package/course-package';
import { PLAYER_PACKAGE_GLOBAL } from './runtime-constants';
import { bindPageLifecycle, type LmsBinder } from './lms/binding-support';
import type { LmsLogger } from './lms/lms-adapter';
import { restrictToModule } from './lms/module-launch';
import { isPreparedAdapter } from './lms/xapi-launch-adapter';
import { checkPackage } from './package-check';
import { PlayerController } from './state/player-controller';
import { applyTheme } from './ui/theme';
import { setMediaPrefs } from './ui/media-prefs';
import { App } from './ui/app';

const logger: LmsLogger = { warn: (message, detail) => console.warn(`[coursewright] ${message}`, detail ?? '') };

function storage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null; // blocked (file:// in some browsers, privacy settings)
  }
}

function fail(root: HTMLElement, message: string): void {
  root.setAttribute('data-state', 'error');
  root.textContent = '';
  const p = document.createElement('p');
  p.className = 'cw-error';
  p.setAttribute('role', 'alert');
  p.textContent = message;
  root.appendChild(p);
}

async function boot(bind: LmsBinder): Promise<void> {
  const root = document.getElementById('app') ?? document.body.appendChild(document.createElement('div'));
  const pkg = (window as unknown as Record<string, unknown>)[PLAYER_PACKAGE_GLOBAL];
  const problem = checkPackage(pkg);
  if (problem) return fail(root, problem);
  const coursePackage = restrictToModule(pkg as CoursePackage, window.location.href);
  const adapter = bind({
    packageId: coursePackage.packageId,
    win: window as never,
    storage: storage(),
    logger,
    statusMapping: coursePackage.course.settings.scorm12Status,
    launch: { href: window.location.href, lang: coursePackage.course.language, fetch: (u, i) => fetch(u, i) },
  });
  // cmi5 / xAPI: token, LaunchData and saved progress come over the network before the first render.
  if (isPreparedAdapter(adapter)) {
    await adapter.prepare();
    setMediaPrefs(adapter.preferences); // cmi5 §11: captions language and sound, before the first render
  }
  const start = adapter.start();
  const controller = new PlayerController(coursePackage, adapter, start, logger);
  bindPageLifecycle(adapter, window, document);
  applyTheme(document.documentElement, coursePackage.theme, coursePackage.course.settings.theme.variant === 'dark');
  if (!document.title) document.title = coursePackage.course.title;
  root.textContent = '';
  const onExit = isPreparedAdapter(adapter) && adapter.returnUrl ? () => void adapter.exit() : undefined;
  render(h(App, { controller, notice: adapter.notice, onExit }), root);
  root.setAttribute('data-state', 'ready');
  Object.defineProperty(window, '__COURSEWRIGHT_PLAYER__', {
    value: Object.freeze({ lms: adapter.kind }),
    configurable: true,
  });
}

/**
 * Starts the player with one LMS binding once the document is parsed. Each runtime (`entries/<binding>.ts`)
 * calls this with its own binder, so a package bundles only the adapter its export format uses.
 */
export function startPlayer(bind: LmsBinder): void {
  const run = (): void => void boot(bind);
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', run);
  else run();
}
