import type { KeyboardEvent, MouseEvent, ReactNode } from 'react';
import { useNav } from '../../stores/stores-context';
import { formatHash, type Route } from '../../stores/route';

/** A real link (so middle-click and screen readers work) that navigates through the nav store. */
export function RouteLink({
  route,
  children,
  className,
  current,
  label,
  title,
  onKeyDown,
  onDoubleClick,
}: {
  route: Route;
  children: ReactNode;
  className?: string;
  current?: boolean;
  label?: string;
  /** Tooltip (e.g. the full title of a row cut by an ellipsis). */
  title?: string;
  onKeyDown?: (e: KeyboardEvent<HTMLAnchorElement>) => void;
  onDoubleClick?: (e: MouseEvent<HTMLAnchorElement>) => void;
}) {
  const navigate = useNav((s) => s.navigate);
  const onClick = (e: MouseEvent<HTMLAnchorElement>) => {
    if (e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
    e.preventDefault();
    navigate(route);
  };
  return (
    <a
      href={formatHash(route)}
      onClick={onClick}
      onKeyDown={onKeyDown}
      onDoubleClick={onDoubleClick}
      className={className}
      aria-current={current ? 'page' : undefined}
      aria-label={label}
      title={title}
    >
      {children}
    </a>
  );
}
