import { Download, Eye } from 'lucide-react';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useUiRequest } from '../app-commands';
import { Button } from '../components/ui/button';
import { ExportDialog } from '../export/export-dialog';
import { createExportStore } from '../export/export-store';
import { useStores } from '../stores/stores-context';
import { PreviewPanel } from './preview-panel';
import { createPreviewStore } from './preview-store';
import './preview.css';

/** "Preview" and "Export…" for the open course; focus returns to the button that opened a dialog. */
export function CourseActions({ courseId, courseTitle }: { courseId: string; courseTitle: string }) {
  const { api } = useStores();
  const [exportStore] = useState(() => createExportStore(api, { courseId, courseTitle }));
  const [previewStore] = useState(() => createPreviewStore(api, courseId));
  const [open, setOpen] = useState<'export' | 'preview' | null>(null);
  const previewButton = useRef<HTMLButtonElement>(null);
  const exportButton = useRef<HTMLButtonElement>(null);

  // File ▸ Export… in the desktop app's menu.
  const openExport = useCallback(() => setOpen('export'), []);
  useUiRequest('export', openExport);

  // Subscribed in an effect (not at creation) so StrictMode's remount re-subscribes.
  useEffect(() => exportStore.getState().connect(), [exportStore]);

  const close = (which: 'export' | 'preview') => {
    setOpen(null);
    requestAnimationFrame(() => (which === 'export' ? exportButton : previewButton).current?.focus());
  };

  return (
    <section className="course-actions" aria-label="Course actions">
      <Button ref={previewButton} size="sm" icon={Eye} onClick={() => setOpen('preview')}>
        Preview
      </Button>
      <Button ref={exportButton} size="sm" variant="primary" icon={Download} onClick={() => setOpen('export')}>
        Export…
      </Button>
      {open === 'export' ? <ExportDialog store={exportStore} onClose={() => close('export')} /> : null}
      {open === 'preview' ? (
        <PreviewPanel store={previewStore} courseTitle={courseTitle} onClose={() => close('preview')} />
      ) : null}
    </section>
  );
}
