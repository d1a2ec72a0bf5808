import { useState } from 'react';
import type { ExportReport } from '../../../shared';
import { formatBytes, formatLabel } from './export-formats';

/** What an export produced: where, how big (by category) and what the author may want to fix. */
export function ExportReportView({
  report,
  shown,
  downloaded = null,
  onShowFile,
}: {
  report: ExportReport;
  /** Outcome of the last "Show file" (null: not asked yet). */
  shown: { shown: boolean; reason?: string | undefined } | null;
  /** Browser: the name the package was downloaded as (the host path means nothing there). */
  downloaded?: string | null;
  /** Null where files cannot be shown (the browser). */
  onShowFile: (() => void) | null;
}) {
  const [copied, setCopied] = useState<'idle' | 'copied' | 'failed'>('idle');
  const copy = () => {
    navigator.clipboard.writeText(report.outPath).then(
      () => setCopied('copied'),
      () => setCopied('failed'),
    );
  };
  const rows: Array<[string, string]> = [
    ['Format', formatLabel(report.format)],
    ['Files', String(report.fileCount)],
    ['Player (runtime)', formatBytes(report.bytes.runtime)],
    ['Course content', formatBytes(report.bytes.content)],
    ['Media', formatBytes(report.bytes.media)],
    [report.output === 'zip' ? 'Zip file' : 'Folder', formatBytes(report.packageBytes)],
  ];
  return (
    <div className="export-report">
      {downloaded !== null ? (
        <p className="export-path-row" role="status">
          Downloaded as <code className="export-path">{downloaded}</code> (see your browser’s downloads).
        </p>
      ) : (
        <p className="export-path-row">
          <span>Saved to</span> <code className="export-path">{report.outPath}</code>{' '}
          <button type="button" className="button button-small" onClick={copy}>
            Copy path
          </button>{' '}
          {onShowFile ? (
            <button type="button" className="button button-small" onClick={onShowFile}>
              Show file
            </button>
          ) : null}{' '}
          <span role="status" className="muted">
            {copied === 'copied' ? 'Copied.' : copied === 'failed' ? 'Could not copy; select the path instead.' : ''}
            {shown && !shown.shown ? ` Could not show the file (${shown.reason ?? 'unknown reason'}).` : ''}
          </span>
        </p>
      )}
      <table className="export-sizes">
        <caption>Package size</caption>
        <tbody>
          {rows.map(([label, value]) => (
            <tr key={label}>
              <th scope="row">{label}</th>
              <td>{value}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {report.warnings.length === 0 ? (
        <p>No warnings.</p>
      ) : (
        <>
          <h3 className="export-warnings-title">
            {report.warnings.length === 1 ? '1 warning' : `${report.warnings.length} warnings`}
          </h3>
          <ul className="export-warnings">
            {report.warnings.map((w, i) => (
              <li key={`${w.code}-${i}`}>{w.message}</li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
