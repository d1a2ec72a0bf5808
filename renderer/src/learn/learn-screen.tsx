import { FileDown, Play } from 'lucide-react';
import { useCallback, useEffect, useState, type FormEvent } from 'react';
import './learn.css';
import type { AttemptLaunch, Learner, PlayableItem } from '../../../shared';
import { Button } from '../components/ui/button';
import { useStores } from '../stores/stores-context';
import { LearnPlayer } from './learn-player';
import { LrsSyncPanel } from './lrs-sync-panel';

const FORMAT_LABELS: Record<PlayableItem['format'], string> = {
  scorm12: 'SCORM 1.2',
  'scorm2004-3rd': 'SCORM 2004',
  'scorm2004-4th': 'SCORM 2004',
};

export function formatDuration(ms: number): string {
  const minutes = Math.round(ms / 60000);
  if (ms > 0 && minutes === 0) return `${Math.max(1, Math.round(ms / 1000))} s`;
  return minutes < 60 ? `${minutes} min` : `${Math.floor(minutes / 60)} h ${minutes % 60} min`;
}

/** Learner mode: profiles, everything playable with its progress, package import, records export, the player. */
export function LearnScreen() {
  const { api, notices } = useStores();
  const [learners, setLearners] = useState<Learner[]>([]);
  const [learnerId, setLearnerId] = useState<string | null>(null);
  const [items, setItems] = useState<PlayableItem[]>([]);
  const [launch, setLaunch] = useState<AttemptLaunch | null>(null);
  const [name, setName] = useState('');
  const [zipPath, setZipPath] = useState('');
  const onError = useCallback(
    (message: string) => notices.getState().pushError({ code: 'INTERNAL', message }),
    [notices],
  );

  const [itemsVersion, setItemsVersion] = useState(0);
  const loadItems = useCallback(() => setItemsVersion((v) => v + 1), []);

  useEffect(() => {
    let live = true;
    void api.invoke('learners.list', {}).then((r) => {
      if (!live) return;
      if (!r.ok) return notices.getState().pushError(r.error);
      setLearners(r.value);
      setLearnerId((current) => current ?? r.value[0]?.id ?? null);
    });
    return () => {
      live = false;
    };
  }, [api, notices]);

  useEffect(() => {
    if (!learnerId) return;
    let live = true;
    void api.invoke('learn.list', { learnerId }).then((r) => {
      if (!live) return;
      if (r.ok) setItems(r.value);
      else notices.getState().pushError(r.error);
    });
    return () => {
      live = false;
    };
  }, [api, notices, learnerId, itemsVersion]);

  const createLearner = async (e: FormEvent) => {
    e.preventDefault();
    const r = await api.invoke('learners.create', { name });
    if (!r.ok) return notices.getState().pushError(r.error);
    setName('');
    setLearners((l) => [...l, r.value]);
    setLearnerId(r.value.id);
  };

  const importZip = async (e: FormEvent) => {
    e.preventDefault();
    const r = await api.invoke('scorm.import', { path: zipPath.trim() });
    if (!r.ok) return notices.getState().pushError(r.error);
    notices.getState().pushSuccess(`Imported “${r.value.title}”.`);
    setZipPath('');
    loadItems();
  };

  const open = async (item: PlayableItem, action: 'start' | 'review' | 'reset') => {
    if (!learnerId) return;
    const ref = { learnerId, kind: item.kind, itemId: item.id };
    const r =
      action === 'reset'
        ? await api.invoke('attempts.reset', ref)
        : await api.invoke('attempts.start', { ...ref, mode: action });
    if (!r.ok) return notices.getState().pushError(r.error);
    setLaunch(r.value);
  };

  const exportRecords = async (format: 'csv' | 'xapi') => {
    const r = await api.invoke('records.export', { format, ...(learnerId ? { learnerId } : {}) });
    if (!r.ok) return notices.getState().pushError(r.error);
    const url = URL.createObjectURL(new Blob([r.value.content], { type: r.value.mime }));
    const a = document.createElement('a');
    a.href = url;
    a.download = r.value.fileName;
    a.click();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  };

  if (launch) {
    return (
      <main id="main" className="learn-screen" tabIndex={-1}>
        <LearnPlayer
          api={api}
          launch={launch}
          onError={onError}
          onClose={() => {
            setLaunch(null);
            loadItems();
          }}
        />
      </main>
    );
  }

  return (
    <main id="main" className="learn-screen" tabIndex={-1}>
      <div className="screen-heading">
        <h1>Learn</h1>
        <p className="muted">Take courses and SCORM packages offline; progress is kept on this computer.</p>
      </div>

      <section aria-labelledby="learner-heading" className="panel">
        <h2 id="learner-heading">Learner</h2>
        {learners.length > 0 ? (
          <label>
            Who is learning{' '}
            <select value={learnerId ?? ''} onChange={(e) => setLearnerId(e.target.value)}>
              {learners.map((l) => (
                <option key={l.id} value={l.id}>
                  {l.name}
                </option>
              ))}
            </select>
          </label>
        ) : null}
        <form onSubmit={createLearner} className="learn-inline-form">
          <label>
            New learner name <input value={name} onChange={(e) => setName(e.target.value)} required maxLength={200} />
          </label>
          <Button type="submit" variant="primary">
            Add learner
          </Button>
        </form>
      </section>

      <section aria-labelledby="import-heading" className="panel">
        <h2 id="import-heading">Import a SCORM package</h2>
        <form onSubmit={importZip} className="learn-inline-form">
          <label>
            Path of a .zip on this computer{' '}
            <input value={zipPath} onChange={(e) => setZipPath(e.target.value)} required />
          </label>
          <Button type="submit" variant="primary">
            Import package
          </Button>
        </form>
      </section>

      <section aria-labelledby="playable-heading" className="panel">
        <h2 id="playable-heading">Courses and packages</h2>
        {!learnerId ? (
          <p className="muted">Add a learner to start.</p>
        ) : (
          <table className="learn-table">
            <thead>
              <tr>
                <th scope="col">Title</th>
                <th scope="col">Type</th>
                <th scope="col">Status</th>
                <th scope="col">Score</th>
                <th scope="col">Time</th>
                <th scope="col">Last opened</th>
                <th scope="col">
                  <span className="visually-hidden">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {items.map((item) => (
                <tr key={`${item.kind}:${item.id}`} data-item-id={item.id}>
                  <th scope="row">{item.title}</th>
                  <td>{item.kind === 'course' ? 'Course' : FORMAT_LABELS[item.format]}</td>
                  <td data-testid="status">{item.status}</td>
                  <td data-testid="score">
                    {item.scoreScaled === null ? '—' : `${Math.round(item.scoreScaled * 100)}%`}
                  </td>
                  <td>{formatDuration(item.totalTimeMs)}</td>
                  <td>{item.lastOpenedAt ? new Date(item.lastOpenedAt).toLocaleString() : 'Never'}</td>
                  <td className="learn-actions">
                    <Button
                      size="sm"
                      variant="primary"
                      icon={Play}
                      onClick={() => void open(item, 'start')}
                      aria-label={`${item.attemptId ? 'Resume' : 'Start'} ${item.title}`}
                    >
                      {item.attemptId ? 'Resume' : 'Start'}
                    </Button>
                    {item.attemptId ? (
                      <>
                        <Button size="sm" onClick={() => void open(item, 'review')} aria-label={`Review ${item.title}`}>
                          Review
                        </Button>
                        <Button
                          size="sm"
                          onClick={() => void open(item, 'reset')}
                          aria-label={`Start over ${item.title}`}
                        >
                          Start over
                        </Button>
                      </>
                    ) : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>

      <section aria-labelledby="records-heading" className="panel">
        <h2 id="records-heading">Records</h2>
        <Button size="sm" icon={FileDown} onClick={() => void exportRecords('csv')}>
          Export CSV
        </Button>{' '}
        <Button size="sm" icon={FileDown} onClick={() => void exportRecords('xapi')}>
          Export xAPI statements
        </Button>
      </section>
      <LrsSyncPanel api={api} />
    </main>
  );
}
