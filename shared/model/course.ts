import { z } from 'zod';
import { idSchema, languageSchema, timestampSchema, titleSchema } from './ids';
import { quizDrawSchema } from './banks';
import { DEFAULT_THEME, THEME_FONTS, THEME_IDS, THEME_VARIANTS } from '../core/themes';

const NAVIGATION_MODES = ['free', 'linear'] as const;
export const COMPLETION_RULES = ['viewed', 'passed', 'viewedAndPassed'] as const;
export const VIDEO_QUALITIES = ['1080p', '720p', '480p'] as const;
/** Transcoding trade-off per course: "quality" (x264 CRF 20) or "size" (CRF 26, for slow LMS links). */
const VIDEO_PRESETS = ['quality', 'size'] as const;
/**
 * How SCORM 1.2's single `cmi.core.lesson_status` reports a course: the word for success, then the word
 * before it. "failed" is sent only once no quiz attempt remains.
 */
export const SCORM12_STATUS_MAPPINGS = [
  'passed-incomplete',
  'passed-failed',
  'completed-incomplete',
  'completed-failed',
] as const;
export type Scorm12StatusMapping = (typeof SCORM12_STATUS_MAPPINGS)[number];

/** Field rules, shared by the settings schema (with defaults) and the patch schema (without). */
const completionFields = {
  rule: z.enum(COMPLETION_RULES),
  /** Share of lessons that must be viewed, 1–100. */
  viewedPercent: z.number().int().min(1).max(100),
};
const themeFields = {
  brandColor: z.string().regex(/^#[0-9a-fA-F]{6}$/, 'must be a colour like #1a6b5c'),
  fontFamily: z.enum(THEME_FONTS),
  logoAssetId: idSchema.nullable(),
  /** A built-in theme (shared/core/themes.ts) and its light or dark variant. */
  name: z.enum(THEME_IDS),
  variant: z.enum(THEME_VARIANTS),
};
/** The cover page the player shows first: title, subtitle, image, estimated time, Start/Resume, lessons. */
const coverFields = {
  enabled: z.boolean(),
  subtitle: z.string().max(300),
  imageAssetId: idSchema.nullable(),
  /** What the cover image shows; empty is allowed only when `imageDecorative` (design guidance warns otherwise). */
  imageAlt: z.string().max(300),
  imageDecorative: z.boolean(),
};
const scalarSettingFields = {
  navigation: z.enum(NAVIGATION_MODES),
  /** Percent of quiz points needed to pass. */
  passingScore: z.number().int().min(0).max(100),
  /** Design guidance: a module should take about this long (self-paced practice: ~20 min). */
  targetModuleMinutes: z.number().int().min(1).max(240),
  /** Shown to learners: an https link or an e-mail address. */
  supportContact: z.string().max(300),
  videoQuality: z.enum(VIDEO_QUALITIES),
  videoPreset: z.enum(VIDEO_PRESETS),
  scorm12Status: z.enum(SCORM12_STATUS_MAPPINGS),
  /** Whether the SCORM 1.2 manifest carries `adlcp:masteryscore` (= passingScore): the LMS may then set passed/failed itself. */
  scorm12MasteryScore: z.boolean(),
};

/** Per-course settings; every field has a default so old rows and partial updates stay valid. */
export const courseSettingsSchema = z.object({
  navigation: scalarSettingFields.navigation.default('free'),
  completion: z
    .object({
      rule: completionFields.rule.default('viewed'),
      viewedPercent: completionFields.viewedPercent.default(100),
    })
    .default({ rule: 'viewed', viewedPercent: 100 }),
  passingScore: scalarSettingFields.passingScore.default(80),
  targetModuleMinutes: scalarSettingFields.targetModuleMinutes.default(20),
  supportContact: scalarSettingFields.supportContact.default(''),
  theme: z
    .object({
      brandColor: themeFields.brandColor.default('#1a6b5c'),
      fontFamily: themeFields.fontFamily.default('system'),
      logoAssetId: themeFields.logoAssetId.default(null),
      name: themeFields.name.default(DEFAULT_THEME),
      variant: themeFields.variant.default('light'),
    })
    .default({ brandColor: '#1a6b5c', fontFamily: 'system', logoAssetId: null, name: DEFAULT_THEME, variant: 'light' }),
  /** Off for courses made before the cover existed; new courses turn it on (`NEW_COURSE_SETTINGS`). */
  cover: z
    .object({
      enabled: coverFields.enabled.default(false),
      subtitle: coverFields.subtitle.default(''),
      imageAssetId: coverFields.imageAssetId.default(null),
      imageAlt: coverFields.imageAlt.default(''),
      imageDecorative: coverFields.imageDecorative.default(false),
    })
    .default({ enabled: false, subtitle: '', imageAssetId: null, imageAlt: '', imageDecorative: false }),
  videoQuality: scalarSettingFields.videoQuality.default('720p'),
  videoPreset: scalarSettingFields.videoPreset.default('quality'),
  scorm12Status: scalarSettingFields.scorm12Status.default('passed-failed'),
  scorm12MasteryScore: scalarSettingFields.scorm12MasteryScore.default(false),
});

/**
 * A settings change: only the named fields (nested groups may be partial). No defaults here, so a patch
 * never resets a setting it does not mention (zod fills defaults even inside `.partial()`).
 */
export const courseSettingsPatchSchema = z
  .object(scalarSettingFields)
  .partial()
  .extend({
    completion: z.object(completionFields).partial().optional(),
    theme: z.object(themeFields).partial().optional(),
    cover: z.object(coverFields).partial().optional(),
  });
export type CourseSettingsPatch = z.infer<typeof courseSettingsPatchSchema>;
export type CourseSettings = z.infer<typeof courseSettingsSchema>;
export const defaultCourseSettings = (): CourseSettings => courseSettingsSchema.parse({});
/** What a course created today starts with, under whatever its creator asks for. */
export const NEW_COURSE_SETTINGS: CourseSettingsPatch = { cover: { enabled: true } };

export const courseSchema = z.object({
  id: idSchema,
  title: titleSchema,
  description: z.string().max(5000),
  language: languageSchema,
  settings: courseSettingsSchema,
  createdAt: timestampSchema,
  updatedAt: timestampSchema,
});
export type Course = z.infer<typeof courseSchema>;

export const moduleSchema = z.object({
  id: idSchema,
  courseId: idSchema,
  title: titleSchema,
});
export type Module = z.infer<typeof moduleSchema>;

export const LESSON_KINDS = ['content', 'quiz'] as const;
const QUIZ_LAYOUTS = ['allOnOnePage', 'onePerPage'] as const;
/** How a quiz lesson runs as an attempt: answer, submit, results, retake. */
export const quizSettingsSchema = z.object({
  layout: z.enum(QUIZ_LAYOUTS).default('allOnOnePage'),
  /** Attempts at the whole quiz; 0 means unlimited. */
  maxAttempts: z.number().int().min(0).max(20).default(0),
  /** The results page lists which answers were right, with the feedback. */
  showAnswers: z.boolean().default(true),
  /** "Retake quiz" is offered only after the learner has reviewed the answers. */
  retakeAfterReview: z.boolean().default(false),
  /** 0 means no timer; when time runs out the attempt is submitted. */
  timeLimitMinutes: z.number().int().min(0).max(300).default(0),
  /** Draw questions from a question bank on each attempt (after the lesson's own questions); absent: none. */
  draw: quizDrawSchema.optional(),
});
export type QuizSettings = z.infer<typeof quizSettingsSchema>;
export const defaultQuizSettings = (): QuizSettings => quizSettingsSchema.parse({});
/** An optional header over a lesson's title: a library image (packaged with the course), else a colour band. */
export const lessonHeaderSchema = z.object({
  imageAssetId: idSchema.nullable().default(null),
  color: z
    .string()
    .regex(/^#[0-9a-fA-F]{6}$/, 'must be a colour like #1a6b5c')
    .nullable()
    .default(null),
  /** What the header image shows; empty is allowed only when `imageDecorative` (design guidance warns otherwise). */
  imageAlt: z.string().max(300).default(''),
  imageDecorative: z.boolean().default(false),
});
export type LessonHeader = z.infer<typeof lessonHeaderSchema>;
export const lessonSchema = z.object({
  id: idSchema,
  moduleId: idSchema,
  title: titleSchema,
  /** Questions in a `quiz` lesson are graded; elsewhere they are ungraded knowledge checks. */
  kind: z.enum(LESSON_KINDS),
  /** Quiz lessons only; absent means the defaults. */
  quiz: quizSettingsSchema.optional(),
  /** Absent: no header. */
  header: lessonHeaderSchema.optional(),
});
export type Lesson = z.infer<typeof lessonSchema>;

// The tree schemas (a course with its blocks) live in course-tree.ts: this file stays free of the block schemas, so
// a reader of course cards alone (the CLI `courses list` fast path) does not build them. Types only, erased here:
export type { CourseTree, LessonTree, ModuleTree } from './course-tree';

/** One row of the library screen. */
export const courseSummarySchema = courseSchema
  .pick({
    id: true,
    title: true,
    description: true,
    language: true,
    createdAt: true,
    updatedAt: true,
  })
  .extend({
    moduleCount: z.number().int().min(0),
    lessonCount: z.number().int().min(0),
    isSample: z.boolean(),
    /** Reading + media + question time (shared/guidance); absent when it could not be computed. */
    estimatedMinutes: z.number().min(0).optional(),
    /** The first image in the course, for the card (null: the course has no image). */
    thumbnailAssetId: idSchema.nullable().optional(),
  });
export type CourseSummary = z.infer<typeof courseSummarySchema>;

export const ASSET_KINDS = ['image', 'video', 'audio', 'captions', 'other'] as const;
export const assetSchema = z.object({
  id: idSchema,
  kind: z.enum(ASSET_KINDS),
  /** Content address of the stored original. */
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  mime: z.string(),
  fileName: z.string(),
  size: z.number().int().min(0),
  createdAt: timestampSchema,
});
export type Asset = z.infer<typeof assetSchema>;
