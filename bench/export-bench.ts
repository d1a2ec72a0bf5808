/**
 * Export benchmark (issue 3 §6). Run: `node --import tsx bench/export-bench.ts [--media-mb 500] [--reps 5]
 * [--lessons 200] [--skip-zip] [--skip-browser]`. Needs the built player (`npm run build`), `zip` and
 * /usr/bin/chromium. Prints the figures and writes them to bench/results/ (gitignored).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { openCourseLibrary } from '../main/library/open-library';
import { fmtKb, fmtMb, fmtMs } from './bench-util';
import { runFirstLesson, type FirstLessonResult } from './first-lesson';
import { buildMediaCourse, runZipThroughput, type ZipThroughputResult } from './zip-throughput';

const { values } = parseArgs({
  options: {
    'media-mb': { type: 'string', default: '500' },
    reps: { type: 'string', default: '5' },
    lessons: { type: 'string', default: '200' },
    'skip-zip': { type: 'boolean', default: false },
    'skip-browser': { type: 'boolean', default: false },
  },
});
const mediaMb = Number(values['media-mb']);
const reps = Number(values.reps);
const lessons = Number(values.lessons);

const workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'cw-bench-'));
const library = await openCourseLibrary({ dir: path.join(workDir, 'library'), seedSample: false });
const lines: string[] = [
  `Coursewright export benchmark — ${new Date().toISOString()}`,
  `machine: ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, ${fmtMb(os.totalmem())} RAM, Node ${process.version}`,
];
const say = (line: string) => {
  lines.push(line);
  console.log(line);
};
console.log(lines.join('\n'));

let zipResult: ZipThroughputResult | null = null;
let firstLesson: FirstLessonResult | null = null;
try {
  if (!values['skip-zip']) {
    say(`\n# Zip throughput: ${mediaMb} MB of media (random bytes named .mp4: incompressible like real video)`);
    const courseId = await buildMediaCourse(library, workDir, mediaMb);
    zipResult = await runZipThroughput({ library, courseId, workDir, reps });
    say(
      `package: ${zipResult.fileCount} files, media ${fmtMb(zipResult.mediaBytes)}, zip ${fmtMb(zipResult.packageBytes)} (Info-ZIP: ${fmtMb(zipResult.referenceBytes)})`,
    );
    say(
      `exportCourse scorm2004-4th: ${zipResult.exportMs.map(fmtMs).join(', ')} → median ${fmtMs(zipResult.medianExportMs)}`,
    );
    say(
      `zip -r -q -X -n .mp4:       ${zipResult.zipMs.map(fmtMs).join(', ')} → median ${fmtMs(zipResult.medianZipMs)}`,
    );
    say(
      `ratio export / zip: ${zipResult.ratio.toFixed(3)} (goal ≤ 1.10: ${zipResult.ratio <= 1.1 ? 'met' : 'NOT met'})`,
    );
    say(
      `CPU (user+sys) export: ${zipResult.exportCpuMs.map(fmtMs).join(', ')}; zip: ${zipResult.zipCpuMs.map(fmtMs).join(', ')}` +
        ` → CPU ratio ${zipResult.cpuRatio.toFixed(3)}`,
    );
    say(`unzip -tq on the exported zip: ${zipResult.integrity}`);
    say(`runtime size (player JS + CSS + index.html): ${fmtKb(zipResult.runtimeBytes)} (budget 150 KB)`);
  }
  if (!values['skip-browser']) {
    say(`\n# Time to first lesson visible, ${lessons}-lesson course, headless Chromium (ms since navigation start)`);
    firstLesson = await runFirstLesson({ library, workDir, lessons, reps });
    say(
      `html5 export (player, file://): ${firstLesson.playerMs.map(fmtMs).join(', ')} → median ${fmtMs(firstLesson.medianPlayerMs)}`,
    );
    say(
      `static HTML, same text:         ${firstLesson.staticMs.map(fmtMs).join(', ')} → median ${fmtMs(firstLesson.medianStaticMs)}`,
    );
    say(`difference: ${fmtMs(firstLesson.medianPlayerMs - firstLesson.medianStaticMs)}`);
  }
} finally {
  library.close();
  fs.rmSync(workDir, { recursive: true, force: true });
}

const resultsDir = path.join(path.dirname(new URL(import.meta.url).pathname), 'results');
fs.mkdirSync(resultsDir, { recursive: true });
const stamp = new Date().toISOString().replace(/[:.]/g, '-');
fs.writeFileSync(
  path.join(resultsDir, `export-bench-${stamp}.json`),
  JSON.stringify({ mediaMb, reps, lessons, zipResult, firstLesson }, null, 2),
);
fs.writeFileSync(path.join(resultsDir, `export-bench-${stamp}.txt`), `${lines.join('\n')}\n`);
console.log(`\nresults written to ${path.relative(process.cwd(), resultsDir)}/export-bench-${stamp}.{json,txt}`);
