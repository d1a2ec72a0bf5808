import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { formatJobProgress, formatTimeLeft, type MediaItem } from '../../../shared';
import { MediaAssetRow } from '../../../renderer/src/media/media-asset-row';
import { createProgressEstimate } from '../../../main/media/queue/progress-estimate';

describe('job progress label', () => {
  it('reads "42 % · 1 min left", and only the percent while the time left is unknown', () => {
    expect(formatJobProgress(0.425, 65)).toBe('42 % · 1 min left');
    expect(formatJobProgress(0.1, null)).toBe('10 %');
    expect(formatJobProgress(0.5, 12.4)).toBe('50 % · 12 s left');
    expect(formatTimeLeft(3900)).toBe('1 h 5 min left');
    expect(formatTimeLeft(-1)).toBe('');
  });

  it('never shows a percent going back or a time left growing', () => {
    let t = 0;
    const estimate = createProgressEstimate(0, () => t);
    const out = [0.1, 0.3, 0.25, 0.35, 0.5, 0.9].map((f) => {
      t += 1000 * (f === 0.35 ? 10 : 1); // a slow stretch would make a naive estimate jump up
      return estimate(f);
    });
    const fractions = out.map((o) => o.fraction);
    expect(fractions).toEqual([...fractions].sort((a, b) => a - b));
    const etas = out.map((o) => o.etaSeconds!);
    expect(etas).toEqual([...etas].sort((a, b) => b - a));
    expect(estimate(1)).toEqual({ fraction: 1, etaSeconds: 0 });
  });

  it('the media panel row shows the percent and time left of a running job', () => {
    const item = {
      id: 'a1',
      kind: 'video',
      fileName: 'talk.mp4',
      mime: 'video/mp4',
      size: 1000,
      sha256: 'a'.repeat(64),
      createdAt: '2026-01-01T00:00:00.000Z',
      status: 'processing',
      courseId: null,
      meta: null,
      renditions: [],
      jobs: [
        {
          id: 'j1',
          assetId: 'a1',
          kind: 'video',
          state: 'running',
          progress: 0.1,
          error: null,
          attempts: 1,
          method: null,
          speed: null,
          createdAt: '2026-01-01T00:00:00.000Z',
          startedAt: '2026-01-01T00:00:00.000Z',
          finishedAt: null,
        },
      ],
    } as unknown as MediaItem;
    const actions = { onCancel() {}, onRetry() {}, onDelete() {}, onEditCaptions() {} };
    const html = renderToStaticMarkup(
      <MediaAssetRow
        item={item}
        live={{ j1: { state: 'running', fraction: 0.42, etaSeconds: 70 } }}
        actions={actions}
        captions={[]}
      />,
    );
    expect(html).toContain('42 % · 1 min left');
    expect(html).toContain('aria-valuetext="42 % · 1 min left"');
  });
});
