import { languageSchema } from '../../../../shared';

/** Support contact shown to learners: an http(s) link or an e-mail address (or nothing). */
export function supportContactError(value: string): string | null {
  const v = value.trim();
  if (v === '') return null;
  if (/^https?:\/\/\S+$/i.test(v)) return null;
  if (/^(mailto:)?[^\s@]+@[^\s@]+\.[^\s@]+$/i.test(v)) return null;
  return 'Enter a link starting with https:// or an e-mail address';
}

export function languageError(value: string): string | null {
  return languageSchema.safeParse(value.trim()).success ? null : 'Use a language tag such as en or en-GB';
}

export const FONT_LABELS = {
  system: 'System sans-serif',
  serif: 'Serif',
  rounded: 'Rounded',
  mono: 'Monospace',
} as const;
