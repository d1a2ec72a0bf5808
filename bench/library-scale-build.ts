// The library the scale benchmark measures (issue 14 §1): deterministic courses built through the service layer.
import fs from 'node:fs';
import path from 'node:path';
import { createAppContext } from '../main/app/app-context';
import { docFromParagraphs, type NewBlock } from '../shared';

const BIG_LESSONS = 500; // the course opened by the courses.get row
const MODULES = 10;
const LESSONS = 10;
const BLOCKS = 5; // 10 × 10 × 5 = 500 blocks per ordinary course

// Text with a natural spread: a few hundred common words, a long tail of rarer ones (log-uniform ranks), and
// "learners" in about a third of the blocks (0.6 of the text paragraphs), as in the library the issue measured
// (171k of 500k blocks).
const COMMON = (
  'the of and to a in is that for it as with be on not this by are or from at an can your will more practice ' +
  'course module lesson video quiz feedback design pragmatic practical praise goal reading audio image caption ' +
  'accessibility checklist engagement assessment scenario reflection summary onboarding safety compliance ' +
  'customer service leadership coaching skills knowledge review progress team manager policy process'
).split(' ');
const SYLLABLES = 'ka lo mi ne pra sto ven dar qui tel ro sa bin gor fe lu pe ti ma zo'.split(' ');
const TAIL = Array.from({ length: 6000 }, (_, i) => {
  let w = '';
  for (let n = i + 7; n > 0; n = Math.floor(n / SYLLABLES.length)) w += SYLLABLES[n % SYLLABLES.length];
  return w;
});
const VOCAB = [...COMMON, ...TAIL];

/** Deterministic pseudo-random text, so every build of a given size holds the same words. */
export function makeRng(seed: number) {
  let s = seed >>> 0;
  return () => (s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32;
}
export const sentence = (rng: () => number, words: number) =>
  Array.from({ length: words }, () => VOCAB[Math.floor(VOCAB.length ** rng()) - 1]).join(' ');
const paragraph = (rng: () => number, words: number) =>
  rng() < 0.6 ? `${sentence(rng, words >> 1)} learners ${sentence(rng, words >> 1)}` : sentence(rng, words);

function blockFor(rng: () => number, i: number, imageId: string, videoId: string): NewBlock {
  switch (i % BLOCKS) {
    case 0:
      return { type: 'heading', level: 2, text: sentence(rng, 5) };
    case 1:
    case 2:
      return { type: 'richText', doc: docFromParagraphs(paragraph(rng, 40), sentence(rng, 30)) };
    case 3:
      return rng() < 0.1
        ? { type: 'image', assetId: imageId, alt: sentence(rng, 4), decorative: false }
        : rng() < 0.1
          ? { type: 'video', assetId: videoId }
          : { type: 'callout', variant: 'info', doc: docFromParagraphs(paragraph(rng, 25)) };
    default:
      return {
        type: 'question',
        question: {
          kind: 'trueFalse',
          prompt: sentence(rng, 12),
          correct: true,
          feedback: {},
          points: 1,
          maxAttempts: 0,
        },
      };
  }
}

/** Builds the library through the service layer, one transaction per course. */
export async function buildLibrary(dir: string, courses: number): Promise<void> {
  const ctx = await createAppContext({ libraryDir: dir, host: 'cli', seedSample: false });
  const lib = ctx.library;
  const media = path.join(dir, 'bench-media');
  fs.mkdirSync(media, { recursive: true });
  // Tiny stand-ins: only their ids matter to the cards.
  fs.writeFileSync(
    path.join(media, 'pixel.png'),
    Buffer.from(
      '89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da63f8ffff3f0005fe02fea7d6a0000000000049454e44ae426082',
      'hex',
    ),
  );
  fs.writeFileSync(path.join(media, 'clip.mp4'), Buffer.alloc(1024, 7));
  const image = await lib.importAsset(path.join(media, 'pixel.png'));
  const video = await lib.importAsset(path.join(media, 'clip.mp4'), { kind: 'video' });
  const started = performance.now();
  for (let c = 0; c < courses; c++) {
    const rng = makeRng(c + 1);
    const big = c === 0;
    lib.transaction(() => {
      const course = lib.createCourse({
        title: big ? 'Five hundred lessons' : `Course ${c + 1}: ${sentence(rng, 3)}`,
        description: sentence(rng, 12),
      });
      const modules = big ? BIG_LESSONS / LESSONS : MODULES;
      for (let m = 0; m < modules; m++) {
        const mod = lib.createModule(course.id, `Module ${m + 1}`);
        for (let l = 0; l < LESSONS; l++) {
          const lesson = lib.createLesson(mod.id, `Lesson ${m + 1}.${l + 1} ${sentence(rng, 2)}`);
          for (let b = 0; b < (big ? 3 : BLOCKS); b++) lib.createBlock(lesson.id, blockFor(rng, b, image.id, video.id));
        }
      }
    });
    if ((c + 1) % 50 === 0) {
      const s = (performance.now() - started) / 1000;
      process.stderr.write(`  built ${c + 1}/${courses} courses in ${s.toFixed(0)} s\n`);
    }
  }
  await ctx.close();
  fs.writeFileSync(path.join(dir, 'bench-complete'), new Date().toISOString());
}
