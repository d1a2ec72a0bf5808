import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { transform } from 'esbuild';
import { defineConfig, parseAst } from 'vite';
import {
  classNameMap,
  composedClassNames,
  playerComposedClassNames,
  publicClassNames,
  renameClasses,
} from './tools/player-class-names.ts';
import { aliasStrings } from './tools/player-string-aliases.ts';

/**
 * Property names that only the player's own records use: the controller's and the LMS sessions' members, the learner
 * state, the runtime halves of the kinds, responses, component props. This build renames them to short
 * names in the runtime bundles (esbuild's `mangleProps`, before minifying), which a minifier cannot do by itself
 * (about 5 KB per runtime). Nothing that leaves or enters the bundle may use one: never a field of the course
 * package, of what goes to an LMS, an LRS or localStorage, nor a DOM or Preact name; accessing one by a string
 * (`obj['name']`, `'name' in obj`) would miss the rename. `tests/unit/player/mangled-props.test.ts` checks the
 * package schema, the wire modules and the DOM/Preact typings. Add a name only if it is that private.
 */
export const PLAYER_MANGLED_PROPS: readonly string[] = [
  // PlayerController
  'controller',
  'resumeLessonId',
  'lmsProblem',
  'quizClock',
  'shownAt',
  'timings',
  'listeners',
  'quizLesson',
  'quizOutcome',
  'openQuiz',
  'submitQuiz',
  'reviewQuiz',
  'canRetake',
  'retakeQuiz',
  'timeLeft',
  'tickQuiz',
  'markVisited',
  'questionShown',
  'blockState',
  'setBlockState',
  'mediaEnded',
  'markMediaEnded',
  'showSummary',
  'unlocked',
  // learner state, progress, quiz outcome (suspend_data is encoded field by field, never by name)
  'visitedLessonIds',
  'questions',
  'currentLessonId',
  'saveCount',
  'quizzes',
  'elapsedS',
  'lessonId',
  'visitedCount',
  'pooled',
  'earned',
  // responses (encoded by the question codecs)
  'choiceId',
  'choiceIds',
  'optionId',
  'itemIds',
  'regionIds',
  'placements',
  'blanks',
  // runtime halves of block and question kinds, export format runtime
  'wellFormed',
  'stateMax',
  'correctAnswer',
  'initialResponse',
  'ungraded',
  'grade',
  'shuffle',
  'arity',
  'suspendDataMax',
  // component props
  'headingRef',
  'primary',
  'onNavigate',
  'onRetake',
  'onPick',
  'questionNumber',
  // XapiSession
  'saveTimer',
  'retryTimer',
  'retryMs',
  'docDirty',
  'startedAt',
  'lastFailedScaled',
  'sentAnswers',
  'scheduleSave',
  'saveState',
  'cmi5Context',
  // ScormSession
  'mirrorKey',
  'rejections',
  'problemListener',
  'readMirror',
  'clearMirror',
  'useMirror',
  'newerThanLms',
  'requestCommit',
  'commitNow',
  'lastSent',
  // batch 2: short or generic but private names (checked like the others)
  'ctx',
  'lesson',
  'pkg',
  'graded',
  'submitted',
  'reviewed',
  'attempts',
  'progressMeasure',
  'hasQuiz',
  'objectives',
  'interactions',
  'adapter',
  'limit',
  'phase',
  'dirty',
  'failures',
  'timer',
  'calls',
  'opts',
  'queue',
  'sending',
  'running',
  'pump',
  'sent',
];

// Also Preact's internal fields (`__`, `__k`, `__e`, `__H`…, its own shortened names; ~300 uses, -0.5 KB): only Preact and
// its hooks, both inside the bundle, read them. Its public names (`props`, `__html`…) never match.
const mangleProps = new RegExp(`^(?:${PLAYER_MANGLED_PROPS.join('|')}|__[A-Za-z$]?)$`);

