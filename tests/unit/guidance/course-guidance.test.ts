import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  countWords,
  courseChecklist,
  courseGuidance,
  courseTreeSchema,
  docFromParagraphs,
  estimateCourseMinutes,
  estimateLessonMinutes,
  type Block,
  type CourseTree,
  type GuidanceItem,
} from '../../../shared';

const NOW = '2026-01-01T00:00:00.000Z';
const words = (n: number) => Array.from({ length: n }, (_, i) => `word${i}`).join(' ');

const text = (n: number): Block => ({ id: randomUUID(), type: 'richText', doc: docFromParagraphs(words(n)) });
const heading = (t: string): Block => ({ id: randomUUID(), type: 'heading', level: 2, text: t });
const video = (assetId: string | null, captions = false): Block => ({
  id: randomUUID(),
  type: 'video',
  assetId,
  title: '',
  captions: captions ? [{ assetId: randomUUID(), language: 'en', label: 'English' }] : [],
});
const audio = (assetId: string | null): Block => ({ id: randomUUID(), type: 'audio', assetId, title: '' });
const image = (alt: string, decorative = false): Block => ({
  id: randomUUID(),
  type: 'image',
  assetId: randomUUID(),
  alt,
  decorative,
  caption: 'Five words in this caption',
});
const question = (feedback: { correct?: string; incorrect?: string } = {}, choiceFeedback?: string): Block => {
  const a = randomUUID();
  return {
    id: randomUUID(),
    type: 'question',
    question: {
      kind: 'singleChoice',
      prompt: 'Which one? ' + words(50),
      feedback,
      points: 1,
      maxAttempts: 0,
      choices: [
        { id: a, text: 'A', ...(choiceFeedback ? { feedback: choiceFeedback } : {}) },
        { id: randomUUID(), text: 'B' },
      ],
      correctChoiceId: a,
    },
  };
};

function course(modules: Block[][][], settings: Record<string, unknown> = {}): CourseTree {
  const id = randomUUID();
  return courseTreeSchema.parse({
    id,
    title: 'Course',
    description: '',
    language: 'en',
    settings: { supportContact: 'help@example.com', ...settings },
    createdAt: NOW,
    updatedAt: NOW,
    modules: modules.map((lessons, m) => {
      const moduleId = randomUUID();
      return {
        id: moduleId,
        courseId: id,
        title: `Module ${m + 1}`,
        lessons: lessons.map((blocks, l) => ({
          id: randomUUID(),
          moduleId,
          title: `Lesson ${m + 1}.${l + 1}`,
          kind: 'content',
          blocks,
        })),
      };
    }),
  });
}

const codes = (items: GuidanceItem[]) => items.map((i) => i.code).sort();

describe('duration estimates', () => {
  it('counts words in any script and ignores punctuation', () => {
    expect(countWords('Hello, world — it’s 2 o’clock!')).toBe(5);
    expect(countWords('  ')).toBe(0);
    expect(countWords('Größe naïve café')).toBe(3);
  });

  it('adds reading time at 200 words/min, media duration and one minute per question', () => {
    const v = randomUUID();
    const a = randomUUID();
    const lesson = { blocks: [text(400), heading('Two words'), video(v), audio(a), question(), image('alt')] };
    // 402 words + 5 caption words = 407 words → 2.035 min; video 90 s; audio 30 s; one question.
    expect(estimateLessonMinutes(lesson, { [v]: 90, [a]: 30 })).toBeCloseTo(407 / 200 + 1.5 + 0.5 + 1, 10);
    // Unknown or bad durations count as nothing (never negative, never NaN).
    expect(estimateLessonMinutes(lesson, { [v]: -5, [a]: Number.NaN })).toBeCloseTo(407 / 200 + 1, 10);
    expect(estimateLessonMinutes({ blocks: [] })).toBe(0);
  });

  it('counts the words in every accordion section, tab and flip card face as reading time', () => {
    const panel = (n: number) => ({ id: randomUUID(), title: 'Two words', doc: docFromParagraphs(words(n)) });
    const lesson = {
      blocks: [
        { id: randomUUID(), type: 'accordion', items: [panel(98), panel(98)] },
        { id: randomUUID(), type: 'tabs', items: [panel(48), panel(48)] },
        {
          id: randomUUID(),
          type: 'flipCards',
          cards: [{ id: randomUUID(), front: 'One', back: words(99) }],
        },
      ] satisfies Block[],
    };
    expect(estimateLessonMinutes(lesson)).toBeCloseTo((200 + 100 + 100) / 200, 10);
  });

  it('totals per module and course are sums of their parts, and never negative (property)', () => {
    const block = fc.oneof(
      fc.integer({ min: 0, max: 3000 }).map(text),
      fc.boolean().map((c) => question(c ? { correct: 'Yes' } : {})),
      fc
        .constantFrom('a', 'b', 'c', 'z')
        .map((k) => video(k === 'z' ? null : `00000000-0000-4000-8000-00000000000${k}`)),
      fc.constantFrom('a', 'b').map((k) => audio(`00000000-0000-4000-8000-00000000000${k}`)),
    );
    const tree = fc
      .array(fc.array(fc.array(block, { maxLength: 6 }), { maxLength: 4 }), { maxLength: 4 })
      .map((m) => course(m));
    const durations = fc.dictionary(
      fc.constantFrom('a', 'b', 'c').map((k) => `00000000-0000-4000-8000-00000000000${k}`),
      fc.oneof(fc.double({ min: -100, max: 7200 }), fc.constant(Number.NaN), fc.constant(Infinity)),
    );
    fc.assert(
      fc.property(tree, durations, (t, d) => {
        const est = estimateCourseMinutes(t, d);
        let sum = 0;
        for (const m of t.modules) {
          const parts = m.lessons.reduce((s, l) => s + est.lessonMinutes[l.id]!, 0);
          expect(est.moduleMinutes[m.id]).toBeCloseTo(parts, 9);
          sum += est.moduleMinutes[m.id]!;
          for (const l of m.lessons) expect(est.lessonMinutes[l.id]).toBeGreaterThanOrEqual(0);
        }
        expect(est.courseMinutes).toBeCloseTo(sum, 9);
        expect(est.courseMinutes).toBeGreaterThanOrEqual(0);
        expect(Number.isFinite(est.courseMinutes)).toBe(true);
        expect(courseGuidance(t, { durations: d }).courseMinutes).toBe(est.courseMinutes);
      }),
      { numRuns: 150 },
    );
  });
});

