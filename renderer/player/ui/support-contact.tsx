/** @jsxImportSource preact */
import type { JSX } from 'preact';

/** The course's support contact as a link (https or e-mail) or plain text. */
export function SupportContact(props: { contact: string; label?: string }): JSX.Element {
  const { contact, label = 'Contact support' } = props;
  if (/^https:\/\//.test(contact))
    return (
      <a href={contact} target="_blank" rel="noopener noreferrer">
        {label}
        <span class="cw-visually-hidden"> (opens in a new tab)</span>
      </a>
    );
  if (/^[^\s@]+@[^\s@]+$/.test(contact)) return <a href={`mailto:${contact}`}>{contact}</a>;
  return <>{contact}</>;
}
