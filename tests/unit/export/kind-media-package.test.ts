import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { blockAssetIds, type Block, type BlockOf, type BlockType, type CourseTree } from '../../../shared';
import { buildCoursePackage, type ResolvedAsset } from '../../../main/export/build-course-package';
import { courseAssetIds as archiveAssetIds, remapCourseAssets } from '../../../main/authoring/archive-format';
import { randomSampleAssets, sampleCourseTree } from '../../support/player-course-tree';

// The newer block kinds hold media inside (events, scenes, markers, gallery images, attachments): an export of the
// sample course must package each of those files like any other media, and a course archive must carry and remap
// them. The sample leaves the timeline, the scenario characters and the marker notes without media: the test gives
// them some, as an author would.

const KINDS = ['timeline', 'labeledGraphic', 'scenario', 'gallery', 'attachment'] as const;
type Kind = (typeof KINDS)[number];

const added = {
  eventImage: randomUUID(),
  character: randomUUID(),
  markerImage: randomUUID(),
  markerAudio: randomUUID(),
};

function blocksOf<K extends BlockType>(tree: CourseTree, type: K): BlockOf<K>[] {
  return tree.modules
    .flatMap((m) => m.lessons)
    .flatMap((l) => l.blocks)
    .filter((b: Block): b is BlockOf<K> => b.type === type);
}

function authoredTree() {
  const assets = randomSampleAssets();
  const tree = sampleCourseTree(assets);
  const timeline = blocksOf(tree, 'timeline')[0]!;
  timeline.events[0] = { ...timeline.events[0]!, imageAssetId: added.eventImage, alt: 'A correspondence course' };
  const scenario = blocksOf(tree, 'scenario')[0]!;
  scenario.scenes[0] = {
    ...scenario.scenes[0]!,
    character: { ...scenario.scenes[0]!.character, imageAssetId: added.character, alt: 'The learner' },
  };
  const graphic = blocksOf(tree, 'labeledGraphic')[0]!;
  graphic.markers[0] = {
    ...graphic.markers[0]!,
    imageAssetId: added.markerImage,
    imageAlt: 'A clock',
    audioAssetId: added.markerAudio,
  };
  return { tree, assets };
}

const audioIds = new Set<string>([added.markerAudio]);
/** The library: every file is there except `absent`. */
const absent: string = randomUUID();
const resolve = (id: string): ResolvedAsset | null =>
  id === absent
    ? null
    : audioIds.has(id)
      ? { path: `/lib/${id}.m4a`, mime: 'audio/mp4', size: 30, kind: 'audio' }
      : { path: `/lib/${id}.bin`, mime: 'image/png', size: 10, kind: 'image' };

describe('media inside the newer block kinds is packaged like other media', () => {
  it('an export of the sample course packages every file its timeline, labeled graphic, scenario, gallery and attachment use', () => {
    const { tree, assets } = authoredTree();
    // What each kind holds, named independently of the descriptors (which the exporter itself relies on).
    const expected: Record<Kind, string[]> = {
      timeline: [added.eventImage],
      labeledGraphic: [assets.illustration, added.markerImage, added.markerAudio],
      scenario: [added.character],
      gallery: [assets.videoLessonImage, assets.forumImage, assets.selfCheckImage],
      attachment: [assets.worksheet],
    };
    for (const kind of KINDS) {
      const held = blocksOf(tree, kind).flatMap((b) => blockAssetIds(b));
      expect(held, `${kind} reports its media`).toEqual(expect.arrayContaining(expected[kind]));
    }
    const { pkg, files } = buildCoursePackage(tree, 'scorm2004-4th', { resolve });
    const zipPaths = files.map((f) => f.zipPath);
    for (const kind of KINDS) {
      for (const id of expected[kind]) {
        const entry = pkg.assets[id];
        expect(entry, `${kind}: ${id} is in the package`).toBeDefined();
        expect(entry!.src).toBe(`media/${id}.${audioIds.has(id) ? 'm4a' : 'png'}`);
        expect(zipPaths, `${kind}: ${id} is copied into the zip`).toContain(entry!.src);
      }
    }
    expect(pkg.assets[added.markerAudio]).toMatchObject({ kind: 'audio', mime: 'audio/mp4' });
    // The package's own course refers to the packaged files, unchanged.
    expect(JSON.stringify(pkg.course)).toContain(added.eventImage);
  });

  it('a missing file of such a block stops the export, naming it', () => {
    const { tree } = authoredTree();
    blocksOf(tree, 'timeline')[0]!.events[0]!.imageAssetId = absent;
    expect(() => buildCoursePackage(tree, 'html5', { resolve })).toThrow(absent);
  });

  it('a course archive carries and remaps the same files', () => {
    const { tree, assets } = authoredTree();
    const all = [...Object.values(added), assets.illustration, assets.worksheet, assets.forumImage];
    expect(archiveAssetIds(tree)).toEqual(expect.arrayContaining(all));
    const map = new Map(all.map((id) => [id, randomUUID()]));
    const json = JSON.stringify(remapCourseAssets(tree, map));
    for (const [from, to] of map) {
      expect(json).not.toContain(from);
      expect(json).toContain(to);
    }
  });
});
