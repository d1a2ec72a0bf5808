/**
 * Pure checks of a scenario's graph (scenes linked by choices to other scenes or to endings), shared by the
 * design checklist (`blocks/scenario-kind.ts`) and the editor's live "graph check". The start is the first scene.
 * Zod-free and tiny: the player bundles the descriptor that uses it.
 */
interface GraphScene {
  id: string;
  choices: readonly { next: string | null }[];
}
export interface ScenarioGraph {
  scenes: readonly GraphScene[];
  endings: readonly { id: string }[];
}

export type ScenarioProblem =
  /** Not reachable from the start scene. */
  | { kind: 'unreachable'; sceneId: string }
  /** A choice that leads nowhere (not linked, or to a scene or ending that no longer exists). */
  | { kind: 'dangling'; sceneId: string; choice: number }
  /** A scene with no usable choice: the conversation stops without an ending. */
  | { kind: 'dead-end'; sceneId: string }
  /** Choices exist but every path from here loops without reaching an ending (a cycle without an exit). */
  | { kind: 'no-exit'; sceneId: string }
  /** An ending no choice of a reachable scene leads to. */
  | { kind: 'unused-ending'; endingId: string };

/** Scene ids reachable from the start scene (a Set's iteration visits what is added during it: a BFS). */
export function reachableScenes(g: ScenarioGraph): Set<string> {
  const seen = new Set(g.scenes.slice(0, 1).map((s) => s.id));
  for (const id of seen)
    for (const c of g.scenes.find((s) => s.id === id)?.choices ?? [])
      if (g.scenes.some((s) => s.id === c.next)) seen.add(c.next!);
  return seen;
}

/** Ids of the endings and of the scenes from which some path of choices reaches an ending (a fixpoint). */
export function scenesThatEnd(g: ScenarioGraph): Set<string> {
  const ok = new Set(g.endings.map((e) => e.id));
  for (let size = -1; size < ok.size;) {
    size = ok.size;
    for (const s of g.scenes) if (s.choices.some((c) => ok.has(c.next!))) ok.add(s.id);
  }
  return ok;
}

/** Every problem, in scene order; an empty list means every scene is reachable and every path can end. */
export function scenarioProblems(g: ScenarioGraph): ScenarioProblem[] {
  const out: ScenarioProblem[] = [];
  const nodes = new Set([...g.scenes, ...g.endings].map((n) => n.id));
  const reach = reachableScenes(g);
  const ends = scenesThatEnd(g);
  const linked = new Set<string | null>();
  for (const { id: sceneId, choices } of g.scenes) {
    if (!reach.has(sceneId)) out.push({ kind: 'unreachable', sceneId });
    choices.forEach((c, choice) => {
      if (!nodes.has(c.next!)) out.push({ kind: 'dangling', sceneId, choice });
      else if (reach.has(sceneId)) linked.add(c.next);
    });
    if (!choices.some((c) => nodes.has(c.next!))) out.push({ kind: 'dead-end', sceneId });
    else if (!ends.has(sceneId)) out.push({ kind: 'no-exit', sceneId });
  }
  for (const { id } of g.endings) if (!linked.has(id)) out.push({ kind: 'unused-ending', endingId: id });
  return out;
}

/** The graph with every link to `id` cut (the scene or ending is being deleted). */
export function unlinkNode<S extends { choices: readonly { next: string | null }[] }>(
  scenes: readonly S[],
  id: string,
): S[] {
  return scenes.map((s) =>
    s.choices.some((c) => c.next === id)
      ? { ...s, choices: s.choices.map((c) => (c.next === id ? { ...c, next: null } : c)) }
      : s,
  );
}
