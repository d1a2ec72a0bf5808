/**
 * Undo/redo history of editor commands. Each entry knows how to undo and redo itself (API calls
 * carrying the before/after values); the history only orders them. Entries with the same
 * `coalesceKey` pushed within `coalesceMs` of each other merge into one (a typing burst in one block
 * is one undo step): the merged entry keeps the first entry's undo and the last entry's redo.
 */
export interface HistoryCommand {
  label: string;
  /** Entries with equal keys close together in time merge (e.g. `text:<blockId>`). */
  coalesceKey?: string;
  undo(): Promise<boolean>;
  redo(): Promise<boolean>;
}

interface Entry extends HistoryCommand {
  /** Time of the last push merged into this entry. */
  lastAt: number;
}

export interface HistorySnapshot {
  canUndo: boolean;
  canRedo: boolean;
  undoLabel: string | null;
  redoLabel: string | null;
}

interface CommandHistoryOptions {
  coalesceMs?: number;
  limit?: number;
  now?: () => number;
}

export class CommandHistory {
  private done: Entry[] = [];
  private undone: Entry[] = [];
  /** Undo/redo calls run one after another, in the order the user pressed the keys. */
  private queue: Promise<unknown> = Promise.resolve();
  private listeners = new Set<(snapshot: HistorySnapshot) => void>();
  private readonly coalesceMs: number;
  private readonly limit: number;
  private readonly now: () => number;

  constructor(options: CommandHistoryOptions = {}) {
    this.coalesceMs = options.coalesceMs ?? 1500;
    this.limit = options.limit ?? 200;
    this.now = options.now ?? (() => Date.now());
  }

  /** Records an edit that has already been applied. A new edit clears the redo stack. */
  push(command: HistoryCommand): void {
    const at = this.now();
    const top = this.done[this.done.length - 1];
    if (
      top &&
      command.coalesceKey !== undefined &&
      top.coalesceKey === command.coalesceKey &&
      at - top.lastAt <= this.coalesceMs &&
      this.undone.length === 0
    ) {
      this.done[this.done.length - 1] = { ...top, redo: command.redo, lastAt: at };
    } else {
      this.done.push({ ...command, lastAt: at });
      if (this.done.length > this.limit) this.done.shift();
    }
    this.undone = [];
    this.emit();
  }

  /** Ends the current typing burst: the next push starts a new entry even with the same key. */
  seal(): void {
    const top = this.done[this.done.length - 1];
    if (top) this.done[this.done.length - 1] = { ...top, lastAt: -Infinity };
  }

  undo(): Promise<boolean> {
    return this.enqueue(async () => {
      const entry = this.done.pop();
      if (!entry) return false;
      this.emit();
      const ok = await entry.undo();
      // A failed undo stays undoable (the error is shown; the user can retry).
      if (ok) this.undone.push({ ...entry, lastAt: -Infinity });
      else this.done.push(entry);
      this.emit();
      return ok;
    });
  }

  redo(): Promise<boolean> {
    return this.enqueue(async () => {
      const entry = this.undone.pop();
      if (!entry) return false;
      this.emit();
      const ok = await entry.redo();
      if (ok) this.done.push({ ...entry, lastAt: -Infinity });
      else this.undone.push(entry);
      this.emit();
      return ok;
    });
  }

  clear(): void {
    this.done = [];
    this.undone = [];
    this.emit();
  }

  snapshot(): HistorySnapshot {
    const top = this.done[this.done.length - 1];
    const next = this.undone[this.undone.length - 1];
    return {
      canUndo: top !== undefined,
      canRedo: next !== undefined,
      undoLabel: top?.label ?? null,
      redoLabel: next?.label ?? null,
    };
  }

  subscribe(listener: (snapshot: HistorySnapshot) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Resolves when every queued undo/redo has finished. */
  idle(): Promise<void> {
    return this.queue.then(() => undefined);
  }

  private enqueue(run: () => Promise<boolean>): Promise<boolean> {
    const next = this.queue.then(run, run);
    this.queue = next.catch(() => undefined);
    return next;
  }

  private emit(): void {
    const snapshot = this.snapshot();
    for (const listener of this.listeners) listener(snapshot);
  }
}
