import { describe, expect, it } from 'vitest';
import { courseSummarySchema, docFromParagraphs, estimateCourseMinutes } from '../../../shared';
import { openTempLibrary } from '../library/helpers';
import { libraryConnection } from '../../../main/library/sqlite-course-library';

const words = (n: number) => Array.from({ length: n }, (_, i) => `w${i}`).join(' ');

describe('library cards: estimated minutes and thumbnail', () => {
  it('the sample course card shows its first image and the same estimate as the guidance', async () => {
    const lib = await openTempLibrary({ seedSample: true });
    const [card] = lib.listCourses();
    expect(courseSummarySchema.parse(card)).toEqual(card);
    const tree = lib.getCourse(card!.id);
    const firstImage = tree.modules
      .flatMap((m) => m.lessons.flatMap((l) => l.blocks))
      .find((b) => b.type === 'image' && b.assetId);
    expect(firstImage).toBeDefined();
    expect(card!.thumbnailAssetId).toBe(firstImage!.type === 'image' ? firstImage!.assetId : undefined);
    expect(lib.getAsset(card!.thumbnailAssetId!)!.kind).toBe('image');
    expect(card!.estimatedMinutes).toBeCloseTo(estimateCourseMinutes(tree).courseMinutes, 9);
    expect(card!.estimatedMinutes).toBeGreaterThan(1);

    // Media durations probed later (media pipeline) count without any change to the course.
    const video = tree.modules.flatMap((m) => m.lessons.flatMap((l) => l.blocks)).find((b) => b.type === 'video');
    const videoId = video?.type === 'video' ? video.assetId : null;
    expect(videoId).toBeTruthy();
    libraryConnection(lib)
      .prepare(`INSERT INTO media_meta (asset_id, media_kind, duration, updated_at) VALUES (?, 'video', 600, ?)`)
      .run(videoId, new Date().toISOString());
    expect(lib.listCourses()[0]!.estimatedMinutes).toBeCloseTo(card!.estimatedMinutes! + 10, 9);
  });

  it('follows edits: more text raises the estimate; an image moved first becomes the thumbnail; none → null', async () => {
    const lib = await openTempLibrary({ seedSample: true });
    const sample = lib.getCourse(lib.listCourses()[0]!.id);
    const images = sample.modules.flatMap((m) => m.lessons.flatMap((l) => l.blocks)).filter((b) => b.type === 'image');
    const imageAsset = images[0]?.type === 'image' ? images[0].assetId : null;

    const course = lib.createCourse({ title: 'Plain' });
    const card = () => lib.listCourses().find((c) => c.id === course.id)!;
    expect(card()).toMatchObject({ estimatedMinutes: 0, thumbnailAssetId: null });
    const mod = lib.createModule(course.id, 'M');
    const lesson = lib.createLesson(mod.id, 'L');
    lib.createBlock(lesson.id, { type: 'richText', doc: docFromParagraphs(words(400)) });
    expect(card().estimatedMinutes).toBeCloseTo(2, 9);
    lib.createBlock(lesson.id, {
      type: 'question',
      question: { kind: 'trueFalse', prompt: 'Sure?', correct: true, feedback: {}, points: 1, maxAttempts: 0 },
    });
    expect(card().estimatedMinutes).toBeCloseTo(3, 9);
    expect(card().thumbnailAssetId).toBeNull();
    lib.createBlock(lesson.id, { type: 'image', assetId: imageAsset, alt: 'Chart', decorative: false }, 0);
    expect(card().thumbnailAssetId).toBe(imageAsset);
  });
});
