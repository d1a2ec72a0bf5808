import { useEffect, useId, useRef, type ReactNode } from 'react';

/**
 * The app's modal dialog on the native <dialog> (focus trap, Escape and an inert background for free).
 * `initialFocus` picks where focus starts (else the first focusable element); Escape calls `onClose`.
 */
export function Dialog({
  title,
  children,
  actions,
  onClose,
  describedBy = true,
  className,
  initialFocus,
}: {
  title: string;
  children: ReactNode;
  /** The buttons row at the bottom. */
  actions?: ReactNode;
  onClose: () => void;
  /** Whether the body describes the dialog (short confirmations) — long forms should not be read out whole. */
  describedBy?: boolean;
  className?: string;
  initialFocus?: React.RefObject<HTMLElement | null>;
}) {
  const dialog = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const bodyId = useId();

  useEffect(() => {
    const el = dialog.current;
    if (el && !el.open) el.showModal();
    if (initialFocus?.current) initialFocus.current.focus();
    return () => el?.close();
  }, [initialFocus]);

  return (
    <dialog
      ref={dialog}
      className={`dialog${className ? ` ${className}` : ''}`}
      aria-labelledby={titleId}
      aria-describedby={describedBy ? bodyId : undefined}
      onCancel={(e) => {
        e.preventDefault();
        onClose();
      }}
    >
      <h2 id={titleId} className="dialog-title">
        {title}
      </h2>
      <div id={bodyId} className="dialog-body">
        {children}
      </div>
      {actions ? <div className="dialog-actions">{actions}</div> : null}
    </dialog>
  );
}
