import { randomUUID } from 'node:crypto';
import type Database from 'better-sqlite3';
import {
  AppError,
  type AttemptLaunch,
  type CmiLaunch,
  type CmiSaved,
  type CmiTree,
  type Learner,
  type PlayableItem,
  type PlayableKind,
} from '../../shared';
import type { CourseLibrary } from '../library/course-library';
import type { LaunchableSco, ScormVersion } from '../scorm-import/manifest-types';
import type { PackageStore } from '../scorm-import/package-store';
import { rollUpStatus, summarizeCmi, subtree, str } from './cmi-summary';
import { buildLaunchCmi } from './launch-cmi';
import { launchOf, refOf, toPlayable, type AttemptRow, type ItemInfo, type ItemRef } from './learner-rows';

/** Coursewright's own courses play as one SCORM 2004 4th edition SCO (the player's richest adapter). */
const COURSE_FORMAT: ScormVersion = 'scorm2004-4th';
const COURSE_SCO_ID = 'course';

interface CmiRow {
  sco_id: string;
  data: string;
  prior_time_ms: number;
  session_time_ms: number;
}

interface LearnerServiceOptions {
  readonly db: Database.Database;
  readonly library: Pick<CourseLibrary, 'listCourses'>;
  readonly packages: PackageStore;
  readonly now?: () => string;
  /** Runs inside the transaction that saved an attempt's CMI data (records-outbox.ts queues its statements). */
  readonly onAttemptSaved?: (attemptId: string) => void;
}

/**
 * Learner profiles, attempts and their CMI data. Every write is one IMMEDIATE transaction, so a commit from
 * the SCO either lands whole (CMI, interactions and the attempt's rolled-up status/score/time) or not at all.
 */
export class LearnerService {
  private readonly db: Database.Database;
  private readonly now: () => string;
  /** When each open session began (attempt/sco), for SCOs that never report session_time. */
  private readonly sessionStarts = new Map<string, number>();

  constructor(private readonly opts: LearnerServiceOptions) {
    this.db = opts.db;
    this.now = opts.now ?? (() => new Date().toISOString());
  }

  listLearners(): Learner[] {
    const rows = this.db.prepare(`SELECT id, name, created_at FROM learners ORDER BY seq`).all() as Array<{
      id: string;
      name: string;
      created_at: string;
    }>;
    return rows.map((r) => ({ id: r.id, name: r.name, createdAt: r.created_at }));
  }

  createLearner(name: string): Learner {
    const clean = name.trim();
    if (!clean || clean.length > 200 || /[\r\n]/.test(clean)) {
      throw new AppError('VALIDATION', 'A learner name must be one line of 1 to 200 characters.');
    }
    const learner = { id: randomUUID(), name: clean, createdAt: this.now() };
    this.db
      .prepare(`INSERT INTO learners (id, name, created_at) VALUES (?, ?, ?)`)
      .run(learner.id, clean, learner.createdAt);
    return learner;
  }

  /** Removes the learner; their attempts, CMI data and interactions go with them (foreign-key cascade). */
  deleteLearner(learnerId: string): void {
    this.getLearner(learnerId);
    this.db.prepare(`DELETE FROM learners WHERE id = ?`).run(learnerId);
  }

  getLearner(learnerId: string): Learner {
    const row = this.db.prepare(`SELECT id, name, created_at FROM learners WHERE id = ?`).get(learnerId) as
      { id: string; name: string; created_at: string } | undefined;
    if (!row)
      throw new AppError('NOT_FOUND', `No learner with id ${learnerId} exists.`, { kind: 'learner', id: learnerId });
    return { id: row.id, name: row.name, createdAt: row.created_at };
  }

  /** Library courses and imported packages with this learner's latest attempt on each; most recent first. */
  listPlayable(learnerId: string): PlayableItem[] {
    this.getLearner(learnerId);
    const latest = new Map<string, AttemptRow>();
    const rows = this.db
      .prepare(`SELECT * FROM attempts WHERE learner_id = ? ORDER BY number`)
      .all(learnerId) as AttemptRow[];
    for (const r of rows) latest.set(r.package_id ?? r.course_id ?? '', r);
    const items: PlayableItem[] = [
      ...this.opts.library
        .listCourses()
        .map((c) => toPlayable('course', c.id, c.title, COURSE_FORMAT, latest.get(c.id))),
      ...this.opts.packages.list().map((p) => toPlayable('package', p.id, p.title, p.version, latest.get(p.id))),
    ];
    return items.sort(
      (a, b) => (b.lastOpenedAt ?? '').localeCompare(a.lastOpenedAt ?? '') || a.title.localeCompare(b.title),
    );
  }

  /** `start` resumes the latest attempt (or begins the first); `review` opens the latest read-only. */
  startAttempt(input: {
    learnerId: string;
    kind: PlayableKind;
    itemId: string;
    mode?: 'start' | 'review';
  }): AttemptLaunch {
    const info = this.itemInfo(input);
    return this.transaction(() => {
      this.getLearner(input.learnerId);
      const current = this.latestAttempt(input.learnerId, input);
      if (input.mode === 'review') {
        if (!current) throw new AppError('NOT_FOUND', `There is no attempt on "${info.title}" to review yet.`);
        return launchOf(current, input, info, 'review');
      }
      const attempt = current ?? this.insertAttempt(input.learnerId, input, info, 1);
      this.db.prepare(`UPDATE attempts SET last_opened_at = ? WHERE id = ?`).run(this.now(), attempt.id);
      return launchOf(attempt, input, info, 'normal');
    });
  }

