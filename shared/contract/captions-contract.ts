import { z } from 'zod';
import { idSchema } from '../model/ids';
import { assetSchema } from '../model/course';

/** Caption tracks of a video asset: the tracks of the video blocks that show it (main/media/captions/). */
const videoCaptionTrackSchema = z.object({
  assetId: idSchema,
  language: z.string(),
  label: z.string(),
  /** The video blocks carrying this track. */
  blockIds: z.array(idSchema),
});
export type VideoCaptionTrack = z.infer<typeof videoCaptionTrackSchema>;

export const captionsChannels = {
  /**
   * Adds a captions asset as a track to every video block showing `videoAssetId` (replacing the track of the
   * same language). NOT_FOUND when no block shows the video yet.
   */
  'captions.attach': {
    input: z.object({
      videoAssetId: idSchema,
      captionsAssetId: idSchema,
      language: z.string().trim().min(2).max(35),
      label: z.string().trim().min(1).max(100),
    }),
    output: z.object({ blockIds: z.array(idSchema) }),
  },
  /** Placeholder cues timed to the speech (ffmpeg silencedetect), stored as a track and attached like `captions.attach`. */
  'captions.create': {
    input: z.object({
      videoAssetId: idSchema,
      language: z.string().trim().min(2).max(35),
      label: z.string().trim().min(1).max(100),
    }),
    output: z.object({ asset: assetSchema, cueCount: z.number().int(), blockIds: z.array(idSchema) }),
  },
  'captions.list': { input: z.object({ videoAssetId: idSchema }), output: z.array(videoCaptionTrackSchema) },
} as const;
