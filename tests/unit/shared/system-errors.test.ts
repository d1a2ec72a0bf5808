import { describe, expect, it } from 'vitest';
import { AppError, systemAppError, toAppError } from '../../../shared';

const withCode = (code: string, message = `${code}: something`) => Object.assign(new Error(message), { code });

describe('machine-state errors map to stable codes wherever errors are normalised', () => {
  it.each(['ENOSPC', 'EDQUOT', 'SQLITE_FULL'])('%s is DISK_FULL with what to do', (code) => {
    const e = toAppError(withCode(code));
    expect(e.code).toBe('DISK_FULL');
    expect(e.message).toMatch(/the disk is full .*Free some space/);
    expect(e.details).toEqual({ cause: code });
  });

  it.each(['SQLITE_CORRUPT', 'SQLITE_CORRUPT_INDEX', 'SQLITE_CORRUPT_VTAB', 'SQLITE_NOTADB'])(
    '%s is LIBRARY_CORRUPT with what to do',
    (code) => {
      const e = toAppError(withCode(code));
      expect(e.code).toBe('LIBRARY_CORRUPT');
      expect(e.message).toMatch(/library check.*library restore-backup/);
    },
  );

  it('says what failed, and leaves other errors alone', () => {
    expect(systemAppError(withCode('ENOSPC'), 'Writing /out/a.zip')?.message).toMatch(
      /^Writing \/out\/a\.zip failed: /,
    );
    expect(systemAppError(withCode('EACCES'))).toBeNull();
    expect(systemAppError(new Error('plain'))).toBeNull();
    expect(systemAppError(new AppError('IO', 'x'))).toBeNull();
    expect(toAppError(withCode('SQLITE_CONSTRAINT')).code).toBe('INTERNAL');
  });
});
