import { useId, useState } from 'react';
import { useStore } from 'zustand';
import type { StoreApi } from 'zustand/vanilla';
import { COURSE_ARCHIVE_EXTENSION, type Course, type CourseSummary } from '../../../../shared';
import type { FileTransport } from '../../api/file-transport';
import { FileImport } from '../../components/common/file-import';
import { useStores } from '../../stores/stores-context';
import type { LibraryToolsState } from './library-tools-store';

/**
 * `.cwcourse` hand-over. The transport decides how bytes move: the browser downloads the archive and uploads
 * the one to import; the desktop app takes paths on this computer.
 */
export function ArchiveSection({
  store,
  courses,
  transport,
}: {
  store: StoreApi<LibraryToolsState>;
  courses: CourseSummary[];
  transport: FileTransport;
}) {
  const { notices, api } = useStores();
  const busy = useStore(store, (s) => s.busy);
  const courseFieldId = useId();
  const [courseId, setCourseId] = useState('');
  const chosen = courseId || courses[0]?.id || '';
  const inBrowser = transport.kind === 'browser';
  return (
    <section aria-labelledby="archive-heading" className="panel archive-section">
      <h2 id="archive-heading">Share courses ({COURSE_ARCHIVE_EXTENSION} files)</h2>
      <form
        className="archive-form"
        onSubmit={async (e) => {
          e.preventDefault();
          // Electron asks where to save with the native Save dialog; the browser downloads.
          const done = await store.getState().exportArchive(chosen);
          if (!done) return;
          const size = `${Math.round(done.bytes / 1024)} KB`;
          notices
            .getState()
            .pushSuccess(
              inBrowser ? `Downloading ${done.fileName} (${size}).` : `Exported to ${done.fileName} (${size}).`,
            );
        }}
      >
        <div className="field">
          <label htmlFor={courseFieldId}>Course to export</label>
          <select id={courseFieldId} value={chosen} onChange={(e) => setCourseId(e.target.value)}>
            {courses.map((c) => (
              <option key={c.id} value={c.id}>
                {c.title}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="button" disabled={busy || !chosen}>
          {inBrowser ? 'Download course' : 'Export course…'}
        </button>
      </form>
      <FileImport<Course>
        transport={transport}
        kind="archive"
        label={`Import a course (${COURSE_ARCHIVE_EXTENSION} file)`}
        accept={COURSE_ARCHIVE_EXTENSION}
        submitLabel="Import course"
        disabled={busy}
        importPath={(path) => api.invoke('courses.importArchive', { path })}
        onImported={(course) => {
          notices.getState().pushInfo(`Imported “${course.title}”.`);
          void store.getState().archiveImported(course);
        }}
        onError={(e) => notices.getState().pushError(e)}
      />
    </section>
  );
}
