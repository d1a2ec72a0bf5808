import { useState } from 'react';
import { useStore } from 'zustand';
import { useStores } from '../../stores/stores-context';
import { createLibraryHealthStore } from './library-health-store';

/** Library health: check the database on demand; when it is damaged, offer the pre-upgrade backup. */
export function LibraryHealthSection() {
  const { api, notices } = useStores();
  const [store] = useState(() => createLibraryHealthStore(api, notices.getState().pushError));
  const { checking, report, restoreMessage } = useStore(store);
  const backup = report?.backups[0];
  return (
    <section aria-labelledby="library-health-heading" className="panel library-health">
      <h2 id="library-health-heading">Library health</h2>
      <p>
        <button type="button" className="button" disabled={checking} onClick={() => void store.getState().check()}>
          {checking ? 'Checking…' : 'Check library'}
        </button>
      </p>
      <div role="status" aria-live="polite">
        {report?.ok ? <p>No problems found (checked in {report.durationMs} ms).</p> : null}
        {report && !report.ok ? (
          <>
            <p>
              The library database is damaged. Stop editing and keep a copy of the library folder.
              {backup ? '' : ' There is no backup taken before an upgrade; restore the folder from your own backups.'}
            </p>
            <ul>
              {report.problems.map((p, i) => (
                <li key={i}>{p}</li>
              ))}
            </ul>
          </>
        ) : null}
        {report?.restorePending ? <p>A restore from {report.restorePending} happens at the next start.</p> : null}
        {restoreMessage ? <p>{restoreMessage}</p> : null}
      </div>
      {report && !report.ok && backup && !restoreMessage ? (
        <p>
          <button type="button" className="button" onClick={() => void store.getState().restore(backup.path)}>
            Restore the backup of {new Date(backup.createdAt).toLocaleString()}
          </button>
        </p>
      ) : null}
    </section>
  );
}
