'use client';

import { useLocale, useTranslations } from 'next-intl';
import type { PrescriptionPreview, RoutinePlan } from '@/lib/domain/prescription/decide-prescription';
import { totalMinutes } from '@/lib/domain/prescription/routine-words';
import { quantities } from '@/lib/i18n/format';
import { AddStepControl } from './add-step-control';
import { DroppedStepsNote } from './dropped-steps-note';
import { FormSection } from './form-section';
import { RoutineStepRow } from './routine-step-row';
import type { RoutineEdit } from './use-routine-edit';
import { useTranslateMessage } from '@/components/i18n/use-translate-message';

/**
 * The session routine of the prescribe form: the rule book's proposal for this child, which the
 * doctor may add to, reorder, shorten and retime, checked live by the same decision the server
 * runs. The editing controls fold away behind "Edit routine", so the form is completed by
 * keyboard without tabbing through every step.
 */

/** "Step 3: kneading is allowed from…" reads as "Kneading is allowed from…" beside step 3. */
function besideStep(message: string): string {
  const text = message.replace(/^Step \d+: /, '');
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * The live check's messages, and the server's for the same place while they can still be
 * trusted (the routine unchanged since the refusal) and say something the live check does not.
 * The server joins several messages for one field into one string.
 */
function withServerError(live: readonly string[], server: string | undefined, isChanged: boolean): string[] {
  if (!server || isChanged || live.includes(server) || live.join(' ') === server) return [...live];
  return [...live, server];
}

type Props = {
  preview: PrescriptionPreview;
  routine: RoutineEdit;
  errorFor: (field: string) => string | undefined;
};

export function RoutineSection({ preview, routine, errorFor }: Props) {
  const t = useTranslations('courses.prescribe.routine');
  return (
    <FormSection id="prescribe-routine" title={t('title')} description={t('description')}>
      <input type="hidden" name="routine" value={routine.hiddenValue} />
      <RoutineBody preview={preview} routine={routine} errorFor={errorFor} />
    </FormSection>
  );
}

function RoutineBody({ preview, routine, errorFor }: Props) {
  const t = useTranslations('courses.prescribe.routine');
  const plan = preview.routine;
  switch (plan.status) {
    case 'NO_INDICATION':
      return <p className="text-sm text-slate-600">{t('noIndication')}</p>;
    case 'NO_START_DATE':
      return <p className="text-sm text-slate-600">{t('noStartDate')}</p>;
    case 'READY':
      return (
        <div className="space-y-3">
          <DroppedStepsNote dropped={plan.dropped} />
          <RoutineSteps
            plan={plan}
            violations={preview.violations}
            stepsToAdd={preview.stepsToAdd}
            routine={routine}
            errorFor={errorFor}
          />
        </div>
      );
    default: {
      const unknown: never = plan;
      throw new Error(`Unknown routine plan ${String(unknown)}`);
    }
  }
}

type ReadyProps = Omit<Props, 'preview'> & {
  plan: Extract<RoutinePlan, { status: 'READY' }>;
  violations: PrescriptionPreview['violations'];
  stepsToAdd: PrescriptionPreview['stepsToAdd'];
};

const EDITOR_ID = 'routine-editor';

function RoutineSteps({ plan, violations, stepsToAdd, routine, errorFor }: ReadyProps) {
  const t = useTranslations('courses.prescribe.routine');
  const read = useTranslateMessage();
  const { minutes: formatMinutes } = quantities(useLocale());
  const { rows, steps } = routine;
  if (!routine.isEdited && steps.length === 0) {
    return (
      <p role="status" className="rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-900">
        {t('noneProposed')} {plan.gate.allowed ? t('everyAreaLeftOut') : read(plan.gate.message)}
      </p>
    );
  }

  const forStep = (index: number) =>
    violations.filter((violation) => violation.stepIndex === index).map((violation) => read(violation.message));
  // An unreadable minutes box is explained beside its step; the schema's message about the hidden JSON would not help.
  const serverRoutineError = routine.hasUnreadableMinutes ? undefined : errorFor('routine');
  const overall = withServerError(
    violations.filter((violation) => violation.stepIndex === null).map((violation) => read(violation.message)),
    serverRoutineError,
    routine.isChanged,
  );
  const total = totalMinutes(steps);

  return (
    <div className="space-y-3">
      <div className="flex flex-wrap items-center justify-between gap-2 text-sm">
        <p className="text-slate-600">{routine.isEdited ? t('edited') : t('proposal')}</p>
        <div className="flex flex-wrap gap-2">
          <button
            type="button"
            aria-expanded={routine.isOpen}
            aria-controls={EDITOR_ID}
            onClick={() => routine.setIsOpen(!routine.isOpen)}
            className="rounded-md px-3 py-2 font-medium text-brand-700 ring-1 ring-inset ring-brand-200 hover:bg-brand-50"
          >
            {t('edit')} <span aria-hidden="true">{routine.isOpen ? '▴' : '▾'}</span>
          </button>
          {routine.isEdited ? (
            <button
              type="button"
              onClick={routine.reset}
              className="rounded-md px-3 py-2 font-medium text-brand-700 ring-1 ring-inset ring-brand-200 hover:bg-brand-50"
            >
              {t('reset')}
            </button>
          ) : null}
        </div>
      </div>
      {routine.isProposalChanged ? (
        <p role="status" className="rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-900">
          {t('proposalChanged')}
        </p>
      ) : routine.isEdited && violations.length > 0 ? (
        <p className="text-sm text-slate-700">{t('editBreaksRule')}</p>
      ) : null}
      {overall.length > 0 ? (
        <div id="routine-error" role="alert" className="space-y-1 rounded-md bg-red-50 px-3 py-2 text-sm text-red-800">
          {overall.map((message) => (
            <p key={message}>{message}</p>
          ))}
        </div>
      ) : null}

      <div id={EDITOR_ID} className="space-y-3">
        <ol aria-label={t('steps')} className="space-y-2">
          {rows.map((row, index) => (
            <RoutineStepRow
              key={row.key}
              row={row}
              index={index}
              count={rows.length}
              problems={withServerError(forStep(index), errorFor(`routine.${index}`), routine.isChanged).map(
                besideStep,
              )}
              routine={routine}
            />
          ))}
        </ol>
        {routine.isOpen ? <AddStepControl stepsToAdd={stepsToAdd} routine={routine} /> : null}
      </div>

      <p
        aria-live="polite"
        className={`text-sm ${total > plan.maxMinutes ? 'font-medium text-red-800' : 'text-slate-700'}`}
      >
        {t.rich('total', {
          count: steps.length,
          total: formatMinutes(total),
          max: formatMinutes(plan.maxMinutes),
          strong: (chunks) => <strong>{chunks}</strong>,
        })}
      </p>
    </div>
  );
}