  /** Starts a new attempt; earlier attempts stay in the records. */
  resetAttempt(input: { learnerId: string; kind: PlayableKind; itemId: string }): AttemptLaunch {
    const info = this.itemInfo(input);
    return this.transaction(() => {
      this.getLearner(input.learnerId);
      const current = this.latestAttempt(input.learnerId, input);
      return launchOf(
        this.insertAttempt(input.learnerId, input, info, (current?.number ?? 0) + 1),
        input,
        info,
        'normal',
      );
    });
  }

  /**
   * The launch data for one SCO. In normal mode this also closes the SCO's previous session (its last
   * reported session_time joins the accumulated total) because a new session is starting.
   */
  loadCmi(attemptId: string, scoId: string, opts: { review?: boolean } = {}): CmiLaunch {
    return this.transaction(() => {
      const attempt = this.getAttempt(attemptId);
      const info = this.itemInfo(refOf(attempt));
      const sco = info.scos.find((s) => s.itemId === scoId);
      if (!sco) throw new AppError('NOT_FOUND', `"${info.title}" has no SCO with id ${scoId}.`);
      const row = this.cmiRow(attemptId, scoId);
      const total = row ? row.prior_time_ms + row.session_time_ms : 0;
      if (row && !opts.review) {
        this.db
          .prepare(
            `UPDATE cmi SET prior_time_ms = ?, session_time_ms = 0, sessions = sessions + 1 WHERE attempt_id = ? AND sco_id = ?`,
          )
          .run(total, attemptId, scoId);
      }
      if (!opts.review) this.sessionStarts.set(`${attemptId}/${scoId}`, Date.parse(this.now()));
      const learner = this.getLearner(attempt.learner_id);
      return buildLaunchCmi({
        format: attempt.format,
        stored: row ? (JSON.parse(row.data) as CmiTree) : null,
        learner: { id: learner.id, name: learner.name },
        sco: attempt.package_id ? sco : null,
        totalTimeMs: total,
        mode: opts.review ? 'review' : 'normal',
      });
    });
  }

