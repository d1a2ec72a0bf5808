import { defaultQuizSettings, type Lesson, type QuizSettings } from '../../../../shared';
import { CheckboxField, NumberField, SelectField } from '../blocks/fields';
import { useEditor } from '../editor-context';
import { QuizDrawFields } from './quiz-draw-fields';

const LAYOUT_OPTIONS = [
  { value: 'allOnOnePage', label: 'All questions on one page' },
  { value: 'onePerPage', label: 'One question per page' },
] as const;

const whole = (v: number, min: number, max: number): boolean => Number.isInteger(v) && v >= min && v <= max;

/** How a graded quiz lesson runs as an attempt: layout, attempts, review, timer (minimal; restyled later). */
export function QuizSettingsForm({ lesson, courseId }: { lesson: Lesson; courseId: string }) {
  const setQuizSettings = useEditor((s) => s.setQuizSettings);
  const q = { ...defaultQuizSettings(), ...lesson.quiz };
  const set = (patch: Partial<QuizSettings>) => void setQuizSettings(lesson.id, { ...q, ...patch });
  return (
    <fieldset className="quiz-settings">
      <legend>Quiz settings</legend>
      <SelectField label="Layout" value={q.layout} options={LAYOUT_OPTIONS} onChange={(layout) => set({ layout })} />
      <NumberField
        integer
        label="Attempts (0 = unlimited)"
        min={0}
        max={20}
        value={q.maxAttempts}
        hint="After the last failed attempt the learner sees the course's support contact and the LMS gets a final result."
        onChange={(v) => whole(v, 0, 20) && set({ maxAttempts: v })}
      />
      <CheckboxField
        label="Results show which answers were right, with feedback"
        checked={q.showAnswers}
        onChange={(showAnswers) => set({ showAnswers })}
      />
      {q.showAnswers ? (
        <CheckboxField
          label="Learners must review their answers before retaking"
          checked={q.retakeAfterReview}
          onChange={(retakeAfterReview) => set({ retakeAfterReview })}
        />
      ) : null}
      <NumberField
        integer
        label="Time limit in minutes (0 = no timer)"
        min={0}
        max={300}
        value={q.timeLimitMinutes}
        hint="When time runs out, the answers given so far are submitted."
        onChange={(v) => whole(v, 0, 300) && set({ timeLimitMinutes: v })}
      />
      <QuizDrawFields courseId={courseId} draw={q.draw} onChange={set} />
    </fieldset>
  );
}
