/**
 * Pure checks of a scenario's graph (scenes linked by choices to other scenes or to endings), shared by the
 * design checklist (`blocks/scenario-kind.ts`) and the editor's live "graph check". The start is the first scene.
 * Zod-free and tiny: the player bundles the descriptor that uses it.
 */
export interface GraphScene {
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
  /** An ending no choice leads to. */
  | { kind: 'unused-ending'; endingId: string }
  /** Two scenes or endings share an id (links would be ambiguous). */
  | { kind: 'duplicate-id'; id: string };

/** Scene ids reachable from the start scene (breadth-first over the choices' links). */
export function reachableScenes(g: ScenarioGraph): Set<string> {
  const byId = new Map(g.scenes.map((s) => [s.id, s]));
  const seen = new Set<string>();
  const queue = g.scenes[0] ? [g.scenes[0]] : [];
  if (g.scenes[0]) seen.add(g.scenes[0].id);
  for (let s = queue.shift(); s; s = queue.shift())
    for (const c of s.choices) {
      const next = c.next === null ? undefined : byId.get(c.next);
      if (next && !seen.has(next.id)) {
        seen.add(next.id);
        queue.push(next);
      }
    }
  return seen;
}

/** Scene ids from which some path of choices reaches an ending (a fixpoint over the links). */
export function scenesThatEnd(g: ScenarioGraph): Set<string> {
  const ends = new Set(g.endings.map((e) => e.id));
  const ok = new Set<string>();
  for (let grew = true; grew;) {
    grew = false;
    for (const s of g.scenes)
      if (!ok.has(s.id) && s.choices.some((c) => c.next !== null && (ends.has(c.next) || ok.has(c.next)))) {
        ok.add(s.id);
        grew = true;
      }
  }
  return ok;
}

/** Every problem, in scene order; an empty list means every scene is reachable and every path can end. */
export function scenarioProblems(g: ScenarioGraph): ScenarioProblem[] {
  const out: ScenarioProblem[] = [];
  const ids = [...g.scenes, ...g.endings].map((n) => n.id);
  for (const id of new Set(ids.filter((id, i) => ids.indexOf(id) !== i))) out.push({ kind: 'duplicate-id', id });
  const sceneIds = new Set(g.scenes.map((s) => s.id));
  const endingIds = new Set(g.endings.map((e) => e.id));
  const reach = reachableScenes(g);
  const ending = scenesThatEnd(g);
  const linked = new Set<string>();
  for (const s of g.scenes) {
    if (!reach.has(s.id)) out.push({ kind: 'unreachable', sceneId: s.id });
    let usable = 0;
    s.choices.forEach((c, choice) => {
      if (c.next !== null && (sceneIds.has(c.next) || endingIds.has(c.next))) {
        usable++;
        if (reach.has(s.id)) linked.add(c.next);
      } else out.push({ kind: 'dangling', sceneId: s.id, choice });
    });
    if (usable === 0) out.push({ kind: 'dead-end', sceneId: s.id });
    else if (!ending.has(s.id)) out.push({ kind: 'no-exit', sceneId: s.id });
  }
  for (const e of g.endings) if (!linked.has(e.id)) out.push({ kind: 'unused-ending', endingId: e.id });
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
