import { Play } from 'lucide-react';
import { useCallback, useEffect, useState, type FormEvent } from 'react';
import './learn.css';
import type { AppErrorShape, Cmi5PackageInfo, PackageSummaryInfo, PlayableItem } from '../../../shared';
import { useStore } from 'zustand';
import { fileTransportFor } from '../api/file-transport';
import { FileImport } from '../components/common/file-import';
import { Button } from '../components/ui/button';
import { useStores } from '../stores/stores-context';
import { LearnPlayer } from './learn-player';
import { DeleteWithRecords } from './learn-delete';
import { formatDuration } from './learn-format';
import { RecordsView } from './records-view';
import { LrsSyncPanel } from './lrs-sync-panel';
import { Cmi5Packages, Cmi5Player } from './cmi5-packages';
import { createLearnStore } from './learn-store';
import { createLrsStore } from './lrs-store';

const FORMAT_LABELS: Record<PlayableItem['format'], string> = {
  scorm12: 'SCORM 1.2',
  'scorm2004-3rd': 'SCORM 2004',
  'scorm2004-4th': 'SCORM 2004',
};

/** Learner mode: profiles, everything playable with its progress, package import, records export, the player. */
export function LearnScreen() {
  const { api, notices } = useStores();
  const pushError = useCallback((e: AppErrorShape) => notices.getState().pushError(e), [notices]);
  // The screen's only ways to the API: the learn store's and the LRS store's actions.
  const [store] = useState(() => createLearnStore(api, { onError: pushError }));
  const [lrs] = useState(() => createLrsStore(api));
  const { learners, learnerId, items, launch, cmi5Playing: cmi5, version } = useStore(store);
  const [name, setName] = useState('');
  const [transport] = useState(() => fileTransportFor(api));
  const current = learners.find((l) => l.id === learnerId) ?? null;
  const onError = useCallback(
    (message: string) => notices.getState().pushError({ code: 'INTERNAL', message }),
    [notices],
  );
  const exportForDelete = useCallback(
    (forLearner: string | undefined) => store.getState().exportRecords('csv', { learnerId: forLearner }),
    [store],
  );

  useEffect(() => {
    void store.getState().load();
  }, [store]);

  const createLearner = async (e: FormEvent) => {
    e.preventDefault();
    if (await store.getState().createLearner(name)) setName('');
  };
  const open = (item: PlayableItem, action: 'start' | 'review' | 'reset') => void store.getState().open(item, action);

  if (cmi5) {
    return (
      <main id="main" className="learn-screen learn-screen-playing" tabIndex={-1}>
        <Cmi5Player playing={cmi5} onClose={() => store.getState().closeCmi5()} />
      </main>
    );
  }

  if (launch) {
    return (
      <main id="main" className="learn-screen learn-screen-playing" tabIndex={-1}>
        <LearnPlayer
          store={store}
          launch={launch}
          onError={onError}
          onClose={() => void store.getState().closePlayer()}
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
            <select value={learnerId ?? ''} onChange={(e) => void store.getState().selectLearner(e.target.value)}>
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
            exportRecords={exportForDelete}
            name={current.name}
            what="learner"
            learnerId={current.id}
            remove={() => store.getState().deleteLearner(current.id)}
            onDeleted={() => notices.getState().pushInfo(`Deleted learner “${current.name}”.`)}
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
        <h2 id="import-heading">Import a SCORM or cmi5 package</h2>
        <FileImport<PackageSummaryInfo>
          transport={transport}
          kind="scorm"
          label="SCORM package (.zip)"
          accept=".zip,application/zip"
          submitLabel="Import package"
          importPath={(path) => store.getState().importScorm(path)}
          onImported={(pkg) => {
            notices.getState().pushInfo(`Imported “${pkg.title}”.`);
            void store.getState().imported();
          }}
          onError={pushError}
        />
        <FileImport<Cmi5PackageInfo>
          transport={transport}
          kind="cmi5"
          label="cmi5 package (.zip with cmi5.xml)"
          accept=".zip,application/zip"
          submitLabel="Import cmi5 package"
          importPath={(path) => store.getState().importCmi5(path)}
          onImported={(pkg) => {
            notices.getState().pushInfo(`Imported “${pkg.title}” (cmi5).`);
            void store.getState().imported();
          }}
          onError={pushError}
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
                        exportRecords={exportForDelete}
                        name={item.title}
                        what="package"
                        remove={() => store.getState().deletePackage(item.id)}
                        onDeleted={() => notices.getState().pushInfo(`Deleted package “${item.title}”.`)}
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

      <Cmi5Packages store={store} />
      <RecordsView store={store} items={items} version={version} />
      <LrsSyncPanel store={lrs} />
    </main>
  );
}
