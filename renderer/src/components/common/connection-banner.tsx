import { useConnection } from '../../stores/stores-context';

/** Browser host only: says so while the WebSocket to `coursewright serve` is down (it reconnects by itself). */
export function ConnectionBanner() {
  const state = useConnection((s) => s.state);
  const message =
    state === 'reconnecting'
      ? 'Lost the connection to Coursewright. Reconnecting… (is `coursewright serve` still running?)'
      : state === 'closed'
        ? 'Disconnected from Coursewright. Reload the page to reconnect.'
        : '';
  return (
    <div role="status" className={message ? 'connection-banner' : 'visually-hidden'}>
      {message}
    </div>
  );
}
