import type { SchemaKit, Zod } from '../../model/schema-kit';
import type { BlockOf } from '../../model/blocks';
import type { BlockFinding, BlockKindDescriptor } from '../block-kind';
import { plainKind } from '../block-kind';
import { BLOCK_RUNTIME } from '../block-runtime';
import { reachableScenes, scenesThatEnd, type ScenarioProblem } from '../scenario-graph';

/**
 * Scenario: a branching conversation. Each scene has a character (name, optional image) saying a line and up to
 * four choices, each leading to another scene or to an ending (title, feedback, outcome). The first scene is the
 * start. Links are plain ids and may dangle while the author edits: the graph check and the checklist say so, and
 * the player leaves such a choice out. Sizes are capped so the learner's position fits suspend_data (`stateMax`).
 */
export const SCENARIO_SCENES = { min: 1, max: 30 } as const;
export const SCENARIO_CHOICES = { min: 0, max: 4 } as const;
export const SCENARIO_ENDINGS = { min: 1, max: 10 } as const;
export const SCENARIO_OUTCOMES = ['positive', 'neutral', 'negative'] as const;

export const scenarioSchemas = {
  scenario: (z: Zod, k: SchemaKit) =>
    z.object({
      id: k.id,
      type: z.literal('scenario'),
      title: z.string().trim().min(1).max(200),
      scenes: z
        .array(
          z.object({
            id: k.id,
            /** The author's name for the scene (the graph's node label); learners do not see it. */
            name: z.string().trim().min(1).max(100),
            character: z.object({ name: z.string().max(100), imageAssetId: k.assetRef, alt: k.shortText.default('') }),
            line: z.string().max(2000),
            choices: z
              .array(z.object({ id: k.id, text: z.string().trim().min(1).max(300), next: k.id.nullable() }))
              .max(SCENARIO_CHOICES.max)
              .refine(k.uniqueIds, 'Choices need distinct ids'),
          }),
        )
        .min(SCENARIO_SCENES.min)
        .max(SCENARIO_SCENES.max)
        .refine(k.uniqueIds, 'Scenes need distinct ids'),
      endings: z
        .array(
          z.object({
            id: k.id,
            title: z.string().trim().min(1).max(200),
            feedback: z.string().max(2000),
            outcome: z.enum(SCENARIO_OUTCOMES),
          }),
        )
        .min(SCENARIO_ENDINGS.min)
        .max(SCENARIO_ENDINGS.max)
        .refine(k.uniqueIds, 'Endings need distinct ids'),
    }),
};

type Scenario = BlockOf<'scenario'>;

/** One sentence per graph problem, naming scenes and endings as the author named them. */
export function describeProblem(b: Scenario, p: ScenarioProblem): string {
  const scene = (id: string) => `“${b.scenes.find((s) => s.id === id)?.name ?? '?'}”`;
  switch (p.kind) {
    case 'unreachable':
      return `Scene ${scene(p.sceneId)} cannot be reached from the start.`;
    case 'dangling':
      return `Choice ${p.choice + 1} of scene ${scene(p.sceneId)} leads nowhere.`;
    case 'dead-end':
      return `Scene ${scene(p.sceneId)} has no choice that leads on: the conversation stops without an ending.`;
    case 'no-exit':
      return `Every path from scene ${scene(p.sceneId)} goes round in a loop and never reaches an ending.`;
    case 'unused-ending':
      return `No choice leads to the ending “${b.endings.find((e) => e.id === p.endingId)?.title ?? '?'}”.`;
  }
}

/** Checklist findings; the graph ones agree with `scenarioProblems` (tested) without bundling it in the player. */
function guidance(b: Scenario): BlockFinding[] {
  const nodes = new Set([...b.scenes, ...b.endings].map((n) => n.id));
  const reach = reachableScenes(b);
  const ends = scenesThatEnd(b);
  const f = (ok: boolean, code: BlockFinding['code'], what: string): BlockFinding[] =>
    ok ? [] : [{ code, severity: 'warning', message: (l) => `The scenario “${b.title}” in “${l}” ${what}.` }];
  return [
    ...f(
      b.scenes.every((s) => reach.has(s.id)),
      'scenario-unreachable-scene',
      'has scenes that cannot be reached',
    ),
    ...f(
      b.scenes.every((s) => ends.has(s.id)),
      'scenario-never-ends',
      'has paths that never end',
    ),
    ...f(
      b.scenes.every((s) => s.choices.every((c) => nodes.has(c.next!))),
      'scenario-dangling-link',
      'has choices that lead nowhere',
    ),
    ...f(
      b.endings.every((e) => e.feedback.trim()),
      'scenario-ending-missing-feedback',
      'has endings without feedback',
    ),
    ...f(
      b.scenes.every((s) => !s.character.imageAssetId || s.character.alt.trim()),
      'image-missing-alt',
      'has a character image without alt text',
    ),
  ];
}

const lines = (b: Scenario) => [
  ...b.scenes.flatMap((s) => [s.character.name, s.line, ...s.choices.map((c) => c.text)]),
  ...b.endings.flatMap((e) => [e.title, e.feedback]),
];

export const scenarioKinds: { scenario: BlockKindDescriptor<'scenario'> } = {
  scenario: {
    ...plainKind,
    ...BLOCK_RUNTIME.scenario,
    kind: 'scenario',
    label: 'Scenario',
    hint: 'Branching conversation',
    icon: 'messages-square',
    engaging: true,
    create: (newId) => {
      const [s1, s2, good, poor] = [newId(), newId(), newId(), newId()];
      const character = { name: 'Alex', imageAssetId: null, alt: '' };
      return {
        type: 'scenario',
        title: 'A conversation',
        scenes: [
          {
            id: s1,
            name: 'Opening',
            character,
            line: 'Hi, can you help me?',
            choices: [
              { id: newId(), text: 'Of course.', next: s2 },
              { id: newId(), text: 'Not now.', next: poor },
            ],
          },
          {
            id: s2,
            name: 'Question',
            character,
            line: 'Where do I hand in my work?',
            choices: [{ id: newId(), text: 'I will show you.', next: good }],
          },
        ],
        endings: [
          { id: good, title: 'Helped', feedback: 'You helped.', outcome: 'positive' },
          { id: poor, title: 'Stuck', feedback: 'Alex is left alone.', outcome: 'negative' },
        ],
      };
    },
    freshIds: (b, newId) => {
      const map = new Map([...b.scenes, ...b.endings].map((n) => [n.id, newId()]));
      const to = (id: string) => map.get(id) ?? id;
      return {
        ...b,
        scenes: b.scenes.map((s) => ({
          ...s,
          id: to(s.id),
          choices: s.choices.map((c) => ({ ...c, id: newId(), next: c.next === null ? null : to(c.next) })),
        })),
        endings: b.endings.map((e) => ({ ...e, id: to(e.id) })),
      };
    },
    text: (b) => [b.title, ...lines(b), ...b.scenes.map((s) => s.character.alt)].join('\n').trim(),
    timing: (b) => ({ readingText: lines(b).join('\n') }),
    assetIds: (b) => b.scenes.flatMap((s) => (s.character.imageAssetId ? [s.character.imageAssetId] : [])),
    remapAssets: (b, to) => ({
      ...b,
      scenes: b.scenes.map((s) =>
        s.character.imageAssetId
          ? { ...s, character: { ...s.character, imageAssetId: to(s.character.imageAssetId) } }
          : s,
      ),
    }),
    guidance,
  },
};
