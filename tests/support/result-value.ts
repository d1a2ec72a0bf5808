import type { Result } from '../../shared';

/** The value of an ok Result; a failed one throws with its code and message (the test then fails saying why). */
export const value = <T>(r: Result<T>): T => {
  if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message}`);
  return r.value;
};
