import type { LucideIcon } from 'lucide-react';
import type { ButtonHTMLAttributes, Ref } from 'react';

interface IconButtonProps extends Omit<ButtonHTMLAttributes<HTMLButtonElement>, 'children'> {
  icon: LucideIcon;
  /** Accessible name, also shown as the tooltip. */
  label: string;
  variant?: 'quiet' | 'default' | 'danger-quiet';
  ref?: Ref<HTMLButtonElement>;
}

/** A square button showing only an icon; its label is its accessible name and tooltip. */
export function IconButton({ icon: Icon, label, variant = 'quiet', className, type, ref, ...rest }: IconButtonProps) {
  return (
    <button
      ref={ref}
      type={type ?? 'button'}
      aria-label={label}
      title={label}
      className={`icon-button icon-button-${variant}${className ? ` ${className}` : ''}`}
      {...rest}
    >
      <Icon aria-hidden="true" focusable="false" />
    </button>
  );
}
