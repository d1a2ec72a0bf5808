import { AppError } from '../../shared';
import type { Handlers } from '../ipc/router';
import { validateCaptions } from './captions/validate-captions';
import { serializeVtt } from './captions/cues';
import type { MediaService } from './media-service';
import { toJobInfo } from './queue/job-store';

type MediaChannel =
  | 'media.import'
  | 'media.list'
  | 'media.cancel'
  | 'media.retry'
  | 'media.delete'
  | 'media.cleanup'
  | 'captions.import'
  | 'captions.validate'
  | 'captions.save';

/** The media channels; `media` is absent in hosts without a SQLite library (tests with fakes). */
export function createMediaHandlers(
  media: MediaService | undefined,
  notifyChanged: (courseId: string | null, reason: string) => void,
): Pick<Handlers, MediaChannel> {
  const service = (): MediaService => {
    if (!media) throw new AppError('MEDIA', 'Media import is not available in this host.');
    return media;
  };
  return {
    'media.import': async ({ paths, courseId }) => {
      const results = await service().importMedia(paths, { courseId });
      notifyChanged(courseId ?? null, 'media.import');
      return results;
    },
    'media.list': ({ courseId }) => service().listMedia({ courseId }),
    'media.cancel': ({ jobId }) => toJobInfo(service().cancel(jobId)),
    'media.retry': ({ jobId }) => toJobInfo(service().retry(jobId)),
    'media.delete': async ({ assetId }) => {
      await service().deleteAsset(assetId);
      notifyChanged(null, 'media.delete');
      return { deleted: true as const };
    },
    'media.cleanup': async () => {
      const result = await service().cleanupUnused();
      notifyChanged(null, 'media.cleanup');
      return result;
    },
    'captions.import': async (input) => {
      const result = await service().importCaptions(input);
      notifyChanged(null, 'captions.import');
      return result;
    },
    'captions.save': async (input) => {
      const result = await service().saveCaptions(input);
      notifyChanged(null, 'captions.save');
      return result;
    },
    'captions.validate': ({ text }) => {
      const report = validateCaptions(text);
      return {
        valid: report.valid,
        format: report.format,
        cueCount: report.cues.length,
        issues: report.issues,
        vtt: report.valid ? serializeVtt(report.cues) : '',
      };
    },
  };
}
