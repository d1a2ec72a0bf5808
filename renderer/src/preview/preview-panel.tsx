import { useEffect, useId, useRef, useState } from 'react';
import { useStore } from 'zustand';
import type { StoreApi } from 'zustand/vanilla';
import { EXPORT_FORMAT_REGISTRY, EXPORT_FORMATS, type ExportFormat } from '../../../shared';
import { VIEWPORT_MESSAGE } from '../../lms-stand-in/launch-params';
import { DEVICE_WIDTHS, type PreviewDevice, type PreviewState } from './preview-store';
import { CONTENT_FRAME_SANDBOX } from '../components/common/content-frame';
import './preview.css';

const PREVIEW_FORMATS: ReadonlyArray<{ format: ExportFormat; label: string }> = EXPORT_FORMATS.filter(
  (f) => EXPORT_FORMAT_REGISTRY[f].inPreview,
).map((format) => ({ format, label: EXPORT_FORMAT_REGISTRY[format].shortLabel }));
const DEVICES: ReadonlyArray<{ device: PreviewDevice; label: string }> = [
  { device: 'phone', label: `Phone (${DEVICE_WIDTHS.phone}px)` },
  { device: 'tablet', label: `Tablet (${DEVICE_WIDTHS.tablet}px)` },
  { device: 'desktop', label: `Desktop (${DEVICE_WIDTHS.desktop}px)` },
];

/**
 * Full-window preview on a modal <dialog>: the stand-in LMS page (with its live values panel) running
 * the exact export. The device size is posted to the page, so switching it does not relaunch the course.
 */
export function PreviewPanel({
  store,
  courseTitle,
  onClose,
}: {
  store: StoreApi<PreviewState>;
  courseTitle: string;
  onClose: () => void;
}) {
  const s = useStore(store);
  const dialog = useRef<HTMLDialogElement>(null);
  const frame = useRef<HTMLIFrameElement>(null);
  const closeButton = useRef<HTMLButtonElement>(null);
  const titleId = useId();
  const formatId = useId();
  const width = DEVICE_WIDTHS[s.device];
  const build = s.build;

  useEffect(() => {
    const el = dialog.current;
    if (el && !el.open) el.showModal();
    closeButton.current?.focus();
    void build();
    return () => el?.close();
  }, [build]);

  // The width in the URL covers the first load; later changes go by message (no relaunch).
  const src = s.launchUrl ? `${s.launchUrl}&width=${s.launchWidth}` : null;
  // Only a loaded frame is on the content origin: before that it is about:blank on the app's origin, and a
  // message addressed to the content origin would be dropped with a console warning.
  const [loadedSrc, setLoadedSrc] = useState<string | null>(null);

  useEffect(() => {
    const win = frame.current?.contentWindow;
    if (!win || !src || loadedSrc !== src) return;
    win.postMessage({ type: VIEWPORT_MESSAGE, width }, new URL(src, window.location.href).origin);
  }, [width, src, loadedSrc]);

  return (
    <dialog
      ref={dialog}
      className="preview-dialog"
      aria-labelledby={titleId}
      onCancel={(e) => {
        e.preventDefault();
        onClose();
      }}
    >
      <div className="preview-toolbar">
        <h2 id={titleId} className="preview-title">
          Preview: {courseTitle}
        </h2>
        <label htmlFor={formatId}>Format</label>
        <select
          id={formatId}
          className="input"
          value={s.format}
          onChange={(e) => void s.setFormat(e.target.value as ExportFormat)}
        >
          {PREVIEW_FORMATS.map((f) => (
            <option key={f.format} value={f.format}>
              {f.label}
            </option>
          ))}
        </select>
        <div role="group" aria-label="Device size" className="preview-devices">
          {DEVICES.map((d) => (
            <button
              key={d.device}
              type="button"
              className="button button-small"
              aria-pressed={s.device === d.device}
              onClick={() => s.setDevice(d.device)}
            >
              {d.label}
            </button>
          ))}
        </div>
        <button
          type="button"
          className="button button-small"
          onClick={() => void s.build()}
          disabled={s.status === 'building'}
        >
          Rebuild
        </button>
        <button ref={closeButton} type="button" className="button button-small" onClick={onClose}>
          Close preview
        </button>
      </div>
      <p role="status" aria-live="polite" className="preview-status">
        {s.status === 'building' ? 'Exporting the course for preview…' : ''}
      </p>
      {s.error ? (
        <p role="alert" className="export-error">
          {s.error.message}
        </p>
      ) : null}
      {src ? (
        <iframe
          ref={frame}
          className="preview-frame"
          title={`Preview of ${courseTitle} in a stand-in LMS`}
          sandbox={CONTENT_FRAME_SANDBOX}
          src={src}
          onLoad={() => setLoadedSrc(src)}
        />
      ) : null}
    </dialog>
  );
}
