import { useRef, useState } from 'react';
import type { CourseSummary } from '../../../../shared';
import { ConfirmDialog } from '../../components/common/confirm-dialog';
import { InlineRename } from '../../components/common/inline-rename';
import { RouteLink } from '../../components/common/route-link';
import { useLibrary, useMediaUrl, useStores } from '../../stores/stores-context';
import { formatDateTime } from './format-date';
import { Copy, Pencil, Trash2 } from 'lucide-react';
import { Button } from '../../components/ui/button';

/** One course in the library list, with its own rename editor and delete confirmation. */
export function CourseCard({ course, onDeleted }: { course: CourseSummary; onDeleted: () => void }) {
  const { notices } = useStores();
  const renameCourse = useLibrary((s) => s.renameCourse);
  const duplicateCourse = useLibrary((s) => s.duplicateCourse);
  const deleteCourse = useLibrary((s) => s.deleteCourse);
  const busy = useLibrary((s) => s.pendingWrites > 0);
  const [mode, setMode] = useState<'view' | 'rename' | 'confirmDelete'>('view');
  const [deleting, setDeleting] = useState(false);
  const renameButton = useRef<HTMLButtonElement>(null);
  const deleteButton = useRef<HTMLButtonElement>(null);
  const headingId = `course-${course.id}`;
  const mediaUrl = useMediaUrl();

  const closeRename = () => {
    setMode('view');
    // After the editor unmounts, give focus back to the control that opened it.
    requestAnimationFrame(() => renameButton.current?.focus());
  };
  const cancelDelete = () => {
    setMode('view');
    requestAnimationFrame(() => deleteButton.current?.focus());
  };
  const confirmDelete = async () => {
    setDeleting(true);
    const deleted = await deleteCourse(course.id);
    setDeleting(false);
    if (deleted) {
      notices.getState().pushInfo(`Deleted “${course.title}”.`);
      onDeleted();
    } else cancelDelete();
  };
  const duplicate = async () => {
    const copy = await duplicateCourse(course.id);
    if (copy) notices.getState().pushInfo(`Duplicated as “${copy.title}”.`);
  };

  return (
    <li className="course-card">
      {course.thumbnailAssetId ? (
        <img className="course-thumb" src={mediaUrl(course.thumbnailAssetId)} alt="" width={96} height={64} />
      ) : null}
      <div className="course-card-main">
        {mode === 'rename' ? (
          <InlineRename
            initial={course.title}
            label={`New title for ${course.title}`}
            onSave={(title) => renameCourse(course.id, title)}
            onDone={closeRename}
          />
        ) : (
          <h3 id={headingId} className="course-title">
            <RouteLink route={{ screen: 'course', courseId: course.id, lessonId: null }}>{course.title}</RouteLink>
            {course.isSample ? <span className="badge badge-sample">Sample</span> : null}
          </h3>
        )}
        {course.description ? <p className="course-description">{course.description}</p> : null}
        <p className="course-meta">
          <span>
            {course.lessonCount} {course.lessonCount === 1 ? 'lesson' : 'lessons'}
          </span>
          {course.estimatedMinutes !== undefined ? (
            <>
              <span className="meta-separator"> · </span>
              <span>about {Math.max(1, Math.round(course.estimatedMinutes))} min</span>
            </>
          ) : null}
          <span className="meta-separator"> · </span>
          <span>
            Last edited <time dateTime={course.updatedAt}>{formatDateTime(course.updatedAt)}</time>
          </span>
        </p>
      </div>
      <div className="course-card-actions">
        <Button
          ref={renameButton}
          size="sm"
          variant="quiet"
          icon={Pencil}
          aria-label={`Rename ${course.title}`}
          onClick={() => setMode('rename')}
          disabled={busy || mode === 'rename'}
        >
          Rename
        </Button>
        <Button
          size="sm"
          variant="quiet"
          icon={Copy}
          aria-label={`Duplicate ${course.title}`}
          onClick={duplicate}
          disabled={busy}
        >
          Duplicate
        </Button>
        <Button
          ref={deleteButton}
          size="sm"
          variant="danger-quiet"
          icon={Trash2}
          aria-label={`Delete ${course.title}`}
          onClick={() => setMode('confirmDelete')}
          disabled={busy}
        >
          Delete
        </Button>
      </div>
      {mode === 'confirmDelete' ? (
        <ConfirmDialog
          title={`Delete “${course.title}”?`}
          confirmLabel="Delete course"
          onConfirm={confirmDelete}
          onCancel={cancelDelete}
          busy={deleting}
        >
          <p>
            The course, its {course.moduleCount} {course.moduleCount === 1 ? 'module' : 'modules'} and{' '}
            {course.lessonCount} {course.lessonCount === 1 ? 'lesson' : 'lessons'} will move to the trash. You can
            restore it from there.
          </p>
        </ConfirmDialog>
      ) : null}
    </li>
  );
}
