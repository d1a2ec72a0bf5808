import { describe, expect, it } from 'vitest';
import type { CoursePackage } from '../../../../shared';
import { courseLessons } from '../../../../shared/scorm/learner-state';
import { createStandaloneAdapter } from '../../../../renderer/player/lms/standalone-adapter';
import { PlayerController } from '../../../../renderer/player/state/player-controller';
import { memoryStorage, silentLogger } from '../../../support/lms-snapshots';
import { sampleCourseTree } from '../../../support/player-course-tree';

const tree = sampleCourseTree();
tree.settings.cover = { enabled: true, subtitle: 'Sub', imageAssetId: null, imageAlt: '', imageDecorative: false };
const pkg: CoursePackage = {
  formatVersion: 1,
  target: 'html5',
  packageId: tree.id,
  generator: 'test',
  course: tree,
  assets: {},
};
const lessons = courseLessons(tree);

function launch(storage: ReturnType<typeof memoryStorage>) {
  const adapter = createStandaloneAdapter({ packageId: tree.id, storage });
  return { adapter, controller: new PlayerController(pkg, adapter, adapter.start(), silentLogger()) };
}

describe('cover page', () => {
  it('opens on the cover without visiting (or reporting) a lesson, then Start goes to lesson 1', () => {
    const { controller } = launch(memoryStorage());
    expect(controller.view).toEqual({ kind: 'cover' });
    expect(controller.resumeLessonId).toBeNull();
    expect(controller.state.visitedLessonIds).toEqual([]);
    expect(controller.goTo(lessons[0]!.id)).toBe(true);
    expect(controller.state.visitedLessonIds).toEqual([lessons[0]!.id]);
  });

  it('offers Resume at the bookmark after a relaunch', () => {
    const storage = memoryStorage();
    const first = launch(storage);
    first.controller.goTo(lessons[0]!.id);
    first.controller.goTo(lessons[2]!.id);
    first.adapter.finish();
    const again = launch(storage);
    expect(again.controller.view).toEqual({ kind: 'cover' });
    expect(again.controller.resumeLessonId).toBe(lessons[2]!.id);
  });

  it('a course without a cover opens on its first lesson as before', () => {
    const noCover = {
      ...pkg,
      course: { ...tree, settings: { ...tree.settings, cover: { ...tree.settings.cover, enabled: false } } },
    };
    const adapter = createStandaloneAdapter({ packageId: tree.id, storage: memoryStorage() });
    const controller = new PlayerController(noCover, adapter, adapter.start(), silentLogger());
    expect(controller.view).toEqual({ kind: 'lesson', lessonId: lessons[0]!.id });
  });
});
