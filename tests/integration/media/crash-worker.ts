/**
 * Child process for the crash-recovery test: opens the library, imports one file and keeps transcoding
 * until the test SIGKILLs its whole process group (this process and its ffmpeg child) mid-job.
 * Run as: node --import tsx crash-worker.ts <libraryDir> <file>
 */
import { openCourseLibrary } from '../../../main/library/open-library';
import { MediaService } from '../../../main/media/media-service';

async function main(): Promise<void> {
  const [dir, file] = process.argv.slice(2);
  if (!dir || !file) throw new Error('usage: crash-worker <libraryDir> <file>');
  const library = await openCourseLibrary({ dir, seedSample: false });
  const media = new MediaService({ library, x264Preset: 'medium', concurrency: 1 });
  await media.start();
  await media.importMedia([file]);
  setInterval(() => undefined, 1000); // stay alive until killed
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
