import { useId, useState } from 'react';

const ALLOWED = /^(https?:\/\/|mailto:)\S+$/i;

/** Whether a link target is allowed in a document (http, https, mailto); empty removes the link. */
export const isAllowedLink = (href: string): boolean => href === '' || ALLOWED.test(href.trim());

export function LinkForm({
  initial,
  onApply,
  onCancel,
}: {
  initial: string;
  onApply: (href: string) => void;
  onCancel: () => void;
}) {
  const [href, setHref] = useState(initial);
  const id = useId();
  const valid = isAllowedLink(href);
  return (
    <span className="link-form">
      <label htmlFor={id}>Link address</label>
      <input
        id={id}
        type="url"
        value={href}
        placeholder="https://…"
        aria-invalid={!valid || undefined}
        autoFocus
        onChange={(e) => setHref(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter' && valid) {
            e.preventDefault();
            onApply(href.trim());
          } else if (e.key === 'Escape') onCancel();
        }}
      />
      <button type="button" className="button button-small" disabled={!valid} onClick={() => onApply(href.trim())}>
        {href ? 'Apply link' : 'Remove link'}
      </button>
      <button type="button" className="button button-small button-quiet" onClick={onCancel}>
        Cancel
      </button>
    </span>
  );
}
