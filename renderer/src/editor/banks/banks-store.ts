import { createStore, type StoreApi } from 'zustand/vanilla';
import type { BankQuestion, CoursewrightApi, Question, QuestionBank } from '../../../../shared';
import { callApi, type ErrorSink } from '../../stores/call-api';
import { newClientId } from '../client-id';

export interface BanksState {
  courseId: string | null;
  banks: QuestionBank[];
  status: 'idle' | 'loading' | 'ready' | 'error';
  load(courseId: string): Promise<void>;
  createBank(title: string): Promise<QuestionBank | null>;
  renameBank(bankId: string, title: string): Promise<boolean>;
  deleteBank(bankId: string): Promise<boolean>;
  addQuestion(bankId: string, question: Question): Promise<BankQuestion | null>;
  saveQuestion(questionId: string, patch: { question?: Question; tags?: string[] }): Promise<boolean>;
  deleteQuestion(questionId: string): Promise<boolean>;
  moveToBank(questionId: string, toBankId: string): Promise<boolean>;
  moveToLesson(questionId: string, lessonId: string): Promise<boolean>;
  moveFromLesson(blockId: string, bankId: string): Promise<boolean>;
}

/**
 * The open course's question banks (`banks.*` channels). Every action reloads the list once the host has
 * answered; moves to and from lessons change the course tree too, which refreshes on the host's
 * `library.changed` announcement.
 */
export function createBanksStore(api: CoursewrightApi, onError: ErrorSink): StoreApi<BanksState> {
  return createStore<BanksState>()((set, get) => {
    const reload = async (): Promise<void> => {
      const courseId = get().courseId;
      if (!courseId) return;
      const banks = await callApi(api, 'banks.list', { courseId }, onError);
      if (banks && get().courseId === courseId) set({ banks, status: 'ready' });
    };
    const after = async <T>(value: T | null): Promise<T | null> => {
      await reload();
      return value;
    };
    return {
      courseId: null,
      banks: [],
      status: 'idle',
      async load(courseId) {
        set({ courseId, status: get().courseId === courseId ? get().status : 'loading' });
        const banks = await callApi(api, 'banks.list', { courseId }, onError);
        if (get().courseId !== courseId) return;
        set(banks ? { banks, status: 'ready' } : { status: 'error' });
      },
      async createBank(title) {
        const courseId = get().courseId;
        if (!courseId) return null;
        return after(await callApi(api, 'banks.create', { courseId, title, id: newClientId() }, onError));
      },
      async renameBank(bankId, title) {
        return !!(await after(await callApi(api, 'banks.rename', { bankId, title }, onError)));
      },
      async deleteBank(bankId) {
        return !!(await after(await callApi(api, 'banks.delete', { bankId }, onError)));
      },
      async addQuestion(bankId, question) {
        return after(await callApi(api, 'banks.questions.create', { bankId, question, tags: [] }, onError));
      },
      async saveQuestion(questionId, patch) {
        return !!(await after(await callApi(api, 'banks.questions.update', { questionId, ...patch }, onError)));
      },
      async deleteQuestion(questionId) {
        return !!(await after(await callApi(api, 'banks.questions.delete', { questionId }, onError)));
      },
      async moveToBank(questionId, toBankId) {
        return !!(await after(await callApi(api, 'banks.questions.move', { questionId, toBankId }, onError)));
      },
      async moveToLesson(questionId, lessonId) {
        return !!(await after(await callApi(api, 'banks.questions.toLesson', { questionId, lessonId }, onError)));
      },
      async moveFromLesson(blockId, bankId) {
        return !!(await after(
          await callApi(api, 'banks.questions.fromLesson', { blockId, bankId, tags: [] }, onError),
        ));
      },
    };
  });
}

/** "a, b ,c" → ["a", "b", "c"] (trimmed, unique, empty parts dropped). */
export function parseTags(text: string): string[] {
  return [
    ...new Set(
      text
        .split(',')
        .map((t) => t.trim())
        .filter(Boolean),
    ),
  ];
}
