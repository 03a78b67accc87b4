import type { RefObject } from 'react';
import { Button } from '@/components/ui/button';
import type { GuidedCheck } from '@/lib/domain/guided-session';
import type { GuidedCheckView, GuidedLabels } from './guided-types';

type GuidedChecksProps = {
  checks: readonly GuidedCheckView[];
  labels: GuidedLabels;
  confirmed: readonly GuidedCheck[];
  /** Shown after "Start" was pressed with a check left unticked. */
  showMissing: boolean;
  headingRef: RefObject<HTMLHeadingElement | null>;
  onToggle: (check: GuidedCheck) => void;
  onStart: () => void;
  onUnwell: () => void;
};

/** Before the first step: the rule book's checks, each a large box to tick, then "Start". */
export function GuidedChecks({
  checks,
  labels,
  confirmed,
  showMissing,
  headingRef,
  onToggle,
  onStart,
  onUnwell,
}: GuidedChecksProps) {
  return (
    <section aria-labelledby="guided-checks-heading" className="space-y-4">
      <h2 id="guided-checks-heading" ref={headingRef} tabIndex={-1} className="text-2xl font-bold text-slate-900">
        {labels.checksHeading}
      </h2>
      <ul className="space-y-3">
        {checks.map((check) => (
          <li key={check.id}>
            <label className="flex min-h-14 cursor-pointer items-start gap-3 rounded-lg bg-white p-4 text-base ring-1 ring-slate-300 has-checked:bg-brand-50 has-checked:ring-2 has-checked:ring-brand-600">
              <input
                type="checkbox"
                checked={confirmed.includes(check.id)}
                onChange={() => onToggle(check.id)}
                className="mt-1 size-6 shrink-0 accent-brand-600"
              />
              <span className="min-w-0">
                <span className="block font-semibold text-slate-900">{check.title}</span>
                <span className="text-slate-700">{check.text}</span>
              </span>
            </label>
          </li>
        ))}
      </ul>
      {showMissing ? (
        <p role="alert" className="font-medium text-red-700">
          {labels.checksMissing}
        </p>
      ) : null}
      <Button type="button" onClick={onStart} className="min-h-14 w-full text-lg!">
        {labels.start}
      </Button>
      <Button type="button" variant="secondary" onClick={onUnwell} className="min-h-12 w-full text-base!">
        {labels.notWell}
      </Button>
    </section>
  );
}
