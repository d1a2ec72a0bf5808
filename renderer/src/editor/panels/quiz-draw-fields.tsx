import { useEffect } from 'react';
import type { QuizDraw, QuizSettings } from '../../../../shared';
import { CheckboxField, NumberField, SelectField } from '../blocks/fields';
import { useBanks, useEditorStores } from '../editor-context';

const whole = (v: number, min: number, max: number): boolean => Number.isInteger(v) && v >= min && v <= max;

/** "Draw N questions from a bank (or a tag)" with the questions every attempt includes. */
export function QuizDrawFields(props: {
  courseId: string;
  draw: QuizDraw | undefined;
  onChange: (patch: Partial<QuizSettings>) => void;
}) {
  const { courseId, draw, onChange } = props;
  const { banks: store } = useEditorStores();
  const banks = useBanks((s) => s.banks);
  useEffect(() => {
    void store.getState().load(courseId);
  }, [store, courseId]);
  const bank = draw ? banks.find((b) => b.id === draw.bankId) : undefined;
  const tags = [...new Set(bank?.questions.flatMap((q) => q.tags) ?? [])];
  const setDraw = (next: QuizDraw | undefined) => onChange({ draw: next });
  const pool = bank?.questions.filter((q) => !draw || draw.tag === null || q.tags.includes(draw.tag)) ?? [];
  return (
    <div className="quiz-draw">
      <SelectField
        label="Questions from a bank"
        value={draw?.bankId ?? ''}
        options={[
          { value: '', label: 'None: only this lesson’s questions' },
          ...banks.map((b) => ({ value: b.id, label: `${b.title} (${b.questions.length})` })),
        ]}
        onChange={(bankId) =>
          setDraw(bankId ? { bankId, tag: null, count: Math.max(1, draw?.count ?? 5), fixedIds: [] } : undefined)
        }
      />
      {draw ? (
        <>
          <SelectField
            label="Draw from"
            value={draw.tag ?? ''}
            options={[{ value: '', label: 'The whole bank' }, ...tags.map((t) => ({ value: t, label: `Tag: ${t}` }))]}
            onChange={(tag) => setDraw({ ...draw, tag: tag || null })}
          />
          <NumberField
            integer
            label="Questions per attempt"
            min={1}
            max={100}
            value={draw.count}
            hint={`Each attempt draws at random; “Retake quiz” draws again. ${pool.length} available.`}
            onChange={(v) => whole(v, 1, 100) && setDraw({ ...draw, count: v })}
          />
          {bank?.questions.length ? (
            <fieldset className="quiz-draw-fixed">
              <legend>Always include</legend>
              {bank.questions.map((q) => (
                <CheckboxField
                  key={q.id}
                  label={q.question.prompt}
                  checked={draw.fixedIds.includes(q.id)}
                  onChange={(on) =>
                    setDraw({
                      ...draw,
                      fixedIds: on ? [...draw.fixedIds, q.id] : draw.fixedIds.filter((id) => id !== q.id),
                    })
                  }
                />
              ))}
            </fieldset>
          ) : null}
        </>
      ) : null}
    </div>
  );
}
