import type { StoreApi } from 'zustand/vanilla';
import type { CourseSettings, CoursewrightApi, LessonTree, ModuleOutline, ModuleTree } from '../../../shared';
import { callApi, type ErrorSink } from '../stores/call-api';
import type { CourseState } from '../stores/course-store';
import type { HistoryCommand } from './history/command-history';
import { copyOfBlock, withoutId } from './blocks/new-block';
import { newClientId } from './client-id';
import { findLessonIn, findModuleIn, moveId } from './tree-patch';

interface CoursePatch {
  title?: string;
  description?: string;
  language?: string;
  settings?: Partial<CourseSettings>;
}

/** Undoable outline and course edits (modules, lessons, course settings). */
export interface OutlineActions {
  addModule(title: string): Promise<ModuleTree | null>;
  renameModule(moduleId: string, title: string): Promise<boolean>;
  deleteModule(moduleId: string): Promise<boolean>;
  moveModule(moduleId: string, toIndex: number): Promise<boolean>;
  addLesson(moduleId: string, title: string): Promise<LessonTree | null>;
  renameLesson(lessonId: string, title: string): Promise<boolean>;
  deleteLesson(lessonId: string): Promise<boolean>;
  /** Copies a lesson and its blocks (fresh inner ids) right after it; returns the copy. */
  duplicateLesson(lessonId: string): Promise<LessonTree | null>;
  /** Moves a lesson within its module or into another one, at `toIndex`. */
  moveLesson(lessonId: string, toModuleId: string, toIndex: number): Promise<boolean>;
  updateCourse(patch: CoursePatch): Promise<boolean>;
}

interface OutlineDeps {
  api: CoursewrightApi;
  course: StoreApi<CourseState>;
  structural: <T>(run: () => Promise<T | null>) => Promise<T | null>;
  record: (command: HistoryCommand) => void;
  onError: ErrorSink;
}

