import { randomUUID } from 'node:crypto';
import type {
  Block,
  BlockOf,
  CourseSettings,
  InlineNode,
  Lesson,
  ListItemNode,
  Mark,
  Question,
  RichBlockNode,
  RichTextDoc,
  TextNode,
} from '../../../shared';

/** Builders that keep the sample course content readable. Every call makes fresh ids. */

export interface SampleAssets {
  illustration: string | null;
  video: string | null;
  narration: string | null;
  captions: string | null;
  /** The support-plan worksheet (PDF) of the attachment block. */
  worksheet: string | null;
  /** Gallery of asynchronous tools and the "own time" picture (module 1). */
  forumImage: string | null;
  videoLessonImage: string | null;
  selfCheckImage: string | null;
  ownTimeImage: string | null;
}

interface SampleLesson {
  title: string;
  kind: Lesson['kind'];
  blocks: Block[];
}
export interface SampleModule {
  title: string;
  lessons: SampleLesson[];
}
export interface SampleCourse {
  title: string;
  description: string;
  language: string;
  settings: Partial<CourseSettings>;
  modules: SampleModule[];
}

const id = () => randomUUID();
type Inline = string | InlineNode;

const text = (value: string, marks?: Mark[]): TextNode =>
  marks ? { type: 'text', text: value, marks } : { type: 'text', text: value };
export const bold = (value: string): TextNode => text(value, [{ type: 'bold' }]);
export const italic = (value: string): TextNode => text(value, [{ type: 'italic' }]);
export const link = (value: string, href: string): TextNode => text(value, [{ type: 'link', attrs: { href } }]);
const inline = (parts: Inline[]): InlineNode[] => parts.map((p) => (typeof p === 'string' ? text(p) : p));

export const p = (...parts: Inline[]): RichBlockNode => ({ type: 'paragraph', content: inline(parts) });
const item = (parts: Inline | Inline[]): ListItemNode => ({
  type: 'listItem',
  content: [p(...(Array.isArray(parts) ? parts : [parts]))],
});
export const ul = (...items: (Inline | Inline[])[]): RichBlockNode => ({
  type: 'bulletList',
  content: items.map(item),
});
export const quote = (...parts: Inline[]): RichBlockNode => ({ type: 'blockquote', content: [p(...parts)] });
const doc = (content: RichBlockNode[]): RichTextDoc => ({ type: 'doc', content });

export const heading = (value: string, level: 2 | 3 = 2): BlockOf<'heading'> => ({
  id: id(),
  type: 'heading',
  level,
  text: value,
});
export const rich = (...content: RichBlockNode[]): BlockOf<'richText'> => ({
  id: id(),
  type: 'richText',
  doc: doc(content),
});
export const callout = (
  variant: BlockOf<'callout'>['variant'],
  title: string,
  ...content: RichBlockNode[]
): BlockOf<'callout'> => ({ id: id(), type: 'callout', variant, title, doc: doc(content) });
export const divider = (style: 'line' | 'space' = 'line'): BlockOf<'divider'> => ({ id: id(), type: 'divider', style });

/** Accordion sections or tabs: `[title, ...content]` each. */
const panels = (items: [string, ...RichBlockNode[]][]) =>
  items.map(([title, ...content]) => ({ id: id(), title, doc: doc(content) }));
export const accordion = (...items: [string, ...RichBlockNode[]][]): BlockOf<'accordion'> => ({
  id: id(),
  type: 'accordion',
  items: panels(items),
});
export const tabs = (...items: [string, ...RichBlockNode[]][]): BlockOf<'tabs'> => ({
  id: id(),
  type: 'tabs',
  items: panels(items),
});
/** Flip cards: `[front, back]` each. */
export const flipCards = (...cards: [string, string][]): BlockOf<'flipCards'> => ({
  id: id(),
  type: 'flipCards',
  cards: cards.map(([front, back]) => ({ id: id(), front, back })),
});

export const image = (assetId: string | null, alt: string, caption: string): BlockOf<'image'> => ({
  id: id(),
  type: 'image',
  assetId,
  alt,
  decorative: false,
  caption,
});

export const video = (assetId: string | null, title: string, captionsId: string | null): BlockOf<'video'> => ({
  id: id(),
  type: 'video',
  assetId,
  title,
  captions: captionsId ? [{ assetId: captionsId, language: 'en', label: 'English' }] : [],
});

export const audio = (assetId: string | null, title: string, transcript: string): BlockOf<'audio'> => ({
  id: id(),
  type: 'audio',
  assetId,
  title,
  transcript,
});

const feedbackOf = (correct: string, incorrect: string) => ({ correct, incorrect });
const common = (prompt: string, correct: string, incorrect: string, points = 1) => ({
  prompt,
  feedback: feedbackOf(correct, incorrect),
  points,
  maxAttempts: 0,
});

const question = (q: Question): BlockOf<'question'> => ({ id: id(), type: 'question', question: q });

/** `choices[correct]` is the right answer. */
export function singleChoice(
  prompt: string,
  choices: string[],
  correct: number,
  fb: [string, string],
): BlockOf<'question'> {
  const list = choices.map((c) => ({ id: id(), text: c }));
  return question({
    kind: 'singleChoice',
    ...common(prompt, ...fb),
    choices: list,
    correctChoiceId: list[correct]?.id ?? list[0]!.id,
  });
}

export function multipleResponse(
  prompt: string,
  choices: [string, boolean][],
  fb: [string, string],
): BlockOf<'question'> {
  const list = choices.map(([c, right]) => ({ id: id(), text: c, right }));
  return question({
    kind: 'multipleResponse',
    ...common(prompt, ...fb),
    choices: list.map(({ id: choiceId, text: t }) => ({ id: choiceId, text: t })),
    correctChoiceIds: list.filter((c) => c.right).map((c) => c.id),
  });
}

export const trueFalse = (prompt: string, correct: boolean, fb: [string, string]): BlockOf<'question'> =>
  question({ kind: 'trueFalse', ...common(prompt, ...fb), correct });

export const textEntry = (prompt: string, acceptedAnswers: string[], fb: [string, string]): BlockOf<'question'> =>
  question({ kind: 'textEntry', ...common(prompt, ...fb), acceptedAnswers, caseSensitive: false });

export const matching = (prompt: string, pairs: [string, string][], fb: [string, string]): BlockOf<'question'> =>
  question({
    kind: 'matching',
    ...common(prompt, ...fb),
    pairs: pairs.map(([l, r]) => ({ id: id(), prompt: l, match: r })),
  });

export const ordering = (prompt: string, items: string[], fb: [string, string]): BlockOf<'question'> =>
  question({ kind: 'ordering', ...common(prompt, ...fb), items: items.map((t) => ({ id: id(), text: t })) });
