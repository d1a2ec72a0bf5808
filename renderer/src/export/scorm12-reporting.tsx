import { useId } from 'react';
import { SCORM12_STATUS_MAPPINGS, type Scorm12StatusMapping } from '../../../shared';
import type { ExportState } from './export-store';

/** What each SCORM 1.2 status mapping means for an LMS administrator (SCORM 1.2 has one status field). */
export const SCORM12_STATUS_TEXT: Record<Scorm12StatusMapping, { label: string; explanation: string }> = {
  'passed-incomplete': {
    label: 'Passed / incomplete',
    explanation:
      'Learners who pass see "passed"; everyone else stays "incomplete", even after the last failed attempt. Use it when your LMS treats "failed" as final.',
  },
  'passed-failed': {
    label: 'Passed / failed',
    explanation:
      '"passed" when the learner passes; "failed" only once no quiz attempt remains; "incomplete" until then. The usual choice for assessed courses.',
  },
  'completed-incomplete': {
    label: 'Completed / incomplete',
    explanation:
      '"completed" once the completion rule is met (or the last attempt is used up), "incomplete" before. Scores are still reported. Use it when your LMS only tracks completion.',
  },
  'completed-failed': {
    label: 'Completed / failed',
    explanation:
      '"completed" once the completion rule is met, "failed" when the last quiz attempt fails first, "incomplete" until then. A status is never lowered, so "completed" stays.',
  },
};

export const MASTERY_SCORE_TEXT =
  'Adds adlcp:masteryscore (your passing score) to the SCORM 1.2 manifest. Some LMSs need it to show a pass mark, but an LMS may then set passed/failed itself from the score, overriding the status above; the player sends a score only once the result is final, so a learner who may retake is never failed early.';

/** The SCORM 1.2 reporting choices in the export dialog; stored in the course settings. */
export function Scorm12Reporting({ s, disabled }: { s: ExportState; disabled: boolean }) {
  const hintId = useId();
  const r = s.reporting;
  if (!r) return null;
  return (
    <fieldset className="export-reporting" disabled={disabled}>
      <legend>How the LMS sees the result (SCORM 1.2)</legend>
      {SCORM12_STATUS_MAPPINGS.map((m) => (
        <label key={m} className="export-format">
          <input
            type="radio"
            name="scorm12-status"
            value={m}
            checked={r.scorm12Status === m}
            onChange={() => void s.setReporting({ scorm12Status: m })}
          />
          <span>
            <strong>{SCORM12_STATUS_TEXT[m].label}</strong>{' '}
            <span className="muted">{SCORM12_STATUS_TEXT[m].explanation}</span>
          </span>
        </label>
      ))}
      <label className="export-format">
        <input
          type="checkbox"
          name="scorm12-mastery-score"
          checked={r.scorm12MasteryScore}
          aria-describedby={hintId}
          onChange={(e) => void s.setReporting({ scorm12MasteryScore: e.target.checked })}
        />
        <span>
          <strong>Mastery score in the manifest ({r.passingScore}%)</strong>{' '}
          <span id={hintId} className="muted">
            {MASTERY_SCORE_TEXT}
          </span>
        </span>
      </label>
    </fieldset>
  );
}
