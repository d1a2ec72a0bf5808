import { createAppContext } from '../main/app/app-context';
import { channels } from '../shared';
const dir = process.argv[2]!;
const ctx = await createAppContext({ libraryDir: dir, host: 'cli', seedSample: false });
const lib = ctx.library;
const big = lib.listCourses().find((c) => c.title === 'Five hundred lessons')!;
const t = (label: string, fn: () => unknown, n = 9) => {
  fn();
  const xs: number[] = [];
  for (let i = 0; i < n; i++) { const s = performance.now(); fn(); xs.push(performance.now() - s); }
  xs.sort((a, b) => a - b);
  console.log(label.padEnd(30), xs[Math.floor(n / 2)]!.toFixed(2), 'ms   min', xs[0]!.toFixed(2));
};
const tree = lib.getCourse(big.id);
const outline = lib.getCourseOutline(big.id);
t('getCourse', () => lib.getCourse(big.id));
t('validate tree', () => channels['courses.get'].output.safeParse(tree));
t('getCourseOutline', () => lib.getCourseOutline(big.id));
t('validate outline', () => channels['courses.outline'].output.safeParse(outline));
const lessonId = outline.modules[3]!.lessons[4]!.id;
t('getLesson', () => lib.getLesson(lessonId));
const r = ctx.router;
const ta = async (label: string, fn: () => Promise<unknown>, n = 9) => {
  await fn();
  const xs: number[] = [];
  for (let i = 0; i < n; i++) { const s = performance.now(); await fn(); xs.push(performance.now() - s); }
  xs.sort((a, b) => a - b);
  console.log(label.padEnd(30), xs[Math.floor(n / 2)]!.toFixed(2), 'ms   min', xs[0]!.toFixed(2));
};
await ta('router courses.get', () => r.dispatch('courses.get', { courseId: big.id }, { host: 'cli' }));
await ta('router courses.outline', () => r.dispatch('courses.outline', { courseId: big.id }, { host: 'cli' }));
await ta('router lessons.get', () => r.dispatch('lessons.get', { lessonId }, { host: 'cli' }));
console.log('outline bytes', JSON.stringify(outline).length, 'tree bytes', JSON.stringify(tree).length);
await ctx.close();
