import { useEffect, useRef, useState } from 'react';
import { TitleForm } from '../../components/common/title-form';
import { useLibrary, useStores } from '../../stores/stores-context';
import { fileTransportFor } from '../../api/file-transport';
import { ArchiveSection } from './archive-section';
import { CourseCard } from './course-card';
import { LibrarySearch } from './library-search';
import { LibraryHealthSection } from './library-health-section';
import { createLibraryToolsStore } from './library-tools-store';
import { TrashSection } from './trash-section';
import './library-extras.css';

/** The course library: search, create (blank or from the sample), the course cards, trash and archives. */
export function LibraryScreen() {
  const { api, library, notices, nav } = useStores();
  const courses = useLibrary((s) => s.courses);
  const status = useLibrary((s) => s.status);
  const busy = useLibrary((s) => s.pendingWrites > 0);
  const load = useLibrary((s) => s.load);
  const createCourse = useLibrary((s) => s.createCourse);
  const listHeading = useRef<HTMLHeadingElement>(null);
  const [transport] = useState(() => fileTransportFor(api));
  const [tools] = useState(() => createLibraryToolsStore(api, library, notices.getState().pushError, transport));
  const sample = courses.find((c) => c.isSample);

  useEffect(() => {
    void load();
  }, [load]);
  // A delete here (or anywhere) changes the trash: keep an open trash list current.
  useEffect(() => {
    if (tools.getState().trash !== null) void tools.getState().loadTrash();
  }, [courses, tools]);

  // A new course opens itself in the editor: the next thing to do is to add its first module.
  const create = async (title: string) => {
    const course = await createCourse(title);
    if (course) nav.getState().navigate({ screen: 'course', courseId: course.id, lessonId: null });
    return course !== null;
  };

  return (
    <main id="main" className="library-screen" tabIndex={-1}>
      <div className="screen-heading">
        <h1>Course library</h1>
        <p className="muted">Create a course, or open one to edit its modules and lessons.</p>
      </div>

      <section aria-labelledby="new-course-heading" className="panel">
        <h2 id="new-course-heading">New course</h2>
        <TitleForm
          label="Course title"
          submitLabel="Create course"
          placeholder="e.g. Onboarding for new managers"
          onSubmit={create}
          disabled={busy}
        />
        {sample ? (
          <p>
            <button
              type="button"
              className="button button-quiet"
              disabled={busy}
              onClick={async () => {
                const course = await tools.getState().createFromSample(sample.id, `${sample.title} (my copy)`);
                if (course) nav.getState().navigate({ screen: 'course', courseId: course.id, lessonId: null });
              }}
            >
              Start from the sample course
            </button>
          </p>
        ) : null}
      </section>

      <LibrarySearch store={tools} />

      <section aria-labelledby="courses-heading">
        <h2 id="courses-heading" ref={listHeading} tabIndex={-1}>
          Courses {status === 'ready' ? <span className="count">({courses.length})</span> : null}
        </h2>
        {status === 'loading' ? <p className="muted">Loading courses…</p> : null}
        {status === 'error' ? <p className="muted">The course list could not be loaded.</p> : null}
        {status === 'ready' && courses.length === 0 ? (
          <p className="muted">No courses yet. Create your first one above.</p>
        ) : null}
        <ul className="course-list">
          {courses.map((course) => (
            <CourseCard key={course.id} course={course} onDeleted={() => listHeading.current?.focus()} />
          ))}
        </ul>
      </section>

      <TrashSection store={tools} />
      <ArchiveSection store={tools} courses={courses} transport={transport} />
      <LibraryHealthSection />
    </main>
  );
}
