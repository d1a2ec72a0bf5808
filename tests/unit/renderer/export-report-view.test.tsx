import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { ExportReport } from '../../../shared';
import { ExportReportView } from '../../../renderer/src/export/export-report-view';

const REPORT: ExportReport = {
  format: 'html5',
  courseId: '0b0c3f7e-1d2a-4b5c-9d8e-7f6a5b4c3d2e',
  courseTitle: 'Intro',
  outPath: '/home/ana/intro-html5.zip',
  output: 'zip',
  fileCount: 3,
  bytes: { runtime: 1, content: 2, media: 3, total: 6 },
  packageBytes: 5,
  suspendData: { worstCase: 10, limit: null },
  warnings: [],
  durationMs: 1,
};

describe('export report view', () => {
  it('offers "Copy path" and "Show file" next to the saved path', () => {
    const html = renderToStaticMarkup(<ExportReportView report={REPORT} shown={null} onShowFile={() => {}} />);
    expect(html).toContain('/home/ana/intro-html5.zip');
    expect(html).toMatch(/<button[^>]*>Copy path<\/button>/);
    expect(html).toMatch(/<button[^>]*>Show file<\/button>/);
    expect(html).not.toContain('Could not show');
  });

  it('says why the file could not be shown', () => {
    const html = renderToStaticMarkup(
      <ExportReportView report={REPORT} shown={{ shown: false, reason: 'running under CI' }} onShowFile={() => {}} />,
    );
    expect(html).toContain('Could not show the file (running under CI).');
    const shown = renderToStaticMarkup(
      <ExportReportView report={REPORT} shown={{ shown: true }} onShowFile={() => {}} />,
    );
    expect(shown).not.toContain('Could not show');
  });
});
