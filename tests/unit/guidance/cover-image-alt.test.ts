import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  courseChecklist,
  courseSettingsPatchSchema,
  courseSettingsSchema,
  courseTreeSchema,
  lessonHeaderSchema,
  type CourseTree,
} from '../../../shared';

const NOW = '2026-01-01T00:00:00.000Z';
const IMAGE = randomUUID();

/** A one-lesson course (parsed, so defaults apply) with the given cover and lesson header. */
function course(cover: Record<string, unknown>, header?: Record<string, unknown>): CourseTree {
  const id = randomUUID();
  const moduleId = randomUUID();
  return courseTreeSchema.parse({
    id,
    title: 'Course',
    description: '',
    language: 'en',
    settings: { supportContact: 'help@example.com', cover },
    createdAt: NOW,
    updatedAt: NOW,
    modules: [
      {
        id: moduleId,
        courseId: id,
        title: 'Module',
        lessons: [{ id: randomUUID(), moduleId, title: 'Tides', kind: 'content', blocks: [], header }],
      },
    ],
  });
}
const altItems = (tree: CourseTree) =>
  courseChecklist(tree).filter((i) => i.code === 'cover-image-missing-alt' || i.code === 'header-image-missing-alt');

describe('alt text of the cover image and lesson header images', () => {
  it('reads settings and headers stored before the fields existed with no alt text, not decorative', () => {
    const settings = courseSettingsSchema.parse({ cover: { enabled: true, subtitle: 'S', imageAssetId: IMAGE } });
    expect(settings.cover).toEqual({
      enabled: true,
      subtitle: 'S',
      imageAssetId: IMAGE,
      imageAlt: '',
      imageDecorative: false,
    });
    expect(lessonHeaderSchema.parse({ imageAssetId: IMAGE, color: null })).toEqual({
      imageAssetId: IMAGE,
      color: null,
      imageAlt: '',
      imageDecorative: false,
    });
  });

  it('a settings patch may name only the alt text, and refuses an over-long one or a non-boolean mark', () => {
    expect(courseSettingsPatchSchema.parse({ cover: { imageAlt: 'A map' } })).toEqual({ cover: { imageAlt: 'A map' } });
    expect(courseSettingsPatchSchema.safeParse({ cover: { imageAlt: 'x'.repeat(301) } }).success).toBe(false);
    expect(courseSettingsPatchSchema.safeParse({ cover: { imageDecorative: 'yes' } }).success).toBe(false);
    expect(lessonHeaderSchema.safeParse({ imageAssetId: IMAGE, imageAlt: 'x'.repeat(301) }).success).toBe(false);
  });

  it('warns about a cover image with no alt text that is not marked decorative', () => {
    const items = altItems(course({ enabled: true, imageAssetId: IMAGE, imageAlt: '  ' }));
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({
      code: 'cover-image-missing-alt',
      severity: 'warning',
      target: { kind: 'course' },
    });
    expect(altItems(course({ imageAssetId: IMAGE, imageAlt: 'Waves on a beach' }))).toEqual([]);
    expect(altItems(course({ imageAssetId: IMAGE, imageDecorative: true }))).toEqual([]);
    expect(altItems(course({ imageAssetId: null }))).toEqual([]);
  });

  it('warns about a lesson header image with no alt text that is not marked decorative, naming the lesson', () => {
    const tree = course({}, { imageAssetId: IMAGE, color: null });
    const lesson = tree.modules[0]!.lessons[0]!;
    const items = altItems(tree);
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({
      code: 'header-image-missing-alt',
      severity: 'warning',
      target: { kind: 'lesson', lessonId: lesson.id, moduleId: tree.modules[0]!.id, blockId: null },
    });
    expect(items[0]!.message).toContain('“Tides”');
    expect(altItems(course({}, { imageAssetId: IMAGE, imageAlt: 'Tide table' }))).toEqual([]);
    expect(altItems(course({}, { imageAssetId: IMAGE, imageDecorative: true }))).toEqual([]);
    // A colour band is decoration: nothing to describe.
    expect(altItems(course({}, { imageAssetId: null, color: '#123456' }))).toEqual([]);
  });
});
