import { useEffect, useId, useState } from 'react';
import { Plus, Trash2 } from 'lucide-react';
import {
  newQuestion,
  type BankQuestion,
  type CourseOutline,
  type FoundBlock,
  type Question,
  type QuestionBank,
} from '../../../../shared';
import { useCourseBlocks } from '../../stores/use-course-blocks';
import { Button } from '../../components/ui/button';
import { useEditorStores, useBanks } from '../editor-context';
import { TextField } from '../blocks/fields';
import { QuestionEditor } from '../blocks/question-editor';
import { newClientId } from '../client-id';
import { parseTags } from './banks-store';
import './banks.css';

const QUESTION = ['question'] as const;
/** Question blocks of the course's lessons (from the host: `blocks.find`), for "move into a bank". */
const lessonQuestions = (tree: CourseOutline, found: readonly FoundBlock[]) => {
  const titles = new Map(tree.modules.flatMap((m) => m.lessons.map((l) => [l.id, l.title])));
  return found.flatMap(({ lessonId, block: b }) =>
    b.type === 'question' ? [{ id: b.id, label: `${titles.get(lessonId) ?? ''} › ${b.question.prompt}` }] : [],
  );
};
const quizLessons = (tree: CourseOutline) => tree.modules.flatMap((m) => m.lessons.filter((l) => l.kind === 'quiz'));

/** The course's question banks: create, rename, delete; tagged questions edited with the question editor; moves. */
export function BanksPanel({ tree }: { tree: CourseOutline }) {
  const { banks: store } = useEditorStores();
  const banks = useBanks((s) => s.banks);
  const status = useBanks((s) => s.status);
  const questions = useCourseBlocks(QUESTION);
  const candidates = lessonQuestions(tree, questions ?? []);
  const [title, setTitle] = useState('');
  useEffect(() => {
    void store.getState().load(tree.id);
  }, [store, tree]);

  const create = async (e: React.FormEvent) => {
    e.preventDefault();
    if (!title.trim()) return;
    if (await store.getState().createBank(title.trim())) setTitle('');
  };
  return (
    <div className="banks">
      <p className="muted">
        Quizzes can draw a number of questions from a bank (or one of its tags) on each attempt: see the quiz settings
        of a quiz lesson.
      </p>
      <form className="banks-new" onSubmit={(e) => void create(e)}>
        <TextField label="New bank name" value={title} onChange={setTitle} />
        <Button type="submit" size="sm" icon={Plus} disabled={!title.trim()}>
          Create bank
        </Button>
      </form>
      {status === 'loading' ? <p className="muted">Loading banks…</p> : null}
      {status === 'ready' && banks.length === 0 ? <p>No question banks yet.</p> : null}
      {banks.map((bank) => (
        <BankSection key={bank.id} bank={bank} banks={banks} tree={tree} candidates={candidates} />
      ))}
    </div>
  );
}

interface BankSectionProps {
  bank: QuestionBank;
  banks: QuestionBank[];
  tree: CourseOutline;
  candidates: { id: string; label: string }[];
}

