import type { MouseEvent } from 'react';

/**
 * "Skip to content". Not a plain `href="#main"` link: the hash holds the route, so following it would
 * navigate away; it moves focus to the current screen's <main> instead.
 */
export function SkipLink() {
  const onClick = (e: MouseEvent<HTMLAnchorElement>) => {
    e.preventDefault();
    const main = document.getElementById('main');
    main?.focus();
    main?.scrollIntoView();
  };
  return (
    <a className="skip-link" href="#main" onClick={onClick}>
      Skip to content
    </a>
  );
}
