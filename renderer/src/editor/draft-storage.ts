import { blockSchema, type Block } from '../../../shared';

/**
 * Unsaved typing is mirrored to localStorage (one key per block) until the library has stored it,
 * so a reload or crash mid-burst loses nothing: the editor re-applies these drafts when it opens.
 */
const PREFIX = 'coursewright:draft:';

export interface DraftStorage {
  put(block: Block): void;
  remove(blockId: string): void;
  /** Every stored draft that still parses as a block. */
  all(): Block[];
}

export function createDraftStorage(storage: Storage | null): DraftStorage {
  return {
    put(block) {
      try {
        storage?.setItem(PREFIX + block.id, JSON.stringify(block));
      } catch {
        // Storage full or disabled: the save to the library still runs.
      }
    },
    remove(blockId) {
      storage?.removeItem(PREFIX + blockId);
    },
    all() {
      if (!storage) return [];
      const out: Block[] = [];
      for (let i = 0; i < storage.length; i++) {
        const key = storage.key(i);
        if (!key?.startsWith(PREFIX)) continue;
        try {
          // Drafts may be mid-typing (an empty heading): keep their shape, validate only the type tag.
          const value = JSON.parse(storage.getItem(key) ?? 'null') as Block | null;
          if (
            value &&
            typeof value.id === 'string' &&
            blockSchema.options.some((o) => o.shape.type.value === value.type)
          )
            out.push(value);
        } catch {
          storage.removeItem(key);
        }
      }
      return out;
    },
  };
}

/** localStorage when the page has one (not in Node tests). */
export function browserStorage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}
