import { useTranslations } from 'next-intl';
import { describeDroppedStep } from '@/lib/domain/prescription/routine-words';
import type { DroppedStep } from '@/lib/domain/rules/propose-routine';
import { useTranslateMessage } from '@/components/i18n/use-translate-message';
import { useShownDirection } from './direction-texts';

/**
 * The steps the course's conditions would have brought or kept that the proposal leaves out,
 * each with its reason, so nothing leaves the routine without the doctor knowing why. The saved
 * course keeps the same lines among its warnings.
 */
export function DroppedStepsNote({ dropped }: { dropped: readonly DroppedStep[] }) {
  const t = useTranslations('courses.prescribe.routine');
  const read = useTranslateMessage();
  const shownDirection = useShownDirection();
  if (dropped.length === 0) return null;
  return (
    <div className="rounded-md bg-sky-50 px-3 py-2 text-sm text-sky-900 ring-1 ring-inset ring-sky-200">
      <p className="font-semibold">{t('droppedHeading')}</p>
      <ul aria-label={t('dropped')} className="mt-1 space-y-1">
        {dropped.map((step) => (
          <li key={`${step.area}-${step.direction}`} className="break-words">
            {read(describeDroppedStep({ ...step, direction: shownDirection(step.direction) }))}
          </li>
        ))}
      </ul>
    </div>
  );
}
