import { createStore, type StoreApi } from 'zustand/vanilla';
import {
  blockSchema,
  convertBlock,
  defaultQuizSettings,
  type Block,
  type BlockType,
  type CoursewrightApi,
  type NewBlock,
  type QuizSettings,
  type LessonHeader,
} from '../../../shared';
import { callApi, type ErrorSink } from '../stores/call-api';
import type { CourseState } from '../stores/course-store';
import { CommandHistory, type HistoryCommand, type HistorySnapshot } from './history/command-history';
import type { EditOptions } from './blocks/block-part-types';
import { copyOfBlock, withoutId } from './blocks/new-block';
import type { DraftStorage } from './draft-storage';
import { findBlock, findLessonIn, moveId, replaceBlock, sameJson } from './tree-patch';
import { createOutlineActions, type OutlineActions } from './outline-actions';
import { newClientId } from './client-id';

type SaveStatus = 'saved' | 'saving' | 'invalid' | 'error';

export interface EditorState extends OutlineActions {
  /** Edited blocks not yet stored (shown instead of the tree's copy). */
  drafts: Record<string, Block>;
  /** Debounced saves waiting for their timer. */
  queued: number;
  /** Calls in flight. */
  inFlight: number;
  /** Blocks whose last save failed (retry re-sends them). */
  failed: string[];
  /** Blocks whose draft the document does not allow yet (an empty heading…), with the reason. */
  invalid: Record<string, string>;
  history: HistorySnapshot;
  /** Records an edit of a block's content; stored after `typingDelayMs` of quiet. */
  editBlock(block: Block, options?: EditOptions): void;
  /** Stores every queued edit now. */
  flush(): Promise<void>;
  retry(): Promise<void>;
  /** Re-applies drafts left in storage by a reload or crash; returns how many were recovered. */
  recoverDrafts(): Promise<number>;
  insertBlock(lessonId: string, block: NewBlock, position: number): Promise<Block | null>;
  duplicateBlock(blockId: string): Promise<Block | null>;
  deleteBlock(blockId: string): Promise<boolean>;
  /** "Turn into…": replaces the block by its conversion to `to` (a new block in its place), as one undo step. */
  convertBlock(blockId: string, to: BlockType): Promise<Block | null>;
  moveBlock(blockId: string, toIndex: number): Promise<boolean>;
  setLessonKind(lessonId: string, kind: LessonKind): Promise<boolean>;
  /** Stores a quiz lesson's attempt settings (undoable). */
  setQuizSettings(lessonId: string, quiz: QuizSettings): Promise<boolean>;
  /** The lesson's header image or colour band; null removes it. Undoable. */
  setLessonHeader(lessonId: string, header: LessonHeader | null): Promise<boolean>;
  undo(): Promise<boolean>;
  redo(): Promise<boolean>;
}

type LessonKind = 'content' | 'quiz';

interface EditorDeps {
  api: CoursewrightApi;
  course: StoreApi<CourseState>;
  drafts: DraftStorage;
  onError?: ErrorSink;
  typingDelayMs?: number;
  history?: CommandHistory;
}

/**
 * "saved" only when nothing is left to store: a draft leaves `drafts` when the server has answered
 * for its last version, so the gap between a debounce timer firing and its request starting never
 * reads as saved.
 */
export function saveStatusOf(
  s: Pick<EditorState, 'queued' | 'inFlight' | 'failed' | 'invalid' | 'drafts'>,
): SaveStatus {
  if (s.failed.length > 0) return 'error';
  if (Object.keys(s.invalid).length > 0) return 'invalid';
  if (s.queued + s.inFlight > 0) return 'saving';
  for (const _ in s.drafts) return 'saving';
  return 'saved';
}

