/**
 * Redoing a create (or undoing a delete) makes the library assign a new id. Commands recorded
 * earlier still hold the old id, so they resolve ids through this map at the time they run.
 */
export class IdAliases {
  private map = new Map<string, string>();

  /** Records that `oldId` now lives on as `newId`. */
  alias(oldId: string, newId: string): void {
    if (oldId !== newId) this.map.set(oldId, newId);
  }

  resolve(id: string): string {
    let current = id;
    // Chains form when the same item is deleted and restored repeatedly; the guard stops cycles.
    for (let i = 0; i < 1000; i++) {
      const next = this.map.get(current);
      if (next === undefined) return current;
      current = next;
    }
    return current;
  }
}
