import type { Asset, CourseSettings } from '../../shared';

type VideoQuality = CourseSettings['videoQuality'];
import type { CourseLibrary } from '../library/course-library';
import { renditionFiles, videoRendition, type RenditionFile } from '../media/renditions';
import type { AssetResolver, ResolvedAsset } from './build-course-package';

interface LibraryAssetResolverOptions {
  /** The course's video quality: its `video-<quality>` rendition is packaged when present. */
  videoQuality?: VideoQuality | undefined;
}

/**
 * The web-ready file to ship for an asset, or null to ship the original: the video rendition for the
 * course's quality (else the best one recorded: any transcoded file plays more widely than an arbitrary
 * original), the loudness-normalised audio, the web image. Captions and other files ship as they are.
 */
export function preferredRendition(
  kind: Asset['kind'],
  files: readonly RenditionFile[],
  videoQuality: VideoQuality | undefined,
): RenditionFile | null {
  switch (kind) {
    case 'video':
      return files.find((f) => f.purpose === `video-${videoQuality ?? ''}`) ?? videoRendition(files);
    case 'audio':
      return files.find((f) => f.purpose === 'audio-normalized') ?? null;
    case 'image':
      return files.find((f) => f.purpose === 'image-web') ?? null;
    case 'captions':
    case 'other':
      return null;
  }
}

/**
 * Resolves library assets to the files an export packages, with their kind (from the asset list).
 * With a SQLite library, completed renditions (only complete files are ever recorded) replace the
 * originals and videos carry their poster frame; assets without renditions (e.g. the sample course's
 * media, or jobs still running) ship the original. Deterministic for a given library state.
 */
export function libraryAssetResolver(library: CourseLibrary, options: LibraryAssetResolverOptions = {}): AssetResolver {
  const kinds = new Map(library.listAssets().map((a) => [a.id, a.kind]));
  const renditionsOf = (assetId: string): RenditionFile[] => renditionFiles(library, assetId);
  return {
    resolve(assetId): ResolvedAsset | null {
      const file = library.assetFile(assetId);
      const kind = kinds.get(assetId);
      if (!file || !kind) return null;
      const renditions = renditionsOf(assetId);
      const chosen = preferredRendition(kind, renditions, options.videoQuality);
      const poster = kind === 'video' ? renditions.find((f) => f.purpose === 'poster') : undefined;
      return {
        ...(chosen ? { path: chosen.path, mime: chosen.mime, size: chosen.size } : file),
        kind,
        ...(poster ? { poster: { path: poster.path, mime: poster.mime } } : {}),
      };
    },
  };
}
