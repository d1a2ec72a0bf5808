import { describe, expect, it, vi } from 'vitest';
import { openCourseArchive, runMenuCommand, type DesktopActionDeps } from '../../../main/desktop/desktop-actions';
import type { AppCommand, Result } from '../../../shared';

const COURSE = '3f1d2c4b-5a6e-4f70-8a9b-0c1d2e3f4a5b';

function deps(overrides: Partial<DesktopActionDeps> = {}) {
  const emitted: AppCommand[] = [];
  const errors: string[] = [];
  const d: DesktopActionDeps = {
    emit: (c) => emitted.push(c),
    chooseArchive: vi.fn(async () => '/tmp/x.cwcourse'),
    importArchive: vi.fn(async (): Promise<Result<{ id: string; title: string }>> => ({
      ok: true,
      value: { id: COURSE, title: 'X' },
    })),
    showError: (title, message) => errors.push(`${title}|${message}`),
    focusWindow: vi.fn(),
    ...overrides,
  };
  return { d, emitted, errors };
}

describe('menu commands', () => {
  it.each([
    [{ kind: 'newCourse' } as const, { command: 'newCourse' }],
    [{ kind: 'openExport' } as const, { command: 'openExport' }],
    [{ kind: 'showShortcuts' } as const, { command: 'showShortcuts' }],
    [{ kind: 'openRecent', courseId: COURSE } as const, { command: 'openCourse', courseId: COURSE }],
  ])('%j is sent to the renderer as %j', async (command, expected) => {
    const { d, emitted } = deps();
    await runMenuCommand(command, d);
    expect(emitted).toEqual([expected]);
    expect(d.importArchive).not.toHaveBeenCalled();
  });

  it('Open Course Archive… imports the chosen file, then opens the new course', async () => {
    const { d, emitted, errors } = deps();
    await runMenuCommand({ kind: 'openArchive' }, d);
    expect(d.importArchive).toHaveBeenCalledWith('/tmp/x.cwcourse');
    expect(d.focusWindow).toHaveBeenCalled();
    expect(emitted).toEqual([{ command: 'openCourse', courseId: COURSE }]);
    expect(errors).toEqual([]);
  });

  it('does nothing when the dialog is cancelled', async () => {
    const { d, emitted } = deps({ chooseArchive: async () => null });
    await runMenuCommand({ kind: 'openArchive' }, d);
    expect(d.importArchive).not.toHaveBeenCalled();
    expect(emitted).toEqual([]);
  });
});

describe('opening a course archive', () => {
  it('shows the import error with the file name instead of opening anything', async () => {
    const { d, emitted, errors } = deps({
      importArchive: async () => ({ ok: false, error: { code: 'IMPORT', message: 'Not a course archive.' } }),
    });
    await openCourseArchive('/home/a/bad.cwcourse', d);
    expect(emitted).toEqual([]);
    expect(errors).toEqual(['Cannot open the course archive|/home/a/bad.cwcourse\n\nNot a course archive.']);
  });

  it('never rejects, even when the import itself throws', async () => {
    const { d, errors } = deps({ importArchive: () => Promise.reject(new Error('boom')) });
    await expect(openCourseArchive('/x.cwcourse', d)).resolves.toBeUndefined();
    expect(errors[0]).toContain('boom');
  });
});
