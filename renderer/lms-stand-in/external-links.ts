/**
 * Links from package content that leave the package ask first (issue 13 §4). The SCO is framed by this LMS page on
 * the same (content) origin, so the page can watch its document: a click on a link to another origin or with a
 * target, and `window.open`, go through `confirm` and open only when the learner agrees. The popup itself stays in the
 * frame's sandbox (no top navigation, no escape), so this is about consent, not the security boundary. Re-attached
 * on every load, because a SCO may be several pages.
 */
type Confirm = (message: string) => boolean;

export function leavesPackage(href: string, base: string, target: string | null): boolean {
  let url: URL;
  try {
    url = new URL(href, base);
  } catch {
    return false;
  }
  if (url.protocol === 'javascript:') return false;
  const origin = new URL(base).origin;
  return url.origin !== origin || (target !== null && target !== '' && target !== '_self');
}

export function guardExternalLinks(frame: HTMLIFrameElement, confirmOpen: Confirm = (m) => window.confirm(m)): void {
  const attach = () => {
    const win = frame.contentWindow;
    const doc = frame.contentDocument;
    if (!win || !doc) return;
    const ask = (url: string) => confirmOpen(`This course wants to open ${url} in a new window. Open it?`);
    doc.addEventListener(
      'click',
      (event) => {
        const link = (event.target as Element | null)?.closest?.('a[href]');
        if (!link) return;
        const href = link.getAttribute('href') ?? '';
        if (!leavesPackage(href, doc.baseURI, link.getAttribute('target'))) return;
        event.preventDefault();
        const url = new URL(href, doc.baseURI).href;
        if (ask(url)) win.open(url, '_blank', 'noopener');
      },
      true,
    );
    const open = win.open.bind(win);
    win.open = (url?: string | URL, target?: string, features?: string) =>
      url !== undefined && !ask(new URL(String(url), doc.baseURI).href) ? null : open(url, target, features);
  };
  frame.addEventListener('load', attach);
}
