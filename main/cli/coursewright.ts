import { runFastCommand } from './fast-commands';

// CLI entry (bundled to out/cli/coursewright.cjs; `node --import tsx main/cli/coursewright.ts` from source).
// A read-only listing is answered from this small entry; every other command loads the full CLI (its own bundle,
// out/cli/coursewright-main.cjs, see esbuild.config.mjs) only then.
const args = process.argv.slice(2);
const io = {
  stdout: (text: string) => process.stdout.write(text),
  stderr: (text: string) => process.stderr.write(text),
};
const fast = runFastCommand(args, process.env, io);
if (fast !== null) {
  process.exitCode = fast;
} else {
  import('./run-cli')
    .then(({ runCli }) => runCli(args))
    .then(
      (code) => {
        process.exitCode = code;
      },
      (e: unknown) => {
        console.error(e);
        process.exitCode = 1;
      },
    );
}
