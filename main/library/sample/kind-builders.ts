import { randomUUID } from 'node:crypto';
import type { BlockOf } from '../../../shared';

/** Builders of the structured block kinds used by the sample course (fresh ids on every call). */

export function statement(text: string, style: BlockOf<'statement'>['style'] = 'bold'): BlockOf<'statement'> {
  return { id: randomUUID(), type: 'statement', style, text };
}

export function list(style: BlockOf<'list'>['style'], items: string[]): BlockOf<'list'> {
  return { id: randomUUID(), type: 'list', style, items };
}

export function table(caption: string, rows: string[][], headerRow = true): BlockOf<'table'> {
  return { id: randomUUID(), type: 'table', caption, headerRow, rows };
}

export function processBlock(
  title: string,
  intro: string,
  steps: [title: string, text: string][],
  summary: string,
): BlockOf<'process'> {
  return {
    id: randomUUID(),
    type: 'process',
    title,
    intro,
    steps: steps.map(([t, text]) => ({ id: randomUUID(), title: t, text })),
    summary,
  };
}

export function timeline(
  events: { date: string; title: string; text: string; imageAssetId?: string | null; alt?: string }[],
): BlockOf<'timeline'> {
  return {
    id: randomUUID(),
    type: 'timeline',
    events: events.map((e) => ({ imageAssetId: null, alt: '', ...e, id: randomUUID() })),
  };
}
