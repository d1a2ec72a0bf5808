import { ATTACHMENT_EXTENSIONS, safeFileName as safeName } from '../../../../shared';
import { useMedia } from '../editor-context';
import { MediaImportForm } from '../media/media-import-form';
import { AssetPicker } from './asset-picker';
import type { EditorPartProps, EditorPartRegistry } from './block-part-types';
import { TextArea, TextField } from './fields';

function AttachmentEditor({ block, onChange }: EditorPartProps<'attachment'>) {
  const items = useMedia((s) => s.items);
  const pick = (assetId: string | null, fileName?: string) =>
    onChange({
      ...block,
      assetId,
      fileName: safeName(fileName ?? items.find((i) => i.id === assetId)?.fileName ?? block.fileName),
    });
  return (
    <div className="block-fields">
      <AssetPicker label="File to download" kind="other" value={block.assetId} onChange={(id) => pick(id)} />
      <MediaImportForm accept={ATTACHMENT_EXTENSIONS.join(',')} onImported={pick} />
      <TextField label="Link text (optional)" value={block.title} onChange={(title) => onChange({ ...block, title })} />
      <TextField
        label="Saved as (file name)"
        value={block.fileName}
        onChange={(fileName) => onChange({ ...block, fileName: safeName(fileName) })}
      />
      <TextArea
        label="Description (optional)"
        rows={2}
        value={block.description}
        onChange={(description) => onChange({ ...block, description })}
      />
    </div>
  );
}

export const attachmentParts: Pick<EditorPartRegistry, 'attachment'> = { attachment: AttachmentEditor };
