import type { Handlers } from './router';
import { validateCaptions } from '../media/captions/validate-captions';
import { serializeVtt } from '../media/captions/cues';
import type { MediaService } from '../media/media-service';
import { toJobInfo } from '../media/queue/job-store';

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

/** The media channels. */
export function createMediaHandlers(
  media: MediaService,
  notifyChanged: (courseId: string | null, reason: string) => void,
): Pick<Handlers, MediaChannel> {
  return {
    'media.import': async ({ paths, courseId }) => {
      const results = await media.importMedia(paths, { courseId });
      notifyChanged(courseId ?? null, 'media.import');
      return results;
    },
    'media.list': ({ courseId }) => media.listMedia({ courseId }),
    'media.cancel': ({ jobId }) => toJobInfo(media.cancel(jobId)),
    'media.retry': ({ jobId }) => toJobInfo(media.retry(jobId)),
    'media.delete': async ({ assetId }) => {
      await media.deleteAsset(assetId);
      notifyChanged(null, 'media.delete');
      return { deleted: true as const };
    },
    'media.cleanup': async () => {
      const result = await media.cleanupUnused();
      notifyChanged(null, 'media.cleanup');
      return result;
    },
    'captions.import': async (input) => {
      const result = await media.importCaptions(input);
      notifyChanged(null, 'captions.import');
      return result;
    },
    'captions.save': async (input) => {
      const result = await media.saveCaptions(input);
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
