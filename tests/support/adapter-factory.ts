import type { PackageTarget } from '../../shared/package/course-package';
import type { FrameLike } from '../../renderer/player/lms/api-discovery';
import { createLmsAdapter } from '../../renderer/player/lms/create-adapter';
import type { LmsAdapter } from '../../renderer/player/lms/lms-adapter';
import { memoryStorage, silentLogger } from './lms-snapshots';

export function createScormAdapterFor(target: PackageTarget, win: FrameLike): LmsAdapter {
  return createLmsAdapter({
    target,
    packageId: '7b0c8f9e-3a1d-4c2b-9e8f-1a2b3c4d5e6f',
    win,
    storage: memoryStorage(),
    logger: silentLogger(),
  });
}