function BankSection({ bank, banks, tree, candidates }: BankSectionProps) {
  const { banks: store } = useEditorStores();
  const headingId = useId();
  // Local edits only while typing (null: show what is stored).
  const [nameEdit, setName] = useState<string | null>(null);
  const name = nameEdit ?? bank.title;
  const [confirmDelete, setConfirmDelete] = useState(false);
  const [fromBlock, setFromBlock] = useState('');
  return (
    <section className="bank" aria-labelledby={headingId} data-bank-id={bank.id}>
      <h3 id={headingId}>
        {bank.title} <span className="muted">({bank.questions.length} questions)</span>
      </h3>
      <div className="block-fields-row">
        <TextField label="Bank name" value={name} onChange={setName} required />
        <Button
          size="sm"
          disabled={!name.trim() || name.trim() === bank.title}
          onClick={() =>
            void store
              .getState()
              .renameBank(bank.id, name.trim())
              .then((ok) => ok && setName(null))
          }
        >
          Rename
        </Button>
        <Button
          size="sm"
          variant="danger-quiet"
          icon={Trash2}
          onClick={() => (confirmDelete ? void store.getState().deleteBank(bank.id) : setConfirmDelete(true))}
        >
          {confirmDelete ? `Delete “${bank.title}” and its questions` : 'Delete bank'}
        </Button>
      </div>
      <ol className="bank-questions">
        {bank.questions.map((q) => (
          <BankQuestionRow key={q.id} item={q} banks={banks} tree={tree} />
        ))}
      </ol>
      <div className="block-fields-row">
        <Button
          size="sm"
          icon={Plus}
          onClick={() => void store.getState().addQuestion(bank.id, newQuestion('singleChoice', newClientId))}
        >
          Add question
        </Button>
        {candidates.length ? (
          <>
            <label className="field">
              <span>Question from a lesson</span>
              <select value={fromBlock} onChange={(e) => setFromBlock(e.target.value)}>
                <option value="">Choose a question…</option>
                {candidates.map((c) => (
                  <option key={c.id} value={c.id}>
                    {c.label}
                  </option>
                ))}
              </select>
            </label>
            <Button
              size="sm"
              disabled={!fromBlock}
              onClick={() =>
                void store
                  .getState()
                  .moveFromLesson(fromBlock, bank.id)
                  .then(() => setFromBlock(''))
              }
            >
              Move into this bank
            </Button>
          </>
        ) : null}
      </div>
    </section>
  );
}

function BankQuestionRow({ item, banks, tree }: { item: BankQuestion; banks: QuestionBank[]; tree: CourseOutline }) {
  const { banks: store } = useEditorStores();
  const [editing, setEditing] = useState(false);
  // Local edits only until saved (null: show what is stored).
  const [draftEdit, setDraft] = useState<Question | null>(null);
  const draft = draftEdit ?? item.question;
  const [tagsEdit, setTags] = useState<string | null>(null);
  const tags = tagsEdit ?? item.tags.join(', ');
  const moveId = useId();
  const saveTags = () => {
    const next = parseTags(tags);
    if (next.join(',') !== item.tags.join(','))
      void store
        .getState()
        .saveQuestion(item.id, { tags: next })
        .then((ok) => ok && setTags(null));
  };
  const move = (to: string) => {
    const [kind, id] = to.split(':');
    if (!id) return;
    void (kind === 'bank' ? store.getState().moveToBank(item.id, id) : store.getState().moveToLesson(item.id, id));
  };
  return (
    <li className="bank-question" data-bank-question-id={item.id}>
      <p className="bank-question-prompt">{item.question.prompt}</p>
      <div className="block-fields-row">
        <TextField label="Tags (comma-separated)" value={tags} onChange={setTags} />
        <Button size="sm" onClick={saveTags} disabled={parseTags(tags).join(',') === item.tags.join(',')}>
          Save tags
        </Button>
        <Button size="sm" variant="quiet" aria-expanded={editing} onClick={() => setEditing(!editing)}>
          {editing ? 'Close editor' : 'Edit question'}
        </Button>
        <label className="field" htmlFor={moveId}>
          <span>Move to</span>
          <select id={moveId} value="" onChange={(e) => move(e.target.value)}>
            <option value="">Choose…</option>
            {banks
              .filter((b) => b.id !== item.bankId)
              .map((b) => (
                <option key={b.id} value={`bank:${b.id}`}>
                  Bank: {b.title}
                </option>
              ))}
            {quizLessons(tree).map((l) => (
              <option key={l.id} value={`lesson:${l.id}`}>
                Quiz lesson: {l.title}
              </option>
            ))}
          </select>
        </label>
        <Button
          size="sm"
          variant="danger-quiet"
          icon={Trash2}
          onClick={() => void store.getState().deleteQuestion(item.id)}
        >
          Delete question
        </Button>
      </div>
      {editing ? (
        <div className="bank-question-editor">
          <QuestionEditor
            block={{ id: item.id, type: 'question', question: draft }}
            graded
            onChange={(b) => setDraft(b.question)}
          />
          <Button
            size="sm"
            variant="primary"
            onClick={() =>
              void store
                .getState()
                .saveQuestion(item.id, { question: draft })
                .then((ok) => {
                  if (!ok) return;
                  setDraft(null);
                  setEditing(false);
                })
            }
          >
            Save question
          </Button>
        </div>
      ) : null}
    </li>
  );
}
