import { describe, expect, it } from 'vitest';
import { rollUpStatus, summarizeCmi } from '../../../main/learner/cmi-summary';
import { buildLaunchCmi } from '../../../main/learner/launch-cmi';
import type { AttemptRecord } from '../../../main/learner/records';
import { csvCell, CSV_COLUMNS, recordsToCsv } from '../../../main/learner/records-csv';
import { nameUuid, recordsToXapi, XAPI_VERBS } from '../../../main/learner/records-xapi';
import { attachQuestionText } from '../../../main/learner/records-questions';
import type { CourseTree } from '../../../shared';

const record: AttemptRecord = {
  learner: { id: '6f1c1a52-5d43-4d0e-9a51-3c4f1b0e8a11', name: '=HYPERLINK("http://evil")' },
  kind: 'package',
  itemId: '0b7f4a86-8f1e-4f55-9d38-1a2b3c4d5e6f',
  title: 'Safety, "basics"\nline two',
  format: 'scorm2004-4th',
  attemptId: '9a8b7c6d-1234-4abc-8def-0123456789ab',
  number: 1,
  status: 'passed',
  scoreScaled: 0.85,
  scoreRaw: 85,
  totalTimeMs: 754_250,
  startedAt: '2026-11-29T01:00:00.000Z',
  lastOpenedAt: '2026-11-29T01:20:00.000Z',
  finishedAt: '2026-11-29T01:15:00.000Z',
  interactions: [
    {
      scoId: 'ITEM-1',
      index: 0,
      id: 'q1',
      type: 'choice',
      description: 'Pick one',
      learnerResponse: '+cmd|calc',
      correctResponses: ['b'],
      result: 'correct',
      weighting: '1',
      latency: 'PT12S',
      timestamp: '2026-11-29T01:10:00Z',
    },
  ],
};

