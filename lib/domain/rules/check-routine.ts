import { translatable } from '@/lib/i18n/translatable';
import { checkAgeGate } from './age-gates';
import { sessionMinutesRange } from './durations';
import { describeAgeDays, describeMinutes } from './format';
import { stepLimitBreaches } from './condition-limits';
import { directionPhraseProblems } from './direction-phrases';
import {
  NEW_EXERCISE_RULE,
  areaUnavailableReason,
  isExerciseNew,
  type RoutineContext,
  type RoutineStep,
} from './routine-steps';
import { catalogueEntryOf, stepTraits, type StepTraits } from './step-traits';
import {
  TECHNIQUES,
  isBodyArea,
  isNeverMassagedZone,
  isTechnique,
  isTechniqueAllowedAtAge,
  isTechniqueUsedOnArea,
} from './techniques';

export type RoutineViolation = {
  /** Index into the steps; null when the routine as a whole is at fault. */
  stepIndex: number | null;
  /** A catalog reference (lib/i18n/translatable.ts), translated where it is shown. */
  message: string;
};

export type RoutineCheck = { ok: boolean; violations: RoutineViolation[] };

/** Quarter-minute sums are exact; the tolerance only absorbs hand-typed decimals. */
const MINUTES_TOLERANCE = 1e-9;

/**
 * Checks a routine, typically one a therapist has edited, against the rules of this
 * folder, and explains every problem in plain words. Steps arrive from a form, so their
 * area and technique are checked at run time too.
 */
export function checkRoutine(steps: readonly RoutineStep[], context: RoutineContext): RoutineCheck {
  const violations: RoutineViolation[] = [];
  const age = describeAgeDays(context.ageDays);

  const gate = checkAgeGate(context.ageDays, context.defaults, { umbilicalWoundHealed: context.tummyAllowed });
  if (!gate.allowed) violations.push({ stepIndex: null, message: gate.message });

  if (steps.length === 0) {
    violations.push({ stepIndex: null, message: translatable('prescription.routine.noSteps') });
    return { ok: false, violations };
  }

  steps.forEach((step, stepIndex) => {
    const add = (problem: string) =>
      violations.push({
        stepIndex,
        message: translatable('prescription.routine.step', { number: stepIndex + 1, problem }),
      });
    const area: unknown = step.area;
    const technique: unknown = step.technique;

    if (isNeverMassagedZone(area)) {
      add(
        translatable('prescription.routine.neverMassaged', { zone: translatable(`rules.neverMassaged.${area}.label`) }),
      );
    } else if (!isBodyArea(area)) {
      add(translatable('prescription.routine.notBodyArea', { area: String(area) }));
    }
    if (!isTechnique(technique)) {
      add(translatable('prescription.routine.unknownTechnique', { technique: String(technique) }));
    }

    if (isTechnique(technique)) {
      if (!isTechniqueAllowedAtAge(technique, context.ageDays)) {
        add(
          translatable('prescription.routine.tooEarly', {
            technique: techniqueName(technique),
            from: describeAgeDays(TECHNIQUES[technique].fromAgeDays),
            age,
          }),
        );
      }
    }
    if (isTechnique(technique) && isBodyArea(area)) checkStepAgainstCourse(step, context, add);

    if (isBodyArea(area)) {
      if (isTechnique(technique) && !isTechniqueUsedOnArea(technique, area)) {
        add(
          translatable('prescription.routine.notUsedOnArea', {
            technique: techniqueName(technique),
            area: translatable(`rules.bodyAreas.${area}.label`),
          }),
        );
      }
      const unavailable = areaUnavailableReason(area, context);
      if (unavailable !== null) add(unavailable);
    }

    if (typeof step.direction !== 'string' || step.direction.trim() === '') {
      add(translatable('prescription.routine.noDirection'));
    } else {
      for (const rule of directionPhraseProblems(step)) add(rule.message);
    }
    if (typeof step.minutes !== 'number' || !Number.isFinite(step.minutes) || step.minutes <= 0) {
      add(translatable('prescription.routine.noTime'));
    }
    if (step.repetitions !== null && (!Number.isInteger(step.repetitions) || step.repetitions < 1)) {
      add(translatable('prescription.routine.badRepetitions'));
    }
  });

  const first = steps[0];
  if (first !== undefined && first.technique !== 'STROKING') {
    violations.push({
      stepIndex: 0,
      message: translatable('prescription.routine.beginsWithStroking', { technique: techniqueName(first.technique) }),
    });
  }
  const lastIndex = steps.length - 1;
  const last = steps[lastIndex];
  if (last !== undefined && last.technique !== 'STROKING') {
    violations.push({
      stepIndex: lastIndex,
      message: translatable('prescription.routine.endsWithStroking', { technique: techniqueName(last.technique) }),
    });
  }

  const totalMinutes = steps.reduce((sum, step) => sum + (Number.isFinite(step.minutes) ? step.minutes : 0), 0);
  const range = sessionMinutesRange(context.ageDays, context.defaults);
  if (totalMinutes > range.max + MINUTES_TOLERANCE) {
    violations.push({
      stepIndex: null,
      message: translatable('prescription.routine.tooLong', {
        total: describeMinutes(totalMinutes),
        age,
        max: describeMinutes(range.max),
      }),
    });
  } else if (totalMinutes < range.min - MINUTES_TOLERANCE) {
    violations.push({
      stepIndex: null,
      message: translatable('prescription.routine.tooShort', {
        total: describeMinutes(totalMinutes),
        min: describeMinutes(range.min),
      }),
    });
  }

  return { ok: violations.length === 0, violations };
}

/** What the course's conditions, place and the exercise's newness rule out for this step. */
function checkStepAgainstCourse(step: RoutineStep, context: RoutineContext, add: (message: string) => void): void {
  const traits = stepTraits(step);
  for (const breach of stepLimitBreaches(step, traits, context.conditions)) add(breach.message);

  const professional = professionalOnlyReason(step, traits, context);
  if (professional !== null) add(professional);

  // Only while it is new: afterwards the doctor may give an exercise more repetitions.
  const entry = catalogueEntryOf(step);
  const isNew = entry !== undefined && isExerciseNew(entry, context.ageDays);
  if (isNew && step.repetitions !== null && step.repetitions > NEW_EXERCISE_RULE.maxRepetitionsWhileNew) {
    add(
      translatable('prescription.routine.newExercise', {
        max: NEW_EXERCISE_RULE.maxRepetitionsWhileNew,
        weeks: NEW_EXERCISE_RULE.introductionDays / 7,
        sources: NEW_EXERCISE_RULE.source.join(', '),
      }),
    );
  }
}

/** Work the texts reserve for professionals, in a home or preventive routine; null when it may be done there. */
export function professionalOnlyReason(
  step: Pick<RoutineStep, 'technique'>,
  traits: StepTraits,
  context: Pick<RoutineContext, 'atHome' | 'indicationKind'>,
): string | null {
  if (!traits.professionalOnly || (!context.atHome && context.indicationKind !== 'PREVENTIVE')) return null;
  return translatable('prescription.routine.professionalOnly', {
    work: traits.worksNeck ? translatable('prescription.routine.neckWork') : techniqueName(step.technique),
    where: context.atHome ? 'home' : 'preventive',
    sources: traits.worksNeck ? '001' : '000',
  });
}

function techniqueName(technique: unknown): string {
  return isTechnique(technique) ? translatable(`rules.techniques.${technique}.label`) : `"${String(technique)}"`;
}
