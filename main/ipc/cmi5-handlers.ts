import { AppError } from '../../shared';
import type { Handlers } from './router';
import type { LearnerService } from '../learner/learner-service';
import { CMI5_PACKAGES_PATH_PREFIX, type Cmi5Launcher } from '../lrs/cmi5-launcher';

type Cmi5Handlers = Pick<Handlers, 'cmi5.list' | 'cmi5.import' | 'cmi5.launch'>;

/** Learners are agents with an account on this app: the stable id names them, the name is shown. */
const learnerActor = (learner: { id: string; name: string }) => ({
  name: learner.name,
  account: { homePage: 'https://coursewright.local/learners', name: learner.id },
});

/** Imported cmi5 packages in learner mode: the app is their LMS (launcher), on the host's content origin. */
export function createCmi5Handlers(launcher: Cmi5Launcher | undefined, learners: LearnerService): Cmi5Handlers {
  const packages = () => {
    if (!launcher?.packages) throw new AppError('INTERNAL', 'This host cannot play cmi5 packages.');
    return { launcher, store: launcher.packages };
  };
  return {
    'cmi5.list': () =>
      packages()
        .store.list()
        .map(({ id, title, auCount, importedAt }) => ({ id, title, auCount, importedAt })),
    'cmi5.import': async ({ path }) => {
      const { id, title, auCount, importedAt } = await packages().store.importZip(path);
      return { id, title, auCount, importedAt };
    },
    'cmi5.launch': (input, ctx) => {
      const { launcher: l, store } = packages();
      if (!ctx.contentBase) throw new AppError('INTERNAL', 'This host cannot play content (no content origin).');
      const learner = learners.getLearner(input.learnerId);
      const pkg = store.get(input.packageId);
      const launch = l.launch({
        contentBase: ctx.contentBase,
        packagePath: `${CMI5_PACKAGES_PATH_PREFIX}${pkg.id}/`,
        structure: pkg.structure,
        actor: learnerActor(learner),
        registrationKey: `learn:${learner.id}:${pkg.id}`,
        fresh: input.fresh === true,
        launchMode: input.mode ?? 'Normal',
        preferences: { audioPreference: 'on' },
      });
      return { launchUrl: launch.auUrl, registration: launch.registration };
    },
  };
}
