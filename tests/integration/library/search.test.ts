import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { docFromParagraphs, type Block } from '../../../shared';
import { SearchIndex, toFtsQuery } from '../../../main/library/search-index';
import { buildCourse, openTempLibrary } from './helpers';
import { libraryConnection } from '../../../main/library/sqlite-course-library';
import { ftsRowCount } from '../../support/fts-row-count';

describe('full-text search', () => {
  it('finds courses, lessons and blocks with «» snippets and the right ids', async () => {
    const lib = await openTempLibrary();
    const course = lib.createCourse({
      title: 'Marine biology',
      description: 'Coral reefs and the creatures living there',
    });
    const m = lib.createModule(course.id, 'Module');
    const lesson = lib.createLesson(m.id, 'Plankton basics');
    const block = lib.createBlock(lesson.id, {
      type: 'richText',
      doc: docFromParagraphs('Krill eat phytoplankton near the surface.'),
    });

    expect(lib.search('coral')).toEqual([
      {
        kind: 'course',
        courseId: course.id,
        courseTitle: 'Marine biology',
        lessonId: null,
        blockId: null,
        title: 'Marine biology',
        snippet: '«Coral» reefs and the creatures living there',
      },
    ]);
    expect(lib.search('plankton')).toEqual([
      expect.objectContaining({
        kind: 'lesson',
        lessonId: lesson.id,
        blockId: null,
        title: 'Plankton basics',
        snippet: '«Plankton» basics',
      }),
    ]);
    const hit = lib.search('krill')[0];
    expect(hit).toEqual({
      kind: 'block',
      courseId: course.id,
      courseTitle: 'Marine biology',
      lessonId: lesson.id,
      blockId: block.id,
      title: 'Plankton basics',
      snippet: '«Krill» eat phytoplankton near the surface.',
    });
  });

  it('matches a prefix of the last term, ignores case and diacritics, and honours the limit', async () => {
    const lib = await openTempLibrary();
    const c = lib.createCourse({ title: 'Café culture', description: 'Espresso, cappuccino and crème brûlée' });
    expect(lib.search('cappu')).toHaveLength(1);
    expect(lib.search('CREME brulee')).toHaveLength(1);
    expect(lib.search('espresso capp')).toHaveLength(1);
    expect(lib.search('cappuccino espres')).toHaveLength(1); // every term must match; the last one as a prefix
    expect(lib.search('cappu espresso')).toHaveLength(0); // earlier terms are whole words
    const m = lib.createModule(c.id, 'M');
    for (let i = 0; i < 5; i++) lib.createLesson(m.id, `Espresso lesson ${i}`);
    expect(lib.search('espresso', 3)).toHaveLength(3);
  });

  it('never throws on FTS syntax in user input', async () => {
    const lib = await openTempLibrary();
    buildCourse(lib);
    for (const q of [
      '"',
      '"unterminated',
      'a AND',
      'OR',
      'NEAR(a b',
      '*',
      '-course',
      'course:',
      '(((',
      '^',
      '!!',
      '  ',
      '"" AND ""',
      'title:x',
    ]) {
      expect(() => lib.search(q)).not.toThrow();
    }
    expect(lib.search('-course').length).toBeGreaterThan(0); // punctuation is not syntax: it finds "course"
    expect(toFtsQuery('a "b" c')).toBe('"a" "b" "c"*');
    expect(toFtsQuery('!!! ---')).toBeNull();
  });

  it('never throws on any text, whatever its script or Unicode version (the index refuses phrases)', async () => {
    const lib = await openTempLibrary();
    buildCourse(lib);
    fc.assert(
      fc.property(
        fc.string({ unit: 'grapheme', maxLength: 24 }),
        fc.string({ unit: 'binary', maxLength: 8 }),
        (a, b) => {
          expect(() => lib.search(a)).not.toThrow();
          expect(() => lib.search(`${b} ${a}`)).not.toThrow();
        },
      ),
      { numRuns: 300 },
    );
    // U+19B0 is a letter to JavaScript (Unicode 8+) and a separator to SQLite's tables: "a\u19b0b" is one word here
    // and a phrase there, which the index refuses. The search answers nothing instead of failing.
    expect(toFtsQuery('a\u19b0b')).toBe('"a\u19b0b"*');
    expect(lib.search('a\u19b0b')).toEqual([]);
  });

  it('finds words joined by punctuation, as the text was cut into words', async () => {
    const lib = await openTempLibrary();
    const c = lib.createCourse({ title: 'Self-paced e-learning', description: "Designers' day-to-day work" });
    expect(lib.search('self-paced').map((h) => h.courseId)).toEqual([c.id]);
    expect(lib.search('e-learn').map((h) => h.courseId)).toEqual([c.id]);
    expect(lib.search('day-to-day designers').map((h) => h.courseId)).toEqual([c.id]);
    expect(lib.search('e-teaching')).toEqual([]);
  });

  it('stays in sync on create, update, move, delete and duplicate', async () => {
    const lib = await openTempLibrary();
    const { course, lessons, blocks } = buildCourse(lib, 'Sync');
    const other = buildCourse(lib, 'Elsewhere');
    const first = blocks[0] as Block & { type: 'heading' };

    lib.updateBlock(first.id, { ...first, text: 'Zebrafish genetics' });
    expect(lib.search('zebrafish').map((h) => h.blockId)).toEqual([first.id]);
    expect(lib.search('Sync M1 L1 B1')).toHaveLength(0); // the old text is gone

    lib.updateLesson(lessons[0]!.id, { title: 'Aquarium care' });
    expect(lib.search('aquarium').map((h) => h.kind)).toEqual(['lesson']);
    expect(lib.search('zebrafish')[0]!.title).toBe('Aquarium care'); // block hits show the live lesson title

    lib.updateCourse(course.id, { title: 'Renamed course', description: 'All about xylophones' });
    expect(lib.search('xylophones').map((h) => h.courseId)).toEqual([course.id]);
    expect(lib.search('zebrafish')[0]!.courseTitle).toBe('Renamed course');

    lib.moveBlock(first.id, other.lessons[2]!.id);
    expect(lib.search('zebrafish')[0]).toMatchObject({ courseId: other.course.id, lessonId: other.lessons[2]!.id });
    lib.moveLesson(lessons[1]!.id, other.modules[0]!.id);
    expect(lib.search('Sync M1 L2 B1')[0]).toMatchObject({ courseId: other.course.id, lessonId: lessons[1]!.id });

    const copy = lib.duplicateCourse(other.course.id, 'Copied');
    const zebra = lib.search('zebrafish');
    expect(zebra.map((h) => h.courseId).sort()).toEqual([other.course.id, copy.id].sort());
    expect(new Set(zebra.map((h) => h.blockId)).size).toBe(2);

    lib.deleteBlock(first.id);
    expect(lib.search('zebrafish').map((h) => h.courseId)).toEqual([copy.id]);
    lib.deleteCourse(copy.id);
    expect(lib.search('zebrafish')).toEqual([]);
    lib.deleteCourse(course.id);
    expect(lib.search('xylophones')).toEqual([]);
    // Cascades removed every index row that belonged to the deleted rows: the index matches the tables.
    const indexed = ftsRowCount(libraryConnection(lib));
    const rows = libraryConnection(lib)
      .prepare(`SELECT (SELECT count(*) FROM courses) + (SELECT count(*) FROM lessons) + (SELECT count(*) FROM blocks)`)
      .pluck()
      .get();
    expect(indexed).toBe(rows);
    expect(
      libraryConnection(lib)
        .prepare(`INSERT INTO search_index(search_index, rank) VALUES ('integrity-check', 1)`)
        .run(),
    ).toBeTruthy();
  });

  it('indexes question text, rich-text lists and audio transcripts', async () => {
    const lib = await openTempLibrary();
    const { lessons } = buildCourse(lib);
    const id = () => crypto.randomUUID();
    const a = id();
    lib.createBlock(lessons[0]!.id, {
      type: 'question',
      question: {
        kind: 'singleChoice',
        prompt: 'Which planet is red?',
        choices: [
          { id: a, text: 'Mars' },
          { id: id(), text: 'Venus' },
        ],
        correctChoiceId: a,
      },
    });
    lib.createBlock(lessons[0]!.id, { type: 'audio', assetId: null, transcript: 'Welcome to the observatory' });
    expect(lib.search('venus')).toHaveLength(1);
    expect(lib.search('observatory')).toHaveLength(1);
  });
});

