/** @jsxImportSource preact */
import type { JSX, RefObject } from 'preact';
import type { CoursePackage } from '../../../shared/package/course-package';
import type { LessonTree } from '../../../shared/model/course';
import type { PlayerController } from '../state/player-controller';
import { Button } from './button';

/** The course cover, shown first when enabled: title, subtitle, image, time, Start/Resume and the lessons. */
export function Cover(props: {
  controller: PlayerController;
  headingRef: RefObject<HTMLHeadingElement>;
  onNavigate: (lessonId: string) => void;
}): JSX.Element {
  const { controller, headingRef, onNavigate } = props;
  const { pkg, lessons, resumeLessonId } = controller;
  const cover = pkg.course.settings.cover;
  const image = cover.imageAssetId ? pkg.assets[cover.imageAssetId] : undefined;
  const minutes = pkg.estimatedMinutes;
  return (
    <article class="cw-cover" aria-labelledby="cw-cover-title">
      {image ? <img class="cw-cover-image" src={image.src} alt={cover.imageDecorative ? '' : cover.imageAlt} /> : null}
      <h1 id="cw-cover-title" tabIndex={-1} ref={headingRef}>
        {pkg.course.title}
      </h1>
      {cover.subtitle ? <p class="cw-cover-subtitle">{cover.subtitle}</p> : null}
      <p class="cw-cover-meta">
        {lessons.length} {lessons.length === 1 ? 'lesson' : 'lessons'}
        {minutes ? ` · about ${minutes} min` : ''}
      </p>
      <Button primary data-action="start" onClick={() => onNavigate(resumeLessonId ?? lessons[0]?.id ?? '')}>
        {resumeLessonId ? 'Resume' : 'Start'}
      </Button>
      <h2>Lessons</h2>
      <ol class="cw-cover-lessons">
        {lessons.map((l) => (
          <li key={l.id}>{l.title}</li>
        ))}
      </ol>
    </article>
  );
}

/** A lesson's optional header: its image (with its alt text unless marked decorative), else a colour band. */
export function LessonBanner(props: { lesson: LessonTree; assets: CoursePackage['assets'] }): JSX.Element | null {
  const header = props.lesson.header;
  if (!header) return null;
  const image = header.imageAssetId ? props.assets[header.imageAssetId] : undefined;
  if (image)
    return <img class="cw-lesson-banner" src={image.src} alt={header.imageDecorative ? '' : header.imageAlt} />;
  if (header.color) return <div class="cw-lesson-band" style={{ background: header.color }} />;
  return null;
}
