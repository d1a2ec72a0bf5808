import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  BLOCK_KINDS,
  blockSchema,
  blockWithNewIds,
  remapBlockAssets,
  scenarioProblems,
  type BlockOf,
} from '../../../shared';
import { SCENARIO_CHOICES, SCENARIO_SCENES } from '../../../shared/core/blocks/scenario-kind';

const kind = BLOCK_KINDS.scenario;
let n = 0;
const newId = () => `00000000-0000-4000-8000-${String(++n).padStart(12, '0')}`;
const make = (): BlockOf<'scenario'> =>
  blockSchema.parse({ id: newId(), ...kind.create(newId) }) as BlockOf<'scenario'>;
const codes = (b: BlockOf<'scenario'>) => kind.guidance(b).map((f) => f.code);

describe('scenario block descriptor', () => {
  it('creates a valid two-scene example with a good and a poor ending and no graph problem', () => {
    const b = make();
    expect(b.scenes).toHaveLength(2);
    expect(b.endings.map((e) => e.outcome)).toEqual(['positive', 'negative']);
    expect(scenarioProblems(b)).toEqual([]);
    expect(codes(b)).toEqual([]);
    expect(kind.engaging).toBe(true);
    expect(kind.wellFormed(b)).toBe(true);
    expect(kind.wellFormed({ ...b, scenes: [] })).toBe(false);
    expect(kind.wellFormed({ ...b, scenes: [{ id: 'x' }] })).toBe(false);
  });

  it('caps scenes and choices so the state stays small', () => {
    const b = make();
    const scene = b.scenes[1]!;
    const many = (count: number) => Array.from({ length: count }, () => ({ ...scene, id: newId() }));
    expect(blockSchema.safeParse({ ...b, scenes: many(SCENARIO_SCENES.max) }).success).toBe(true);
    expect(blockSchema.safeParse({ ...b, scenes: many(SCENARIO_SCENES.max + 1) }).success).toBe(false);
    const choices = (count: number) => Array.from({ length: count }, () => ({ id: newId(), text: 'x', next: null }));
    const withChoices = (count: number) => ({ ...b, scenes: [{ ...scene, choices: choices(count) }] });
    expect(blockSchema.safeParse(withChoices(SCENARIO_CHOICES.max)).success).toBe(true);
    expect(blockSchema.safeParse(withChoices(SCENARIO_CHOICES.max + 1)).success).toBe(false);
    expect(blockSchema.safeParse({ ...b, endings: [] }).success).toBe(false);
    expect(blockSchema.safeParse({ ...b, scenes: [b.scenes[0], b.scenes[0]] }).success).toBe(false);
    // 2 scenes + 2 endings: positions 0..3, plus 4 once an ending was reached.
    expect(kind.stateMax?.(b)).toBe(7);
  });

  it('fresh ids renew every scene, ending and choice and keep the links between them', () => {
    const b = make();
    const copy = blockWithNewIds(b, newId) as BlockOf<'scenario'>;
    const old = new Set([
      b.id,
      ...b.scenes.flatMap((s) => [s.id, ...s.choices.map((c) => c.id)]),
      ...b.endings.map((e) => e.id),
    ]);
    const ids = [
      copy.id,
      ...copy.scenes.flatMap((s) => [s.id, ...s.choices.map((c) => c.id)]),
      ...copy.endings.map((e) => e.id),
    ];
    expect(ids.filter((i) => old.has(i))).toEqual([]);
    expect(scenarioProblems(copy)).toEqual([]);
    // Same shape: choice k of scene i leads to the node at the same position as before.
    const pos = (x: BlockOf<'scenario'>, id: string | null) =>
      [...x.scenes, ...x.endings].findIndex((node) => node.id === id);
    expect(copy.scenes.map((s) => s.choices.map((c) => pos(copy, c.next)))).toEqual(
      b.scenes.map((s) => s.choices.map((c) => pos(b, c.next))),
    );
  });

  it('lists and remaps character images; text holds every line', () => {
    const b = make();
    const img = newId();
    const withImage = {
      ...b,
      scenes: b.scenes.map((s, i) => (i === 0 ? { ...s, character: { ...s.character, imageAssetId: img } } : s)),
    };
    expect(kind.assetIds(withImage)).toEqual([img]);
    const other = newId();
    expect(kind.assetIds(remapBlockAssets(withImage, new Map([[img, other]])) as BlockOf<'scenario'>)).toEqual([other]);
    expect(kind.text(b)).toContain(b.scenes[1]!.line);
    expect(kind.text(b)).toContain(b.endings[0]!.feedback);
    expect(kind.timing(b).readingText).toContain(b.scenes[0]!.choices[0]!.text);
    expect(codes(withImage)).toEqual(['image-missing-alt']);
  });

  it('guidance: endings without feedback, unreachable scenes, paths that never end, links to nowhere', () => {
    const b = make();
    expect(codes({ ...b, endings: b.endings.map((e) => ({ ...e, feedback: ' ' })) })).toEqual([
      'scenario-ending-missing-feedback',
    ]);
    const orphan = { ...b.scenes[1]!, id: newId(), name: 'Orphan' };
    expect(codes({ ...b, scenes: [...b.scenes, orphan] })).toEqual(['scenario-unreachable-scene']);
    // Scene 2 leads back to scene 1 only, and scene 1's other choice is unlinked: a loop without an exit.
    const [s1, s2] = b.scenes as [BlockOf<'scenario'>['scenes'][number], BlockOf<'scenario'>['scenes'][number]];
    const loop = {
      ...b,
      scenes: [
        { ...s1, choices: [s1.choices[0]!, { ...s1.choices[1]!, next: null }] },
        { ...s2, choices: [{ ...s2.choices[0]!, next: s1.id }] },
      ],
    };
    expect(codes(loop)).toEqual(['scenario-never-ends', 'scenario-dangling-link']);
    const message = kind.guidance(loop)[0]!.message('Lesson');
    expect(message).toContain('“Lesson”');
    expect(message).toContain(b.title);
  });

  it('the graph findings agree with the graph check on random link patterns', () => {
    const b = make();
    const [s1, s2] = b.scenes;
    const nodes = [s1!.id, s2!.id, ...b.endings.map((e) => e.id), null, newId()];
    const links = fc.array(fc.constantFrom(...nodes), { maxLength: SCENARIO_CHOICES.max });
    fc.assert(
      fc.property(links, links, (a, c) => {
        const choices = (ls: (string | null)[]) => ls.map((next) => ({ id: newId(), text: 'x', next }));
        const g = {
          ...b,
          scenes: [
            { ...s1!, choices: choices(a) },
            { ...s2!, choices: choices(c) },
          ],
        };
        const kinds = new Set(scenarioProblems(g).map((p) => p.kind));
        const expected = [
          ...(kinds.has('unreachable') ? ['scenario-unreachable-scene'] : []),
          ...(kinds.has('dead-end') || kinds.has('no-exit') ? ['scenario-never-ends'] : []),
          ...(kinds.has('dangling') ? ['scenario-dangling-link'] : []),
        ];
        expect(codes(g)).toEqual(expected);
      }),
      { numRuns: 300 },
    );
  });
});
