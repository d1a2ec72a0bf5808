import { useCallback, useEffect, useRef, useState } from 'react';
import { RouteLink } from '../../components/common/route-link';
import { useCourse, useStores } from '../../stores/stores-context';
import { CourseOutline } from './course-outline';
import { LessonPane } from './lesson-pane';
import { CourseActions } from '../../preview/course-actions';
import { EditorProvider, useEditorStores } from '../../editor/editor-context';
import { EditorBar, type EditorPanel } from '../../editor/editor-bar';
import { useEditorShortcuts } from '../../editor/use-editor-shortcuts';
import { useUiRequest } from '../../app-commands';
import { SidePanel } from '../../editor/panels/side-panel';
import '../../editor/editor.css';

/** An open course: its outline beside the selected lesson's editor, with the editor's panels. */
export function CourseScreen({ courseId, lessonId }: { courseId: string; lessonId: string | null }) {
  const open = useCourse((s) => s.open);
  const close = useCourse((s) => s.close);
  const tree = useCourse((s) => (s.courseId === courseId ? s.tree : null));
  const status = useCourse((s) => s.status);

  useEffect(() => {
    void open(courseId);
    // Leaving the editor closes the course: a course no screen shows must not reload on library changes (a
    // delete from the library would otherwise report "No course with id …").
    return close;
  }, [open, close, courseId]);

  if (!tree) {
    return (
      <main id="main" className="course-screen-empty" tabIndex={-1}>
        <h1>{status === 'error' ? 'This course could not be opened' : 'Opening course…'}</h1>
        {status === 'error' ? (
          <p>
            It may have been deleted. <RouteLink route={{ screen: 'library' }}>Back to the course library</RouteLink>
          </p>
        ) : null}
      </main>
    );
  }

  return (
    <EditorProvider key={courseId}>
      <CourseEditor courseId={courseId} lessonId={lessonId} />
    </EditorProvider>
  );
}

function CourseEditor({ courseId, lessonId }: { courseId: string; lessonId: string | null }) {
  const tree = useCourse((s) => s.tree);
  const { editor } = useEditorStores();
  const { notices } = useStores();
  const [panel, setPanel] = useState<EditorPanel>(null);
  const recovered = useRef(false);
  const openHelp = useCallback(() => setPanel('shortcuts'), []);
  useEditorShortcuts(editor, openHelp);
  useUiRequest('shortcuts', openHelp);

  useEffect(() => {
    if (recovered.current || !tree) return;
    recovered.current = true;
    void editor
      .getState()
      .recoverDrafts()
      .then((n) => {
        if (n > 0) notices.getState().pushInfo(`Recovered ${n} unsaved ${n === 1 ? 'change' : 'changes'}.`);
      });
  }, [editor, tree, notices]);

  if (!tree) return null;
  return (
    <div className="course-editor">
      <div className="course-toolbar">
        <EditorBar panel={panel} onPanel={setPanel} />
        <CourseActions key={courseId} courseId={courseId} courseTitle={tree.title} />
      </div>
      <div className={`course-layout${panel ? ' has-panel' : ''}`}>
        <CourseOutline tree={tree} selectedLessonId={lessonId} />
        <LessonPane key={lessonId ?? 'overview'} tree={tree} lessonId={lessonId} />
        {panel ? <SidePanel panel={panel} tree={tree} onClose={() => setPanel(null)} /> : null}
      </div>
    </div>
  );
}