export function createOutlineActions(deps: OutlineDeps): OutlineActions {
  const { api, course, structural, record, onError } = deps;
  const tree = () => course.getState().tree;
  const ok = async <T>(run: () => Promise<T | null>) => (await structural(run)) !== null;

  /**
   * A lesson with its blocks (kept copy or host) and its own fields from the outline, which is refreshed after every
   * change (a kept copy may predate a later quiz settings or header change).
   */
  const lessonWithBlocks = async (outline: ModuleOutline['lessons'][number]): Promise<LessonTree | null> => {
    const loaded = await course.getState().lessonWithBlocks(outline.id);
    if (!loaded) return null;
    const { blockCount: _n, ...lesson } = outline;
    const { quiz: _q, header: _h, ...blocksAndRest } = loaded;
    return { ...blocksAndRest, ...lesson };
  };

  /**
   * A module with every lesson's blocks, for the undo of its deletion. The outline has no blocks: each lesson comes
   * from the kept copy or the host (null when one cannot be read, and then nothing is deleted).
   */
  const moduleWithBlocks = async (module: ModuleOutline): Promise<ModuleTree | null> => {
    const lessons = await Promise.all(module.lessons.map((l) => lessonWithBlocks(l)));
    if (lessons.some((l) => l === null)) return null;
    const { lessons: _outline, ...rest } = module;
    return { ...rest, lessons: lessons as LessonTree[] };
  };

  /**
   * Re-creates a deleted lesson (its quiz settings and header too) and its blocks under their old ids, so recorded
   * commands still apply.
   */
  const restoreLesson = async (moduleId: string, lesson: LessonTree, position: number) => {
    const created = await callApi(
      api,
      'lessons.create',
      { moduleId, title: lesson.title, kind: lesson.kind, position, id: lesson.id },
      onError,
    );
    if (!created) return null;
    const { quiz, header } = lesson;
    if (quiz || header) {
      const patch = { ...(quiz ? { quiz } : {}), ...(header ? { header } : {}) };
      if (!(await callApi(api, 'lessons.update', { lessonId: created.id, patch }, onError))) return null;
    }
    for (const [i, block] of lesson.blocks.entries()) {
      const input = { lessonId: created.id, block: withoutId(block), position: i, id: block.id };
      if (!(await callApi(api, 'blocks.create', input, onError))) return null;
    }
    return created;
  };

  const restoreModule = async (module: ModuleTree, position: number) => {
    const courseId = tree()?.id;
    if (!courseId) return null;
    const input = { courseId, title: module.title, position, id: module.id };
    const created = await callApi(api, 'modules.create', input, onError);
    if (!created) return null;
    for (const [i, lesson] of module.lessons.entries()) if (!(await restoreLesson(created.id, lesson, i))) return null;
    return created;
  };

  const renameModuleCall = (moduleId: string, title: string) => () =>
    ok(() => callApi(api, 'modules.rename', { moduleId, title }, onError));
  const renameLessonCall = (lessonId: string, title: string) => () =>
    ok(() => callApi(api, 'lessons.update', { lessonId, patch: { title } }, onError));

  /**
   * Settings are always sent whole: the contract's `settings.partial()` fills omitted keys with their
   * defaults (zod 4 applies defaults inside optional), so a partial patch would reset the others.
   */
  const fullSettings = (patch: Partial<CourseSettings>): CourseSettings => ({
    ...course.getState().tree!.settings,
    ...patch,
  });
  let courseQueue: Promise<boolean> = Promise.resolve(true);
  const updateCourseNow = async (patch: CoursePatch): Promise<boolean> => {
    const t = tree();
    if (!t) return false;
    const before: CoursePatch = {};
    if (patch.title !== undefined) before.title = t.title;
    if (patch.description !== undefined) before.description = t.description;
    if (patch.language !== undefined) before.language = t.language;
    if (patch.settings) {
      const settings: Partial<CourseSettings> = {};
      for (const key of Object.keys(patch.settings) as (keyof CourseSettings)[])
        (settings as Record<string, unknown>)[key] = t.settings[key];
      before.settings = settings;
    }
    const update = (p: CoursePatch) => () =>
      ok(() =>
        callApi(
          api,
          'courses.update',
          { courseId: t.id, patch: p.settings ? { ...p, settings: fullSettings(p.settings) } : p },
          onError,
        ),
      );
    if (!(await update(patch)())) return false;
    record({ label: 'Change course settings', undo: update(before), redo: update(patch) });
    return true;
  };

  return {
    async addModule(title) {
      const courseId = tree()?.id;
      if (!courseId) return null;
      const position = tree()?.modules.length ?? 0;
      const id = newClientId();
      const created = await structural(() =>
        callApi(api, 'modules.create', { courseId, title, position, id }, onError),
      );
      if (!created) return null;
      const shell: ModuleTree = { ...created, lessons: [] };
      record({
        label: 'Add module',
        undo: () => ok(() => callApi(api, 'modules.delete', { moduleId: id }, onError)),
        redo: () => ok(() => restoreModule(shell, position)),
      });
      return shell;
    },

    async renameModule(moduleId, title) {
      const before = findModuleIn(tree(), moduleId)?.module.title;
      if (before === undefined || !(await renameModuleCall(moduleId, title)())) return false;
      record({
        label: 'Rename module',
        undo: renameModuleCall(moduleId, before),
        redo: renameModuleCall(moduleId, title),
      });
      return true;
    },

    async deleteModule(moduleId) {
      const found = findModuleIn(tree(), moduleId);
      const snapshot = found && (await moduleWithBlocks(found.module));
      if (!found || !snapshot) return false;
      const remove = () => ok(() => callApi(api, 'modules.delete', { moduleId }, onError));
      if (!(await remove())) return false;
      record({ label: 'Delete module', undo: () => ok(() => restoreModule(snapshot, found.index)), redo: remove });
      return true;
    },

    async moveModule(moduleId, toIndex) {
      const t = tree();
      const found = findModuleIn(t, moduleId);
      if (!t || !found || found.index === toIndex) return false;
      const before = t.modules.map((m) => m.id);
      const after = moveId(before, moduleId, toIndex);
      const reorder = (ids: string[]) => () =>
        ok(() => callApi(api, 'modules.reorder', { courseId: t.id, moduleIds: ids }, onError));
      if (!(await reorder(after)())) return false;
      record({ label: 'Move module', undo: reorder(before), redo: reorder(after) });
      return true;
    },

    async addLesson(moduleId, title) {
      const position = findModuleIn(tree(), moduleId)?.module.lessons.length ?? 0;
      const id = newClientId();
      const created = await structural(() =>
        callApi(api, 'lessons.create', { moduleId, title, position, id }, onError),
      );
      if (!created) return null;
      const shell: LessonTree = { ...created, blocks: [] };
      record({
        label: 'Add lesson',
        undo: () => ok(() => callApi(api, 'lessons.delete', { lessonId: id }, onError)),
        redo: () => ok(() => restoreLesson(moduleId, shell, position)),
      });
      return shell;
    },

    async renameLesson(lessonId, title) {
      const before = findLessonIn(tree(), lessonId)?.lesson.title;
      if (before === undefined || !(await renameLessonCall(lessonId, title)())) return false;
      record({
        label: 'Rename lesson',
        undo: renameLessonCall(lessonId, before),
        redo: renameLessonCall(lessonId, title),
      });
      return true;
    },

    async deleteLesson(lessonId) {
      const found = findLessonIn(tree(), lessonId);
      // The undo needs the blocks; a lesson that cannot be read is not deleted.
      const snapshot = found && (await lessonWithBlocks(found.lesson));
      if (!found || !snapshot) return false;
      const remove = () => ok(() => callApi(api, 'lessons.delete', { lessonId }, onError));
      if (!(await remove())) return false;
      record({
        label: 'Delete lesson',
        undo: () => ok(() => restoreLesson(found.module.id, snapshot, found.index)),
        redo: remove,
      });
      return true;
    },

    async duplicateLesson(lessonId) {
      const found = findLessonIn(tree(), lessonId);
      const lesson = found && (await lessonWithBlocks(found.lesson));
      if (!found || !lesson) return null;
      const { module, index } = found;
      const title = `${lesson.title.slice(0, 193)} (copy)`;
      const copy: LessonTree = {
        ...lesson,
        id: newClientId(),
        title,
        blocks: lesson.blocks.map(
          (b) => ({ ...b, ...copyOfBlock(b), id: newClientId() }) as LessonTree['blocks'][number],
        ),
      };
      const restore = () => ok(() => restoreLesson(module.id, copy, index + 1));
      if (!(await restore())) return null;
      record({
        label: 'Duplicate lesson',
        undo: () => ok(() => callApi(api, 'lessons.delete', { lessonId: copy.id }, onError)),
        redo: restore,
      });
      return copy;
    },

    async moveLesson(lessonId, toModuleId, toIndex) {
      const found = findLessonIn(tree(), lessonId);
      if (!found || (found.module.id === toModuleId && found.index === toIndex)) return false;
      const from = { moduleId: found.module.id, index: found.index };
      const move = (moduleId: string, position: number) => () =>
        ok(() => callApi(api, 'lessons.move', { lessonId, toModuleId: moduleId, position }, onError));
      if (!(await move(toModuleId, toIndex)())) return false;
      record({ label: 'Move lesson', undo: move(from.moduleId, from.index), redo: move(toModuleId, toIndex) });
      return true;
    },

    updateCourse(patch) {
      // One at a time: each merges its settings into the tree the previous one refreshed.
      const run = courseQueue.then(() => updateCourseNow(patch));
      courseQueue = run.catch(() => false);
      return run;
    },
  };
}
