import { describe, expect, it } from 'vitest';
import { buildCoursePackage, type ResolvedAsset } from '../../../main/export/build-course-package';
import { courseAssetIds as archiveAssetIds, remapCourseAssets } from '../../../main/authoring/archive-format';
import { themeVariables } from '../../../shared/core/themes';
import { sampleCourseTree } from '../../support/player-course-tree';

const COVER = '11111111-1111-4111-8111-111111111111';
const HEADER = '22222222-2222-4222-8222-222222222222';

function themedTree() {
  const tree = sampleCourseTree({
    illustration: null,
    video: null,
    narration: null,
    captions: null,
    worksheet: null,
    forumImage: null,
    videoLessonImage: null,
    selfCheckImage: null,
    ownTimeImage: null,
  });
  tree.settings.cover = {
    enabled: true,
    subtitle: 'Hello',
    imageAssetId: COVER,
    imageAlt: 'A cover',
    imageDecorative: false,
  };
  tree.settings.theme = { ...tree.settings.theme, name: 'soft', variant: 'dark', brandColor: '#ffeb3b' };
  tree.modules[0]!.lessons[0]!.header = { imageAssetId: HEADER, color: null, imageAlt: '', imageDecorative: true };
  return tree;
}
const image = (id: string): ResolvedAsset => ({ path: `/lib/${id}.png`, mime: 'image/png', size: 10, kind: 'image' });

describe('themes, covers and lesson headers in packages and archives', () => {
  it('packages the cover and header images, the resolved theme and the time estimate', () => {
    const tree = themedTree();
    const { pkg, files } = buildCoursePackage(tree, 'html5', {
      resolve: (id) => ([COVER, HEADER].includes(id) ? image(id) : null),
    });
    expect(Object.keys(pkg.assets).sort()).toEqual([COVER, HEADER].sort());
    expect(files.map((f) => f.zipPath).sort()).toEqual([`media/${COVER}.png`, `media/${HEADER}.png`].sort());
    expect(pkg.theme).toEqual(themeVariables(tree.settings.theme));
    expect(pkg.estimatedMinutes).toBeGreaterThanOrEqual(1);
  });

  it('archives name them and remap them on import', () => {
    const tree = themedTree();
    expect(archiveAssetIds(tree)).toEqual(expect.arrayContaining([COVER, HEADER]));
    const map = new Map([
      [COVER, '33333333-3333-4333-8333-333333333333'],
      [HEADER, '44444444-4444-4444-8444-444444444444'],
    ]);
    const out = remapCourseAssets(tree, map);
    expect(out.settings.cover.imageAssetId).toBe(map.get(COVER));
    expect(out.modules[0]!.lessons[0]!.header?.imageAssetId).toBe(map.get(HEADER));
    // The alt text and the decorative mark travel with the images.
    expect(out.settings.cover).toMatchObject({ imageAlt: 'A cover', imageDecorative: false });
    expect(out.modules[0]!.lessons[0]!.header).toMatchObject({ imageAlt: '', imageDecorative: true });
  });
});
