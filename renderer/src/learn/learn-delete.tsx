import { useId, useState } from 'react';
import type { AppErrorShape, ChannelOutput, Result } from '../../../shared';
import { ConfirmDialog } from '../components/common/confirm-dialog';

/** Hands a records export to the browser as a file download (it arrives as text through the contract). */
export function downloadRecords(records: { content: string; mime: string; fileName: string }): void {
  const url = URL.createObjectURL(new Blob([records.content], { type: records.mime }));
  const a = document.createElement('a');
  a.href = url;
  a.download = records.fileName;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/**
 * "Delete" for a learner or an imported package: asks first, and offers the records as a CSV download before
 * they go (checked by default, so nothing is lost by accident).
 */
export function DeleteWithRecords({
  exportRecords,
  name,
  what,
  learnerId,
  remove,
  onDeleted,
  onError,
}: {
  /** The learn store's records export (null when it failed and was reported). */
  exportRecords: (learnerId: string | undefined) => Promise<ChannelOutput<'records.export'> | null>;
  /** The learner's or package's name, in the button and the dialog. */
  name: string;
  what: 'learner' | 'package';
  /** Limits the records download to this learner (a package's records cover every learner). */
  learnerId?: string | undefined;
  remove: () => Promise<Result<unknown>>;
  onDeleted: () => void;
  onError: (error: AppErrorShape) => void;
}) {
  const [open, setOpen] = useState(false);
  const [keep, setKeep] = useState(true);
  const [busy, setBusy] = useState(false);
  const keepId = useId();

  const confirm = async () => {
    setBusy(true);
    if (keep) {
      const records = await exportRecords(learnerId);
      if (!records) {
        setBusy(false);
        return; // nothing deleted when the records could not be saved (the store reported why)
      }
      downloadRecords(records);
    }
    const r = await remove();
    setBusy(false);
    setOpen(false);
    if (!r.ok) return onError(r.error);
    onDeleted();
  };

  return (
    <>
      <button type="button" className="button button-small button-danger-quiet" onClick={() => setOpen(true)}>
        Delete <span className="visually-hidden">{`${what} ${name}`}</span>
      </button>
      {open ? (
        <ConfirmDialog
          title={`Delete ${what} “${name}”?`}
          confirmLabel={`Delete ${what}`}
          busy={busy}
          onConfirm={() => void confirm()}
          onCancel={() => setOpen(false)}
        >
          <p>
            {what === 'learner'
              ? 'Their attempts and progress are deleted with them.'
              : 'Its files and every learner’s attempts on it are deleted with it.'}
          </p>
          <label htmlFor={keepId}>
            <input id={keepId} type="checkbox" checked={keep} onChange={(e) => setKeep(e.target.checked)} /> Download
            the records (CSV) first
          </label>
        </ConfirmDialog>
      ) : null}
    </>
  );
}
