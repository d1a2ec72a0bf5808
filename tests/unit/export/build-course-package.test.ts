import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { courseTreeSchema, PACKAGE_GLOBAL, type CourseTree } from '../../../shared';
import {
  buildCoursePackage,
  courseAssetIds,
  mediaExtension,
  writeCourseScript,
  type ResolvedAsset,
} from '../../../main/export/build-course-package';

const now = '2026-01-01T00:00:00.000Z';
const ids = { video: randomUUID(), poster: randomUUID(), vtt: randomUUID(), image: randomUUID(), logo: randomUUID() };

function tree(title = 'Course </script><b>'): CourseTree {
  const courseId = randomUUID();
  const moduleId = randomUUID();
  const lessonId = randomUUID();
  return courseTreeSchema.parse({
    id: courseId,
    title,
    description: '',
    language: 'en',
    settings: { theme: { logoAssetId: ids.logo } },
    createdAt: now,
    updatedAt: now,
    modules: [
      {
        id: moduleId,
        courseId,
        title: 'M',
        lessons: [
          {
            id: lessonId,
            moduleId,
            title: 'L',
            kind: 'content',
            blocks: [
              { id: randomUUID(), type: 'image', assetId: ids.image, alt: 'x' },
              {
                id: randomUUID(),
                type: 'video',
                assetId: ids.video,
                posterAssetId: ids.poster,
                captions: [{ assetId: ids.vtt, language: 'en', label: 'English' }],
              },
              { id: randomUUID(), type: 'image', assetId: ids.image, alt: 'again' },
              { id: randomUUID(), type: 'audio', assetId: null },
            ],
          },
        ],
      },
    ],
  });
}

const files: Record<string, ResolvedAsset> = {
  [ids.video]: { path: '/lib/media/aa.mp4', mime: 'video/mp4', size: 10, kind: 'video' },
  [ids.poster]: { path: '/lib/media/bb', mime: 'image/jpeg', size: 2, kind: 'image' },
  [ids.vtt]: { path: '/lib/media/cc.vtt', mime: 'text/vtt', size: 3, kind: 'captions' },
  [ids.image]: { path: '/lib/media/dd.webp', mime: 'application/octet-stream', size: 4, kind: 'image' },
  [ids.logo]: { path: '/lib/media/ee.png', mime: 'image/png', size: 5, kind: 'image' },
};
const resolver = { resolve: (id: string) => files[id] ?? null };

describe('buildCoursePackage', () => {
  it('collects every referenced asset once (blocks, poster, captions, logo) in first-use order', () => {
    expect(courseAssetIds(tree())).toEqual([ids.image, ids.video, ids.poster, ids.vtt, ids.logo]);
  });

  it('maps assets to media/<id>.<ext>, sorted, and uses the course id as package id', () => {
    const t = tree();
    const { pkg, files: out } = buildCoursePackage(t, 'scorm12', resolver);
    expect(pkg.packageId).toBe(t.id);
    expect(pkg.target).toBe('scorm12');
    expect(pkg.assets[ids.video]).toEqual({
      kind: 'video',
      mime: 'video/mp4',
      src: `media/${ids.video}.mp4`,
      size: 10,
    });
    expect(pkg.assets[ids.poster]?.src).toBe(`media/${ids.poster}.jpg`);
    expect(pkg.assets[ids.image]?.src).toBe(`media/${ids.image}.webp`); // unknown MIME: extension of the stored file
    expect(out.map((f) => f.zipPath)).toEqual([...out.map((f) => f.zipPath)].sort());
    expect(out).toHaveLength(5);
    expect(out.find((f) => f.zipPath.includes(ids.logo))?.sourcePath).toBe('/lib/media/ee.png');
  });

  it('is deterministic: the same input gives the same JSON', () => {
    const t = tree();
    const a = JSON.stringify(buildCoursePackage(t, 'html5', resolver));
    const b = JSON.stringify(buildCoursePackage(structuredClone(t), 'html5', resolver));
    expect(a).toBe(b);
  });

  it('fails with EXPORT naming the assets that are missing from the library', () => {
    const partial = { resolve: (id: string) => (id === ids.vtt ? null : (files[id] ?? null)) };
    expect(() => buildCoursePackage(tree(), 'html5', partial)).toThrow(expect.objectContaining({ code: 'EXPORT' }));
    try {
      buildCoursePackage(tree(), 'html5', partial);
    } catch (e) {
      expect((e as { details: unknown }).details).toEqual({ missingAssetIds: [ids.vtt] });
    }
  });

  it("packages a video's generated poster only when a block shows the video without a poster of its own", () => {
    const withPoster = {
      resolve: (id: string) =>
        id === ids.video
          ? { ...files[ids.video]!, poster: { path: '/lib/renditions/aa/poster.jpg', mime: 'image/jpeg' } }
          : (files[id] ?? null),
    };
    // The only video block has an explicit poster: the generated one would be dead weight.
    const explicit = buildCoursePackage(tree(), 'html5', withPoster);
    expect(explicit.pkg.assets[ids.video]?.posterSrc).toBeUndefined();
    expect(explicit.files).toHaveLength(5);

    const t = tree();
    const lesson = t.modules[0]!.lessons[0]!;
    lesson.blocks.push({ id: randomUUID(), type: 'video', assetId: ids.video, title: '', captions: [] });
    const { pkg, files: out } = buildCoursePackage(t, 'html5', withPoster);
    const posterSrc = `media/${ids.video}.poster.jpg`;
    expect(pkg.assets[ids.video]).toMatchObject({ src: `media/${ids.video}.mp4`, posterSrc });
    expect(out.find((f) => f.zipPath === posterSrc)?.sourcePath).toBe('/lib/renditions/aa/poster.jpg');
    expect(out.map((f) => f.zipPath)).toEqual([...out.map((f) => f.zipPath)].sort());
    expect(out).toHaveLength(6);
    // Without a poster rendition nothing changes.
    expect(buildCoursePackage(t, 'html5', resolver).pkg.assets[ids.video]?.posterSrc).toBeUndefined();
  });

  it('picks extensions from MIME first, then the file name, else bin', () => {
    expect(mediaExtension('audio/mp4', '/x/y')).toBe('m4a');
    expect(mediaExtension('audio/mpeg; codecs=mp3', '/x/y')).toBe('mp3');
    expect(mediaExtension('application/x-thing', '/x/y.GLB')).toBe('glb');
    expect(mediaExtension('application/x-thing', '/x/y')).toBe('bin');
  });
});

describe('writeCourseScript', () => {
  it('sets the package global with JSON that cannot close a script element', () => {
    const { pkg } = buildCoursePackage(tree('Course </script><b> \u2028 end'), 'html5', resolver);
    const js = writeCourseScript(pkg);
    expect(js.startsWith(`window.${PACKAGE_GLOBAL} = `)).toBe(true);
    expect(js).not.toContain('</script>');
    expect(js).not.toContain('\u2028');
    const sandbox: Record<string, unknown> = {};
    new Function('window', js)(sandbox);
    expect(sandbox[PACKAGE_GLOBAL]).toEqual(pkg);
  });
});
