import { useId, useState } from 'react';
import { useStore } from 'zustand';
import type { StoreApi } from 'zustand/vanilla';
import { COURSE_ARCHIVE_EXTENSION, type CourseSummary } from '../../../../shared';
import { useStores } from '../../stores/stores-context';
import type { LibraryToolsState } from './library-tools-store';

/**
 * `.cwcourse` hand-over: export a course to a path and import one from a path. The browser host
 * has no file dialogs, so both take a path on the machine running Coursewright.
 */
export function ArchiveSection({ store, courses }: { store: StoreApi<LibraryToolsState>; courses: CourseSummary[] }) {
  const { notices } = useStores();
  const busy = useStore(store, (s) => s.busy);
  const ids = { course: useId(), out: useId(), in: useId() };
  const [courseId, setCourseId] = useState('');
  const [outPath, setOutPath] = useState('');
  const [inPath, setInPath] = useState('');
  const chosen = courseId || courses[0]?.id || '';
  const outOk = outPath.trim().endsWith(COURSE_ARCHIVE_EXTENSION);
  return (
    <section aria-labelledby="archive-heading" className="panel archive-section">
      <h2 id="archive-heading">Share courses ({COURSE_ARCHIVE_EXTENSION} files)</h2>
      <form
        className="archive-form"
        onSubmit={async (e) => {
          e.preventDefault();
          const done = await store.getState().exportArchive(chosen, outPath.trim());
          if (done) notices.getState().pushSuccess(`Exported to ${done.path} (${Math.round(done.bytes / 1024)} KB).`);
        }}
      >
        <div className="field">
          <label htmlFor={ids.course}>Course to export</label>
          <select id={ids.course} value={chosen} onChange={(e) => setCourseId(e.target.value)}>
            {courses.map((c) => (
              <option key={c.id} value={c.id}>
                {c.title}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={ids.out}>Save as (full path ending in {COURSE_ARCHIVE_EXTENSION})</label>
          <input id={ids.out} type="text" value={outPath} onChange={(e) => setOutPath(e.target.value)} />
        </div>
        <button type="submit" className="button" disabled={busy || !chosen || !outOk}>
          Export course
        </button>
      </form>
      <form
        className="archive-form"
        onSubmit={async (e) => {
          e.preventDefault();
          const course = await store.getState().importArchive(inPath.trim());
          if (course) {
            notices.getState().pushInfo(`Imported “${course.title}”.`);
            setInPath('');
          }
        }}
      >
        <div className="field">
          <label htmlFor={ids.in}>Import from (full path of a {COURSE_ARCHIVE_EXTENSION} file)</label>
          <input id={ids.in} type="text" value={inPath} onChange={(e) => setInPath(e.target.value)} />
        </div>
        <button type="submit" className="button" disabled={busy || !inPath.trim()}>
          Import course
        </button>
      </form>
    </section>
  );
}
