import { randomUUID } from 'node:crypto';
import type { BlockOf } from '../../../shared';

/** Builders of the gallery, labeled graphic and sorting blocks used by the sample course (fresh ids on every call). */

export function gallery(
  title: string,
  layout: BlockOf<'gallery'>['layout'],
  images: { assetId: string | null; alt: string; caption: string }[],
): BlockOf<'gallery'> {
  return { id: randomUUID(), type: 'gallery', title, layout, images: images.map((i) => ({ ...i, id: randomUUID() })) };
}

export function labeledGraphic(
  assetId: string | null,
  alt: string,
  markers: { x: number; y: number; title: string; text: string }[],
): BlockOf<'labeledGraphic'> {
  return {
    id: randomUUID(),
    type: 'labeledGraphic',
    assetId,
    alt,
    markers: markers.map((m) => ({ ...m, id: randomUUID(), imageAssetId: null, imageAlt: '', audioAssetId: null })),
  };
}

/** Piles as `[label, cards that belong in it]`. */
export function sorting(prompt: string, piles: [label: string, cards: string[]][]): BlockOf<'sorting'> {
  return {
    id: randomUUID(),
    type: 'sorting',
    prompt,
    piles: piles.map(([label, cards]) => ({
      id: randomUUID(),
      label,
      cards: cards.map((text) => ({ id: randomUUID(), text })),
    })),
  };
}
