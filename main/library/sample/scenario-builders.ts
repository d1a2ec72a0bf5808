import { randomUUID } from 'node:crypto';
import type { BlockOf } from '../../../shared';

/** Builder of the sample course's scenario block (fresh ids on every call; links by the names given here). */

type Outcome = BlockOf<'scenario'>['endings'][number]['outcome'];

interface SampleScene {
  key: string;
  name: string;
  line: string;
  /** Response text and the key of the scene or ending it leads to. */
  choices: [text: string, next: string][];
}
interface SampleEnding {
  key: string;
  title: string;
  feedback: string;
  outcome: Outcome;
}

export function scenario(
  title: string,
  character: string,
  scenes: SampleScene[],
  endings: SampleEnding[],
): BlockOf<'scenario'> {
  const ids = new Map([...scenes, ...endings].map((n) => [n.key, randomUUID()]));
  const idOf = (key: string): string => {
    const id = ids.get(key);
    if (!id) throw new Error(`Sample scenario: unknown scene or ending "${key}"`);
    return id;
  };
  return {
    id: randomUUID(),
    type: 'scenario',
    title,
    scenes: scenes.map((s) => ({
      id: idOf(s.key),
      name: s.name,
      character: { name: character, imageAssetId: null, alt: '' },
      line: s.line,
      choices: s.choices.map(([text, next]) => ({ id: randomUUID(), text, next: idOf(next) })),
    })),
    endings: endings.map((e) => ({ id: idOf(e.key), title: e.title, feedback: e.feedback, outcome: e.outcome })),
  };
}
