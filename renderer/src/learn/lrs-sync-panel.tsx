import { useCallback, useEffect, useState, type FormEvent } from 'react';
import type { CoursewrightApi, LrsSettingsViewInfo } from '../../../shared';

type Outbox = {
  pending: number;
  sent: number;
  duplicate: number;
  rejected: Array<{ statementId: string; reason: string }>;
};

/**
 * Where learner records go: the organisation's LRS (endpoint, key, secret), a connection test, the outbox
 * (waiting, sent, refused with the LRS's reason) and "Sync now". The secret is only ever sent, never shown.
 */
export function LrsSyncPanel({ api }: { api: Pick<CoursewrightApi, 'invoke'> }) {
  const [settings, setSettings] = useState<LrsSettingsViewInfo | null>(null);
  const [endpoint, setEndpoint] = useState('');
  const [key, setKey] = useState('');
  const [secret, setSecret] = useState('');
  const [status, setStatus] = useState('');
  const [outbox, setOutbox] = useState<Outbox | null>(null);

  const [version, setVersion] = useState(0);
  const refresh = useCallback(() => setVersion((v) => v + 1), []);
  useEffect(() => {
    let live = true;
    void Promise.all([api.invoke('records.lrsSettings', {}), api.invoke('records.outbox', {})]).then(([s, o]) => {
      if (!live) return;
      if (s.ok) {
        setSettings(s.value);
        setEndpoint((e) => e || s.value.endpoint);
        setKey((k) => k || s.value.key);
      }
      if (o.ok) setOutbox(o.value);
    });
    return () => {
      live = false;
    };
  }, [api, version]);

  const save = async (e: FormEvent) => {
    e.preventDefault();
    const r = await api.invoke('records.saveLrsSettings', { endpoint, key, ...(secret ? { secret } : {}) });
    setStatus(r.ok ? 'Saved.' : r.error.message);
    if (r.ok) {
      setSecret('');
      setSettings(r.value);
    }
  };
  const test = async () => {
    setStatus('Testing…');
    const r = await api.invoke('records.testLrs', { endpoint, key, ...(secret ? { secret } : {}) });
    setStatus(
      !r.ok ? r.error.message : r.value.ok ? `Connected (${r.value.detail}).` : `Not connected: ${r.value.detail}`,
    );
  };
  const sync = async () => {
    setStatus('Syncing…');
    const r = await api.invoke('records.sync', {});
    setStatus(
      !r.ok
        ? r.error.message
        : `Sent ${r.value.sent}, already there ${r.value.alreadyThere}, rejected ${r.value.rejected}, left ${r.value.left}.` +
            (r.value.stoppedBecause ? ` Stopped: ${r.value.stoppedBecause}` : ''),
    );
    refresh();
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
        <button type="submit">Save</button>{' '}
        <button type="button" onClick={() => void test()}>
          Test connection
        </button>{' '}
        <button type="button" onClick={() => void sync()}>
          Sync now
        </button>
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
