import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { BLOCK_TYPES, blockAssetIds, courseTreeSchema, QUESTION_KINDS, type Block } from '../../../shared';
import { SAMPLE_COURSE_TITLE } from '../../../main/library/sample';
import { openCourseLibrary } from '../../../main/library/open-library';
import { openTempLibrary, tempDir } from './helpers';

const allBlocks = (tree: { modules: { lessons: { blocks: Block[] }[] }[] }) =>
  tree.modules.flatMap((m) => m.lessons.flatMap((l) => l.blocks));

describe('sample course', () => {
  it('is present exactly once on a fresh library, flagged as the sample, and valid against the schema', async () => {
    const lib = await openTempLibrary({ seedSample: true });
    const courses = lib.listCourses();
    expect(courses).toHaveLength(1);
    expect(courses[0]).toMatchObject({ title: SAMPLE_COURSE_TITLE, isSample: true });
    expect(courses[0]!.moduleCount).toBeGreaterThanOrEqual(3);
    expect(courses[0]!.lessonCount).toBeGreaterThanOrEqual(6);
    const tree = lib.getCourse(courses[0]!.id);
    expect(courseTreeSchema.parse(tree)).toEqual(tree);
    expect(tree.settings.supportContact).not.toBe('');
  });

  it('uses every block type, a knowledge check and a graded quiz with every question kind', async () => {
    const lib = await openTempLibrary({ seedSample: true });
    const tree = lib.getCourse(lib.listCourses()[0]!.id);
    const blocks = allBlocks(tree);
    expect(new Set(blocks.map((b) => b.type))).toEqual(new Set(BLOCK_TYPES));

    const lessons = tree.modules.flatMap((m) => m.lessons);
    const quiz = lessons.filter((l) => l.kind === 'quiz');
    expect(quiz).toHaveLength(1);
    const quizKinds = new Set(quiz[0]!.blocks.flatMap((b) => (b.type === 'question' ? [b.question.kind] : [])));
    expect(quizKinds).toEqual(new Set(QUESTION_KINDS));
    const knowledgeChecks = lessons.filter((l) => l.kind === 'content' && l.blocks.some((b) => b.type === 'question'));
    expect(knowledgeChecks.length).toBeGreaterThanOrEqual(1);

    const text = JSON.stringify(tree).toLowerCase();
    for (const topic of [
      'synchronous',
      'flexib',
      'scale',
      'cost',
      'anywhere',
      'own pace',
      'learning styles',
      'distributed',
      'blended',
      '20 minutes',
      'forum',
      'help chat',
      'lms',
    ]) {
      expect(text, topic).toContain(topic);
    }
    expect(text).not.toContain('lorem');
  });

  it('imports its media through the asset store, with captions for the video, and every reference resolves', async () => {
    const lib = await openTempLibrary({ seedSample: true });
    const tree = lib.getCourse(lib.listCourses()[0]!.id);
    const assets = lib.listAssets();
    expect(assets.map((a) => a.kind).sort()).toEqual([
      'audio',
      'captions',
      'image',
      'image',
      'image',
      'image',
      'image',
      'other',
      'video',
    ]);
    expect(assets.find((a) => a.kind === 'video')).toMatchObject({ mime: 'video/mp4', fileName: 'welcome.mp4' });
    expect(assets.find((a) => a.kind === 'audio')).toMatchObject({ mime: 'audio/mp4' });
    expect(assets.find((a) => a.kind === 'image')).toMatchObject({ mime: 'image/svg+xml' });
    expect(assets.find((a) => a.kind === 'captions')).toMatchObject({ mime: 'text/vtt' });
    expect(assets.find((a) => a.kind === 'other')).toMatchObject({
      mime: 'application/pdf',
      fileName: 'support-plan-worksheet.pdf',
    });

    const referenced = allBlocks(tree).flatMap(blockAssetIds);
    expect(new Set(referenced)).toEqual(new Set(assets.map((a) => a.id)));
    for (const id of referenced) {
      const file = lib.assetFile(id)!;
      expect(fs.statSync(file.path).size).toBe(file.size);
    }
    const video = allBlocks(tree).find((b) => b.type === 'video');
    expect(video?.type === 'video' && video.captions[0]?.language).toBe('en');
    const audio = allBlocks(tree).find((b) => b.type === 'audio');
    expect(audio?.type === 'audio' && audio.transcript).toMatch(/own pace/);
  });

  it('is not re-seeded on reopen, nor after the user deletes it', async () => {
    const dir = tempDir();
    const first = await openTempLibrary({ dir, seedSample: true });
    const sampleId = first.listCourses()[0]!.id;
    first.close();
    const second = await openTempLibrary({ dir, seedSample: true });
    expect(second.listCourses().map((c) => c.id)).toEqual([sampleId]);
    second.deleteCourse(sampleId);
    second.close();
    const third = await openTempLibrary({ dir, seedSample: true });
    expect(third.listCourses()).toEqual([]);
  });

  it('is never added to a library created with seedSample: false', async () => {
    const dir = tempDir();
    (await openTempLibrary({ dir, seedSample: false })).close();
    const again = await openTempLibrary({ dir, seedSample: true });
    expect(again.listCourses()).toEqual([]);
  });

  it('opens without the sample when its media cannot be found, and adds it on a later start that finds them', async () => {
    const dir = tempDir();
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    try {
      const first = await openCourseLibrary({ dir, resourcesDir: tempDir('cw-no-resources-') });
      expect(first.listCourses()).toEqual([]);
      expect(warn).toHaveBeenCalledWith(expect.stringContaining('sample course was not added'));
      first.close();
    } finally {
      warn.mockRestore();
    }
    const second = await openTempLibrary({ dir, seedSample: true });
    expect(second.listCourses().map((c) => c.title)).toEqual([SAMPLE_COURSE_TITLE]);
  });

  it('ships media that match the documented formats', () => {
    const dir = path.resolve('resources/sample');
    expect(fs.statSync(path.join(dir, 'welcome.mp4')).size).toBeLessThan(400_000);
    expect(fs.statSync(path.join(dir, 'narration.m4a')).size).toBeLessThan(200_000);
    expect(fs.readFileSync(path.join(dir, 'narration.en.vtt'), 'utf8')).toMatch(/^WEBVTT\n\n1\n00:00:00\.000 --> /);
    expect(fs.readFileSync(path.join(dir, 'README.md'), 'utf8')).toContain('espeak-ng');
  });
});
