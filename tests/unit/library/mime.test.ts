import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { detectMediaType, kindFromMime, mimeFromExtension, sniffMime } from '../../../main/library/mime';
import { originalPathFor, safeExtension } from '../../../main/library/media-store';

const bytes = (hex: string) => Buffer.from(hex.replace(/\s/g, ''), 'hex');
const text = (s: string) => Buffer.from(s, 'utf8');

describe('media type detection', () => {
  it('recognises common formats by magic number', () => {
    expect(sniffMime(bytes('89504e470d0a1a0a 0000'))).toBe('image/png');
    expect(sniffMime(bytes('ffd8ffe0 0010'))).toBe('image/jpeg');
    expect(sniffMime(text('GIF89a....'))).toBe('image/gif');
    expect(sniffMime(text('RIFF\0\0\0\0WEBPVP8 '))).toBe('image/webp');
    expect(sniffMime(text('RIFF\0\0\0\0WAVEfmt '))).toBe('audio/wav');
    expect(sniffMime(text('\0\0\0\x20ftypisom'))).toBe('video/mp4');
    expect(sniffMime(text('\0\0\0\x20ftypM4A '))).toBe('audio/mp4');
    expect(sniffMime(bytes('1a45dfa3 9f4286810142f7810142f2810442f381084282847765626d'))).toBe('video/webm');
    expect(sniffMime(text('OggS\0'))).toBe('audio/ogg');
    expect(sniffMime(text('ID3\x04'))).toBe('audio/mpeg');
    expect(sniffMime(text('%PDF-1.7'))).toBe('application/pdf');
    expect(sniffMime(text('\uFEFFWEBVTT\n\n'))).toBe('text/vtt');
    expect(sniffMime(text('<?xml version="1.0"?>\n<!-- c -->\n<svg xmlns="http://www.w3.org/2000/svg">'))).toBe(
      'image/svg+xml',
    );
    expect(sniffMime(text('hello world'))).toBeNull();
  });

  it('recognises the sample media from their bytes', () => {
    const dir = path.resolve('resources/sample');
    const head = (f: string) => fs.readFileSync(path.join(dir, f)).subarray(0, 512);
    expect(detectMediaType('welcome.mp4', head('welcome.mp4'))).toEqual({ mime: 'video/mp4', kind: 'video' });
    expect(detectMediaType('narration.m4a', head('narration.m4a'))).toEqual({ mime: 'audio/mp4', kind: 'audio' });
    expect(detectMediaType('x.svg', head('sync-vs-async.svg'))).toEqual({ mime: 'image/svg+xml', kind: 'image' });
    expect(detectMediaType('x.vtt', head('narration.en.vtt'))).toEqual({ mime: 'text/vtt', kind: 'captions' });
  });

  it('prefers content over a misleading name, falls back to the extension, then to octet-stream', () => {
    expect(detectMediaType('photo.jpg', bytes('89504e470d0a1a0a'))).toEqual({ mime: 'image/png', kind: 'image' });
    expect(detectMediaType('track.MP3', text('????'))).toEqual({ mime: 'audio/mpeg', kind: 'audio' });
    expect(detectMediaType('subs.srt', text('1\n00:00:01,000 --> 00:00:02,000\nHi'))).toEqual({
      mime: 'application/x-subrip',
      kind: 'captions',
    });
    expect(detectMediaType('blob', text('????'))).toEqual({ mime: 'application/octet-stream', kind: 'other' });
    expect(mimeFromExtension('noext')).toBeNull();
    expect(kindFromMime('application/pdf')).toBe('other');
  });

  it('builds content addresses with safe extensions only', () => {
    const sha = 'ab'.repeat(32);
    expect(originalPathFor(sha, '.mp4')).toBe(`media/originals/ab/${sha}.mp4`);
    expect(safeExtension('Clip.MP4')).toBe('.mp4');
    expect(safeExtension('evil.mp4/../../x')).toBe('');
    expect(safeExtension('weird.ex t')).toBe('');
    expect(safeExtension('noext')).toBe('');
  });
});
