import { useEffect } from 'react';
import { RouteLink } from '../../components/common/route-link';
import { useCourse } from '../../stores/stores-context';
import { CourseOutline } from './course-outline';
import { LessonPane } from './lesson-pane';
import { CourseActions } from '../../preview/course-actions';

/** An open course: its outline beside the selected lesson's content. */
export function CourseScreen({ courseId, lessonId }: { courseId: string; lessonId: string | null }) {
  const open = useCourse((s) => s.open);
  const tree = useCourse((s) => (s.courseId === courseId ? s.tree : null));
  const status = useCourse((s) => s.status);

  useEffect(() => {
    void open(courseId);
  }, [open, courseId]);

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
    <>
      <CourseActions key={courseId} courseId={courseId} courseTitle={tree.title} />
      <div className="course-layout">
        <CourseOutline tree={tree} selectedLessonId={lessonId} />
        <LessonPane key={lessonId ?? 'overview'} tree={tree} lessonId={lessonId} />
      </div>
    </>
  );
}
