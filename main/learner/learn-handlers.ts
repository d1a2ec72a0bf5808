import { AppError } from '../../shared';
import type { Handlers } from '../ipc/router';
import type { LearnModule } from './learn-module';

type LearnChannel =
  | 'learn.list'
  | 'learners.list'
  | 'learners.create'
  | 'scorm.import'
  | 'scorm.list'
  | 'learners.delete'
  | 'scorm.delete'
  | 'attempts.start'
  | 'attempts.reset'
  | 'cmi.load'
  | 'cmi.save'
  | 'records.export'
  | 'records.list';

/** The learner-mode channels; `learn` is absent when the library is not SQLite-backed (tests with fakes). */
export function createLearnHandlers(
  learn: LearnModule | undefined,
  notifyChanged: (courseId: string | null, reason: string) => void,
): Pick<Handlers, LearnChannel> {
  const m = (): LearnModule => {
    if (!learn) throw new AppError('INTERNAL', 'Learner mode is not available in this host.');
    return learn;
  };
  return {
    'learn.list': ({ learnerId }) => m().learners.listPlayable(learnerId),
    'learners.list': () => m().learners.listLearners(),
    'learners.create': ({ name }) => m().learners.createLearner(name),
    'scorm.import': async ({ path }) => {
      const pkg = await m().packages.importZip(path);
      notifyChanged(null, 'scorm.import');
      const { dir: _dir, manifest: _manifest, ...summary } = pkg;
      return summary;
    },
    'scorm.list': () => m().packages.list(),
    'learners.delete': ({ learnerId }) => {
      m().learners.deleteLearner(learnerId);
      notifyChanged(null, 'learners.delete');
      return { deleted: true as const };
    },
    'scorm.delete': async ({ packageId }) => {
      await m().packages.remove(packageId);
      notifyChanged(null, 'scorm.delete');
      return { deleted: true as const };
    },
    'attempts.start': (input) => m().learners.startAttempt(input),
    'attempts.reset': (input) => m().learners.resetAttempt(input),
    'cmi.load': ({ attemptId, scoId, review }) => m().learners.loadCmi(attemptId, scoId, { review: review ?? false }),
    'cmi.save': ({ attemptId, scoId, cmi }) => m().learners.saveCmi(attemptId, scoId, cmi),
    'records.export': ({ format, learnerId, itemId }) => m().exportRecords(format, learnerId, itemId),
    'records.list': ({ itemId }) => m().listRecords(itemId),
  };
}
