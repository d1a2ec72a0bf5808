/**
 * Ids of modules, lessons and blocks created in the editor are made here, not by the library: undo and
 * redo re-create an item under the same id, so every recorded command keeps pointing at it. The server
 * validates the format and answers CONFLICT when an id is taken.
 */
export const newClientId = (): string => crypto.randomUUID();
