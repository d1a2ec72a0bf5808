import fs from 'node:fs';
import path from 'node:path';
import os from 'node:os';
import { afterEach, describe, expect, it } from 'vitest';
import { createAppContext } from '../../../main/app/app-context';
import type { Result } from '../../../shared';
import { createInProcessApi, type InProcessApi } from '../../support/in-process-api';
import { value } from '../../support/result-value';

let env: InProcessApi | undefined;
afterEach(async () => {
  await env?.close();
  env = undefined;
});

describe('authoring channels', () => {
  it('courses.exportArchive / courses.importArchive round-trip a course and refuse bad paths with typed errors', async () => {
    env = await createInProcessApi({ seedSample: false });
    const { api, dir } = env;
    const course = value(await api.invoke('courses.create', { title: 'Handover', description: 'For a colleague' }));
    const mod = value(await api.invoke('modules.create', { courseId: course.id, title: 'Start' }));
    const lesson = value(await api.invoke('lessons.create', { moduleId: mod.id, title: 'Hello' }));
    value(await api.invoke('blocks.create', { lessonId: lesson.id, block: { type: 'heading', level: 2, text: 'Hi' } }));

    const outPath = path.join(dir, 'handover.cwcourse');
    const exported = value(await api.invoke('courses.exportArchive', { courseId: course.id, outPath }));
    expect(exported).toEqual({ path: outPath, bytes: fs.statSync(outPath).size });

    const imported = value(await api.invoke('courses.importArchive', { path: outPath }));
    expect(imported.id).not.toBe(course.id);
    expect(imported.title).toBe('Handover');
    const tree = value(await api.invoke('courses.get', { courseId: imported.id }));
    expect(tree.modules.map((m) => m.lessons.map((l) => l.blocks.map((b) => b.type)))).toEqual([[['heading']]]);
    expect(value(await api.invoke('courses.list', {}))).toHaveLength(2);

    const relative = await api.invoke('courses.exportArchive', { courseId: course.id, outPath: 'x.cwcourse' });
    expect(!relative.ok && relative.error.code).toBe('VALIDATION');
    const missing = await api.invoke('courses.importArchive', { path: path.join(dir, 'nope.cwcourse') });
    expect(!missing.ok && missing.error.code).toBe('IMPORT');
    const notZip = await api.invoke('courses.importArchive', { path: path.join(dir, 'library.sqlite') });
    expect(!notZip.ok && notZip.error.code).toBe('IMPORT');
    expect(value(await api.invoke('courses.list', {}))).toHaveLength(2);
  });

  it('media of an imported archive goes through the media pipeline (probed metadata, queued renditions)', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cw-archive-media-'));
    // The CLI host does not start the transcoding queue, so nothing heavy runs here.
    const context = await createAppContext({ libraryDir: path.join(dir, 'library'), host: 'cli' });
    try {
      const call = async <T>(channel: string, input: unknown) =>
        value((await context.router.dispatch(channel, input, { host: 'cli' })) as Result<T>);
      const [sample] = await call<{ id: string }[]>('courses.list', {});
      const outPath = path.join(dir, 'sample.cwcourse');
      await call('courses.exportArchive', { courseId: sample!.id, outPath });
      const imported = await call<{ id: string }>('courses.importArchive', { path: outPath });
      const media = await call<{ kind: string; meta: { duration: number | null } | null; jobs: unknown[] }[]>(
        'media.list',
        { courseId: imported.id },
      );
      const video = media.find((m) => m.kind === 'video')!;
      expect(video.meta?.duration).toBeGreaterThan(0);
      expect(video.jobs.length).toBeGreaterThan(0);
      const guidance = await call<{ items: { code: string }[] }>('courses.guidance', { courseId: imported.id });
      expect(guidance.items.map((i) => i.code)).not.toContain('media-duration-unknown');
    } finally {
      await context.close();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('courses.guidance estimates the sample course with probed media durations and lists its checklist', async () => {
    env = await createInProcessApi({ seedSample: true });
    const { api } = env;
    const [sample] = value(await api.invoke('courses.list', {}));
    const tree = value(await api.invoke('courses.get', { courseId: sample!.id }));
    const guidance = value(await api.invoke('courses.guidance', { courseId: sample!.id }));

    const lessonIds = tree.modules.flatMap((m) => m.lessons.map((l) => l.id));
    expect(Object.keys(guidance.lessonMinutes).sort()).toEqual([...lessonIds].sort());
    expect(Object.keys(guidance.moduleMinutes).sort()).toEqual(tree.modules.map((m) => m.id).sort());
    const sum = Object.values(guidance.moduleMinutes).reduce((a, b) => a + b, 0);
    expect(guidance.courseMinutes).toBeCloseTo(sum, 9);
    expect(guidance.courseMinutes).toBeGreaterThan(3);
    // ffprobe is on PATH here: the sample's video and narration have known lengths, so no "unknown duration" items.
    expect(guidance.items.filter((i) => i.code === 'media-duration-unknown')).toEqual([]);
    // The sample sets a support contact and captions its video.
    const codes = guidance.items.map((i) => i.code);
    expect(codes).not.toContain('no-support-contact');
    expect(codes).not.toContain('video-missing-captions');
    for (const item of guidance.items) expect(item.target.courseId).toBe(sample!.id);

    const ghost = await api.invoke('courses.guidance', { courseId: '00000000-0000-4000-8000-000000000000' });
    expect(!ghost.ok && ghost.error.code).toBe('NOT_FOUND');
  });
});
