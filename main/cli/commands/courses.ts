import type { CliCommand } from '../command';
import { UsageError } from '../command';
import { toJson } from '../format';
import { invokeChannel } from '../invoke';
import { writeCourseList } from './courses-list-output';

export const coursesListCommand: CliCommand = {
  path: ['courses', 'list'],
  summary: 'List the courses in the library',
  usage: '[--json]',
  options: { json: { type: 'boolean' } },
  async run({ values, io, withContext }) {
    const courses = await withContext((context) => invokeChannel(context, 'courses.list', {}), { readOnly: true });
    writeCourseList(io, courses, values.json === true);
    return 0;
  },
};

export const coursesCreateCommand: CliCommand = {
  path: ['courses', 'create'],
  summary: 'Create an empty course',
  usage: '--title <title> [--description <text>] [--language <tag>] [--json]',
  options: {
    title: { type: 'string' },
    description: { type: 'string' },
    language: { type: 'string' },
    json: { type: 'boolean' },
  },
  async run({ values, io, withContext }) {
    const title = values.title;
    if (typeof title !== 'string') throw new UsageError('courses create needs --title <title>.');
    const input = {
      title,
      ...(typeof values.description === 'string' ? { description: values.description } : {}),
      ...(typeof values.language === 'string' ? { language: values.language } : {}),
    };
    const course = await withContext((context) => invokeChannel(context, 'courses.create', input));
    io.stdout(values.json ? `${toJson(course)}\n` : `Created course ${course.id} "${course.title}"\n`);
    return 0;
  },
};
