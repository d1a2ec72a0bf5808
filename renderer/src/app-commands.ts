import { useEffect } from 'react';
import type { AppCommand } from '../../shared';
import { assertNever } from '../../shared';
import type { AppStores } from './stores/app-stores';

/**
 * `app.command` events (the Electron application menu, a double-clicked `.cwcourse`) turned into what the UI
 * does for them. Screens that own a dialog register for the matching UI request, so nothing here reaches into
 * their state, and no API call is made here (store actions stay the only callers).
 */
export type UiRequest = 'export' | 'shortcuts';

const uiHandlers: Record<UiRequest, Set<() => void>> = { export: new Set(), shortcuts: new Set() };

/** Asks the mounted screen to open its export dialog / shortcuts panel; false when none is mounted. */
export function requestUi(request: UiRequest): boolean {
  const handlers = [...uiHandlers[request]];
  for (const handler of handlers) handler();
  return handlers.length > 0;
}

/** Lets a mounted component answer a UI request (e.g. the course actions open their export dialog). */
export function useUiRequest(request: UiRequest, handler: () => void): void {
  useEffect(() => {
    uiHandlers[request].add(handler);
    return () => {
      uiHandlers[request].delete(handler);
    };
  }, [request, handler]);
}

interface AppCommandDeps {
  stores: Pick<AppStores, 'nav' | 'notices'>;
  requestUi: (request: UiRequest) => boolean;
  /** Moves focus to the library's "Course title" field (after the screen has rendered). */
  focusNewCourse: () => void;
}

/** What each menu command does in the renderer. */
export function handleAppCommand(command: AppCommand, deps: AppCommandDeps): void {
  const { nav, notices } = deps.stores;
  switch (command.command) {
    case 'newCourse':
      nav.getState().navigate({ screen: 'library' });
      deps.focusNewCourse();
      return;
    case 'openCourse':
      if (command.courseId) nav.getState().navigate({ screen: 'course', courseId: command.courseId, lessonId: null });
      return;
    case 'openExport':
      if (!deps.requestUi('export')) notices.getState().pushInfo('Open a course to export it.');
      return;
    case 'showShortcuts':
      if (!deps.requestUi('shortcuts')) {
        notices.getState().pushInfo('Keyboard shortcuts are listed in the course editor (press ? there).');
      }
      return;
    default:
      assertNever(command.command, 'app command');
  }
}

const focusNewCourseField = () =>
  requestAnimationFrame(() =>
    document.querySelector<HTMLInputElement>('[aria-labelledby="new-course-heading"] input')?.focus(),
  );

/** Subscribes the app to `app.command` for as long as it is mounted. */
export function useAppCommands(stores: AppStores): void {
  useEffect(
    () =>
      stores.api.on('app.command', (command) =>
        handleAppCommand(command, { stores, requestUi, focusNewCourse: focusNewCourseField }),
      ),
    [stores],
  );
}
