import './player.css';
import './player-content.css';
import './blocks-extra.css';
import { h, render } from 'preact';
import type { CoursePackage } from '../../shared/package/course-package';
import { PLAYER_PACKAGE_GLOBAL } from './runtime-constants';
import { bindPageLifecycle, createLmsAdapter } from './lms/create-adapter';
import type { LmsLogger } from './lms/lms-adapter';
import { checkPackage } from './package-check';
import { PlayerController } from './state/player-controller';
import { accessibleBrandColor } from './ui/theme';
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

function boot(): void {
  const root = document.getElementById('app') ?? document.body.appendChild(document.createElement('div'));
  const pkg = (window as unknown as Record<string, unknown>)[PLAYER_PACKAGE_GLOBAL];
  const problem = checkPackage(pkg);
  if (problem) return fail(root, problem);
  const coursePackage = pkg as CoursePackage;
  const adapter = createLmsAdapter({
    target: coursePackage.target,
    packageId: coursePackage.packageId,
    win: window as never,
    storage: storage(),
    logger,
    statusMapping: coursePackage.course.settings.scorm12Status,
  });
  const start = adapter.start();
  const controller = new PlayerController(coursePackage, adapter, start, logger);
  bindPageLifecycle(adapter, window, document);
  document.documentElement.style.setProperty(
    '--cw-brand',
    accessibleBrandColor(coursePackage.course.settings.theme.brandColor),
  );
  if (!document.title) document.title = coursePackage.course.title;
  root.textContent = '';
  render(h(App, { controller, notice: adapter.notice }), root);
  root.setAttribute('data-state', 'ready');
  Object.defineProperty(window, '__COURSEWRIGHT_PLAYER__', {
    value: Object.freeze({ lms: adapter.kind }),
    configurable: true,
  });
}

if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', boot);
else boot();
