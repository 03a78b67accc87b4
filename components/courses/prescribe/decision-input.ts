import type { IsoDate } from '@/lib/domain/calendar-date';
import type { Booking, ClinicDay } from '@/lib/domain/clinic-day';
import type { ChildFacts } from '@/lib/domain/prescription/child-facts';
import type { PrescriptionDecision, PrescriptionInput } from '@/lib/domain/prescription/decide-prescription';
import type { ClinicDefaults } from '@/lib/domain/rules/clinic-defaults';
import type { RoutineStep } from '@/lib/domain/rules/routine-steps';
import type { IndicationOption, PrescribeCourseValues, TherapistOption } from './form-values';

/**
 * What the prescribe form asks `decidePrescription`, from its values as they stand: in the
 * browser on every change, and on the server for the form's first values (the decision the form
 * shows until the decision's module has loaded). One mapping, so both ask the same question.
 */

/** What the page knows when it renders the form. */
export type FormFacts = {
  indications: IndicationOption[];
  therapists: TherapistOption[];
  patient: ChildFacts;
  clinicDefaults: ClinicDefaults;
  clinicDay: ClinicDay;
  today: IsoDate;
};

/** The fields that follow the decision's suggestion until the doctor edits them; null follows it. */
export type Edits = { routine: RoutineStep[] | null; minutesPerSession: string | null; breakAfterDays: string | null };

export const NO_EDITS: Edits = { routine: null, minutesPerSession: null, breakAfterDays: null };

/** The part of a decision the form shows: the preview and the refusals beside the fields. */
export type ShownDecision = Pick<PrescriptionDecision, 'preview' | 'fieldErrors'>;

export function decisionInput(
  facts: FormFacts,
  values: PrescribeCourseValues,
  edits: Edits,
  bookings: readonly Booking[] | null,
): PrescriptionInput {
  const chosen = facts.indications.find((indication) => indication.id === values.indicationId) ?? null;
  return {
    values: { ...values, ...edits },
    child: facts.patient,
    indication: chosen && { ...chosen, isResolved: false },
    isTherapistKnown: facts.therapists.some((therapist) => therapist.id === values.therapistId),
    defaults: facts.clinicDefaults,
    today: facts.today,
    clinicDay: facts.clinicDay,
    bookings,
  };
}
