import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openCourseLibrary, type SqliteCourseLibrary } from '../../../main/library/open-library';
import { exportCourse } from '../../../main/export/export-course';
import { formatExportReport } from '../../../main/export/export-report';
import { ensurePlayerBuilt, readZip } from './export-test-kit';

let tmp: string;
let library: SqliteCourseLibrary;
let sampleId: string;

beforeAll(async () => {
  ensurePlayerBuilt();
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'cw-export-report-'));
  library = await openCourseLibrary({ dir: path.join(tmp, 'library') });
  sampleId = library.listCourses().find((c) => c.isSample)!.id;
});
afterAll(() => {
  library?.close();
  if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
});

describe('export report', () => {
  it('reports sizes by category and the runtime size in KB', async () => {
    const report = await exportCourse({
      library,
      courseId: sampleId,
      format: 'scorm12',
      outPath: path.join(tmp, 'r.zip'),
    });
    const entries = await readZip(path.join(tmp, 'r.zip'));
    const size = (pred: (n: string) => boolean) =>
      entries.filter((e) => pred(e.name)).reduce((n, e) => n + e.data.length, 0);
    expect(report.bytes.runtime).toBe(size((n) => n === 'index.html' || n.startsWith('runtime/')));
    expect(report.bytes.media).toBe(size((n) => n.startsWith('media/')));
    expect(report.bytes.content).toBe(size((n) => n.startsWith('content/') || n === 'imsmanifest.xml'));
    expect(report.packageBytes).toBe(fs.statSync(path.join(tmp, 'r.zip')).size);
    expect(report.fileCount).toBe(entries.length);
    expect(report.suspendData.limit).toBe(4096);
    expect(report.warnings.filter((w) => w.code === 'SUSPEND_DATA_BUDGET')).toEqual([]);
    const printed = formatExportReport(report);
    expect(printed).toContain(`runtime:  ${(report.bytes.runtime / 1024).toFixed(1)} KB`);
  });

  it('flags a suspend_data budget overflow under SCORM 1.2 but not under SCORM 2004', async () => {
    const course = library.createCourse({ title: 'Many questions' });
    const mod = library.createModule(course.id, 'Quiz module');
    const lesson = library.createLesson(mod.id, 'Final quiz', 'quiz');
    for (let i = 0; i < 25; i++) {
      library.createBlock(lesson.id, {
        type: 'question',
        question: { kind: 'textEntry', prompt: `Question ${i + 1}?`, acceptedAnswers: ['answer'] },
      });
    }
    const r12 = await exportCourse({
      library,
      courseId: course.id,
      format: 'scorm12',
      outPath: path.join(tmp, 'q12.zip'),
    });
    const budget = r12.warnings.filter((w) => w.code === 'SUSPEND_DATA_BUDGET');
    expect(budget).toHaveLength(1);
    expect(r12.suspendData.worstCase).toBeGreaterThan(4096);
    const r04 = await exportCourse({
      library,
      courseId: course.id,
      format: 'scorm2004-4th',
      outPath: path.join(tmp, 'q04.zip'),
    });
    expect(r04.suspendData.worstCase).toBe(r12.suspendData.worstCase);
    expect(r04.warnings.filter((w) => w.code === 'SUSPEND_DATA_BUDGET')).toEqual([]);
  });

  it('warns about images without alt text and videos without captions', async () => {
    const course = library.createCourse({ title: 'Accessibility gaps' });
    const lesson = library.createLesson(library.createModule(course.id, 'M').id, 'L');
    const assets = library.listAssets();
    const image = assets.find((a) => a.kind === 'image')!;
    const video = assets.find((a) => a.kind === 'video')!;
    library.createBlock(lesson.id, { type: 'image', assetId: image.id, alt: '' });
    library.createBlock(lesson.id, { type: 'image', assetId: image.id, alt: '', decorative: true });
    library.createBlock(lesson.id, { type: 'video', assetId: video.id });
    const r = await exportCourse({
      library,
      courseId: course.id,
      format: 'html5',
      outPath: path.join(tmp, 'a11y.zip'),
    });
    expect(r.warnings.map((w) => w.code).sort()).toEqual(['MISSING_ALT', 'MISSING_CAPTIONS']);
  });
});
