import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { courseTreeSchema, docFromParagraphs, type ExportReport, type PackagedAsset } from '../../../shared';
import {
  contentWarnings,
  formatExportReport,
  OVERSIZED_MEDIA_BYTES,
  suspendDataWarning,
} from '../../../main/export/export-report';
import { categoryOf } from '../../../main/export/package-entries';
import { estimateLearningMinutes } from '../../../main/export/typical-duration';

const now = '2026-01-01T00:00:00.000Z';

function courseWith(blocks: unknown[]) {
  const courseId = randomUUID();
  const moduleId = randomUUID();
  return courseTreeSchema.parse({
    id: courseId,
    title: 'C',
    description: '',
    language: 'en',
    settings: {},
    createdAt: now,
    updatedAt: now,
    modules: [
      {
        id: moduleId,
        courseId,
        title: 'M',
        lessons: [{ id: randomUUID(), moduleId, title: 'Intro', kind: 'content', blocks }],
      },
    ],
  });
}

describe('content warnings', () => {
  it('flags missing alt (not decorative), missing captions, unpicked media and oversized files', () => {
    const [img, vid, big] = [randomUUID(), randomUUID(), randomUUID()];
    const tree = courseWith([
      { id: randomUUID(), type: 'image', assetId: img, alt: '  ' },
      { id: randomUUID(), type: 'image', assetId: img, alt: '', decorative: true },
      { id: randomUUID(), type: 'image', assetId: img, alt: 'A chart' },
      { id: randomUUID(), type: 'video', assetId: vid },
      {
        id: randomUUID(),
        type: 'video',
        assetId: big,
        captions: [{ assetId: randomUUID(), language: 'en', label: 'English' }],
      },
      { id: randomUUID(), type: 'audio', assetId: null },
    ]);
    const asset = (size: number): PackagedAsset => ({ kind: 'video', mime: 'video/mp4', src: 'media/x.mp4', size });
    const warnings = contentWarnings(tree, {
      [img]: asset(10),
      [vid]: asset(OVERSIZED_MEDIA_BYTES),
      [big]: asset(OVERSIZED_MEDIA_BYTES + 1),
    });
    expect(warnings.map((w) => w.code)).toEqual([
      'MISSING_ALT',
      'MISSING_CAPTIONS',
      'MISSING_MEDIA',
      'OVERSIZED_MEDIA',
    ]);
    expect(warnings[0]?.message).toContain('lesson "Intro"');
    expect(warnings[3]?.assetId).toBe(big);
  });

  it('flags a cover image and a lesson header image with no alt text, unless marked decorative', () => {
    const [coverImg, headerImg] = [randomUUID(), randomUUID()];
    const tree = courseWith([]);
    const lesson = tree.modules[0]!.lessons[0]!;
    const withImages = (decorative: boolean, alt = '') => ({
      ...tree,
      settings: {
        ...tree.settings,
        cover: {
          ...tree.settings.cover,
          enabled: true,
          imageAssetId: coverImg,
          imageAlt: alt,
          imageDecorative: decorative,
        },
      },
      modules: [
        {
          ...tree.modules[0]!,
          lessons: [
            { ...lesson, header: { color: null, imageAssetId: headerImg, imageAlt: alt, imageDecorative: decorative } },
          ],
        },
      ],
    });
    const warnings = contentWarnings(withImages(false), {});
    expect(warnings.map((w) => [w.code, w.assetId, w.lessonId])).toEqual([
      ['MISSING_ALT', coverImg, undefined],
      ['MISSING_ALT', headerImg, lesson.id],
    ]);
    expect(warnings[0]?.message).toContain('cover image');
    expect(warnings[1]?.message).toContain('lesson "Intro"');
    expect(contentWarnings(withImages(true), {})).toEqual([]);
    expect(contentWarnings(withImages(false, 'A learner at a laptop'), {})).toEqual([]);
  });
});

describe('suspend_data warning', () => {
  it('warns only above the limit', () => {
    expect(suspendDataWarning('scorm12', 4096, 4096)).toBeNull();
    expect(suspendDataWarning('scorm12', 4097, 4096)?.code).toBe('SUSPEND_DATA_BUDGET');
    expect(suspendDataWarning('scorm12', 4097, 4096)?.message).toContain('4,097');
    expect(suspendDataWarning('html5', 10 ** 6, null)).toBeNull();
  });
});

describe('report formatting and categories', () => {
  it('sorts package paths into runtime, content and media', () => {
    expect(categoryOf('index.html')).toBe('runtime');
    expect(categoryOf('runtime/player.js')).toBe('runtime');
    expect(categoryOf('content/course.json')).toBe('content');
    expect(categoryOf('imsmanifest.xml')).toBe('content');
    expect(categoryOf('media/a.mp4')).toBe('media');
    expect(categoryOf('media/a.vtt.js')).toBe('media');
  });

  it('prints sizes, the runtime in KB and every warning', () => {
    const report: ExportReport = {
      format: 'scorm12',
      courseId: randomUUID(),
      courseTitle: 'T',
      outPath: '/tmp/t.zip',
      output: 'zip',
      fileCount: 9,
      bytes: { runtime: 70_758, content: 2048, media: 5 * 1024 * 1024, total: 70_758 + 2048 + 5 * 1024 * 1024 },
      packageBytes: 4 * 1024 * 1024,
      suspendData: { worstCase: 5000, limit: 4096 },
      warnings: [{ code: 'SUSPEND_DATA_BUDGET', message: 'too big' }],
      durationMs: 1234,
    };
    const text = formatExportReport(report);
    expect(text).toContain('runtime:  69.1 KB (player JS + CSS + index.html; budget 100.0 KB)');
    expect(text).toContain('media:    5.0 MB');
    expect(text).toContain('5,000 characters of 4,096');
    expect(text).toContain('1 warning(s):\n  - [SUSPEND_DATA_BUDGET] too big');
  });
});

describe('typical learning time', () => {
  it('reads text at 200 words a minute and uses known media durations', () => {
    const words = Array.from({ length: 400 }, (_, i) => `w${i}`).join(' ');
    const video = randomUUID();
    const text = { id: randomUUID(), type: 'richText', doc: docFromParagraphs(words) };
    expect(estimateLearningMinutes(courseWith([text]))).toBe(2);
    const withVideo = courseWith([text, { id: randomUUID(), type: 'video', assetId: video }]);
    // Unknown length: a 2-minute clip is assumed; a known one counts as is.
    expect(estimateLearningMinutes(withVideo)).toBe(4);
    const known: PackagedAsset = {
      kind: 'video',
      mime: 'video/mp4',
      src: 'media/v.mp4',
      size: 1,
      durationSeconds: 600,
    };
    expect(estimateLearningMinutes(withVideo, { [video]: known })).toBe(12);
    expect(estimateLearningMinutes(courseWith([]))).toBe(1);
  });
});