describe('ranking window', () => {
  it('ranks every match below the window, and only the newest matches above it', async () => {
    const lib = await openTempLibrary();
    const course = lib.createCourse({ title: 'Zebra studies' });
    const lesson = lib.createLesson(lib.createModule(course.id, 'M').id, 'Stripes');
    // The oldest block is the best match (the word three times in a short text).
    const best = lib.createBlock(lesson.id, { type: 'heading', level: 2, text: 'zebra zebra zebra' });
    const others = Array.from({ length: 6 }, (_, i) =>
      lib.createBlock(lesson.id, {
        type: 'heading',
        level: 2,
        text: `a long sentence ${i} that mentions one zebra only`,
      }),
    );
    const exact = new SearchIndex(libraryConnection(lib), 100).search('zebra', 3);
    expect(exact.map((h) => h.kind)).toEqual(['course', 'block', 'block']);
    expect(exact[1]!.blockId).toBe(best.id);

    const windowed = new SearchIndex(libraryConnection(lib), 3).search('zebra', 10);
    // The course title is the only title match; of the blocks, only the 3 newest were ranked (equal scores).
    expect(windowed[0]).toMatchObject({ kind: 'course', courseId: course.id });
    expect(new Set(windowed.slice(1).map((h) => h.blockId))).toEqual(new Set(others.slice(-3).map((b) => b.id)));
    expect(windowed.map((h) => h.blockId)).not.toContain(best.id);
  });

  it('keeps the ranking and snippets of a prefix query: equal scores oldest first, titles and blocks merged', async () => {
    const lib = await openTempLibrary();
    const course = lib.createCourse({ title: 'Practical zebra care' });
    const mod = lib.createModule(course.id, 'M');
    const lessons = ['Praise', 'Other', 'Practice'].map((t) => lib.createLesson(mod.id, t));
    // Equal-score blocks (same length, one match each) in three lessons, newer ones interleaved with misses.
    const blocks = lessons.flatMap((l, i) =>
      Array.from({ length: 4 }, (_, j) => [
        lib.createBlock(l.id, { type: 'heading', level: 2, text: `pragmatic note ${i}${j}` }),
        lib.createBlock(l.id, { type: 'heading', level: 2, text: `unrelated text ${i}${j}` }),
      ]).map(([hit]) => hit!),
    );
    const search = (window: number, limit: number) =>
      new SearchIndex(libraryConnection(lib), window).search('pra', limit).map((h) => [h.kind, h.title, h.snippet]);
    // Whole ranking: the one-word lesson titles, the course title, then the blocks; equal scores in rowid order
    // (titles: -2*seq or -2*seq-1, so the newest title first; blocks: seq, so the oldest block first).
    expect(search(100, 20)).toEqual([
      ['lesson', 'Practice', '«Practice»'],
      ['lesson', 'Praise', '«Praise»'],
      ['course', 'Practical zebra care', '«Practical» zebra care'],
      ...blocks.map((b, k) => [
        'block',
        lessons[Math.floor(k / 4)]!.title,
        `«pragmatic» note ${(b as { text: string }).text.slice(-2)}`,
      ]),
    ]);
    // Windowed: only the 2 newest titles (the lessons, not the course) and the 2 (then 5) newest blocks are ranked.
    const note = (b: Block) => `«pragmatic» note ${(b as { text: string }).text.slice(-2)}`;
    expect(search(2, 4)).toEqual([
      ['lesson', 'Practice', '«Practice»'],
      ['lesson', 'Praise', '«Praise»'],
      ['block', 'Practice', note(blocks[10]!)],
      ['block', 'Practice', note(blocks[11]!)],
    ]);
    expect(search(5, 5).slice(3)).toEqual([
      ['block', 'Other', note(blocks[7]!)],
      ['block', 'Practice', note(blocks[8]!)],
    ]);
  });
});
