import { useState, type DragEvent } from 'react';
import type { LessonTree } from '../../../../shared';
import { useCourse, useStores } from '../../stores/stores-context';
import { useEditorStores } from '../editor-context';
import { droppedPaths, importDroppedFiles } from './drop-import';
import './media-drop.css';

const BROWSER_DROP_MESSAGE =
  'Dropping files from your desktop works in the Coursewright desktop app. Here, add media from the media library.';

const hasFiles = (e: DragEvent) => Array.from(e.dataTransfer.types).includes('Files');

type DropState = 'idle' | 'over' | 'importing';

/**
 * Files dragged from the desktop onto a lesson: imported into the media library and added as image, video or
 * audio blocks at the end of the lesson. Spread `handlers` on the lesson's element and render `hint` inside it.
 */
export function useMediaDrop(lesson: Pick<LessonTree, 'id' | 'blocks'>) {
  const { api, notices } = useStores();
  const stores = useEditorStores();
  const courseId = useCourse((s) => s.courseId);
  const [state, setState] = useState<DropState>('idle');

  const drop = async (e: DragEvent) => {
    const files = Array.from(e.dataTransfer.files);
    if (!api.pathForFile) {
      notices.getState().pushInfo(BROWSER_DROP_MESSAGE);
      return;
    }
    const paths = droppedPaths(files, api.pathForFile.bind(api));
    if (paths.length === 0) {
      notices.getState().pushInfo('Only files saved on this computer can be dropped here.');
      return;
    }
    setState('importing');
    try {
      const { inserted, skipped } = await importDroppedFiles(
        stores,
        { lessonId: lesson.id, position: lesson.blocks.length, courseId: courseId ?? undefined },
        paths,
      );
      const parts = [];
      if (inserted > 0) parts.push(`Added ${inserted} media ${inserted === 1 ? 'block' : 'blocks'}.`);
      if (skipped > 0) parts.push(`${skipped} ${skipped === 1 ? 'file is' : 'files are'} in the media library only.`);
      if (parts.length > 0) notices.getState().pushInfo(parts.join(' '));
    } finally {
      setState('idle');
    }
  };

  const handlers = {
    onDragOver: (e: DragEvent) => {
      if (!hasFiles(e) || state === 'importing') return;
      // Accepting the drop here also stops the window from navigating to the file.
      e.preventDefault();
      e.dataTransfer.dropEffect = 'copy';
      if (state !== 'over') setState('over');
    },
    onDragLeave: (e: DragEvent) => {
      if (state === 'over' && !e.currentTarget.contains(e.relatedTarget as Node | null)) setState('idle');
    },
    onDrop: (e: DragEvent) => {
      if (!hasFiles(e)) return;
      e.preventDefault();
      if (state === 'importing') return;
      setState('idle');
      void drop(e);
    },
  };
  return { handlers, hint: <MediaDropHint state={state} />, state };
}

function MediaDropHint({ state }: { state: DropState }) {
  return (
    <p className={`media-drop-hint${state === 'idle' ? '' : ' media-drop-hint-active'}`} role="status">
      {state === 'over' ? 'Drop to add image, video or audio blocks to this lesson.' : null}
      {state === 'importing' ? 'Importing dropped files…' : null}
    </p>
  );
}
