import { useNotices } from '../../stores/stores-context';

/**
 * Errors and confirmations from every store. The live region is always in the DOM (screen readers
 * only announce changes to regions that already exist); errors are assertive, the rest polite.
 */
export function NoticeRegion() {
  const notices = useNotices((s) => s.notices);
  const dismiss = useNotices((s) => s.dismiss);
  const errors = notices.filter((n) => n.kind === 'error');
  const infos = notices.filter((n) => n.kind === 'info');
  return (
    <div className="notices">
      <div role="alert" aria-live="assertive" className="notice-stack">
        {errors.map((n) => (
          <div key={n.id} className="notice notice-error" data-code={n.code}>
            <p>{n.message}</p>
            <button type="button" className="button button-small" onClick={() => dismiss(n.id)}>
              Dismiss
            </button>
          </div>
        ))}
      </div>
      <div role="status" aria-live="polite" className="notice-stack">
        {infos.map((n) => (
          <div key={n.id} className="notice notice-info">
            <p>{n.message}</p>
            <button type="button" className="button button-small" onClick={() => dismiss(n.id)}>
              Dismiss
            </button>
          </div>
        ))}
      </div>
    </div>
  );
}
