import type { InteractionRecord, ProgressSnapshot } from '../../renderer/player/lms/lms-adapter';
import type { StorageLike } from '../../renderer/player/lms/scorm-session';

export const T0 = Date.UTC(2026, 0, 31, 9, 0, 0);

export function snapshot(over: Partial<ProgressSnapshot> = {}): ProgressSnapshot {
  return {
    suspendData: '1~abc~0~B~',
    location: '11111111-1111-4111-8111-111111111111',
    completion: 'incomplete',
    success: 'unknown',
    score: null,
    interactions: [],
    finished: false,
    hasQuiz: false,
    progressMeasure: 0,
    objectives: [],
    ...over,
  };
}

export function choiceInteraction(over: Partial<InteractionRecord> = {}): InteractionRecord {
  return {
    id: 'q-3f2a9c1b',
    type: 'choice',
    description: 'Which of these is asynchronous?',
    response: { type: 'choice', choices: [1] },
    correctResponse: { type: 'choice', choices: [1] },
    correct: true,
    weighting: 1,
    answeredAt: T0 + 65_000,
    latencyMs: 12_340,
    ...over,
  };
}

export function memoryStorage(): StorageLike & { map: Map<string, string> } {
  const map = new Map<string, string>();
  return {
    map,
    getItem: (k) => map.get(k) ?? null,
    setItem: (k, v) => void map.set(k, v),
    removeItem: (k) => void map.delete(k),
  };
}

export const silentLogger = () => {
  const warnings: string[] = [];
  return { warnings, warn: (m: string) => void warnings.push(m) };
};
