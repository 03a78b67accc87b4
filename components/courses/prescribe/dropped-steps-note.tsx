import { BODY_AREAS, TECHNIQUES, type DroppedStep } from '@/lib/domain/rules';

/**
 * The steps the course's conditions would have brought or kept that the proposal leaves out,
 * each with its reason, so nothing leaves the routine without the doctor knowing why.
 */
export function DroppedStepsNote({ dropped }: { dropped: readonly DroppedStep[] }) {
  if (dropped.length === 0) return null;
  return (
    <div className="rounded-md bg-sky-50 px-3 py-2 text-sm text-sky-900 ring-1 ring-inset ring-sky-200">
      <p className="font-semibold">Left out of the proposal</p>
      <ul aria-label="Steps left out" className="mt-1 space-y-1">
        {dropped.map((step) => (
          <li key={`${step.area}-${step.direction}`}>
            <span className="font-medium">
              {BODY_AREAS[step.area].label} · {TECHNIQUES[step.technique].label}
            </span>{' '}
            ({step.direction}): {step.reason}
          </li>
        ))}
      </ul>
    </div>
  );
}
