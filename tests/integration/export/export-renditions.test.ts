import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { coursePackageSchema, type CoursePackage } from '../../../shared';
import { openCourseLibrary, type SqliteCourseLibrary } from '../../../main/library/open-library';
import { MediaService } from '../../../main/media/media-service';
import { renditionFiles } from '../../../main/media/renditions';
import { exportCourse } from '../../../main/export/export-course';
import { ffprobe, lavfiTone, lavfiVideo, makeClip, tempDir } from '../media/media-test-kit';
import {
  ensurePlayerBuilt,
  manifestHrefs,
  readZip,
  sha256,
  validateManifest,
  type ZipEntryData,
} from './export-test-kit';

/**
 * Exports package the transcoded renditions (real ffmpeg on lavfi clips, real queue run to completion):
 * the web video for the course's quality with its poster, the normalised audio; the sample course,
 * whose media has no renditions, still ships its originals.
 */
const shaOf = (data: Buffer) => crypto.createHash('sha256').update(data).digest('hex');
let src: string;
let libDir: string;
let out: string;
let library: SqliteCourseLibrary;
let media: MediaService;
let courseId: string;
let videoId: string;
let audioId: string;
let videoPath: string;

beforeAll(async () => {
  ensurePlayerBuilt();
  src = tempDir('rend-src');
  libDir = tempDir('rend-lib');
  out = tempDir('rend-out');
  // MPEG-4 Part 2 video: not web-ready, so the queue re-encodes it to H.264 (the original stays mpeg4).
  videoPath = makeClip(src, 'talk.mp4', [
    ...lavfiVideo('160x120', 1),
    ...lavfiTone(1),
    '-c:v',
    'mpeg4',
    '-c:a',
    'aac',
    '-shortest',
  ]);
  const audioPath = makeClip(src, 'narration.m4a', [...lavfiTone(1, -20), '-c:a', 'aac']);
  library = await openCourseLibrary({ dir: libDir });
  media = new MediaService({ library, throttleMs: 50, x264Preset: 'veryfast' });
  const course = library.createCourse({ title: 'Renditions' });
  courseId = course.id;
  const mod = library.createModule(courseId, 'Week 1');
  const lesson = library.createLesson(mod.id, 'Welcome');
  const [video, audio] = await media.importMedia([videoPath, audioPath], { courseId });
  videoId = video!.asset!.id;
  audioId = audio!.asset!.id;
  library.createBlock(lesson.id, { type: 'video', assetId: videoId, title: 'Talk', captions: [] });
  library.createBlock(lesson.id, { type: 'audio', assetId: audioId, title: 'Narration' });
  await media.start();
  await media.queue.whenIdle();
}, 120_000);

afterAll(async () => {
  await media?.close();
  library?.close();
  for (const dir of [src, libDir, out]) if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

function entry(entries: ZipEntryData[], name: string): ZipEntryData {
  const found = entries.find((e) => e.name === name);
  if (!found) throw new Error(`missing ${name} in ${entries.map((e) => e.name).join(', ')}`);
  return found;
}
const packageOf = (entries: ZipEntryData[]): CoursePackage =>
  coursePackageSchema.parse(JSON.parse(entry(entries, 'content/course.json').data.toString('utf8')));

describe('exports use completed renditions', () => {
  it('the queue produced the renditions the export should pick', () => {
    const purposes = (id: string) => renditionFiles(library, id).map((r) => r.purpose);
    expect(purposes(videoId)).toEqual(expect.arrayContaining(['video-720p', 'poster']));
    expect(purposes(audioId)).toContain('audio-normalized');
    expect(ffprobe(videoPath).streams.find((s) => s.codec_type === 'video')?.codec_name).toBe('mpeg4');
  });

  it.each(['html5', 'scorm12'] as const)(
    '%s packages the H.264 rendition, its poster and the normalised audio',
    async (format) => {
      const zip = path.join(out, `${format}.zip`);
      await exportCourse({ library, courseId, format, outPath: zip });
      const entries = await readZip(zip);
      const pkg = packageOf(entries);
      const renditions = renditionFiles(library, videoId);
      const web = renditions.find((r) => r.purpose === 'video-720p')!;
      const poster = renditions.find((r) => r.purpose === 'poster')!;
      const normalized = renditionFiles(library, audioId).find((r) => r.purpose === 'audio-normalized')!;

      const video = pkg.assets[videoId]!;
      expect(video).toMatchObject({ kind: 'video', mime: 'video/mp4', src: `media/${videoId}.mp4`, size: web.size });
      expect(video.posterSrc).toBe(`media/${videoId}.poster.jpg`);
      expect(shaOf(entry(entries, video.src).data)).toBe(sha256(web.path));
      expect(shaOf(entry(entries, video.src).data)).not.toBe(sha256(videoPath));
      expect(shaOf(entry(entries, video.posterSrc!).data)).toBe(sha256(poster.path));
      // What learners get really is H.264 (checked on the bytes taken out of the package).
      const extracted = path.join(out, `${format}-video.mp4`);
      fs.writeFileSync(extracted, entry(entries, video.src).data);
      const stream = ffprobe(extracted).streams.find((s) => s.codec_type === 'video');
      expect(stream).toMatchObject({ codec_name: 'h264', pix_fmt: 'yuv420p' });

      const audio = pkg.assets[audioId]!;
      expect(audio.size).toBe(normalized.size);
      expect(shaOf(entry(entries, audio.src).data)).toBe(sha256(normalized.path));

      if (format === 'scorm12') {
        const manifestXml = entry(entries, 'imsmanifest.xml').data.toString('utf8');
        expect(manifestHrefs(manifestXml).files).toEqual(
          expect.arrayContaining([video.src, video.posterSrc, audio.src]),
        );
        const manifest = path.join(out, 'imsmanifest.xml');
        fs.writeFileSync(manifest, manifestXml);
        expect(validateManifest(manifest, 'scorm12')).toMatchObject({ status: 0, messages: [] });
      }
    },
  );

  it('re-exports byte-identical', async () => {
    const a = path.join(out, 'again-a.zip');
    const b = path.join(out, 'again-b.zip');
    await exportCourse({ library, courseId, format: 'scorm2004-4th', outPath: a });
    await exportCourse({ library, courseId, format: 'scorm2004-4th', outPath: b });
    expect(sha256(a)).toBe(sha256(b));
  });

  it('ships the originals of the sample course, whose media has no renditions', async () => {
    const sample = library.listCourses().find((c) => c.isSample);
    if (!sample) throw new Error('the library has no sample course');
    const zip = path.join(out, 'sample.zip');
    await exportCourse({ library, courseId: sample.id, format: 'html5', outPath: zip });
    const entries = await readZip(zip);
    const pkg = packageOf(entries);
    const ids = Object.keys(pkg.assets);
    expect(ids.length).toBeGreaterThan(0);
    for (const id of ids) {
      expect(renditionFiles(library, id)).toEqual([]);
      const original = library.assetFile(id)!;
      const packaged = pkg.assets[id]!;
      expect(packaged.posterSrc).toBeUndefined();
      expect(packaged.size).toBe(original.size);
      expect(shaOf(entry(entries, packaged.src).data)).toBe(sha256(original.path));
    }
  });
});
