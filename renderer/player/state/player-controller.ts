import type { CoursePackage } from '../../../shared/package/course-package';
import { fitSuspendData } from '../../../shared/scorm/fit-suspend-data';
import { clampTextEntry, decodeSuspendData, SUSPEND_DATA_LIMITS } from '../../../shared/scorm/suspend-data';
import {
  courseLessons,
  courseQuestions,
  emptyLearnerState,
  MAX_STORED_ATTEMPTS,
  type LearnerState,
  type QuestionResponse,
  type QuestionState,
} from '../../../shared/scorm/learner-state';
import type { LessonTree } from '../../../shared/model/course';
import type { LmsAdapter, LmsLogger, LmsStartState, ProgressSnapshot } from '../lms/lms-adapter';
import { canAttempt, gradeResponse } from './grading';
import { buildInteractions, type AnswerTiming } from './interactions';
import { computeProgress, unlockedLessonIds, type Progress } from './progress';

export type PlayerView = { kind: 'lesson'; lessonId: string } | { kind: 'summary' };

/**
 * The learner's session: state transitions (navigate, answer) and reporting to the LMS adapter.
 * UI components subscribe and re-render; nothing here touches the DOM.
 */
export class PlayerController {
  state: LearnerState;
  view: PlayerView;
  readonly lessons: LessonTree[];
  private readonly timings = new Map<string, AnswerTiming>();
  private readonly shownAt = new Map<string, number>();
  private readonly listeners = new Set<() => void>();
  private readonly limit: number;
  /** Bumped on each change so components can memoise on it. */
  version = 0;

  constructor(
    readonly pkg: CoursePackage,
    private readonly adapter: LmsAdapter,
    start: LmsStartState,
    private readonly log: LmsLogger,
    private readonly now: () => number = Date.now,
  ) {
    const course = pkg.course;
    this.lessons = courseLessons(course);
    this.limit = SUSPEND_DATA_LIMITS[pkg.target];
    const restored = start.suspendData ? decodeSuspendData(start.suspendData, course) : null;
    if (start.suspendData && !restored)
      log.warn('stored progress is from another version of this course; starting over');
    this.state = restored ?? emptyLearnerState();
    const unlocked = unlockedLessonIds(course, this.state);
    const candidates = [start.location, this.state.currentLessonId, this.lessons[0]?.id];
    const first = candidates.find((id) => id && unlocked.has(id)) ?? this.lessons[0]?.id ?? '';
    this.view = { kind: 'lesson', lessonId: first };
    this.markVisited(first);
  }

  subscribe(fn: () => void): () => void {
    this.listeners.add(fn);
    return () => this.listeners.delete(fn);
  }

  get progress(): Progress {
    return computeProgress(this.pkg.course, this.state);
  }

  get unlocked(): Set<string> {
    return unlockedLessonIds(this.pkg.course, this.state);
  }

  goTo(lessonId: string): boolean {
    if (!this.lessons.some((l) => l.id === lessonId) || !this.unlocked.has(lessonId)) return false;
    this.view = { kind: 'lesson', lessonId };
    this.markVisited(lessonId);
    return true;
  }

  showSummary(): void {
    this.view = { kind: 'summary' };
    this.changed();
  }

  /** Records when a question was first shown (for interaction latency). */
  questionShown(blockId: string): void {
    if (!this.shownAt.has(blockId)) this.shownAt.set(blockId, this.now());
  }

  /** Checks an answer; returns the new question state, or null when no attempt is left. */
  check(blockId: string, response: QuestionResponse): QuestionState | null {
    const ref = courseQuestions(this.pkg.course).find((q) => q.block.id === blockId);
    if (!ref) return null;
    const q = ref.block.question;
    const prev = this.state.questions[blockId];
    if (!canAttempt(q, prev)) return null;
    const stored: QuestionResponse =
      response.kind === 'textEntry' ? { kind: 'textEntry', text: clampTextEntry(response.text) } : response;
    const next: QuestionState = {
      attempts: Math.min(MAX_STORED_ATTEMPTS, (prev?.attempts ?? 0) + 1),
      correct: gradeResponse(q, stored),
      response: stored,
    };
    this.state = { ...this.state, questions: { ...this.state.questions, [blockId]: next } };
    const answeredAt = this.now();
    this.timings.set(blockId, { shownAt: this.shownAt.get(blockId) ?? answeredAt, answeredAt });
    this.changed();
    return next;
  }

  private markVisited(lessonId: string): void {
    const visited = this.state.visitedLessonIds.includes(lessonId);
    const order = this.lessons.map((l) => l.id);
    this.state = {
      ...this.state,
      currentLessonId: lessonId,
      visitedLessonIds: visited
        ? this.state.visitedLessonIds
        : order.filter((id) => id === lessonId || this.state.visitedLessonIds.includes(id)),
    };
    this.changed();
  }

  /** The snapshot the adapter reports (exposed for tests and the preview panel). */
  snapshot(): ProgressSnapshot {
    const course = this.pkg.course;
    const progress = this.progress;
    const fitted = fitSuspendData(this.state, course, this.limit);
    if (fitted.dropped.length)
      this.log.warn(`suspend_data over ${this.limit} characters: left out ${fitted.dropped.join(', ')}`);
    return {
      suspendData: fitted.data,
      location: this.state.currentLessonId,
      completion: progress.completion,
      success: progress.success,
      score: progress.quiz?.submitted ? { raw: progress.quiz.score, min: 0, max: 100 } : null,
      interactions: buildInteractions(course, this.state, this.timings),
      finished: progress.finished,
    };
  }

  private changed(): void {
    this.version++;
    this.adapter.update(this.snapshot());
    for (const fn of this.listeners) fn();
  }
}
