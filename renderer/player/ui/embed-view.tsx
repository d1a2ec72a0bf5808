/** @jsxImportSource preact */
import type { JSX } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { EMBED_SANDBOX } from '../../../shared/core/blocks/embed-kind';
import type { BlockOf } from '../../../shared/model/blocks';
import { Paragraphs } from './activity-views';
import type { BlockContext, BlockViewRegistry } from './block-view-types';

/** A page that has not loaded by then is taken as unreachable (a captive portal, a blocked network). */
const EMBED_TIMEOUT_MS = 15000;

/** Where a frame cannot load: a package opened from disk (file:// frames of https pages are refused), offline. */
const cannotLoad = (url: string): boolean => url === '' || location.protocol === 'file:' || navigator.onLine === false;

/**
 * Web content in a sandboxed frame (scripts, forms and pop-ups; never top navigation), named by its title. The
 * author's fallback text (and a link to open the page) replaces it from file://, offline or after a timeout.
 */
function EmbedBlock({ block, ctx }: { block: BlockOf<'embed'>; ctx: BlockContext }): JSX.Element {
  const [state, setState] = useState<'loading' | 'loaded' | 'failed'>(() =>
    ctx.canvas || cannotLoad(block.url) ? 'failed' : 'loading',
  );
  useEffect(() => {
    if (state !== 'loading') return;
    const fail = (): void => setState((s) => (s === 'loading' ? 'failed' : s));
    const timer = setTimeout(fail, EMBED_TIMEOUT_MS);
    window.addEventListener('offline', fail);
    return () => {
      clearTimeout(timer);
      window.removeEventListener('offline', fail);
    };
  }, [state]);
  const title = block.title || 'Embedded content';
  return (
    <figure class="cw-embed" data-embed={state}>
      {state === 'failed' ? (
        <div class="cw-embed-fallback">
          {ctx.canvas ? (
            <p class="cw-hint">The page shows here in preview and in the course; offline learners read:</p>
          ) : null}
          <Paragraphs text={block.fallback || 'This content needs an internet connection.'} />
          {block.url ? (
            <p>
              <a href={block.url} target="_blank" rel="noopener noreferrer">
                Open “{title}” in a new window
              </a>
            </p>
          ) : null}
        </div>
      ) : (
        <div
          class="cw-embed-frame"
          style={
            block.aspect === 'fixed'
              ? { height: `${block.height}px` }
              : { aspectRatio: block.aspect.replace(':', ' / ') }
          }
        >
          <iframe
            src={block.url}
            title={title}
            sandbox={EMBED_SANDBOX}
            referrerpolicy="strict-origin-when-cross-origin"
            allow="fullscreen"
            onLoad={() => setState('loaded')}
          />
        </div>
      )}
      {block.title ? <figcaption>{block.title}</figcaption> : null}
    </figure>
  );
}

export const embedViews: Pick<BlockViewRegistry, 'embed'> = { embed: EmbedBlock };
