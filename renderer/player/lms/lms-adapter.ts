import type { InteractionType } from '../../../shared/scorm/constants';

/**
 * The one interface between the player and wherever progress is stored (a SCORM 1.2 or 2004 LMS,
 * or localStorage). The player reports version-neutral snapshots; each adapter maps them to its
 * standard's data model, call order and value formats.
 */
export type LmsKind = 'scorm12' | 'scorm2004' | 'standalone' | 'cmi5' | 'xapi';

export type CompletionStatus = 'incomplete' | 'completed';
export type SuccessStatus = 'unknown' | 'passed' | 'failed';

/** Structured learner response; adapters format it per standard (1.2 `a,b`; 2004 `a[,]b`). */
export type { InteractionResponse } from '../../../shared/core/questions/question-kind';
import type { InteractionResponse, InteractionTexts } from '../../../shared/core/questions/question-kind';

export interface InteractionRecord {
  /** Stable and unique within the package, e.g. `q-3f2a9c1b`. */
  id: string;
  type: InteractionType;
  /** The question prompt (plain text; adapters truncate to the standard's limit). */
  description: string;
  response: InteractionResponse;
  /** null when the question has no correct answer (surveys). */
  correctResponse: InteractionResponse | null;
  correct: boolean;
  /** `neutral` for surveys: reported instead of correct / wrong. */
  result?: 'neutral';
  /** The author's option texts (xAPI interaction components). */
  texts?: InteractionTexts;
  /** Points the question is worth. */
  weighting: number;
  /** When the learner checked the answer (epoch ms). */
  answeredAt: number;
  /** Time from first showing the question to checking the answer. */
  latencyMs: number;
}

/** One objective per graded quiz (SCORM 2004 cmi.objectives; other adapters ignore it). */
export interface ObjectiveRecord {
  /** Stable across sessions, e.g. `quiz-3f2a9c1b`. */
  id: string;
  completion: CompletionStatus;
  /** "failed" only once no attempt remains. */
  success: SuccessStatus;
  /** Only once the quiz result is final. */
  score: { raw: number; min: number; max: number } | null;
}

export interface ProgressSnapshot {
  /** Suspend data produced by `encodeSuspendData` (adapters may shrink it to fit, see `fitSuspendData`). */
  suspendData: string;
  /** The current lesson id: the bookmark. */
  location: string | null;
  completion: CompletionStatus;
  success: SuccessStatus;
  /** Only present once a graded quiz was submitted (no placeholder score). Percentages 0–100. */
  score: { raw: number; min: number; max: number } | null;
  /** One record per graded question the learner has answered. */
  interactions: InteractionRecord[];
  /** True when the completion rule is met (or the last quiz attempt failed): exit becomes normal instead of suspend. */
  finished: boolean;
  /** Whether the course has a graded quiz (SCORM 1.2 reports "passed" for a finished course without one). */
  hasQuiz: boolean;
  /** 0–1 toward completion (SCORM 2004 cmi.progress_measure). */
  progressMeasure: number;
  objectives: ObjectiveRecord[];
}

/** normal: record; browse/review (cmi.mode / cmi.core.lesson_mode): show, record nothing as an attempt. */
export type LmsMode = 'normal' | 'browse' | 'review';

/** Problems the learner is told about (calmly); null when all is well again. */
export type LmsProblem = 'commit-failing' | 'disconnected';

/** What the LMS remembered when the session started. */
export interface LmsStartState {
  /** False when the LMS refused Initialize (the session then records nothing). */
  connected: boolean;
  /** True when the LMS says this is a resumed attempt (`cmi.entry` / `cmi.core.entry` = resume), or the standalone store has state. */
  resumed: boolean;
  suspendData: string | null;
  location: string | null;
  learnerName: string | null;
  /** LMS-side status at start, so the player can show it and adapters never downgrade it. */
  completion: CompletionStatus | 'unknown';
  success: SuccessStatus;
  mode: LmsMode;
}

export interface LmsAdapter {
  readonly kind: LmsKind;
  /** Shown discreetly when no LMS was found although the package targets one. */
  readonly notice: string | null;
  /** Initializes the session (exactly once) and reads the resume data. */
  start(): LmsStartState;
  /** Records new progress; commits are debounced and retried with backoff until one succeeds. */
  update(snapshot: ProgressSnapshot): void;
  /** Commits now (page hidden). */
  flush(): void;
  /** Ends the session: session time, exit, commit, Terminate/LMSFinish. Idempotent; nothing is sent afterwards. */
  finish(): void;
  /**
   * After a back/forward-cache restore: starts a new session and re-sends the last state; false when the
   * LMS refuses (the learner must then reopen the course).
   */
  reconnect(): boolean;
  /** Reports problems the learner should know about, and null once they are over. */
  watch(fn: (problem: LmsProblem | null) => void): void;
}

/** Minimal logger so tests can assert what was dropped or failed. */
export interface LmsLogger {
  warn(message: string, detail?: unknown): void;
}
