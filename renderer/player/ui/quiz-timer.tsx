/** @jsxImportSource preact */
import type { JSX } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import type { PlayerController } from '../state/player-controller';

const clock = (s: number): string => `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
/** Announced once each, politely (a live region that spoke every second would drown the questions). */
const MILESTONES = [300, 60, 30, 10];

/** A visible countdown (role=timer, not live) plus polite announcements at a few milestones; time-out submits. */
export function QuizTimer(props: { controller: PlayerController; lessonId: string }): JSX.Element | null {
  const { controller, lessonId } = props;
  const [announcement, setAnnouncement] = useState('');
  useEffect(() => {
    const timer = setInterval(() => {
      controller.tickQuiz(lessonId, 1);
      const left = controller.timeLeft(lessonId);
      if (left !== null && MILESTONES.includes(left))
        setAnnouncement(left >= 60 ? `${left / 60} minute${left === 60 ? '' : 's'} left.` : `${left} seconds left.`);
    }, 1000);
    return () => clearInterval(timer);
  }, [controller, lessonId]);
  const left = controller.timeLeft(lessonId);
  if (left === null) return null;
  return (
    <div class="cw-quiz-timer">
      <p role="timer" aria-live="off" aria-atomic="true" data-seconds-left={left}>
        Time left: <strong>{clock(left)}</strong>
      </p>
      <p class="cw-visually-hidden" role="status" aria-live="polite">
        {announcement}
      </p>
      <p class="cw-hint">When the time runs out, your answers are submitted.</p>
    </div>
  );
}
