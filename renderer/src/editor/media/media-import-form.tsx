import { useState } from 'react';
import type { MediaImportResult } from '../../../../shared';
import { fileTransportFor } from '../../api/file-transport';
import { FileImport } from '../../components/common/file-import';
import { useCourse, useStores } from '../../stores/stores-context';
import { useEditorStores } from '../editor-context';

/**
 * Adds a file to the media library from the block (uploaded in the browser, read from its own path in Electron),
 * then hands the new asset to the block.
 */
export function MediaImportForm({
  onImported,
  accept,
}: {
  onImported: (assetId: string, fileName: string) => void;
  accept?: string;
}) {
  const { api, notices } = useStores();
  const { media } = useEditorStores();
  const courseId = useCourse((s) => s.courseId);
  const [transport] = useState(() => fileTransportFor(api));
  return (
    <details className="media-import">
      <summary>Import a file into the media library…</summary>
      <FileImport<MediaImportResult[]>
        transport={transport}
        kind="media"
        label="File to import"
        accept={accept ?? 'video/*,audio/*,image/*'}
        submitLabel="Import"
        courseId={courseId ?? undefined}
        importPath={(path) => api.invoke('media.import', { paths: [path], ...(courseId ? { courseId } : {}) })}
        onImported={(results) => {
          for (const r of results) if (r.error) notices.getState().pushError(r.error);
          void media.getState().load();
          const asset = results.find((r) => r.asset)?.asset;
          if (asset) onImported(asset.id, asset.fileName);
        }}
        onError={(e) => notices.getState().pushError(e)}
      />
    </details>
  );
}
