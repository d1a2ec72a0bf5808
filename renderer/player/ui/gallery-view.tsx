/** @jsxImportSource preact */
import type { JSX } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { BlockOf } from '../../../shared/model/blocks';
import type { BlockContext, BlockViewRegistry } from './block-view-types';
import { Button } from './button';

type Shown = { id: string; alt: string; caption: string; src: string; width?: number; height?: number };

function Figure({ image }: { image: Shown }): JSX.Element {
  return (
    <figure>
      <img src={image.src} alt={image.alt} width={image.width} height={image.height} loading="lazy" />
      {image.caption ? <figcaption>{image.caption}</figcaption> : null}
    </figure>
  );
}

/**
 * A gallery: a grid of thumbnails, or a carousel (WAI-ARIA carousel: Previous/Next before the slide, "n of m",
 * a polite live slide, no autoplay). Either opens a full-screen view: a native modal `dialog` (the rest of the page
 * is inert, Tab cycles inside it, Escape closes it), arrows move through the images, focus returns to the button that opened it.
 */
function GalleryBlock({ block, ctx }: { block: BlockOf<'gallery'>; ctx: BlockContext }): JSX.Element | null {
  const [at, setAt] = useState(0);
  const [full, setFull] = useState<number | null>(null);
  const dialog = useRef<HTMLDialogElement>(null);
  const opener = useRef<HTMLElement | null>(null);
  useEffect(() => {
    const d = dialog.current;
    if (full !== null && d && !d.open) d.showModal();
  }, [full]);
  const images: Shown[] = block.images.flatMap((i) => {
    const a = i.assetId ? ctx.assets[i.assetId] : undefined;
    return a ? [{ ...i, src: a.src, width: a.width, height: a.height }] : [];
  });
  const n = images.length;
  if (!n) return null;
  const name = block.title || 'Image gallery';
  const wrap = (i: number) => (i + n) % n;
  const open = (i: number) => (e: JSX.TargetedMouseEvent<HTMLElement>) => {
    opener.current = e.currentTarget;
    setFull(i);
  };
  const fullAt = full === null ? null : Math.min(full, n - 1);
  const big = fullAt === null ? undefined : images[fullAt];
  const slide = images[Math.min(at, n - 1)]!;
  const nav = (label: string, go: () => void, controls?: string) => (
    <Button aria-controls={controls} onClick={go}>
      {label}
    </Button>
  );
  const slidesId = `${block.id}-slides`;
  return (
    <div class="cw-gallery" data-layout={block.layout}>
      {block.layout === 'carousel' ? (
        <section aria-roledescription="carousel" aria-label={name}>
          <div class="cw-process-nav">
            {nav('Show previous image', () => setAt(wrap(at - 1)), slidesId)}
            <p class="cw-gallery-count">
              {at + 1} of {n}
            </p>
            {nav('Show next image', () => setAt(wrap(at + 1)), slidesId)}
          </div>
          <div id={slidesId} aria-live="polite">
            <div role="group" aria-roledescription="slide" aria-label={`${at + 1} of ${n}`}>
              <Figure image={slide} />
            </div>
          </div>
          <Button aria-haspopup="dialog" onClick={open(at)}>
            View full screen
          </Button>
        </section>
      ) : (
        <ul class="cw-gallery-grid" aria-label={name}>
          {images.map((image, i) => (
            <li key={image.id}>
              <button
                type="button"
                class="cw-gallery-thumb"
                aria-haspopup="dialog"
                aria-label={`View full screen: ${image.alt || `image ${i + 1}`}`}
                onClick={open(i)}
              >
                <img src={image.src} alt="" width={image.width} height={image.height} loading="lazy" />
              </button>
              {image.caption ? <p class="cw-gallery-caption">{image.caption}</p> : null}
            </li>
          ))}
        </ul>
      )}
      <dialog
        ref={dialog}
        class="cw-gallery-dialog"
        aria-label={name}
        onClose={() => {
          setFull(null);
          opener.current?.focus();
        }}
        onKeyDown={(e) => {
          // Focus stays inside: Tab from the last button goes to the first, Shift+Tab from the first to the last.
          const buttons = e.currentTarget.querySelectorAll('button');
          const edge = e.shiftKey ? buttons[0] : buttons[buttons.length - 1];
          if (e.key === 'Tab' && document.activeElement === edge) {
            e.preventDefault();
            (e.shiftKey ? buttons[buttons.length - 1] : buttons[0])?.focus();
          }
          const step = e.key === 'ArrowRight' ? 1 : e.key === 'ArrowLeft' ? -1 : 0;
          if (step && fullAt !== null) {
            e.preventDefault();
            setFull(wrap(fullAt + step));
          }
        }}
      >
        {big ? (
          <>
            <p class="cw-gallery-count" aria-live="polite">
              {fullAt! + 1} of {n}
            </p>
            <Figure image={big} />
            <div class="cw-process-nav">
              {nav('Show previous image', () => setFull(wrap(fullAt! - 1)))}
              {nav('Show next image', () => setFull(wrap(fullAt! + 1)))}
              <Button primary autofocus onClick={() => dialog.current?.close()}>
                Close
              </Button>
            </div>
          </>
        ) : null}
      </dialog>
    </div>
  );
}

export const galleryViews: Pick<BlockViewRegistry, 'gallery'> = { gallery: GalleryBlock };
