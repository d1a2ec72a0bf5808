import { describe, expect, it } from 'vitest';
import { CommandHistory } from '../../../../renderer/src/editor/history/command-history';

/** A value with a history of sets on it, as the editor does with API calls. */
function counter(history: CommandHistory) {
  const state = { value: 0 };
  const set = (next: number, key?: string) => {
    const before = state.value;
    state.value = next;
    history.push({
      label: `set ${next}`,
      ...(key ? { coalesceKey: key } : {}),
      undo: async () => {
        state.value = before;
        return true;
      },
      redo: async () => {
        state.value = next;
        return true;
      },
    });
  };
  return { state, set };
}

describe('CommandHistory', () => {
  it('undoes and redoes in order, and a new edit clears redo', async () => {
    const history = new CommandHistory();
    const { state, set } = counter(history);
    set(1);
    set(2);
    set(3);
    expect(await history.undo()).toBe(true);
    expect(state.value).toBe(2);
    await history.undo();
    expect(state.value).toBe(1);
    expect(history.snapshot()).toMatchObject({ canUndo: true, canRedo: true, redoLabel: 'set 2' });
    await history.redo();
    expect(state.value).toBe(2);
    set(10);
    expect(history.snapshot().canRedo).toBe(false);
    expect(await history.redo()).toBe(false);
    await history.undo();
    expect(state.value).toBe(2);
  });

  it('coalesces a burst with the same key into one step, keeping the first before and last after', async () => {
    let now = 1000;
    const history = new CommandHistory({ coalesceMs: 500, now: () => now });
    const { state, set } = counter(history);
    set(1, 'block:a');
    now += 200;
    set(2, 'block:a');
    now += 200;
    set(3, 'block:a');
    now += 2000; // a pause ends the burst
    set(4, 'block:a');
    now += 100;
    set(5, 'block:b'); // another block is another step
    await history.undo();
    expect(state.value).toBe(4);
    await history.undo();
    expect(state.value).toBe(3);
    await history.undo();
    expect(state.value).toBe(0);
    expect(history.snapshot().canUndo).toBe(false);
    await history.redo();
    expect(state.value).toBe(3);
  });

  it('seal() ends a burst even within the coalescing window', async () => {
    const history = new CommandHistory({ coalesceMs: 10_000 });
    const { state, set } = counter(history);
    set(1, 'k');
    history.seal();
    set(2, 'k');
    await history.undo();
    expect(state.value).toBe(1);
  });

  it('runs queued undos one after another and keeps a failed undo on the stack', async () => {
    const history = new CommandHistory();
    const order: string[] = [];
    let fail = true;
    history.push({
      label: 'a',
      undo: async () => {
        await new Promise((r) => setTimeout(r, 20));
        order.push('undo a');
        return true;
      },
      redo: async () => true,
    });
    history.push({
      label: 'b',
      undo: async () => {
        order.push(fail ? 'undo b failed' : 'undo b');
        return !fail;
      },
      redo: async () => true,
    });
    expect(await history.undo()).toBe(false);
    expect(history.snapshot().undoLabel).toBe('b');
    fail = false;
    const both = [history.undo(), history.undo()];
    await Promise.all(both);
    expect(order).toEqual(['undo b failed', 'undo b', 'undo a']);
    expect(history.snapshot()).toMatchObject({ canUndo: false, canRedo: true, redoLabel: 'a' });
  });

  it('notifies subscribers and drops the oldest entries past the limit', async () => {
    const history = new CommandHistory({ limit: 2 });
    const seen: boolean[] = [];
    history.subscribe((s) => seen.push(s.canUndo));
    const { state, set } = counter(history);
    set(1);
    set(2);
    set(3);
    expect(seen.at(-1)).toBe(true);
    await history.undo();
    await history.undo();
    expect(await history.undo()).toBe(false);
    expect(state.value).toBe(1);
  });
});
