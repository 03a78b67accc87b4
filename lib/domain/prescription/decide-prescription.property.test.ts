import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from '@/lib/domain/calendar-date';
import {
  CONDITION_STEPS,
  type ContraindicationId,
  type IndicationKind,
  type RoutineStep,
  type Technique,
} from '@/lib/domain/rules';
import { decidePrescription, type PrescriptionInput } from './decide-prescription';
import { PRESCRIBED_ON, prescriptionInput } from './prescription-input.fixtures';

/*
 * What the server accepts, for any age, condition, place and screening: never what a condition
 * rules out, never professional work at home. The limits are written out again here on purpose.
 */
const TODAY = PRESCRIBED_ON;
const DIAGNOSES = {
  hips: 'Hip dysplasia',
  rickets: 'Rickets',
  torticollis: 'Torticollis',
  colic: 'Infantile colic',
  hypertonia: 'Muscle hypertonia',
  umbilical: 'Small umbilical hernia',
  inguinal: 'Inguinal hernia',
  feet: 'Flat feet',
} as const;
type DiagnosisKey = keyof typeof DIAGNOSES;
const PROFESSIONAL_ONLY: readonly DiagnosisKey[] = ['hips', 'rickets', 'torticollis', 'umbilical', 'inguinal'];
const LOADS_HIPS = /\b(?:bend|stand|steps|walking|crawl\w*)\b/i;
const RICKETS_TECHNIQUES: readonly Technique[] = ['STROKING', 'RUBBING'];
/** Items that neither block nor postpone a therapeutic course. */
const PASSING_ITEMS: readonly ContraindicationId[] = ['SKIN_LESION_BACK', 'SKIN_LESION_LEGS_FEET', 'RICKETS'];

const prescription = fc.record({
  ageDays: fc.integer({ min: 21, max: 500 }),
  kind: fc.constantFrom<IndicationKind>('THERAPEUTIC', 'CORRECTIVE'),
  diagnoses: fc.subarray(Object.keys(DIAGNOSES) as DiagnosisKey[], { minLength: 1 }),
  location: fc.constantFrom('HOME', 'CLINIC'),
  present: fc.subarray([...PASSING_ITEMS]),
  woundHealed: fc.boolean(),
});

type Prescription = {
  ageDays: number;
  kind: IndicationKind;
  diagnoses: DiagnosisKey[];
  location: string;
  present: ContraindicationId[];
  woundHealed: boolean;
};

function inputOf(arbitrary: Prescription, routine: RoutineStep[] | null = null): PrescriptionInput {
  const dateOfBirth = addDays(TODAY, -arbitrary.ageDays);
  return prescriptionInput({
    values: {
      location: arbitrary.location,
      minutesPerSession: null,
      therapistId: arbitrary.location === 'CLINIC' ? 'therapist-1' : null,
      breakAfterDays: null,
      contraindications: arbitrary.present,
      routine,
    },
    child: {
      dateOfBirth,
      gestationalAgeDays: null,
      massageSessionsDone: 0,
      umbilicalWoundHealedOn: arbitrary.woundHealed ? addDays(dateOfBirth, 14) : null,
    },
    indication: {
      kind: arbitrary.kind,
      diagnosis: arbitrary.diagnoses.map((key) => DIAGNOSES[key]).join('; '),
      icd10Code: null,
      isResolved: false,
      hasRunningCourse: false,
    },
  });
}

describe('decidePrescription (properties)', () => {
  it('never accepts what a condition rules out, nor professional work at home', () => {
    fc.assert(
      fc.property(prescription, (arbitrary) => {
        const { write } = decidePrescription(inputOf(arbitrary));
        if (write === null) return;
        const has = (key: DiagnosisKey) => arbitrary.diagnoses.includes(key);
        const rickets = has('rickets') || arbitrary.present.includes('RICKETS');
        if (arbitrary.location === 'HOME') {
          expect(PROFESSIONAL_ONLY.some(has) || arbitrary.present.includes('RICKETS')).toBe(false);
        }
        for (const step of write.routine) {
          if (has('hips')) expect(step.direction).not.toMatch(LOADS_HIPS);
          if (rickets) expect(RICKETS_TECHNIQUES).toContain(step.technique);
          if (arbitrary.location === 'HOME') expect(step.direction).not.toBe(CONDITION_STEPS.NECK_STROKING.direction);
          expect(step.direction).not.toMatch(/anti-?clockwise|along the spine itself/i);
        }
      }),
      { numRuns: 400 },
    );
  });

  it('refuses an accepted routine once a step is edited to break a rule', () => {
    const edits: readonly ((step: RoutineStep) => RoutineStep)[] = [
      (step) => ({ ...step, direction: 'Stroke along the spine itself.' }),
      (step) => ({ ...step, area: 'TUMMY', direction: 'Anticlockwise circles round the navel.' }),
      (step) => ({ ...step, direction: 'Stroke the inner thigh.' }),
    ];
    fc.assert(
      fc.property(prescription, fc.nat(), fc.constantFrom(...edits), (arbitrary, seed, edit) => {
        const accepted = decidePrescription(inputOf(arbitrary)).write;
        fc.pre(accepted !== null && accepted.routine.length > 0);
        const routine = accepted?.routine ?? [];
        const index = seed % routine.length;
        const edited = routine.map((step, stepIndex) => (stepIndex === index ? edit(step) : step));
        const decision = decidePrescription(inputOf(arbitrary, edited));
        expect(decision.write).toBeNull();
        expect(decision.fieldErrors[`routine.${index}`]?.length).toBeGreaterThan(0);
      }),
      { numRuns: 300 },
    );
  });
});
