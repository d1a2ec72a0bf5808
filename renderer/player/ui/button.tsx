/** @jsxImportSource preact */
import type { JSX } from 'preact';

/**
 * The player's action button (`button.cw-button`, with `primary` also `.cw-button-primary`): one definition for the
 * ~25 of them, which keeps the runtime small. Never inside a form (`type=button`); no ref (function component).
 */
export function Button({
  primary,
  ...props
}: Omit<JSX.IntrinsicElements['button'], 'ref' | 'class' | 'type'> & { primary?: boolean }): JSX.Element {
  return <button type="button" class={primary ? 'cw-button cw-button-primary' : 'cw-button'} {...props} />;
}
