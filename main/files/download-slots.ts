import { promises as fs } from 'node:fs';
import path from 'node:path';
import { DOWNLOAD_PATH_PREFIX, downloadSlotSchema, type DownloadSlot } from '../../shared';
import { libraryTempName, libraryTempRoot } from '../library/library-temp';

const LABEL = 'download';

/**
 * Makes `<library>/tmp/<pid>-download-<random>/` and answers where to write `fileName` in it. The folder name
 * is the download id: unguessable (64 random bits; a link click carries no token, so the id is the capability), used once
 * (the route removes it after sending), and swept with the rest of `<library>/tmp` if the process dies.
 */
export async function prepareDownload(libraryDir: string, fileName: string): Promise<DownloadSlot> {
  const dir = libraryTempName(libraryDir, LABEL);
  await fs.mkdir(dir, { recursive: true });
  const downloadId = path.basename(dir);
  return {
    downloadId,
    outPath: path.join(dir, safeDownloadName(fileName)),
    url: `${DOWNLOAD_PATH_PREFIX}${downloadId}`,
  };
}

interface PreparedFile {
  path: string;
  name: string;
  size: number;
  dir: string;
}

/**
 * The file waiting under `downloadId`, or null (unknown id, not written yet, or already fetched). Only the
 * id's own shape is accepted, so a crafted id never walks out of `<library>/tmp`.
 */
export async function findDownload(libraryDir: string, downloadId: string): Promise<PreparedFile | null> {
  if (!downloadSlotSchema.shape.downloadId.safeParse(downloadId).success) return null;
  const dir = path.join(libraryTempRoot(libraryDir), downloadId);
  let entries: string[];
  try {
    entries = await fs.readdir(dir);
  } catch {
    return null;
  }
  // Writers (zip writer, archive export) write `<name>.partial-<random>` then rename: only a finished file counts.
  const finished = entries.filter((e) => !e.includes('.partial-'));
  if (finished.length !== 1) return null;
  const name = finished[0] as string;
  const file = path.join(dir, name);
  const stat = await fs.stat(file).catch(() => null);
  if (!stat?.isFile()) return null;
  return { path: file, name, size: stat.size, dir };
}

/** A file name that is a single path segment without reserved characters (the browser shows it as is). */
function safeDownloadName(raw: string): string {
  const base = raw.split(/[\\/]/).pop() ?? '';
  // eslint-disable-next-line no-control-regex
  const cleaned = base.replace(/[\u0000-\u001f\u007f<>:"|?*]/g, '_').trim();
  return cleaned && cleaned !== '.' && cleaned !== '..' ? cleaned.slice(-200) : 'download';
}