describe('course checklist', () => {
  it('a well-built course gets no items', () => {
    const v = randomUUID();
    const t = course([[[text(300), image('A chart'), video(v, true), question({ correct: 'Right!' })]]]);
    expect(courseChecklist(t, { durations: { [v]: 60 } })).toEqual([]);
  });

  it('warns when a module runs over the course target (default 20 minutes, or the course setting)', () => {
    const long = course([[[text(2200)], [text(2000)]], [[text(200), question({ correct: 'ok' })]]]);
    const items = courseChecklist(long);
    const over = items.filter((i) => i.code === 'module-over-target');
    expect(over).toHaveLength(1);
    expect(over[0]).toMatchObject({
      severity: 'warning',
      target: { kind: 'module', moduleId: long.modules[0]!.id, lessonId: null, blockId: null },
    });
    expect(over[0]!.message).toMatch(/21 min, over the 20 min target/);
    const relaxed = { ...long, settings: { ...long.settings, targetModuleMinutes: 30 } };
    expect(codes(courseChecklist(relaxed))).not.toContain('module-over-target');
  });

  it('hints at text-only modules, missing alt text, captions, feedback and support contact', () => {
    const v = randomUUID();
    const t = course(
      [
        [[heading('Only words'), text(50)]],
        [[image(''), image('', true), image('Described'), video(v), question(), question({}, 'Because…')]],
      ],
      { supportContact: '  ' },
    );
    const items = courseChecklist(t, { durations: { [v]: 30 } });
    expect(codes(items)).toEqual(
      [
        'image-missing-alt',
        'module-text-only',
        'no-support-contact',
        'question-missing-feedback',
        'video-missing-captions',
      ].sort(),
    );
    const block = (code: string) => items.find((i) => i.code === code)!.target;
    const blocks = t.modules[1]!.lessons[0]!.blocks;
    expect(block('image-missing-alt')).toMatchObject({ kind: 'block', blockId: blocks[0]!.id });
    expect(block('video-missing-captions')).toMatchObject({ kind: 'block', blockId: blocks[3]!.id });
    expect(block('question-missing-feedback')).toMatchObject({
      kind: 'block',
      blockId: blocks[4]!.id,
      lessonId: t.modules[1]!.lessons[0]!.id,
      moduleId: t.modules[1]!.id,
    });
    expect(block('module-text-only')).toMatchObject({ kind: 'module', moduleId: t.modules[0]!.id });
    expect(block('no-support-contact')).toEqual({
      kind: 'course',
      courseId: t.id,
      moduleId: null,
      lessonId: null,
      blockId: null,
    });
    for (const i of items) expect(i.message.length).toBeGreaterThan(10);
  });

  it('notes media whose duration is unknown (info), but not empty media blocks or empty modules', () => {
    const known = randomUUID();
    const unknown = randomUUID();
    const t = course([[[video(known, true), audio(unknown), video(null, true)]], []]);
    const items = courseChecklist(t, { durations: { [known]: 120 } });
    expect(items.map((i) => [i.code, i.severity])).toEqual([['media-duration-unknown', 'info']]);
    expect(items[0]!.target.blockId).toBe(t.modules[0]!.lessons[0]!.blocks[1]!.id);
  });
});
