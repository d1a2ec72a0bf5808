// `npm run bench` entry point: runs the export benchmark (bench/export-bench.ts). The media pipeline
// benchmark runs on its own: `node --import tsx bench/media-bench.ts`.
import './export-bench';
