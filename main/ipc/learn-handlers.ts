import type { Handlers } from './router';
import type { LearnModule } from '../learner/learn-module';

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

/** The learner-mode channels. */
export function createLearnHandlers(
  learn: LearnModule,
  notifyChanged: (courseId: string | null, reason: string) => void,
): Pick<Handlers, LearnChannel> {
  return {
    'learn.list': ({ learnerId }) => learn.learners.listPlayable(learnerId),
    'learners.list': () => learn.learners.listLearners(),
    'learners.create': ({ name }) => learn.learners.createLearner(name),
    'scorm.import': async ({ path }) => {
      const pkg = await learn.packages.importZip(path);
      notifyChanged(null, 'scorm.import');
      const { dir: _dir, manifest: _manifest, ...summary } = pkg;
      return summary;
    },
    'scorm.list': () => learn.packages.list(),
    'learners.delete': ({ learnerId }) => {
      learn.learners.deleteLearner(learnerId);
      notifyChanged(null, 'learners.delete');
      return { deleted: true as const };
    },
    'scorm.delete': async ({ packageId }) => {
      await learn.packages.remove(packageId);
      notifyChanged(null, 'scorm.delete');
      return { deleted: true as const };
    },
    'attempts.start': (input) => learn.learners.startAttempt(input),
    'attempts.reset': (input) => learn.learners.resetAttempt(input),
    'cmi.load': ({ attemptId, scoId, review }) => learn.learners.loadCmi(attemptId, scoId, { review: review ?? false }),
    'cmi.save': ({ attemptId, scoId, cmi }) => learn.learners.saveCmi(attemptId, scoId, cmi),
    'records.export': ({ format, learnerId, itemId }) => learn.exportRecords(format, learnerId, itemId),
    'records.list': ({ itemId }) => learn.listRecords(itemId),
  };
}
