import type { ReactNode } from 'react';
import { formatJobProgress, type MediaItem } from '../../../shared';
import type { CaptionTrack } from './caption-tracks';
import type { JobProgress } from './media-library-store';
import { Pencil, RotateCcw, Trash2, X } from 'lucide-react';
import { Button } from '../components/ui/button';

export interface AssetRowActions {
  onCancel(jobId: string): void;
  onRetry(jobId: string): void;
  onDelete(assetId: string): void;
  onEditCaptions(assetId: string): void;
  /** Captions tools for a video row ("Add captions", "Create captions"); absent: none shown. */
  renderVideoCaptions?(item: MediaItem): ReactNode;
}

/** One library asset: kind, status, metadata, its jobs with progress and the actions on them. */
export function MediaAssetRow({
  item,
  live,
  actions,
  captions,
}: {
  item: MediaItem;
  live: Record<string, JobProgress>;
  actions: AssetRowActions;
  /** The caption tracks this video's blocks use (each one editable from here). */
  captions: readonly CaptionTrack[];
}) {
  const meta = item.meta;
  return (
    <li className="media-asset" aria-label={item.fileName}>
      <div className="media-asset-head">
        <strong>{item.fileName}</strong> <span className="media-kind">{item.kind}</span>{' '}
        <span className={`media-status media-status-${item.status}`}>{item.status}</span>
      </div>
      <p className="media-meta">
        {describeMeta(meta)} · {formatBytes(item.size)}
      </p>
      {item.jobs.length ? (
        <ul className="media-jobs">
          {item.jobs.map((job) => {
            const now = live[job.id];
            const state = now && rank(now.state) >= rank(job.state) ? now.state : job.state;
            const fraction = now && state === now.state ? now.fraction : job.progress;
            const label = formatJobProgress(fraction, now && state === now.state ? now.etaSeconds : null);
            return (
              <li key={job.id}>
                <span>
                  {job.kind} {job.method ? `(${job.method})` : ''}: <span className="media-job-state">{state}</span>
                </span>{' '}
                {state === 'running' || state === 'queued' ? (
                  <progress
                    aria-label={`${item.fileName} ${job.kind} progress`}
                    aria-valuetext={state === 'queued' ? 'waiting' : label}
                    max={1}
                    value={state === 'queued' ? 0 : fraction}
                  />
                ) : null}
                {state === 'running' ? <span className="media-job-progress"> {label}</span> : null}
                {state === 'done' ? (
                  <progress aria-label={`${item.fileName} ${job.kind} done`} max={1} value={1} />
                ) : null}
                {job.error && state === 'failed' ? <span className="media-error"> {job.error}</span> : null}
                {state === 'running' || state === 'queued' ? (
                  <Button size="sm" variant="quiet" icon={X} onClick={() => actions.onCancel(job.id)}>
                    Cancel <span className="visually-hidden">{`${job.kind} job for ${item.fileName}`}</span>
                  </Button>
                ) : null}
                {state === 'failed' || state === 'cancelled' ? (
                  <Button size="sm" icon={RotateCcw} onClick={() => actions.onRetry(job.id)}>
                    Retry <span className="visually-hidden">{`${job.kind} job for ${item.fileName}`}</span>
                  </Button>
                ) : null}
              </li>
            );
          })}
        </ul>
      ) : null}
      <div className="media-asset-actions">
        {captions.map((track) => (
          <Button key={track.assetId} size="sm" icon={Pencil} onClick={() => actions.onEditCaptions(track.assetId)}>
            Edit {track.label} captions <span className="visually-hidden">{`of ${item.fileName}`}</span>
          </Button>
        ))}
        {item.kind === 'captions' ? (
          <Button size="sm" icon={Pencil} onClick={() => actions.onEditCaptions(item.id)}>
            Edit captions <span className="visually-hidden">{item.fileName}</span>
          </Button>
        ) : null}
        {item.kind === 'video' ? actions.renderVideoCaptions?.(item) : null}
        <Button size="sm" variant="danger-quiet" icon={Trash2} onClick={() => actions.onDelete(item.id)}>
          Delete <span className="visually-hidden">{item.fileName}</span>
        </Button>
      </div>
    </li>
  );
}

/** Job states only move forward, so a stale list never hides a newer progress event. */
function rank(state: string): number {
  return state === 'queued' ? 0 : state === 'running' ? 1 : 2;
}

function describeMeta(meta: MediaItem['meta']): string {
  if (!meta) return 'no metadata yet';
  const parts: string[] = [];
  if (meta.duration !== null) parts.push(formatDuration(meta.duration));
  if (meta.width !== null && meta.height !== null) parts.push(`${meta.width}×${meta.height}`);
  if (meta.videoCodec) parts.push(meta.videoCodec);
  if (meta.audioCodec) parts.push(meta.audioCodec);
  return parts.join(' · ') || meta.mediaKind;
}

function formatDuration(seconds: number): string {
  const s = Math.round(seconds);
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
}

function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1_048_576) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1_048_576).toFixed(1)} MB`;
}
