import { describe, expect, it } from 'vitest';
import { progressView } from '../../../../main/cli/commands/media';
import type { QueueEvent } from '../../../../main/media/queue/transcode-queue';

const A = '11111111-1111-4111-8111-111111111111';
const J1 = '22222222-2222-4222-8222-222222222222';
const J2 = '33333333-3333-4333-8333-333333333333';

function capture(tty: boolean) {
  let err = '';
  const view = progressView(
    { stdout: () => undefined, stderr: (t) => (err += t) },
    tty,
    new Map([[A, 'talk.mp4']]),
    2,
    (id) => (id === J1 ? 'video' : 'poster'),
  );
  return { view, out: () => err };
}
const ev = (jobId: string, state: QueueEvent['state'], fraction: number, message?: string): QueueEvent => ({
  jobId,
  assetId: A,
  state,
  fraction,
  ...(message ? { message } : {}),
});

describe('media import progress view', () => {
  it('redraws one bar on a terminal, reaching 100 % when all jobs are done', () => {
    const { view, out } = capture(true);
    view.update(ev(J1, 'running', 0.5));
    view.update({ ...ev(J1, 'running', 0.84), etaSeconds: 65 });
    view.update(ev(J1, 'done', 1));
    view.update(ev(J2, 'done', 1));
    const frames = out().split('\r\x1b[2K').filter(Boolean);
    expect(frames[0]).toBe('[######..................] 25 %  0/2 jobs  talk.mp4');
    expect(frames[1]).toBe('[##########..............] 42 % · 1 min left  0/2 jobs  talk.mp4');
    expect(frames.at(-1)).toBe('[########################] 100 %  2/2 jobs  talk.mp4');
  });

  it('prints one plain line per state change in pipes and logs, with failures explained', () => {
    const { view, out } = capture(false);
    view.update(ev(J1, 'queued', 0));
    view.update(ev(J1, 'running', 0));
    view.update(ev(J1, 'running', 0.4));
    view.update(ev(J1, 'running', 0.8));
    view.update(ev(J1, 'done', 1));
    view.update(ev(J2, 'failed', 0, 'talk.mp4: ffmpeg exited with status 1'));
    expect(out()).toBe(
      'talk.mp4 (video): running\ntalk.mp4 (video): done\ntalk.mp4 (poster): failed — talk.mp4: ffmpeg exited with status 1\n',
    );
  });

  it('ignores jobs of other imports (resumed from an earlier run)', () => {
    const { view, out } = capture(false);
    view.update({ ...ev(J1, 'done', 1), assetId: '44444444-4444-4444-8444-444444444444' });
    expect(out()).toBe('');
  });
});
