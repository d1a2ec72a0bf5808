import { describe, expect, it } from 'vitest';
import type { CourseOutline } from '../../../shared';
import { shortcutFor } from '../../../renderer/src/editor/use-editor-shortcuts';
import { lessonDropTarget, MODULE_DROP_PREFIX } from '../../../renderer/src/screens/course/outline-dnd';
import { languageError, supportContactError } from '../../../renderer/src/editor/panels/settings-form-logic';
import { mediaStatusText } from '../../../renderer/src/editor/blocks/asset-picker';

const key = (
  k: string,
  mods: Partial<{ ctrl: boolean; meta: boolean; shift: boolean; alt: boolean; text: boolean }> = {},
) =>
  shortcutFor({
    key: k,
    ctrlKey: !!mods.ctrl,
    metaKey: !!mods.meta,
    shiftKey: !!mods.shift,
    altKey: !!mods.alt,
    inTextField: !!mods.text,
  });

describe('editor shortcuts', () => {
  it('maps undo/redo on Ctrl and Cmd, and ? outside text fields', () => {
    expect(key('z', { ctrl: true })).toBe('undo');
    expect(key('z', { meta: true, text: true })).toBe('undo');
    expect(key('Z', { ctrl: true, shift: true })).toBe('redo');
    expect(key('y', { ctrl: true })).toBe('redo');
    expect(key('?')).toBe('help');
    expect(key('?', { text: true })).toBeNull();
    expect(key('z')).toBeNull();
    expect(key('z', { ctrl: true, alt: true })).toBeNull();
  });
});

describe('lessonDropTarget', () => {
  const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
  const lesson = (n: number, moduleId: string) => ({
    id: id(n),
    moduleId,
    title: `L${n}`,
    kind: 'content' as const,
    blockCount: 0,
  });
  const tree = {
    id: id(99),
    modules: [
      { id: id(1), courseId: id(99), title: 'A', lessons: [lesson(11, id(1)), lesson(12, id(1)), lesson(13, id(1))] },
      { id: id(2), courseId: id(99), title: 'B', lessons: [] },
    ],
  } as unknown as CourseOutline;

  it('takes the place of the lesson it is dropped on', () => {
    expect(lessonDropTarget(tree, id(11), id(13))).toEqual({ moduleId: id(1), index: 2 });
    expect(lessonDropTarget(tree, id(13), id(11))).toEqual({ moduleId: id(1), index: 0 });
    expect(lessonDropTarget(tree, id(12), id(12))).toBeNull();
  });

  it('appends when dropped on a module, including an empty one', () => {
    expect(lessonDropTarget(tree, id(12), MODULE_DROP_PREFIX + id(2))).toEqual({ moduleId: id(2), index: 0 });
    expect(lessonDropTarget(tree, id(11), MODULE_DROP_PREFIX + id(1))).toEqual({ moduleId: id(1), index: 2 });
    expect(lessonDropTarget(tree, id(13), MODULE_DROP_PREFIX + id(1))).toBeNull();
  });
});

describe('settings validation and media status', () => {
  it('accepts links and e-mail addresses as support contact', () => {
    expect(supportContactError('')).toBeNull();
    expect(supportContactError('https://help.example.org')).toBeNull();
    expect(supportContactError('help@example.org')).toBeNull();
    expect(supportContactError('call Bob')).toMatch(/https/);
    expect(languageError('en-GB')).toBeNull();
    expect(languageError('english please')).not.toBeNull();
  });

  it('describes processing progress', () => {
    expect(mediaStatusText(undefined, undefined)).toBe('No file chosen');
    const item = { status: 'processing' } as Parameters<typeof mediaStatusText>[0];
    expect(mediaStatusText(item, 0.42)).toBe('Processing 42%');
  });
});
