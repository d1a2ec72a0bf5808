import { runCli } from './run-cli';

// CLI entry (bundled to out/cli/coursewright.cjs; `node --import tsx main/cli/coursewright.ts` from source).
runCli(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    console.error(e);
    process.exitCode = 1;
  },
);