/**
 * The learner player, one self-contained IIFE per LMS binding (`out/player/player-<binding>.js`, from
 * `renderer/player/entries/<binding>.ts`) and one shared stylesheet (`out/player/player.css`). A package ships the
 * runtime of its format as `runtime/player.js`. No code splitting, no external fonts; the largest runtime (with
 * the css and index.html) must stay under 100 KB uncompressed (tests/e2e/player-render.spec.ts).
 * `npm run build:player` (player-build.mjs) builds every entry; `PLAYER_BINDING` picks one here.
 */
const binding = process.env.PLAYER_BINDING ?? 'none';

export default defineConfig({
  publicDir: false,
  define: { 'process.env.NODE_ENV': JSON.stringify('production') },
  // Classic JSX (`h(type, props, ...children)`) for the player only: ~2.9 KB less than the automatic runtime's
  // `jsx(type, { ...props, children: [...] })` per element. Same vnodes; the editor keeps the automatic runtime.
  oxc: {
    jsx: { runtime: 'classic', pragma: 'h$', pragmaFrag: 'Fragment$' },
    jsxInject: "import { h as h$, Fragment as Fragment$ } from 'preact'",
  },
  plugins: [
    {
      // Renames PLAYER_MANGLED_PROPS (above) before the minifier runs; esbuild picks names no other property uses.
      name: 'coursewright-mangle-props',
      async renderChunk(code) {
        return (await transform(code, { mangleProps, target: 'es2020', charset: 'utf8' })).code;
      },
    },
    {
      // After minifying: short private class names in player.css and the script alike (tools/player-class-names.ts
      // says which are kept), then repeated strings, object keys and namespaces read from one variable each
      // (tools/player-string-aliases.ts).
      name: 'coursewright-short-names',
      enforce: 'post',
      generateBundle(options, bundle) {
        const root = import.meta.dirname;
        const composed = playerComposedClassNames(root);
        const files = Object.values(bundle);
        const css = files.find((f) => f.type === 'asset' && f.fileName.endsWith('.css'));
        if (css?.type !== 'asset' || typeof css.source !== 'string') throw new Error('player build: no player.css');
        const map = classNameMap(css.source, { public: publicClassNames(root), ...composed });
        css.source = renameClasses(css.source, map);
        // For the e2e specs' selectors (tests/e2e/support/cw-class.ts), beside out/player (whatever is in it ships);
        // every binding's build writes the same map.
        const outParent = path.dirname(options.dir ?? path.join(root, 'out', 'player'));
        mkdirSync(outParent, { recursive: true });
        writeFileSync(path.join(outParent, 'player-class-map.json'), `${JSON.stringify(Object.fromEntries(map))}\n`);
        for (const chunk of files) {
          if (chunk.type !== 'chunk') continue;
          // A name composed in the bundle but not seen in the source scan would be renamed on one side only.
          const found = composedClassNames(chunk.code);
          for (const name of [...found.prefixes, ...found.exact])
            if (!composed.prefixes.has(name) && !composed.exact.has(name))
              throw new Error(`player build: class ${name}\${…} is composed but not found in the player's source`);
          chunk.code = aliasStrings(renameClasses(chunk.code, map), parseAst);
        }
      },
    },
  ],
  build: {
    outDir: 'out/player',
    emptyOutDir: process.env.PLAYER_KEEP_OUT !== '1',
    target: 'es2020',
    minify: true,
    cssCodeSplit: false,
    // esbuild's CSS minifier writes ~0.2 KB less than the default (lightningcss) for the same rules.
    cssMinify: 'esbuild',
    sourcemap: false,
    rolldownOptions: {
      // Property reads have no side effects in the player (terser's pure_getters), so unused reads are dropped.
      treeshake: { propertyReadSideEffects: false },
      // Class fields with assignment semantics (TypeScript's `useDefineForClassFields: false`): the player's classes
      // neither shadow accessors nor rely on [[Define]], and es2020 output needs no defineProperty helper per field.
      transform: {
        assumptions: { setPublicClassFields: true },
        typescript: { removeClassFieldsWithoutInitializer: true },
      },
    },
    lib: {
      entry: `renderer/player/entries/${binding}.ts`,
      formats: ['iife'],
      name: 'CoursewrightPlayer',
      fileName: () => `player-${binding}.js`,
      cssFileName: 'player',
    },
  },
});
