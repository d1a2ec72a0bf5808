import { describe, expect, it } from 'vitest';
import { preferredRendition } from '../../../main/export/rendition-assets';
import type { RenditionFile } from '../../../main/media/renditions';

const file = (purpose: string, height: number | null = null): RenditionFile => ({
  purpose,
  path: `/lib/renditions/a/${purpose}`,
  mime: 'x/y',
  size: 1,
  width: null,
  height,
  duration: null,
});

describe('preferredRendition', () => {
  const all = [
    file('poster'),
    file('thumbnail'),
    file('video-480p', 480),
    file('video-1080p', 1080),
    file('audio-normalized'),
    file('image-web'),
  ];

  it("picks the video rendition for the course's quality, else the best one recorded", () => {
    expect(preferredRendition('video', all, '480p')?.purpose).toBe('video-480p');
    expect(preferredRendition('video', all, '1080p')?.purpose).toBe('video-1080p');
    expect(preferredRendition('video', all, '720p')?.purpose).toBe('video-1080p');
    expect(preferredRendition('video', [file('poster'), file('thumbnail')], '720p')).toBeNull();
  });

  it('picks normalised audio and web images; captions and other files ship as they are', () => {
    expect(preferredRendition('audio', all, '720p')?.purpose).toBe('audio-normalized');
    expect(preferredRendition('image', all, '720p')?.purpose).toBe('image-web');
    expect(preferredRendition('audio', [], '720p')).toBeNull();
    expect(preferredRendition('image', [], '720p')).toBeNull();
    expect(preferredRendition('captions', all, '720p')).toBeNull();
    expect(preferredRendition('other', all, '720p')).toBeNull();
  });
});
