import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { AppError } from '../../../shared';

export interface FfmpegPaths {
  readonly ffmpeg: string;
  readonly ffprobe: string;
  /** Where each binary came from (shown in diagnostics and tested). */
  readonly source: { ffmpeg: FfmpegSource; ffprobe: FfmpegSource };
}
type FfmpegSource = 'setting' | 'env' | 'ffmpeg-static' | 'path';

export interface ResolveFfmpegOptions {
  /** Explicit paths from the app's settings; win over everything else. */
  ffmpeg?: string | undefined;
  ffprobe?: string | undefined;
  env?: NodeJS.ProcessEnv;
  platform?: NodeJS.Platform;
  /** Returns ffmpeg-static's binary path, or null when the optional package is absent (injected by tests). */
  ffmpegStatic?: () => string | null;
}

const INSTALL_HINT =
  'Install ffmpeg (https://ffmpeg.org/download.html — e.g. "sudo apt install ffmpeg", "brew install ffmpeg" or ' +
  '"winget install ffmpeg") so that it is on your PATH, or set COURSEWRIGHT_FFMPEG and COURSEWRIGHT_FFPROBE to ' +
  'the full paths of the ffmpeg and ffprobe programs.';

/**
 * The ONE place that decides which ffmpeg/ffprobe binaries run. Order: explicit setting, environment
 * variable, the optional ffmpeg-static package (its download may fail on install, so it can be absent),
 * then the system PATH — looked up here, never through a shell.
 */
export function resolveFfmpeg(opts: ResolveFfmpegOptions = {}): FfmpegPaths {
  const env = opts.env ?? process.env;
  const platform = opts.platform ?? process.platform;
  const fromStatic = (opts.ffmpegStatic ?? defaultFfmpegStatic)();
  const staticPath = fromStatic ? toUnpackedAsar(fromStatic) : null;

  const ffmpeg = pick('ffmpeg', opts.ffmpeg, env.COURSEWRIGHT_FFMPEG, staticPath, env, platform);
  // ffmpeg-static ships ffmpeg only; an ffprobe beside the chosen ffmpeg is the best guess after env.
  const sibling = path.join(path.dirname(ffmpeg.path), exeName('ffprobe', platform));
  const ffprobe = pick(
    'ffprobe',
    opts.ffprobe,
    env.COURSEWRIGHT_FFPROBE,
    ffmpeg.source === 'path' ? null : sibling,
    env,
    platform,
  );
  return { ffmpeg: ffmpeg.path, ffprobe: ffprobe.path, source: { ffmpeg: ffmpeg.source, ffprobe: ffprobe.source } };
}

function pick(
  name: 'ffmpeg' | 'ffprobe',
  setting: string | undefined,
  envValue: string | undefined,
  bundled: string | null,
  env: NodeJS.ProcessEnv,
  platform: NodeJS.Platform,
): { path: string; source: FfmpegSource } {
  const envVar = name === 'ffmpeg' ? 'COURSEWRIGHT_FFMPEG' : 'COURSEWRIGHT_FFPROBE';
  if (setting) {
    if (isExecutable(setting)) return { path: setting, source: 'setting' };
    throw new AppError('FFMPEG_MISSING', `The ${name} set in Settings (${setting}) does not exist or cannot be run.`);
  }
  if (envValue) {
    if (isExecutable(envValue)) return { path: envValue, source: 'env' };
    throw new AppError('FFMPEG_MISSING', `${envVar} points to ${envValue}, which does not exist or cannot be run.`);
  }
  if (bundled && isExecutable(bundled)) return { path: bundled, source: 'ffmpeg-static' };
  const onPath = findOnPath(name, env, platform);
  if (onPath) return { path: onPath, source: 'path' };
  throw new AppError(
    'FFMPEG_MISSING',
    `Coursewright needs ${name} to import video and audio, but it was not found. ${INSTALL_HINT}`,
  );
}

/** Electron packs the app in app.asar; binaries must run from the unpacked copy beside it. */
export function toUnpackedAsar(p: string): string {
  return p.replace(/app\.asar(?!\.unpacked)/, 'app.asar.unpacked');
}

export function findOnPath(name: string, env: NodeJS.ProcessEnv, platform: NodeJS.Platform): string | null {
  const dirs = (env.PATH ?? env.Path ?? '').split(platform === 'win32' ? ';' : ':').filter(Boolean);
  const exts = platform === 'win32' ? (env.PATHEXT ?? '.EXE;.CMD;.BAT').split(';').filter(Boolean) : [''];
  for (const dir of dirs) {
    for (const ext of exts) {
      const candidate = path.join(dir, name + ext.toLowerCase());
      if (isExecutable(candidate)) return candidate;
    }
  }
  return null;
}

function exeName(name: string, platform: NodeJS.Platform): string {
  return platform === 'win32' ? `${name}.exe` : name;
}

function isExecutable(p: string): boolean {
  try {
    if (!fs.statSync(p).isFile()) return false;
    fs.accessSync(p, fs.constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

function defaultFfmpegStatic(): string | null {
  try {
    // The CJS bundle has a real `require`; ESM (tests, tsx) resolves from the working directory.
    const req = typeof require === 'function' ? require : createRequire(path.join(process.cwd(), 'noop.js'));
    const value: unknown = req('ffmpeg-static');
    return typeof value === 'string' ? value : null;
  } catch {
    return null; // optional dependency absent (its binary download failed or was skipped)
  }
}
