import { Play } from 'lucide-react';
import { useCallback, useEffect, useState, type FormEvent } from 'react';
import './learn.css';
import type { AppErrorShape, AttemptLaunch, Learner, PackageSummaryInfo, PlayableItem } from '../../../shared';
import { fileTransportFor } from '../api/file-transport';
import { FileImport } from '../components/common/file-import';
import { Button } from '../components/ui/button';
import { useStores } from '../stores/stores-context';
import { LearnPlayer } from './learn-player';
import { DeleteWithRecords } from './learn-delete';
import { formatDuration } from './learn-format';
import { RecordsView } from './records-view';
import { LrsSyncPanel } from './lrs-sync-panel';
import { Cmi5Packages, Cmi5Player, type Cmi5Playing } from './cmi5-packages';

const FORMAT_LABELS: Record<PlayableItem['format'], string> = {
  scorm12: 'SCORM 1.2',
  'scorm2004-3rd': 'SCORM 2004',
  'scorm2004-4th': 'SCORM 2004',
};

export { formatDuration };

/** Learner mode: profiles, everything playable with its progress, package import, records export, the player. */
export function LearnScreen() {
  const { api, notices } = useStores();
  const [learners, setLearners] = useState<Learner[]>([]);
  const [learnerId, setLearnerId] = useState<string | null>(null);
  const [items, setItems] = useState<PlayableItem[]>([]);
  const [launch, setLaunch] = useState<AttemptLaunch | null>(null);
  const [cmi5, setCmi5] = useState<Cmi5Playing | null>(null);
  const [name, setName] = useState('');
  const [transport] = useState(() => fileTransportFor(api));
  const recordsError = useCallback((e: AppErrorShape) => notices.getState().pushError(e), [notices]);
  const current = learners.find((l) => l.id === learnerId) ?? null;
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

  if (cmi5) {
    return (
      <main id="main" className="learn-screen learn-screen-playing" tabIndex={-1}>
        <Cmi5Player playing={cmi5} onClose={() => setCmi5(null)} />
      </main>
    );
  }

  if (launch) {
    return (
      <main id="main" className="learn-screen learn-screen-playing" tabIndex={-1}>
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
        {current ? (
          <DeleteWithRecords
            key={current.id}
            api={api}
            name={current.name}
            what="learner"
            learnerId={current.id}
            remove={() => api.invoke('learners.delete', { learnerId: current.id })}
            onDeleted={() => {
              notices.getState().pushInfo(`Deleted learner “${current.name}”.`);
              const rest = learners.filter((l) => l.id !== current.id);
              setLearners(rest);
              setLearnerId(rest[0]?.id ?? null);
              setItems([]);
            }}
            onError={(e) => notices.getState().pushError(e)}
          />
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
        <FileImport<PackageSummaryInfo>
          transport={transport}
          kind="scorm"
          label="SCORM package (.zip)"
          accept=".zip,application/zip"
          submitLabel="Import package"
          importPath={(path) => api.invoke('scorm.import', { path })}
          onImported={(pkg) => {
            notices.getState().pushInfo(`Imported “${pkg.title}”.`);
            loadItems();
          }}
          onError={(e) => notices.getState().pushError(e)}
        />
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
                    {item.kind === 'package' ? (
                      <DeleteWithRecords
                        api={api}
                        name={item.title}
                        what="package"
                        remove={() => api.invoke('scorm.delete', { packageId: item.id })}
                        onDeleted={() => {
                          notices.getState().pushInfo(`Deleted package “${item.title}”.`);
                          loadItems();
                        }}
                        onError={(e) => notices.getState().pushError(e)}
                      />
                    ) : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>

      <Cmi5Packages api={api} learnerId={learnerId} onPlay={setCmi5} onError={recordsError} />
      <RecordsView api={api} items={items} version={itemsVersion} onError={recordsError} />
      <LrsSyncPanel api={api} />
    </main>
  );
}
