import { useEffect, useId, useState } from 'react';
import type { AttemptRecordRow, PlayableItem } from '../../../shared';
import type { StoreApi } from 'zustand/vanilla';
import type { LearnState } from './learn-store';
import { downloadRecords } from './learn-delete';
import { formatDuration } from './learn-format';

/** The records of every learner, per course or package: a filterable table and CSV/xAPI downloads of the selection. */
export function RecordsView({
  store,
  items,
  version,
}: {
  store: StoreApi<LearnState>;
  /** What can be picked in the filter. */
  items: readonly PlayableItem[];
  /** Changes when attempts may have changed (reload). */
  version: number;
}) {
  const [itemId, setItemId] = useState('');
  const [learner, setLearner] = useState('');
  const [rows, setRows] = useState<AttemptRecordRow[]>([]);
  const ids = { item: useId(), learner: useId(), caption: useId() };

  useEffect(() => {
    let live = true;
    void store
      .getState()
      .listRecords(itemId || undefined)
      .then((list) => {
        if (live && list) setRows(list);
      });
    return () => {
      live = false;
    };
  }, [store, itemId, version]);

  const download = async (format: 'csv' | 'xapi') => {
    const file = await store.getState().exportRecords(format, { itemId: itemId || undefined });
    if (file) downloadRecords(file);
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
