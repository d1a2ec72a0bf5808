import type { AppCommand, Result } from '../../shared';
import { assertNever } from '../../shared';
import type { MenuCommand } from './menu-template';

/** What the Electron shell provides to the menu and file-open actions (mocked in tests). */
export interface DesktopActionDeps {
  /** Sends the `app.command` event to the renderer. */
  emit(command: AppCommand): void;
  /** Native open dialog restricted to `.cwcourse`; null when cancelled. */
  chooseArchive(): Promise<string | null>;
  /** `courses.importArchive` through the router (so validation, notifications and media follow-up apply). */
  importArchive(path: string): Promise<Result<{ id: string; title: string }>>;
  /** Tells the user why a file could not be opened (Electron: a message box). */
  showError(title: string, message: string): void;
  /** Brings the main window forward (or opens it again). */
  focusWindow(): void;
}

/** Runs a menu item's command. Never rejects: failures are shown to the user. */
export async function runMenuCommand(command: MenuCommand, deps: DesktopActionDeps): Promise<void> {
  switch (command.kind) {
    case 'newCourse':
      deps.emit({ command: 'newCourse' });
      return;
    case 'openExport':
      deps.emit({ command: 'openExport' });
      return;
    case 'showShortcuts':
      deps.emit({ command: 'showShortcuts' });
      return;
    case 'openRecent':
      deps.emit({ command: 'openCourse', courseId: command.courseId });
      return;
    case 'openArchive': {
      let file: string | null;
      try {
        file = await deps.chooseArchive();
      } catch (e) {
        deps.showError('Cannot open a course archive', e instanceof Error ? e.message : String(e));
        return;
      }
      if (file) await openCourseArchive(file, deps);
      return;
    }
    default:
      assertNever(command, 'menu command');
  }
}

/** Imports a `.cwcourse` (menu, double-click, second instance) and shows the new course. Never rejects. */
export async function openCourseArchive(file: string, deps: DesktopActionDeps): Promise<void> {
  deps.focusWindow();
  let result: Result<{ id: string; title: string }>;
  try {
    result = await deps.importArchive(file);
  } catch (e) {
    result = { ok: false, error: { code: 'INTERNAL', message: e instanceof Error ? e.message : String(e) } };
  }
  if (!result.ok) {
    deps.showError('Cannot open the course archive', `${file}\n\n${result.error.message}`);
    return;
  }
  deps.emit({ command: 'openCourse', courseId: result.value.id });
}
