import fs from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { openCourseLibrary } from '../../../main/library/open-library';
import { MediaService } from '../../../main/media/media-service';
import { tempDir } from './media-test-kit';

const dir = tempDir('sample-probe');
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('the sample course media', () => {
  it('are probed like imported media once the media service starts (duration, size, codecs)', async () => {
    const library = await openCourseLibrary({ dir, seedSample: true });
    const media = new MediaService({ library });
    try {
      await media.start();
      const items = media.listMedia();
      const byName = (name: string) => items.find((i) => i.fileName === name)?.meta;
      expect(byName('welcome.mp4')).toMatchObject({ mediaKind: 'video', videoCodec: 'h264' });
      expect(byName('welcome.mp4')?.duration).toBeGreaterThan(0);
      expect(byName('welcome.mp4')?.width).toBeGreaterThan(0);
      expect(byName('narration.m4a')).toMatchObject({ mediaKind: 'audio', audioCodec: 'aac' });
      expect(byName('sync-vs-async.svg')).toMatchObject({ mediaKind: 'svg' });
      expect(byName('narration.en.vtt')).toMatchObject({ mediaKind: 'captions' });
      expect(await media.probeUnprobed()).toBe(0); // probed once
    } finally {
      await media.close();
      library.close();
    }
  });
});
