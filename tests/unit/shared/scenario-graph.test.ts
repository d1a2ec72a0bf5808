import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  reachableScenes,
  scenarioProblems,
  scenesThatEnd,
  unlinkNode,
  type ScenarioGraph,
} from '../../../shared/core/scenario-graph';

/** Random graphs: up to 8 scenes, up to 3 endings, up to 4 choices each linking to a node, nothing, or a stale id. */
const graphArb: fc.Arbitrary<ScenarioGraph> = fc
  .record({ scenes: fc.integer({ min: 1, max: 8 }), endings: fc.integer({ min: 1, max: 3 }) })
  .chain(({ scenes, endings }) => {
    const nodes = [
      ...Array.from({ length: scenes }, (_, i) => `s${i}`),
      ...Array.from({ length: endings }, (_, i) => `e${i}`),
    ];
    const next = fc.oneof(
      { weight: 8, arbitrary: fc.constantFrom(...nodes) },
      { weight: 1, arbitrary: fc.constant(null) },
      { weight: 1, arbitrary: fc.constant('gone') },
    );
    return fc.record({
      scenes: fc.tuple(
        ...Array.from({ length: scenes }, (_, i) =>
          fc.array(next, { maxLength: 4 }).map((ns) => ({ id: `s${i}`, choices: ns.map((n) => ({ next: n })) })),
        ),
      ),
      endings: fc.constant(Array.from({ length: endings }, (_, i) => ({ id: `e${i}` }))),
    });
  });

/** Brute force: adjacency matrix, closure by repeated relaxation until nothing changes. */
function closure(g: ScenarioGraph): boolean[][] {
  const nodes = [...g.scenes.map((s) => s.id), ...g.endings.map((e) => e.id)];
  const reach = nodes.map((a) =>
    nodes.map((b) => a === b || !!g.scenes.find((s) => s.id === a)?.choices.some((c) => c.next === b)),
  );
  for (let k = 0; k < nodes.length; k++)
    for (let i = 0; i < nodes.length; i++)
      for (let j = 0; j < nodes.length; j++) if (reach[i]![k] && reach[k]![j]) reach[i]![j] = true;
  return reach;
}

describe('scenario graph checks', () => {
  it('reachability agrees with a brute-force transitive closure from the start scene', () => {
    fc.assert(
      fc.property(graphArb, (g) => {
        const reach = closure(g);
        const expected = g.scenes.filter((_, i) => reach[0]![i]).map((s) => s.id);
        expect([...reachableScenes(g)].sort()).toEqual(expected.sort());
      }),
      { numRuns: 300 },
    );
  });

  it('a scene "ends" exactly when some ending is reachable from it', () => {
    fc.assert(
      fc.property(graphArb, (g) => {
        const reach = closure(g);
        const n = g.scenes.length;
        const expected = g.scenes.filter((_, i) => g.endings.some((_, j) => reach[i]![n + j])).map((s) => s.id);
        const sceneIds = new Set(g.scenes.map((s) => s.id));
        expect([...scenesThatEnd(g)].filter((id) => sceneIds.has(id)).sort()).toEqual(expected.sort());
      }),
      { numRuns: 300 },
    );
  });

  it('reports no problem exactly when every scene is reachable, every link resolves, every scene can end and every ending is used', () => {
    fc.assert(
      fc.property(graphArb, (g) => {
        const reach = closure(g);
        const n = g.scenes.length;
        const linksOk = g.scenes.every((s) => s.choices.every((c) => c.next !== null && c.next !== 'gone'));
        const allReachable = g.scenes.every((_, i) => reach[0]![i]);
        const allEnd = g.scenes.every((_, i) => g.endings.some((_, j) => reach[i]![n + j]));
        const endingsUsed = g.endings.every((_, j) => reach[0]![n + j]);
        expect(scenarioProblems(g).length === 0).toBe(linksOk && allReachable && allEnd && endingsUsed);
      }),
      { numRuns: 300 },
    );
  });

  it('names each kind of problem', () => {
    const g: ScenarioGraph = {
      scenes: [
        { id: 'a', choices: [{ next: 'b' }, { next: null }] },
        { id: 'b', choices: [{ next: 'c' }] },
        { id: 'c', choices: [{ next: 'b' }] },
        { id: 'd', choices: [] },
      ],
      endings: [{ id: 'end' }],
    };
    expect(scenarioProblems(g)).toEqual([
      { kind: 'dangling', sceneId: 'a', choice: 1 },
      { kind: 'no-exit', sceneId: 'a' },
      { kind: 'no-exit', sceneId: 'b' },
      { kind: 'no-exit', sceneId: 'c' },
      { kind: 'unreachable', sceneId: 'd' },
      { kind: 'dead-end', sceneId: 'd' },
      { kind: 'unused-ending', endingId: 'end' },
    ]);
    // A loop with an exit is fine.
    const retry: ScenarioGraph = {
      scenes: [{ id: 'a', choices: [{ next: 'a' }, { next: 'end' }] }],
      endings: [{ id: 'end' }],
    };
    expect(scenarioProblems(retry)).toEqual([]);
  });

  it('unlinking a deleted node leaves every other link alone', () => {
    const scenes = [
      { id: 'a', choices: [{ next: 'b' }, { next: 'end' }] },
      { id: 'b', choices: [{ next: 'end' }] },
    ];
    expect(unlinkNode(scenes, 'end')).toEqual([
      { id: 'a', choices: [{ next: 'b' }, { next: null }] },
      { id: 'b', choices: [{ next: null }] },
    ]);
    expect(unlinkNode(scenes, 'x')[0]).toBe(scenes[0]);
  });
});
