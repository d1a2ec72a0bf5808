import path from 'node:path';
import { UsageError, type CliCommand } from '../command';
import { formatTable, toJson } from '../format';
import { invokeChannel } from '../invoke';

/** Language names for the default label (`--lang de` → "Deutsch"); the code itself where Intl has no name. */
function defaultLabel(language: string): string {
  try {
    const name = new Intl.DisplayNames([language], { type: 'language' }).of(language);
    return name ? name.charAt(0).toLocaleUpperCase(language) + name.slice(1) : language;
  } catch {
    return language;
  }
}

export const mediaCaptionsAddCommand: CliCommand = {
  path: ['media', 'captions', 'add'],
  summary: 'Add a caption track (.srt or .vtt; SRT becomes WebVTT) to a video, in every block showing it',
  usage: '<videoAssetId> <file.srt|file.vtt> --lang <code> [--label <text>] [--json]',
  options: { lang: { type: 'string' }, label: { type: 'string' }, json: { type: 'boolean' } },
  args: ['videoAssetId', 'file'],
  async run({ values, args, io, withContext }) {
    const [videoAssetId, file] = args ?? [];
    if (!videoAssetId || !file) throw new UsageError('media captions add needs <videoAssetId> <file.srt|file.vtt>');
    const language = typeof values.lang === 'string' ? values.lang.trim() : '';
    if (!language) throw new UsageError('media captions add needs --lang <code>, e.g. --lang en');
    const label =
      typeof values.label === 'string' && values.label.trim() ? values.label.trim() : defaultLabel(language);
    const result = await withContext(async (context) => {
      // Checked before anything is stored: a bad file or an unknown video changes nothing.
      await invokeChannel(context, 'captions.list', { videoAssetId });
      const imported = await invokeChannel(context, 'captions.import', { path: path.resolve(file), language, label });
      const attached = await invokeChannel(context, 'captions.attach', {
        videoAssetId,
        captionsAssetId: imported.asset.id,
        language,
        label,
      });
      return { captionsAssetId: imported.asset.id, cueCount: imported.cueCount, language, label, ...attached };
    });
    if (values.json) io.stdout(`${toJson(result)}\n`);
    else
      io.stdout(
        `Added "${label}" (${language}, ${result.cueCount} cues) to ${result.blockIds.length} video block(s) as ${result.captionsAssetId}\n`,
      );
    return 0;
  },
};

export const mediaCaptionsListCommand: CliCommand = {
  path: ['media', 'captions', 'list'],
  summary: 'List the caption tracks of a video',
  usage: '<videoAssetId> [--json]',
  options: { json: { type: 'boolean' } },
  args: ['videoAssetId'],
  async run({ values, args, io, withContext }) {
    const videoAssetId = args?.[0];
    if (!videoAssetId) throw new UsageError('media captions list needs <videoAssetId>');
    const tracks = await withContext((context) => invokeChannel(context, 'captions.list', { videoAssetId }));
    if (values.json) io.stdout(`${toJson(tracks)}\n`);
    else if (tracks.length === 0) io.stdout('No captions.\n');
    else
      io.stdout(
        `${formatTable(
          ['CAPTIONS ID', 'LANGUAGE', 'LABEL', 'BLOCKS'],
          tracks.map((t) => [t.assetId, t.language, t.label, String(t.blockIds.length)]),
        )}\n`,
      );
    return 0;
  },
};
