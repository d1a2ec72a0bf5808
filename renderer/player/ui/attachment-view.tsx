/** @jsxImportSource preact */
import type { JSX } from 'preact';
import type { BlockOf } from '../../../shared/model/blocks';
import type { BlockContext, BlockViewRegistry } from './block-view-types';

const TYPE_NAMES: Readonly<Record<string, string>> = {
  'application/pdf': 'PDF',
  'text/csv': 'CSV',
  'text/plain': 'Text',
  'application/zip': 'ZIP',
};

/** "PDF", "DOCX"…: a known MIME type's name, else the file name's extension. */
function typeName(mime: string, fileName: string): string {
  return TYPE_NAMES[mime] ?? /\.([A-Za-z0-9]{1,8})$/.exec(fileName)?.[1]?.toUpperCase() ?? 'File';
}

function formatFileSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

/** A file to download: its title (or name), name, type and size, as one link with the `download` attribute. */
function AttachmentBlock({ block, ctx }: { block: BlockOf<'attachment'>; ctx: BlockContext }): JSX.Element | null {
  const asset = block.assetId ? ctx.assets[block.assetId] : undefined;
  if (!asset) return null;
  const name = block.fileName || asset.src.slice(asset.src.lastIndexOf('/') + 1);
  const meta = [typeName(asset.mime, name), asset.size > 0 ? formatFileSize(asset.size) : ''].filter(Boolean);
  return (
    <div class="cw-attachment">
      <a class="cw-attachment-link" href={asset.src} download={name}>
        <span class="cw-attachment-title">{block.title || name}</span>
        <span class="cw-attachment-meta">
          {block.title ? `${name} · ` : ''}
          {meta.join(' · ')}
          <span class="cw-visually-hidden"> (download)</span>
        </span>
      </a>
      {block.description ? <p class="cw-attachment-text">{block.description}</p> : null}
    </div>
  );
}

export const attachmentViews: Pick<BlockViewRegistry, 'attachment'> = { attachment: AttachmentBlock };