  /** Stores the CMI tree after a Commit/Terminate (or on exit), with its interactions and the attempt's roll-up. */
  saveCmi(attemptId: string, scoId: string, cmi: CmiTree): CmiSaved {
    return this.transaction(() => {
      const attempt = this.getAttempt(attemptId);
      const info = this.itemInfo(refOf(attempt));
      if (!info.scos.some((s) => s.itemId === scoId)) {
        throw new AppError('NOT_FOUND', `"${info.title}" has no SCO with id ${scoId}.`);
      }
      // A review session never changes the record, whatever the page sends.
      const mode = attempt.format === 'scorm12' ? str(subtree(cmi.core).lesson_mode) : str(cmi.mode);
      if (mode === 'review') {
        return {
          saved: false,
          status: attempt.status,
          scoreScaled: attempt.score_scaled,
          totalTimeMs: attempt.total_time_ms,
        };
      }
      const summary = summarizeCmi(attempt.format, cmi);
      const now = this.now();
      const previous = this.cmiRow(attemptId, scoId);
      // Content that never sets session_time (scorm-again then renders zero) is timed by the wall clock.
      const started = this.sessionStarts.get(`${attemptId}/${scoId}`);
      const sessionMs = summary.sessionTimeMs
        ? summary.sessionTimeMs
        : started !== undefined
          ? Math.max(0, Date.parse(now) - started)
          : (previous?.session_time_ms ?? 0);
      this.db
        .prepare(
          `INSERT INTO cmi (attempt_id, sco_id, data, prior_time_ms, session_time_ms, sessions, updated_at)
           VALUES (@attemptId, @scoId, @data, 0, @session, 1, @now)
           ON CONFLICT (attempt_id, sco_id) DO UPDATE SET data = excluded.data,
             session_time_ms = excluded.session_time_ms, updated_at = excluded.updated_at`,
        )
        .run({
          attemptId,
          scoId,
          data: JSON.stringify(cmi),
          session: Math.max(0, Math.round(sessionMs)),
          now,
        });
      this.db.prepare(`DELETE FROM interactions WHERE attempt_id = ? AND sco_id = ?`).run(attemptId, scoId);
      const insert = this.db.prepare(
        `INSERT INTO interactions (attempt_id, sco_id, idx, interaction_id, type, description, learner_response,
           correct_responses, result, weighting, latency, timestamp)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      );
      for (const i of summary.interactions) {
        insert.run(
          attemptId,
          scoId,
          i.index,
          i.id,
          i.type,
          i.description,
          i.learnerResponse,
          JSON.stringify(i.correctResponses),
          i.result,
          i.weighting,
          i.latency,
          i.timestamp,
        );
      }
      return this.rollUp(attempt, info, now);
    });
  }

  private rollUp(attempt: AttemptRow, info: ItemInfo, now: string): CmiSaved {
    const rows = this.db.prepare(`SELECT * FROM cmi WHERE attempt_id = ?`).all(attempt.id) as CmiRow[];
    const byId = new Map(rows.map((r) => [r.sco_id, r]));
    // SCOs that report; assets never talk to the API, so they do not hold the status back.
    const reporting = info.scos.filter((s) => s.scormType === 'sco' || byId.has(s.itemId));
    const summaries = reporting.map((s) => {
      const row = byId.get(s.itemId);
      return row ? summarizeCmi(attempt.format, JSON.parse(row.data) as CmiTree) : null;
    });
    const status = rollUpStatus(summaries.map((s) => s?.status ?? 'not attempted'));
    const scores = summaries.map((s) => s?.scoreScaled).filter((n): n is number => typeof n === 'number');
    const raws = summaries.map((s) => s?.scoreRaw).filter((n): n is number => typeof n === 'number');
    const scoreScaled = scores.length ? scores.reduce((a, b) => a + b, 0) / scores.length : null;
    const scoreRaw = raws.length === 1 ? (raws[0] ?? null) : null;
    const totalTimeMs = rows.reduce((sum, r) => sum + r.prior_time_ms + r.session_time_ms, 0);
    const finished = status === 'passed' || status === 'completed' || status === 'failed';
    this.db
      .prepare(
        `UPDATE attempts SET status = ?, score_scaled = ?, score_raw = ?, total_time_ms = ?, last_opened_at = ?,
           finished_at = CASE WHEN ? THEN coalesce(finished_at, ?) ELSE finished_at END
         WHERE id = ?`,
      )
      .run(status, scoreScaled, scoreRaw, totalTimeMs, now, finished ? 1 : 0, now, attempt.id);
    this.opts.onAttemptSaved?.(attempt.id);
    return { saved: true, status, scoreScaled, totalTimeMs };
  }

  getAttempt(attemptId: string): AttemptRow {
    const row = this.db.prepare(`SELECT * FROM attempts WHERE id = ?`).get(attemptId) as AttemptRow | undefined;
    if (!row)
      throw new AppError('NOT_FOUND', `No attempt with id ${attemptId} exists.`, { kind: 'attempt', id: attemptId });
    return row;
  }

  private cmiRow(attemptId: string, scoId: string): CmiRow | undefined {
    return this.db.prepare(`SELECT * FROM cmi WHERE attempt_id = ? AND sco_id = ?`).get(attemptId, scoId) as
      CmiRow | undefined;
  }

  private latestAttempt(learnerId: string, ref: ItemRef): AttemptRow | undefined {
    const column = ref.kind === 'package' ? 'package_id' : 'course_id';
    return this.db
      .prepare(`SELECT * FROM attempts WHERE learner_id = ? AND ${column} = ? ORDER BY number DESC LIMIT 1`)
      .get(learnerId, ref.itemId) as AttemptRow | undefined;
  }

  private insertAttempt(learnerId: string, ref: ItemRef, info: ItemInfo, number: number): AttemptRow {
    const now = this.now();
    const row: AttemptRow = {
      id: randomUUID(),
      learner_id: learnerId,
      package_id: ref.kind === 'package' ? ref.itemId : null,
      course_id: ref.kind === 'course' ? ref.itemId : null,
      number,
      format: info.format,
      status: 'not attempted',
      score_scaled: null,
      score_raw: null,
      total_time_ms: 0,
      started_at: now,
      last_opened_at: now,
      finished_at: null,
    };
    this.db
      .prepare(
        `INSERT INTO attempts (id, learner_id, package_id, course_id, number, format, status, started_at, last_opened_at)
         VALUES (@id, @learner_id, @package_id, @course_id, @number, @format, @status, @started_at, @last_opened_at)`,
      )
      .run(row);
    return row;
  }

  /** Title, format and SCOs of a playable item (throws NOT_FOUND). */
  itemInfo(ref: ItemRef): ItemInfo {
    if (ref.kind === 'package') {
      const pkg = this.opts.packages.get(ref.itemId);
      return { title: pkg.title, format: pkg.version, scos: pkg.manifest.scos };
    }
    const course = this.opts.library.listCourses().find((c) => c.id === ref.itemId);
    if (!course) throw new AppError('NOT_FOUND', `No course with id ${ref.itemId} exists in the library.`);
    const sco: LaunchableSco = {
      itemId: COURSE_SCO_ID,
      title: course.title,
      resourceId: COURSE_SCO_ID,
      scormType: 'sco',
      launchUrl: 'index.html',
      launchPath: 'index.html',
      depth: 0,
      masteryScore: null,
      scaledPassingScore: null,
      completionThreshold: null,
      launchData: null,
      maxTimeAllowed: null,
      timeLimitAction: null,
    };
    return { title: course.title, format: COURSE_FORMAT, scos: [sco] };
  }

  private transaction<T>(fn: () => T): T {
    return this.db.transaction(fn).immediate();
  }
}
