import { CircleStop, Download, RotateCcw } from 'lucide-react';
import { useEffect, useId, useRef } from 'react';
import { useStore } from 'zustand';
import type { StoreApi } from 'zustand/vanilla';
import { Button } from '../components/ui/button';
import { FORMAT_OPTIONS } from './export-formats';
import { ExportReportView } from './export-report-view';
import { Scorm12Reporting } from './scorm12-reporting';
import type { ExportState } from './export-store';
import './export.css';

/**
 * The export dialog on the native modal <dialog> (focus trap, inert background, Escape closes).
 * Closing does not cancel a running export: reopening shows its progress; Cancel stops it.
 */
export function ExportDialog({ store, onClose }: { store: StoreApi<ExportState>; onClose: () => void }) {
  const s = useStore(store);
  const dialog = useRef<HTMLDialogElement>(null);
  const firstField = useRef<HTMLInputElement>(null);
  const titleId = useId();
  const statusId = useId();
  const busy = s.status === 'starting' || s.status === 'running';
  const init = s.init;

  useEffect(() => {
    const el = dialog.current;
    if (el && !el.open) el.showModal();
    firstField.current?.focus();
    void init();
    return () => el?.close();
  }, [init]);

  const percent = s.total > 0 ? Math.round((s.done / s.total) * 100) : 0;
  const statusText =
    s.status === 'starting' || (s.status === 'running' && s.phase === 'prepare')
      ? 'Preparing the package…'
      : s.status === 'running'
        ? `Writing the package: ${percent}%`
        : s.status === 'done'
          ? 'Export finished.'
          : s.status === 'cancelled'
            ? 'Export cancelled. Nothing was saved.'
            : s.status === 'failed'
              ? 'Export failed. Nothing was saved.'
              : '';

  return (
    <dialog
      ref={dialog}
      className="dialog export-dialog"
      aria-labelledby={titleId}
      onCancel={(e) => {
        e.preventDefault();
        onClose();
      }}
    >
      <h2 id={titleId}>Export “{s.courseTitle}”</h2>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void store.getState().start();
        }}
      >
        <fieldset className="export-formats" disabled={busy}>
          <legend>Format</legend>
          {FORMAT_OPTIONS.map((o, i) => (
            <label key={o.format} className="export-format">
              <input
                ref={i === 0 ? firstField : undefined}
                type="radio"
                name="export-format"
                value={o.format}
                checked={s.format === o.format}
                onChange={() => s.setFormat(o.format)}
              />
              <span>
                <strong>{o.label}</strong> <span className="muted">{o.hint}</span>
              </span>
            </label>
          ))}
        </fieldset>
        {s.format === 'scorm12' ? <Scorm12Reporting s={s} disabled={busy} /> : null}

        <p className="muted export-hint">
          {s.transport === 'electron'
            ? 'You choose where to save the package when you export.'
            : 'Your browser downloads the package when it is ready.'}
        </p>

        {s.status !== 'idle' ? (
          <div className="export-progress">
            <progress
              max={100}
              value={s.status === 'done' ? 100 : busy && s.total > 0 ? percent : undefined}
              aria-labelledby={statusId}
            />
            <p id={statusId} role="status" aria-live="polite">
              {statusText}
            </p>
          </div>
        ) : null}
        {s.error ? (
          <p role="alert" className="export-error">
            {s.error.message}
          </p>
        ) : null}
        {s.report ? (
          <ExportReportView
            report={s.report}
            shown={s.shown}
            downloaded={s.downloaded}
            onShowFile={s.transport === 'electron' ? () => void s.showFile() : null}
          />
        ) : null}

        <div className="dialog-actions">
          {busy ? (
            <Button icon={CircleStop} onClick={() => void s.cancel()} disabled={s.status !== 'running'}>
              Cancel export
            </Button>
          ) : s.status === 'idle' ? null : (
            <Button icon={RotateCcw} onClick={s.reset}>
              Export again
            </Button>
          )}
          <Button onClick={onClose}>Close</Button>
          {s.status === 'idle' ? (
            <Button type="submit" variant="primary" icon={Download}>
              {s.transport === 'electron' ? 'Export…' : 'Export'}
            </Button>
          ) : null}
        </div>
      </form>
    </dialog>
  );
}
