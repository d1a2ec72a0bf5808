import { CircleAlert, CircleCheck, Info, X } from 'lucide-react';
import { assertNever } from '../../../../shared';
import type { Notice } from '../../stores/notice-store';
import { useNotices } from '../../stores/stores-context';

const iconOf = (kind: Notice['kind']) => {
  switch (kind) {
    case 'error':
      return CircleAlert;
    case 'success':
      return CircleCheck;
    case 'info':
      return Info;
    default:
      return assertNever(kind, 'notice kind');
  }
};

/**
 * Toasts. They sit in the page flow under the header (never over a control) and belong to the screen
 * they were raised on (the app clears them when the screen changes). Success and info close by
 * themselves after a few seconds; errors stay until dismissed. The live regions are always in the
 * DOM (screen readers only announce changes to regions that already exist): errors assertive, the
 * rest polite.
 */
export function ToastRegion() {
  const notices = useNotices((s) => s.notices);
  const dismiss = useNotices((s) => s.dismiss);
  const stack = (kinds: Notice['kind'][]) =>
    notices
      .filter((n) => kinds.includes(n.kind))
      .map((n) => {
        const Icon = iconOf(n.kind);
        return (
          <div key={n.id} className={`toast toast-${n.kind} notice notice-${n.kind}`} data-code={n.code}>
            <Icon className="toast-icon" aria-hidden="true" focusable="false" />
            <p>{n.message}</p>
            <button
              type="button"
              className="icon-button icon-button-quiet toast-dismiss"
              aria-label="Dismiss"
              title="Dismiss"
              onClick={() => dismiss(n.id)}
            >
              <X aria-hidden="true" focusable="false" />
            </button>
          </div>
        );
      });
  return (
    <div className={`toasts${notices.length ? '' : ' toasts-empty'}`}>
      <div role="alert" aria-live="assertive" className="toast-stack">
        {stack(['error'])}
      </div>
      <div role="status" aria-live="polite" className="toast-stack">
        {stack(['success', 'info'])}
      </div>
    </div>
  );
}
