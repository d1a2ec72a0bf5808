// @vitest-environment happy-dom
import { cleanup, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { newMarker } from '../../../../renderer/src/editor/blocks/labeled-graphic-part';
import { editorStoresPerSuite, renderBlockEditor } from '../../../support/block-editor-harness';

/*
 * The labeled graphic's marker canvas with pointer events as a browser sends them in one quick gesture: down, moves
 * and up dispatched back to back, with no re-render in between (React renders a pointer move's update later than the
 * press and release: on a busy machine the release arrives first), then the click the browser fires on the canvas
 * (the press and release had different targets).
 */
describe('labeled graphic marker canvas (pointer input)', () => {
  const open = editorStoresPerSuite();
  afterEach(cleanup);

  const setUp = () => {
    const marker = newMarker(1, { x: 50, y: 50 });
    const { sent, last } = renderBlockEditor(open().stores, 'labeledGraphic', {
      patch: { assetId: crypto.randomUUID(), markers: [marker] },
    });
    const canvas = document.querySelector('.marker-canvas') as HTMLDivElement;
    // A 200 × 100 image at the page's origin (happy-dom lays nothing out).
    canvas.getBoundingClientRect = () => ({ left: 0, top: 0, width: 200, height: 100 }) as DOMRect;
    const button = screen.getByRole('button', { name: /^Marker 1, at/ });
    button.setPointerCapture = () => {};
    return { sent, last, canvas, button };
  };
  const pointer = (type: string, x: number, y: number) =>
    new PointerEvent(type, { bubbles: true, cancelable: true, pointerId: 1, clientX: x, clientY: y });

  it('a quick drag moves the marker to where it was released, and adds none', () => {
    const { sent, last, canvas, button } = setUp();
    button.dispatchEvent(pointer('pointerdown', 100, 50));
    button.dispatchEvent(pointer('pointermove', 130, 35));
    button.dispatchEvent(pointer('pointermove', 150, 20));
    button.dispatchEvent(pointer('pointerup', 150, 20));
    canvas.dispatchEvent(new MouseEvent('click', { bubbles: true, clientX: 150, clientY: 20 }));
    expect(sent.length).toBeGreaterThan(0);
    expect(last().markers).toHaveLength(1);
    expect(last().markers[0]).toMatchObject({ x: 75, y: 20 });
  });

  it('a click on the image adds a marker where it was clicked', () => {
    const { last, canvas } = setUp();
    const img = canvas.querySelector('img')!;
    img.dispatchEvent(pointer('pointerdown', 40, 80));
    img.dispatchEvent(pointer('pointerup', 40, 80));
    img.dispatchEvent(new MouseEvent('click', { bubbles: true, clientX: 40, clientY: 80 }));
    expect(last().markers.map((m) => [m.x, m.y])).toEqual([
      [50, 50],
      [20, 80],
    ]);
  });
});
