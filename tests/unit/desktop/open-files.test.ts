import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { courseArchivesInArgv, createOpenFileQueue, isCourseArchivePath } from '../../../main/desktop/open-files';

describe('course archives in argv', () => {
  it('keeps .cwcourse arguments (any case), resolved against the working directory, without duplicates', () => {
    const cwd = path.resolve('/home/ana/Downloads');
    const argv = [
      '/opt/Coursewright/coursewright',
      '--no-sandbox',
      '--library=/x/y.cwcourse',
      'intro.cwcourse',
      path.resolve('/tmp/Other.CWCOURSE'),
      './intro.cwcourse',
      'notes.txt',
      '.cwcourse',
    ];
    expect(courseArchivesInArgv(argv, cwd)).toEqual([
      path.join(cwd, 'intro.cwcourse'),
      path.resolve('/tmp/Other.CWCOURSE'),
    ]);
  });

  it('recognises archive paths by extension only', () => {
    expect(isCourseArchivePath('a.cwcourse')).toBe(true);
    expect(isCourseArchivePath('a.cwcourse.zip')).toBe(false);
    expect(isCourseArchivePath('.cwcourse')).toBe(false);
  });
});

describe('open-file queue', () => {
  it('queues files until ready, delivers them in order once, then delivers later files at once', () => {
    const queue = createOpenFileQueue();
    expect(queue.push('/a.cwcourse')).toBe(true);
    expect(queue.push('/b.cwcourse')).toBe(true);
    expect(queue.push('/a.cwcourse')).toBe(true);
    expect(queue.push('/c.txt')).toBe(false);
    expect(queue.pending).toEqual(['/a.cwcourse', '/b.cwcourse']);
    const deliver = vi.fn();
    queue.ready(deliver);
    expect(deliver.mock.calls).toEqual([['/a.cwcourse'], ['/b.cwcourse']]);
    expect(queue.pending).toEqual([]);
    queue.push('/d.cwcourse');
    expect(deliver).toHaveBeenLastCalledWith('/d.cwcourse');
    expect(deliver).toHaveBeenCalledTimes(3);
  });
});
