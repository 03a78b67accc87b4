import { useTranslations } from 'next-intl';
import type { ReactNode, RefObject } from 'react';
import { Button } from '@/components/ui/button';
import { countdownAnnouncement, formatCountdown, isStepOpening } from '@/lib/domain/guided-session';
import type { GuidedLabels, GuidedStepView } from './guided-types';

type GuidedStepScreenProps = {
  step: GuidedStepView;
  labels: GuidedLabels;
  number: number;
  count: number;
  drawing: ReactNode;
  remainingMs: number;
  isPaused: boolean;
  withSound: boolean;
  headingRef: RefObject<HTMLHeadingElement | null>;
  onBack: () => void;
  onPauseOrResume: () => void;
  onNext: () => void;
  onEndEarly: () => void;
  onToggleSound: () => void;
};

// Large targets for a thumb, side by side at the bottom of a 360 px screen.
const CONTROL = 'min-h-14 flex-1 text-base!';

/** The time left in words ("2 minutes left", «Осталось 30 секунд»), with the language's plurals. */
function timeLeftWords(t: ReturnType<typeof useTranslations<'children.guided.announce'>>, remainingMs: number): string {
  const left = countdownAnnouncement(remainingMs);
  switch (left.unit) {
    case 'MINUTES':
      return t('minutesLeft', { count: left.count });
    case 'SECONDS':
      return t('secondsLeft', { count: left.count });
    case 'TIME_UP':
      return t('timeUp');
    default: {
      const unknown: never = left;
      return unknown;
    }
  }
}

/**
 * One step on one screen: large words, the drawing, the time left, and the controls at the foot
 * of the screen. The countdown is shown every second but told to a screen reader (a polite live
 * region) only at whole minutes and at 30 and 10 seconds; a new step is told with its name, as
 * the focus stays on the control that was used.
 */
export function GuidedStepScreen({
  step,
  labels,
  number,
  count,
  drawing,
  remainingMs,
  isPaused,
  withSound,
  headingRef,
  onBack,
  onPauseOrResume,
  onNext,
  onEndEarly,
  onToggleSound,
}: GuidedStepScreenProps) {
  const t = useTranslations('children.guided.announce');
  const timeLeft = timeLeftWords(t, remainingMs);
  const announcement = isPaused
    ? labels.paused
    : isStepOpening(remainingMs, step.durationMs)
      ? t('step', { position: step.position, technique: step.technique, left: timeLeft })
      : timeLeft;
  return (
    <section aria-labelledby="guided-step-heading" className="flex min-h-[calc(100dvh-8rem)] flex-col gap-3">
      <h2 id="guided-step-heading" ref={headingRef} tabIndex={-1} className="text-3xl font-bold text-slate-900">
        <span className="block text-base font-medium text-slate-700">{step.position}</span>
        {step.technique}
      </h2>
      <div className="flex items-start gap-4">
        <div className="w-28 shrink-0 [&_svg]:w-full">{drawing}</div>
        <div className="min-w-0 space-y-2">
          <p className="text-xl leading-snug text-slate-900">{step.direction}</p>
          <p className="text-lg text-slate-700">{step.amount}</p>
        </div>
      </div>
      {step.avoid ? (
        <p className="text-base font-medium text-amber-900">
          {labels.avoidHere} {step.avoid}.
        </p>
      ) : null}
      <div className="text-center">
        <p
          role="timer"
          aria-label={labels.timeLeft}
          className={`text-7xl font-bold tabular-nums ${isPaused ? 'text-slate-500' : 'text-brand-700'}`}
        >
          {formatCountdown(remainingMs)}
        </p>
        <p className="text-base font-medium text-slate-700">{isPaused ? labels.paused : ' '}</p>
        <p role="status" className="sr-only">
          {announcement}
        </p>
      </div>
      <div className="sticky bottom-0 mt-auto space-y-2 bg-slate-50 pt-2 pb-3">
        <div className="flex gap-2">
          <Button type="button" variant="secondary" onClick={onBack} className={CONTROL}>
            {labels.back}
          </Button>
          <Button type="button" variant="secondary" onClick={onPauseOrResume} className={CONTROL}>
            {isPaused ? labels.resume : labels.pause}
          </Button>
          <Button type="button" onClick={onNext} className={CONTROL}>
            {number === count ? labels.finish : labels.next}
          </Button>
        </div>
        <div className="flex justify-between gap-2">
          <Button
            type="button"
            variant="secondary"
            onClick={onToggleSound}
            aria-pressed={withSound}
            className="min-h-11"
          >
            {/* One span: the button's flex gap would split "Sound" from ": on". */}
            <span>
              {labels.sound}
              <span aria-hidden="true">{withSound ? labels.soundOn : labels.soundOff}</span>
            </span>
          </Button>
          <Button type="button" variant="secondary" onClick={onEndEarly} className="min-h-11">
            {labels.stop}
          </Button>
        </div>
      </div>
    </section>
  );
}
