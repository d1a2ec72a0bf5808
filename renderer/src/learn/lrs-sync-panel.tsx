import { useEffect, useState, type FormEvent } from 'react';
import { useStore } from 'zustand';
import type { StoreApi } from 'zustand/vanilla';
import { Button } from '../components/ui/button';
import type { LrsState } from './lrs-store';

/**
 * Where learner records go: the organisation's LRS (endpoint, key, secret), a connection test, the outbox
 * (waiting, sent, refused with the LRS's reason) and "Sync now". The secret is only ever sent, never shown.
 */
export function LrsSyncPanel({ store }: { store: StoreApi<LrsState> }) {
  const { settings, outbox, status } = useStore(store);
  const [endpoint, setEndpoint] = useState('');
  const [key, setKey] = useState('');
  const [secret, setSecret] = useState('');

  useEffect(() => {
    void store
      .getState()
      .load()
      .then(() => {
        const loaded = store.getState().settings;
        setEndpoint((e) => e || (loaded?.endpoint ?? ''));
        setKey((k) => k || (loaded?.key ?? ''));
      });
  }, [store]);

  const credentials = () => ({ endpoint, key, ...(secret ? { secret } : {}) });
  const save = async (e: FormEvent) => {
    e.preventDefault();
    if (await store.getState().save(credentials())) setSecret('');
  };

  return (
    <section aria-labelledby="lrs-heading" className="panel">
      <h2 id="lrs-heading">Learning Record Store</h2>
      <form onSubmit={(e) => void save(e)}>
        <label>
          LRS endpoint <input type="url" value={endpoint} onChange={(e) => setEndpoint(e.target.value)} required />
        </label>{' '}
        <label>
          Key <input value={key} onChange={(e) => setKey(e.target.value)} autoComplete="off" />
        </label>{' '}
        <label>
          Secret{' '}
          <input
            type="password"
            value={secret}
            onChange={(e) => setSecret(e.target.value)}
            autoComplete="off"
            placeholder={settings?.hasSecret ? 'stored' : ''}
          />
        </label>{' '}
        <Button type="submit" variant="primary">
          Save
        </Button>{' '}
        <Button onClick={() => void store.getState().test(credentials())}>Test connection</Button>{' '}
        <Button onClick={() => void store.getState().sync()}>Sync now</Button>
      </form>
      {settings && !settings.canStoreSecret && (
        <p>This host cannot store the secret safely; use `coursewright records sync --secret …` instead.</p>
      )}
      <p role="status">{status}</p>
      {outbox && (
        <p data-testid="outbox">
          Waiting {outbox.pending}, sent {outbox.sent + outbox.duplicate}, refused {outbox.rejected.length}.
        </p>
      )}
      {outbox && outbox.rejected.length > 0 && (
        <ul aria-label="Refused by the LRS">
          {outbox.rejected.map((r) => (
            <li key={r.statementId}>
              <code>{r.statementId}</code>: {r.reason}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
