import { Monitor, Smartphone, Tablet } from 'lucide-react';
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import type { CourseOutline, LessonTree } from '../../../../shared';
import { InlineRename } from '../../components/common/inline-rename';
import { findLesson } from '../../stores/course-store';
import { useCourse } from '../../stores/stores-context';
import { useEditor } from '../../editor/editor-context';
import { CANVAS_WIDTHS, LessonEditor, type CanvasWidth } from '../../editor/lesson-editor';
import { QuizSettingsForm } from '../../editor/panels/quiz-settings-form';
import { LessonHeaderForm } from '../../editor/panels/lesson-header-form';

/** The selected lesson's editor, or the course overview when none is selected. */
export function LessonPane({ tree, lessonId }: { tree: CourseOutline; lessonId: string | null }) {
  const renameLesson = useEditor((s) => s.renameLesson);
  const setLessonKind = useEditor((s) => s.setLessonKind);
  const [renaming, setRenaming] = useState(false);
  const [width, setWidth] = useState<CanvasWidth>('desktop');
  const renameButton = useRef<HTMLButtonElement>(null);
  const kindId = useId();
  const found = findLesson(tree, lessonId);
  const loaded = useCourse((s) => (lessonId ? s.lessons[lessonId] : undefined));
  const loadLesson = useCourse((s) => s.loadLesson);
  const exists = found !== null;
  const [attempt, setAttempt] = useState(0);
  const [failed, setFailed] = useState(false);
  // The outline has no blocks: the lesson's own load when it is opened (kept lessons show at once).
  useEffect(() => {
    if (!lessonId || !exists || loaded) return;
    let live = true;
    void loadLesson(lessonId).then((lesson) => live && setFailed(lesson === null));
    return () => {
      live = false;
    };
  }, [lessonId, exists, loaded, loadLesson, attempt]);
  // Title, kind and settings from the outline (refreshed with it), blocks from the loaded lesson.
  const outlineLesson = found?.lesson;
  const blocks = loaded?.blocks;
  const lessonTree = useMemo<LessonTree | null>(() => {
    if (!outlineLesson || !blocks) return null;
    const { blockCount: _n, ...lesson } = outlineLesson;
    return { ...lesson, blocks };
  }, [outlineLesson, blocks]);

  if (!found) {
    const lessons = tree.modules.reduce((n, m) => n + m.lessons.length, 0);
    return (
      <main id="main" className="lesson-pane" tabIndex={-1}>
        <h1>{tree.title}</h1>
        {tree.description ? <p className="lead">{tree.description}</p> : null}
        <p className="muted">
          {tree.modules.length} {tree.modules.length === 1 ? 'module' : 'modules'}, {lessons}{' '}
          {lessons === 1 ? 'lesson' : 'lessons'}. {lessonId ? 'That lesson no longer exists. ' : ''}
          {lessons > 0 ? 'Select a lesson in the outline to edit its content.' : 'Add a module, then a lesson.'}
        </p>
      </main>
    );
  }

  const { module, lesson } = found;
  return (
    // Busy while the lesson's blocks load (the outline draws its title first): assistive tech and tests wait on it.
    <main id="main" className="lesson-pane" tabIndex={-1} aria-busy={!lessonTree && !failed}>
      <p className="lesson-context">
        {module.title}
        {lesson.kind === 'quiz' ? ' · Graded quiz' : ''}
      </p>
      {renaming ? (
        <InlineRename
          initial={lesson.title}
          label={`New title for lesson ${lesson.title}`}
          onSave={(title) => renameLesson(lesson.id, title)}
          onDone={() => {
            setRenaming(false);
            requestAnimationFrame(() => renameButton.current?.focus());
          }}
        />
      ) : (
        <div className="lesson-title-row">
          <h1>{lesson.title}</h1>
          <button
            ref={renameButton}
            type="button"
            className="button button-small button-quiet"
            aria-label={`Rename lesson ${lesson.title}`}
            onClick={() => setRenaming(true)}
          >
            Rename
          </button>
        </div>
      )}
      <div className="field field-inline lesson-kind">
        <label htmlFor={kindId}>Lesson type</label>
        <select
          id={kindId}
          value={lesson.kind}
          onChange={(e) => void setLessonKind(lesson.id, e.target.value === 'quiz' ? 'quiz' : 'content')}
        >
          <option value="content">Content (questions are ungraded checks)</option>
          <option value="quiz">Graded quiz (scored against the passing score)</option>
        </select>
      </div>
      {lesson.kind === 'quiz' ? <QuizSettingsForm lesson={lesson} courseId={tree.id} /> : null}
      <LessonHeaderForm key={lesson.id} lesson={lesson} />
      <WidthSwitcher value={width} onChange={setWidth} />
      {lessonTree ? (
        <LessonEditor tree={tree} lesson={lessonTree} width={width} />
      ) : failed ? (
        <p role="status">
          This lesson’s content could not be loaded.{' '}
          <button
            type="button"
            className="button button-small"
            onClick={() => (setFailed(false), setAttempt((n) => n + 1))}
          >
            Try again
          </button>
        </p>
      ) : (
        <p className="muted" role="status">
          Loading the lesson…
        </p>
      )}
    </main>
  );
}

const WIDTH_LABELS = {
  phone: { label: 'Phone (375 px)', icon: Smartphone },
  tablet: { label: 'Tablet (768 px)', icon: Tablet },
  desktop: { label: 'Desktop (full width)', icon: Monitor },
} satisfies Record<CanvasWidth, { label: string; icon: typeof Monitor }>;

/** Shows the canvas at a learner's device width (a toggle group: one pressed button at a time). */
function WidthSwitcher({ value, onChange }: { value: CanvasWidth; onChange: (w: CanvasWidth) => void }) {
  return (
    <div className="canvas-width-switcher" role="group" aria-label="Canvas width">
      {CANVAS_WIDTHS.map((w) => {
        const { label, icon: Icon } = WIDTH_LABELS[w];
        return (
          <button
            key={w}
            type="button"
            className="icon-button icon-button-quiet"
            aria-pressed={value === w}
            aria-label={label}
            title={label}
            onClick={() => onChange(w)}
          >
            <Icon aria-hidden="true" focusable="false" />
          </button>
        );
      })}
    </div>
  );
}