/** Minimal RFC 4180 reader, to prove the output round-trips. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(cell);
      cell = '';
    } else if (ch === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else cell += ch;
  }
  return rows;
}

describe('records CSV', () => {
  it('quotes per RFC 4180 and neutralises formula cells, keeping numbers numeric', () => {
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
    expect(csvCell('=1+2')).toBe("'=1+2");
    expect(csvCell('+1')).toBe("'+1");
    expect(csvCell('-1')).toBe("'-1");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell('\t=x')).toBe("'\t=x");
    expect(csvCell(-0.5)).toBe('-0.5');
    expect(csvCell(null)).toBe('');
  });

  it('writes an attempt row and an interaction row that parse back', () => {
    const csv = recordsToCsv([record]);
    expect(csv.endsWith('\r\n')).toBe(true);
    const rows = parseCsv(csv);
    expect(rows).toHaveLength(3);
    expect(rows[0]).toEqual([...CSV_COLUMNS]);
    const at = (row: string[] | undefined, col: (typeof CSV_COLUMNS)[number]) => row?.[CSV_COLUMNS.indexOf(col)];
    expect(at(rows[1], 'learner_name')).toBe('\'=HYPERLINK("http://evil")');
    expect(at(rows[1], 'item_title')).toBe('Safety, "basics"\nline two');
    expect(at(rows[1], 'status')).toBe('passed');
    expect(at(rows[1], 'score_scaled')).toBe('0.85');
    expect(at(rows[1], 'total_time')).toBe('PT12M34.25S');
    expect(at(rows[1], 'total_seconds')).toBe('754.25');
    expect(at(rows[1], 'interaction_id')).toBe('');
    expect(at(rows[2], 'interaction_id')).toBe('q1');
    expect(at(rows[2], 'question_text')).toBe('Pick one');
    expect(at(rows[2], 'learner_response')).toBe("'+cmd|calc");
    expect(at(rows[2], 'correct_responses')).toBe('b');
  });
});

describe('records xAPI', () => {
  it('emits ADL verbs with account actor, scaled score, ISO durations and context activities', () => {
    const statements = recordsToXapi([record]);
    expect(statements.map((s) => s.verb.id)).toEqual([
      XAPI_VERBS.initialized,
      XAPI_VERBS.answered,
      XAPI_VERBS.completed,
      XAPI_VERBS.passed,
      XAPI_VERBS.terminated,
    ]);
    for (const s of statements) {
      expect(s.actor).toEqual({
        objectType: 'Agent',
        name: record.learner.name,
        account: { homePage: 'urn:coursewright', name: record.learner.id },
      });
      expect(s.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
      expect(s.context.registration).toBe(record.attemptId);
      expect(s.context.contextActivities.grouping?.[0]?.id).toBe(`urn:coursewright:package:${record.itemId}`);
      expect(Number.isNaN(Date.parse(s.timestamp))).toBe(false);
    }
    const answered = statements[1];
    expect(answered?.object.id).toBe(`urn:coursewright:package:${record.itemId}/ITEM-1/interactions/q1`);
    expect(answered?.object.definition).toMatchObject({ interactionType: 'choice', correctResponsesPattern: ['b'] });
    expect(answered?.result).toEqual({ response: '+cmd|calc', success: true, duration: 'PT12S' });
    expect(answered?.context.contextActivities.parent?.[0]?.id).toBe(`urn:coursewright:package:${record.itemId}`);
    expect(statements[3]?.result).toEqual({ success: true, duration: 'PT12M34.25S', score: { scaled: 0.85, raw: 85 } });
    // Same input, same ids: an LRS drops re-sent statements.
    expect(recordsToXapi([record]).map((s) => s.id)).toEqual(statements.map((s) => s.id));
    expect(new Set(statements.map((s) => s.id)).size).toBe(statements.length);
    expect(nameUuid('a')).not.toBe(nameUuid('b'));
  });

  it('emits failed without passed, and nothing but initialized/terminated for an unfinished attempt', () => {
    const verbs = (r: AttemptRecord) => recordsToXapi([r]).map((s) => s.verb.display['en-US']);
    expect(verbs({ ...record, status: 'failed', interactions: [] })).toEqual([
      'initialized',
      'completed',
      'failed',
      'terminated',
    ]);
    expect(verbs({ ...record, status: 'incomplete', interactions: [] })).toEqual(['initialized', 'terminated']);
  });
});

describe('CMI summaries and launch data', () => {
  it('reads 1.2 and 2004 status, score and session time', () => {
    expect(
      summarizeCmi('scorm12', {
        core: { lesson_status: 'failed', score: { raw: '30', min: '0', max: '50' }, session_time: '0001:02:03.5' },
      }),
    ).toMatchObject({ status: 'failed', scoreScaled: 0.6, scoreRaw: 30, sessionTimeMs: 3_723_500 });
    expect(
      summarizeCmi('scorm2004-3rd', {
        completion_status: 'completed',
        success_status: 'unknown',
        score: { scaled: '-0.5' },
      }),
    ).toMatchObject({
      status: 'completed',
      scoreScaled: -0.5,
    });
    expect(rollUpStatus(['passed', 'completed'])).toBe('passed');
    expect(rollUpStatus(['passed', 'not attempted'])).toBe('incomplete');
    expect(rollUpStatus(['passed', 'failed'])).toBe('failed');
  });

  it('hands back location and suspend_data verbatim with entry from the last exit', () => {
    const stored = { location: ' x ', suspend_data: '\u0000weird\n', exit: 'suspend', session_time: 'PT5S' };
    const launch = buildLaunchCmi({
      format: 'scorm2004-4th',
      stored,
      learner: { id: 'L', name: 'N' },
      sco: null,
      totalTimeMs: 65_000,
      mode: 'normal',
    });
    expect(launch.entry).toBe('resume');
    expect(launch.cmi).toMatchObject({
      location: ' x ',
      suspend_data: '\u0000weird\n',
      total_time: 'PT1M5S',
      credit: 'credit',
    });
    expect(launch.cmi).not.toHaveProperty('exit');
    expect(launch.cmi).not.toHaveProperty('session_time');
    const logout = buildLaunchCmi({
      format: 'scorm12',
      stored: { core: { exit: 'logout' } },
      learner: { id: 'L', name: 'N' },
      sco: null,
      totalTimeMs: 0,
      mode: 'normal',
    });
    expect(logout.entry).toBe('');
  });
});

describe('question text in records', () => {
  it("fills a course interaction without description from the question prompt, by the player's interaction id", () => {
    const blockId = '3f9a12bc-1111-4222-8333-444455556666';
    const tree = {
      modules: [
        {
          lessons: [
            {
              kind: 'quiz',
              blocks: [{ id: blockId, type: 'question', question: { prompt: 'Which rule applies?' } }],
            },
          ],
        },
      ],
    } as unknown as CourseTree;
    const courseRecord: AttemptRecord = {
      ...record,
      kind: 'course',
      itemId: 'c0000000-0000-4000-8000-000000000001',
      interactions: [{ ...record.interactions[0]!, id: 'q-3f9a12bc', description: '' }],
    };
    const [filled] = attachQuestionText([courseRecord, record], (id) => (id === courseRecord.itemId ? tree : null));
    expect(filled!.interactions[0]!.description).toBe('Which rule applies?');
    const [, pkg] = attachQuestionText([courseRecord, record], () => null);
    expect(pkg!.interactions[0]!.description).toBe('Pick one');
  });
});