/** The block editor's store: autosave, drafts, and every undoable edit of the open course. */
export function createEditorStore(deps: EditorDeps): StoreApi<EditorState> {
  const { api, course, drafts: storage } = deps;
  const delay = deps.typingDelayMs ?? 300;
  const history = deps.history ?? new CommandHistory();
  const timers = new Map<string, ReturnType<typeof setTimeout>>();
  const chains = new Map<string, Promise<unknown>>();
  const onError: ErrorSink = (e) => deps.onError?.(e);

  return createStore<EditorState>()((set, get) => {
    history.subscribe((snapshot) => set({ history: snapshot }));
    const tree = () => course.getState().tree;
    /** Blocks are searched in the loaded lessons: only those are on screen, so only they are edited. */
    const loaded = () => course.getState().lessons;

    /** Runs a call while telling the course store a write is pending (so it skips its own event refresh). */
    const tracked = async <T>(run: () => Promise<T>): Promise<T> => {
      course.setState((s) => ({ pendingWrites: s.pendingWrites + 1 }));
      set((s) => ({ inFlight: s.inFlight + 1 }));
      try {
        return await run();
      } finally {
        set((s) => ({ inFlight: s.inFlight - 1 }));
        course.setState((s) => ({ pendingWrites: s.pendingWrites - 1 }));
      }
    };

    /** A structure change: pending typing first, then the call, then a fresh tree. */
    const structural = async <T>(run: () => Promise<T | null>): Promise<T | null> => {
      await get().flush();
      return tracked(async () => {
        const value = await run();
        await course.getState().refresh();
        return value;
      });
    };

    const clearTimer = (blockId: string) => {
      const timer = timers.get(blockId);
      if (timer === undefined) return;
      clearTimeout(timer);
      timers.delete(blockId);
      set((s) => ({ queued: s.queued - 1 }));
    };

    const storeBlock = async (blockId: string): Promise<boolean> => {
      const draft = get().drafts[blockId];
      if (!draft) return true;
      const parsed = blockSchema.safeParse(draft);
      if (!parsed.success) {
        const message = parsed.error.issues[0]?.message ?? 'not valid';
        set((s) => ({ invalid: { ...s.invalid, [blockId]: message } }));
        return false;
      }
      set((s) => {
        const { [blockId]: _gone, ...invalid } = s.invalid;
        return { invalid };
      });
      const block = parsed.data;
      let failedNow = false;
      const saved = await tracked(() =>
        callApi(api, 'blocks.update', { blockId: block.id, block }, (error) => {
          failedNow = true;
          onError(error);
        }),
      );
      if (!saved) {
        if (failedNow) set((s) => ({ failed: s.failed.includes(blockId) ? s.failed : [...s.failed, blockId] }));
        return false;
      }
      course.setState((s) => ({ lessons: replaceBlock(s.lessons, saved) }));
      set((s) => {
        const failed = s.failed.filter((id) => id !== blockId);
        // Typing that arrived while this save was in flight stays a draft and is saved next.
        if (!sameJson(s.drafts[blockId], draft)) return { failed };
        const { [blockId]: _done, ...rest } = s.drafts;
        storage.remove(blockId);
        return { failed, drafts: rest };
      });
      return true;
    };

    /** Saves of one block run in order, so an older body never lands after a newer one. */
    const saveNow = (blockId: string): Promise<boolean> => {
      clearTimer(blockId);
      const previous = chains.get(blockId) ?? Promise.resolve();
      const next = previous.then(() => storeBlock(blockId));
      chains.set(blockId, next);
      return next;
    };

    const schedule = (blockId: string) => {
      const had = timers.has(blockId);
      if (had) clearTimeout(timers.get(blockId));
      else set((s) => ({ queued: s.queued + 1 }));
      timers.set(
        blockId,
        setTimeout(() => {
          timers.delete(blockId);
          set((s) => ({ queued: s.queued - 1 }));
          void saveNow(blockId);
        }, delay),
      );
    };

    const putDraft = (block: Block) => {
      storage.put(block);
      set((s) => ({ drafts: { ...s.drafts, [block.id]: block } }));
    };

    /** Undo/redo of a content edit: show and store `value` under the block's current id. */
    const applyBlock = (block: Block) => async () => {
      putDraft(block);
      return saveNow(block.id);
    };

    const currentBlock = (blockId: string): Block | null =>
      get().drafts[blockId] ?? findBlock(loaded(), blockId)?.block ?? null;

    const record = (command: HistoryCommand) => history.push(command);

    const createBlockAt = async (lessonId: string, block: NewBlock, position: number, id: string) =>
      callApi(api, 'blocks.create', { lessonId, block, position, id }, onError);

    const outline = createOutlineActions({ api, course, structural, record, onError });

    return {
      ...outline,
      drafts: {},
      queued: 0,
      inFlight: 0,
      failed: [],
      invalid: {},
      history: history.snapshot(),

      editBlock(block, options) {
        const before = currentBlock(block.id);
        if (!before || sameJson(before, block)) return;
        putDraft(block);
        schedule(block.id);
        if (options?.step) history.seal();
        record({
          label: 'Edit block',
          coalesceKey: `block:${block.id}`,
          undo: applyBlock(before),
          redo: applyBlock(block),
        });
        if (options?.step) history.seal();
      },

      async flush() {
        await Promise.all([...timers.keys()].map((id) => saveNow(id)));
        await Promise.all([...chains.values()]);
      },

      async retry() {
        await Promise.all([...get().failed, ...Object.keys(get().invalid)].map((id) => saveNow(id)));
      },

      async recoverDrafts() {
        const left = storage.all();
        if (left.length === 0) return 0;
        // The stored copies come from the host (their lessons need not be loaded), however many drafts were left.
        const found = await course.getState().findBlocks({ blockIds: left.map((d) => d.id) });
        if (!found) return 0;
        const storedById = new Map(found.map((f) => [f.block.id, f.block]));
        let recovered = 0;
        for (const draft of left) {
          const stored = storedById.get(draft.id);
          if (!stored) continue; // another course, or the block is gone
          if (sameJson(stored, draft)) {
            storage.remove(draft.id);
            continue;
          }
          recovered++;
          putDraft(draft);
          void saveNow(draft.id);
        }
        await get().flush();
        return recovered;
      },

      async insertBlock(lessonId, block, position) {
        const id = newClientId();
        const create = async () => (await structural(() => createBlockAt(lessonId, block, position, id))) !== null;
        const created = await structural(() => createBlockAt(lessonId, block, position, id));
        if (!created) return null;
        record({
          label: 'Insert block',
          undo: async () => (await structural(() => callApi(api, 'blocks.delete', { blockId: id }, onError))) !== null,
          redo: create,
        });
        return created;
      },

      async duplicateBlock(blockId) {
        const found = findBlock(loaded(), blockId);
        const block = currentBlock(blockId);
        if (!found || !block) return null;
        return get().insertBlock(found.lesson.id, copyOfBlock(block), found.index + 1);
      },

      async deleteBlock(blockId) {
        await get().flush();
        const found = findBlock(loaded(), blockId);
        if (!found) return false;
        const { lesson, block, index } = found;
        const remove = () => callApi(api, 'blocks.delete', { blockId: block.id }, onError);
        const done = await structural(remove);
        if (!done) return false;
        storage.remove(blockId);
        record({
          label: 'Delete block',
          undo: async () =>
            (await structural(() => createBlockAt(lesson.id, withoutId(block), index, block.id))) !== null,
          redo: async () => (await structural(remove)) !== null,
        });
        return true;
      },

      async convertBlock(blockId, to) {
        await get().flush();
        const found = findBlock(loaded(), blockId);
        const converted = found ? convertBlock(found.block, to) : null;
        if (!found || !converted) return null;
        const { lesson, block, index } = found;
        const id = newClientId();
        // Create first, then delete: a failure half-way leaves both blocks, never neither.
        const swap = (add: () => Promise<Block | null>, removeId: string) => async () =>
          (await structural(async () => {
            const added = await add();
            return added && (await callApi(api, 'blocks.delete', { blockId: removeId }, onError)) ? added : null;
          })) !== null;
        const created = await structural(() => createBlockAt(lesson.id, converted, index, id));
        if (!created || !(await structural(() => callApi(api, 'blocks.delete', { blockId }, onError)))) return null;
        storage.remove(blockId);
        record({
          label: 'Convert block',
          undo: swap(() => createBlockAt(lesson.id, withoutId(block), index, block.id), id),
          redo: swap(() => createBlockAt(lesson.id, converted, index, id), block.id),
        });
        return created;
      },

      async moveBlock(blockId, toIndex) {
        const found = findBlock(loaded(), blockId);
        if (!found || found.index === toIndex) return false;
        const lessonId = found.lesson.id;
        const before = found.lesson.blocks.map((b) => b.id);
        const after = moveId(before, blockId, toIndex);
        const reorder = (ids: string[]) => () =>
          structural(() => callApi(api, 'blocks.reorder', { lessonId, blockIds: ids }, onError));
        if (!(await reorder(after)())) return false;
        record({
          label: 'Move block',
          undo: async () => (await reorder(before)()) !== null,
          redo: async () => (await reorder(after)()) !== null,
        });
        return true;
      },

      async setLessonKind(lessonId, kind) {
        const found = findLessonIn(tree(), lessonId);
        if (!found || found.lesson.kind === kind) return false;
        const before = found.lesson.kind;
        const update = (k: LessonKind) => async () =>
          (await structural(() => callApi(api, 'lessons.update', { lessonId, patch: { kind: k } }, onError))) !== null;
        if (!(await update(kind)())) return false;
        record({ label: 'Change lesson kind', undo: update(before), redo: update(kind) });
        return true;
      },

      async setQuizSettings(lessonId, quiz) {
        const found = findLessonIn(tree(), lessonId);
        if (!found) return false;
        const before = found.lesson.quiz ?? defaultQuizSettings();
        if (sameJson(before, quiz)) return false;
        const update = (q: QuizSettings) => async () =>
          (await structural(() => callApi(api, 'lessons.update', { lessonId, patch: { quiz: q } }, onError))) !== null;
        if (!(await update(quiz)())) return false;
        record({ label: 'Change quiz settings', undo: update(before), redo: update(quiz) });
        return true;
      },

      async setLessonHeader(lessonId, header) {
        const found = findLessonIn(tree(), lessonId);
        if (!found) return false;
        const before = found.lesson.header ?? null;
        if (sameJson(before, header)) return false;
        const update = (h: LessonHeader | null) => async () =>
          (await structural(() => callApi(api, 'lessons.update', { lessonId, patch: { header: h } }, onError))) !==
          null;
        if (!(await update(header)())) return false;
        record({ label: 'Change lesson header', undo: update(before), redo: update(header) });
        return true;
      },

      async undo() {
        await get().flush();
        return history.undo();
      },

      async redo() {
        await get().flush();
        return history.redo();
      },
    };
  });
}
