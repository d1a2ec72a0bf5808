import type { LucideIcon } from 'lucide-react';
import type { ButtonHTMLAttributes, Ref } from 'react';

type ButtonVariant = 'default' | 'primary' | 'danger' | 'quiet' | 'danger-quiet';
type ButtonSize = 'md' | 'sm';

interface ButtonProps extends ButtonHTMLAttributes<HTMLButtonElement> {
  variant?: ButtonVariant;
  size?: ButtonSize;
  /** A Lucide icon shown before the label (decorative: the label names the button). */
  icon?: LucideIcon;
  ref?: Ref<HTMLButtonElement>;
}

/** Class names of the design system's button, for the few places that style a link or label as one. */
function buttonClass(variant: ButtonVariant = 'default', size: ButtonSize = 'md', extra?: string): string {
  return ['button', variant === 'default' ? '' : `button-${variant}`, size === 'sm' ? 'button-small' : '', extra ?? '']
    .filter(Boolean)
    .join(' ');
}

/** The app's one button: variants and sizes from the design tokens, `type="button"` unless told otherwise. */
export function Button({ variant, size, icon: Icon, className, children, type, ref, ...rest }: ButtonProps) {
  return (
    <button ref={ref} type={type ?? 'button'} className={buttonClass(variant, size, className)} {...rest}>
      {Icon ? <Icon className="button-icon" aria-hidden="true" focusable="false" /> : null}
      {children}
    </button>
  );
}
