import type { CSSProperties } from 'react';
import { themeVariables, type CourseOutline, type Lesson } from '../../../shared';
import { useStores } from '../stores/stores-context';

/** The course theme's variables for the canvas element, as the player sets them on :root (CSSOM, CSP-safe). */
export function canvasThemeStyle(tree: CourseOutline): CSSProperties {
  const { 'color-scheme': scheme, ...vars } = themeVariables(tree.settings.theme);
  return { ...vars, colorScheme: scheme } as CSSProperties;
}

/**
 * The top of the lesson as learners see it: the player's header band (brand colour, logo, course title), then the
 * lesson's header image or colour band. Decorative here (the editor's own heading names the lesson).
 */
export function CanvasThemeHeader({ tree, lesson }: { tree: CourseOutline; lesson: Lesson }) {
  const { api } = useStores();
  const logo = tree.settings.theme.logoAssetId;
  const header = lesson.header;
  return (
    <div className="canvas-theme-header" aria-hidden="true" data-testid="canvas-theme-header">
      <div className="cw-header">
        {logo ? <img className="cw-logo" src={api.mediaUrl(logo)} alt="" /> : null}
        <p className="cw-course-title">{tree.title}</p>
      </div>
      {header?.imageAssetId ? (
        <img className="cw-lesson-banner" src={api.mediaUrl(header.imageAssetId)} alt="" />
      ) : header?.color ? (
        <div className="cw-lesson-band" style={{ background: header.color }} />
      ) : null}
    </div>
  );
}
