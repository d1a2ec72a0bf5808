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
import type { LmsAdapter, LmsLogger, LmsMode, LmsProblem, LmsStartState, ProgressSnapshot } from '../lms/lms-adapter';
import { canAttempt, gradeResponse } from './grading';
import { buildInteractions, objectiveId, type AnswerTiming } from './interactions';
import { computeProgress, unlockedLessonIds, type Progress } from './progress';
import {
  ensureQuiz,
  quizOutcome,
  quizSettingsOf,
  quizQuestionBlocks,
  randomSeed,
  retakeQuizState,
  submitQuizState,
  type QuizOutcome,
} from './quiz';

type PlayerView = { kind: 'lesson'; lessonId: string } | { kind: 'summary' } | { kind: 'cover' };

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
  private readonly ended = new Set<string>();
  private readonly limit: number;
  /** Bumped on each change so components can memoise on it. */
  version = 0;
  /** What the LMS said about recording (browse/review: nothing is recorded). */
  readonly mode: LmsMode;
  /** A problem the learner is told about (commits failing, session lost after a bfcache restore). */
  lmsProblem: LmsProblem | null = null;
  /** The bookmark found at launch (usable: the lesson still exists and is unlocked), for the cover's Resume. */
  readonly resumeLessonId: string | null;
  /** Precise seconds in the current attempt per quiz (the state keeps whole, coarsely saved seconds). */
  private readonly quizClock = new Map<string, number>();

  constructor(
    readonly pkg: CoursePackage,
    private readonly adapter: LmsAdapter,
    start: LmsStartState,
    private readonly log: LmsLogger,
    private readonly now: () => number = Date.now,
    private readonly seed: () => number = randomSeed,
  ) {
    this.mode = start.mode;
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
    this.resumeLessonId = candidates.slice(0, 2).find((id) => id && unlocked.has(id)) ?? null;
    // With a cover page no lesson is visited until the learner presses Start or Resume; the launch is still
    // reported (the LMS sees the attempt begin: incomplete), as without one.
    if (course.settings.cover?.enabled && this.lessons.length > 0) {
      this.view = { kind: 'cover' };
      this.changed();
    } else {
      this.view = { kind: 'lesson', lessonId: first };
      this.markVisited(first);
    }
    adapter.watch((problem) => {
      this.lmsProblem = problem;
      this.version++;
      for (const fn of this.listeners) fn();
    });
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

  /** Checks a knowledge-check answer (instant feedback); returns the new question state, or null when no attempt is left. */
  check(blockId: string, response: QuestionResponse): QuestionState | null {
    const ref = courseQuestions(this.pkg.course).find((q) => q.block.id === blockId);
    if (!ref || ref.graded) return null;
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
    // Re-inserted last: the state's question order is the order of answers (oldest dropped first on overflow).
    const { [blockId]: _old, ...others } = this.state.questions;
    this.state = { ...this.state, questions: { ...others, [blockId]: next } };
    const answeredAt = this.now();
    this.timings.set(blockId, { shownAt: this.shownAt.get(blockId) ?? answeredAt, answeredAt });
    this.changed();
    return next;
  }

  /** The learner state of a block that keeps one (process step, continue pressed…); 0 when none is stored. */
  blockState(blockId: string): number {
    return this.state.blocks?.[blockId] ?? 0;
  }

  /** Stores a block's state (kept for resume in suspend_data); unchanged values are not saved again. */
  setBlockState(blockId: string, value: number): void {
    if (this.blockState(blockId) === value) return;
    this.state = { ...this.state, blocks: { ...this.state.blocks, [blockId]: Math.max(0, Math.floor(value)) } };
    this.changed();
  }

  /** Whether a video/audio block was played to its end in this session (Continue gates; not kept for resume). */
  mediaEnded(blockId: string): boolean {
    return this.ended.has(blockId);
  }

  markMediaEnded(blockId: string): void {
    if (this.ended.has(blockId)) return;
    this.ended.add(blockId);
    this.version++;
    for (const fn of this.listeners) fn();
  }

  private quizLesson(lessonId: string): LessonTree | undefined {
    return this.lessons.find((l) => l.id === lessonId && l.kind === 'quiz');
  }

  quizOutcome(lessonId: string): QuizOutcome | null {
    const lesson = this.quizLesson(lessonId);
    return lesson ? quizOutcome(lesson, this.state, this.pkg.course.settings.passingScore) : null;
  }

  /** Starts attempt 1 of a quiz the first time the learner opens it (the shuffle seed is then saved). */
  openQuiz(lessonId: string): void {
    const lesson = this.quizLesson(lessonId);
    if (!lesson || this.state.quizzes[lessonId]) return;
    this.state = ensureQuiz(this.state, lesson, this.seed);
    this.changed();
  }

  /** Records the answer of a graded question in the current attempt, ungraded until the quiz is submitted. */
  answer(blockId: string, response: QuestionResponse): boolean {
    const ref = courseQuestions(this.pkg.course).find((q) => q.block.id === blockId);
    if (!ref?.graded || this.state.quizzes[ref.lesson.id]?.submitted) return false;
    this.state = ensureQuiz(this.state, ref.lesson, this.seed);
    // A bank question counts only while the current attempt shows it.
    if (ref.pooled && !quizQuestionBlocks(ref.lesson, this.state.quizzes[ref.lesson.id]).includes(ref.block))
      return false;
    const q = ref.block.question;
    // Responses keep the question's own order (the attempt shows choices shuffled).
    const stored: QuestionResponse =
      response.kind === 'textEntry'
        ? { kind: 'textEntry', text: clampTextEntry(response.text) }
        : response.kind === 'multipleResponse' && q.kind === 'multipleResponse'
          ? {
              kind: 'multipleResponse',
              choiceIds: q.choices.filter((c) => response.choiceIds.includes(c.id)).map((c) => c.id),
            }
          : response;
    const { [blockId]: _old, ...others } = this.state.questions;
    this.state = {
      ...this.state,
      questions: { ...others, [blockId]: { attempts: 0, correct: false, response: stored } },
    };
    this.changed();
    return true;
  }

  /** Submits the current attempt: every question is graded on its submitted answer. */
  submitQuiz(lessonId: string): QuizOutcome | null {
    const lesson = this.quizLesson(lessonId);
    if (!lesson || this.state.quizzes[lessonId]?.submitted) return this.quizOutcome(lessonId);
    this.state = submitQuizState(ensureQuiz(this.state, lesson, this.seed), lesson, (b, r) =>
      gradeResponse(b.question, r),
    );
    const at = this.now();
    for (const block of quizQuestionBlocks(lesson, this.state.quizzes[lessonId]))
      this.timings.set(block.id, { shownAt: this.shownAt.get(block.id) ?? at, answeredAt: at });
    this.quizClock.delete(lessonId);
    this.changed();
    return this.quizOutcome(lessonId);
  }

  reviewQuiz(lessonId: string): void {
    const quiz = this.state.quizzes[lessonId];
    if (!quiz?.submitted || quiz.reviewed) return;
    this.state = { ...this.state, quizzes: { ...this.state.quizzes, [lessonId]: { ...quiz, reviewed: true } } };
    this.changed();
  }

  /** Whether "Retake quiz" is offered now (failed, attempts left, reviewed when the author asks for it). */
  canRetake(lessonId: string): boolean {
    const lesson = this.quizLesson(lessonId);
    const outcome = this.quizOutcome(lessonId);
    if (!lesson || !outcome?.canRetake) return false;
    const settings = quizSettingsOf(lesson);
    // Reviewing is possible only when the results show the answers.
    return !(settings.retakeAfterReview && settings.showAnswers) || !!this.state.quizzes[lessonId]?.reviewed;
  }

  /** A new attempt with a new shuffle; false when not allowed. */
  retakeQuiz(lessonId: string): boolean {
    const lesson = this.quizLesson(lessonId);
    if (!lesson || !this.canRetake(lessonId)) return false;
    this.state = retakeQuizState(this.state, lesson, this.seed());
    for (const block of [...quizQuestionBlocks(lesson), ...(lesson.pool ?? [])]) {
      this.timings.delete(block.id);
      this.shownAt.delete(block.id);
    }
    this.changed();
    return true;
  }

  /** Seconds left in a timed attempt (null: no timer, or submitted). */
  timeLeft(lessonId: string): number | null {
    const lesson = this.quizLesson(lessonId);
    const quiz = this.state.quizzes[lessonId];
    const limit = lesson ? quizSettingsOf(lesson).timeLimitMinutes * 60 : 0;
    if (!lesson || limit === 0 || quiz?.submitted) return null;
    return Math.max(0, Math.ceil(limit - (this.quizClock.get(lessonId) ?? quiz?.elapsedS ?? 0)));
  }

  /** Advances a timed attempt's clock while the quiz is on screen; at zero the attempt is submitted. */
  tickQuiz(lessonId: string, seconds: number): void {
    const quiz = this.state.quizzes[lessonId];
    if (!quiz || quiz.submitted || this.timeLeft(lessonId) === null) return;
    const elapsed = (this.quizClock.get(lessonId) ?? quiz.elapsedS) + seconds;
    this.quizClock.set(lessonId, elapsed);
    if (this.timeLeft(lessonId) === 0) {
      this.submitQuiz(lessonId);
      return;
    }
    // Saved every 10 s so a resumed attempt keeps (nearly) its remaining time without a write per second.
    if (Math.floor(elapsed / 10) !== Math.floor(quiz.elapsedS / 10)) {
      const next = { ...quiz, elapsedS: Math.floor(elapsed) };
      this.state = { ...this.state, quizzes: { ...this.state.quizzes, [lessonId]: next } };
      this.changed();
    } else {
      for (const fn of this.listeners) fn();
    }
  }

  private markVisited(lessonId: string): void {
    const quizLesson = this.quizLesson(lessonId);
    // Opening a quiz starts its first attempt (and fixes its shuffle) once.
    if (quizLesson) this.state = ensureQuiz(this.state, quizLesson, this.seed);
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
    const quiz = progress.quiz;
    return {
      suspendData: fitted.data,
      location: this.state.currentLessonId,
      completion: progress.completion,
      success: progress.success,
      // Only a final score: with a mastery score a SCORM 1.2 LMS would otherwise fail a learner who may retake.
      score: quiz?.final ? { raw: quiz.score, min: 0, max: 100 } : null,
      interactions: buildInteractions(course, this.state, this.timings),
      finished: progress.finished,
      hasQuiz: quiz !== null,
      progressMeasure: progress.progressMeasure,
      objectives: (quiz?.quizzes ?? []).map((o) => ({
        id: objectiveId(o.lessonId),
        completion: o.submitted ? 'completed' : 'incomplete',
        success: o.final ? (o.passed ? 'passed' : 'failed') : 'unknown',
        score: o.final ? { raw: o.score, min: 0, max: 100 } : null,
      })),
    };
  }

  private changed(): void {
    this.version++;
    this.state = { ...this.state, saveCount: this.state.saveCount + 1 };
    this.adapter.update(this.snapshot());
    for (const fn of this.listeners) fn();
  }
}
