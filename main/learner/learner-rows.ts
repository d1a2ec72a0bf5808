import type { AttemptLaunch, AttemptStatus, PlayableItem, PlayableKind } from '../../shared';
import type { LaunchableSco, ScormVersion } from '../scorm-import/manifest-types';

/** Attempt rows as stored, and their mapping to the contract's shapes (kept apart from the service's logic). */
export interface ItemRef {
  readonly kind: PlayableKind;
  readonly itemId: string;
}

export interface AttemptRow {
  id: string;
  learner_id: string;
  package_id: string | null;
  course_id: string | null;
  number: number;
  format: ScormVersion;
  status: AttemptStatus;
  score_scaled: number | null;
  score_raw: number | null;
  total_time_ms: number;
  started_at: string;
  last_opened_at: string;
  finished_at: string | null;
}

export interface ItemInfo {
  readonly title: string;
  readonly format: ScormVersion;
  readonly scos: readonly LaunchableSco[];
}

export const refOf = (a: AttemptRow): ItemRef =>
  a.package_id ? { kind: 'package', itemId: a.package_id } : { kind: 'course', itemId: a.course_id ?? '' };

export function toPlayable(
  kind: PlayableKind,
  id: string,
  title: string,
  format: ScormVersion,
  attempt: AttemptRow | undefined,
): PlayableItem {
  return {
    kind,
    id,
    title,
    format,
    attemptId: attempt?.id ?? null,
    attemptNumber: attempt?.number ?? 0,
    status: attempt?.status ?? 'not attempted',
    scoreScaled: attempt?.score_scaled ?? null,
    totalTimeMs: attempt?.total_time_ms ?? 0,
    lastOpenedAt: attempt?.last_opened_at ?? null,
  };
}

export function launchOf(attempt: AttemptRow, ref: ItemRef, info: ItemInfo, mode: 'normal' | 'review'): AttemptLaunch {
  return {
    attemptId: attempt.id,
    learnerId: attempt.learner_id,
    kind: ref.kind,
    itemId: ref.itemId,
    title: info.title,
    format: info.format,
    number: attempt.number,
    mode,
    scos: info.scos.map((s) => ({
      id: s.itemId,
      title: s.title,
      launchUrl: s.launchUrl,
      depth: s.depth,
      scormType: s.scormType,
    })),
  };
}
