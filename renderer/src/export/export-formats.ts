import type { ExportFormat } from '../../../shared';

/** How each format is offered to authors: plain names first, the standard's name second. */
export const FORMAT_OPTIONS: ReadonlyArray<{ format: ExportFormat; label: string; hint: string }> = [
  { format: 'scorm12', label: 'SCORM 1.2', hint: 'Accepted by almost every LMS.' },
  {
    format: 'scorm2004-3rd',
    label: 'SCORM 2004 (3rd edition)',
    hint: 'Separate completion and pass/fail, more room for progress.',
  },
  { format: 'scorm2004-4th', label: 'SCORM 2004 (4th edition)', hint: 'The newest SCORM; check your LMS supports it.' },
  {
    format: 'html5',
    label: 'HTML5 (no LMS)',
    hint: 'A zip that opens in any browser; progress stays on the learner’s device.',
  },
  { format: 'cmi5', label: 'cmi5', hint: 'The xAPI successor to SCORM for LMSs that support cmi5.' },
  {
    format: 'xapi',
    label: 'xAPI (Tin Can)',
    hint: 'For an LMS or LRS with Tin Can launch (SCORM Cloud, Moodle); records go to its LRS.',
  },
];

export function formatLabel(format: ExportFormat): string {
  return FORMAT_OPTIONS.find((o) => o.format === format)?.label ?? format;
}

/** `Asynchronous Learning 101` → `asynchronous-learning-101`. */
export function slugify(title: string): string {
  const slug = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
  return slug || 'course';
}

/** Default output path: beside the library folder (it exists and is writable), named after course and format. */
export function suggestOutPath(libraryPath: string | null, title: string, format: ExportFormat): string {
  const file = `${slugify(title)}-${format}.zip`;
  if (!libraryPath) return file;
  const sep = libraryPath.includes('\\') && !libraryPath.includes('/') ? '\\' : '/';
  const trimmed = libraryPath.replace(/[\\/]+$/, '');
  const cut = trimmed.lastIndexOf(sep);
  const parent = cut > 0 ? trimmed.slice(0, cut) : trimmed;
  return `${parent}${sep}${file}`;
}

export function formatBytes(n: number): string {
  if (n < 1024) return `${n} B`;
  if (n < 1024 * 1024) return `${(n / 1024).toFixed(1)} KB`;
  if (n < 1024 * 1024 * 1024) return `${(n / (1024 * 1024)).toFixed(1)} MB`;
  return `${(n / (1024 * 1024 * 1024)).toFixed(2)} GB`;
}
