import { useEffect, useId, useState } from 'react';
import type { AppErrorShape, AttemptRecordRow, CoursewrightApi, PlayableItem } from '../../../shared';
import { downloadRecords } from './learn-delete';
import { formatDuration } from './learn-format';

/** The records of every learner, per course or package: a filterable table and CSV/xAPI downloads of the selection. */
export function RecordsView({
  api,
  items,
  version,
  onError,
}: {
  api: CoursewrightApi;
  /** What can be picked in the filter. */
  items: readonly PlayableItem[];
  /** Changes when attempts may have changed (reload). */
  version: number;
  onError: (error: AppErrorShape) => void;
}) {
  const [itemId, setItemId] = useState('');
  const [learner, setLearner] = useState('');
  const [rows, setRows] = useState<AttemptRecordRow[]>([]);
  const ids = { item: useId(), learner: useId(), caption: useId() };

  useEffect(() => {
    let live = true;
    void api.invoke('records.list', itemId ? { itemId } : {}).then((r) => {
      if (!live) return;
      if (r.ok) setRows(r.value);
      else onError(r.error);
    });
    return () => {
      live = false;
    };
  }, [api, itemId, version, onError]);

  const download = async (format: 'csv' | 'xapi') => {
    const r = await api.invoke('records.export', { format, ...(itemId ? { itemId } : {}) });
    if (!r.ok) return onError(r.error);
    downloadRecords(r.value);
  };

  const needle = learner.trim().toLocaleLowerCase();
  const shown = needle ? rows.filter((r) => r.learnerName.toLocaleLowerCase().includes(needle)) : rows;
  const choices = [...new Map(items.map((i) => [i.id, i])).values()];
  return (
    <section aria-labelledby="records-heading" className="panel learn-records">
      <h2 id="records-heading">Records</h2>
      <div className="learn-inline-form">
        <div className="field">
          <label htmlFor={ids.item}>Course or package</label>
          <select id={ids.item} value={itemId} onChange={(e) => setItemId(e.target.value)}>
            <option value="">All</option>
            {choices.map((i) => (
              <option key={i.id} value={i.id}>
                {i.title}
                {i.kind === 'package' ? ' (package)' : ''}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={ids.learner}>Learner name contains</label>
          <input id={ids.learner} type="search" value={learner} onChange={(e) => setLearner(e.target.value)} />
        </div>
        <button type="button" className="button" onClick={() => void download('csv')}>
          Download CSV
        </button>
        <button type="button" className="button" onClick={() => void download('xapi')}>
          Download xAPI statements
        </button>
      </div>
      {shown.length === 0 ? (
        <p className="muted">No attempts recorded{itemId || needle ? ' for this selection' : ''} yet.</p>
      ) : (
        <table className="learn-table" aria-describedby={ids.caption}>
          <caption id={ids.caption} className="visually-hidden">
            Attempts, newest first
          </caption>
          <thead>
            <tr>
              <th scope="col">Learner</th>
              <th scope="col">Course or package</th>
              <th scope="col">Attempt</th>
              <th scope="col">Status</th>
              <th scope="col">Score</th>
              <th scope="col">Time</th>
              <th scope="col">Last opened</th>
              <th scope="col">Answers</th>
            </tr>
          </thead>
          <tbody>
            {shown.map((r) => (
              <tr key={r.attemptId}>
                <th scope="row">{r.learnerName}</th>
                <td>{r.itemTitle}</td>
                <td>{r.number}</td>
                <td>{r.status}</td>
                <td>{r.scoreScaled === null ? '—' : `${Math.round(r.scoreScaled * 100)}%`}</td>
                <td>{formatDuration(r.totalTimeMs)}</td>
                <td>{new Date(r.lastOpenedAt).toLocaleString()}</td>
                <td>{r.interactionCount}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
