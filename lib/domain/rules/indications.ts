import type { SourceId } from './sources';

/** Why a course is prescribed; it decides who may prescribe and perform it. */
export type IndicationKind = 'THERAPEUTIC' | 'CORRECTIVE' | 'PREVENTIVE';

export type IndicationKindInfo = {
  label: string;
  purpose: string;
  prescribedBy: string;
  performedBy: string;
  /** Therapeutic and corrective courses are a doctor's decision only (000, 001, 002). */
  requiresDoctor: boolean;
  source: readonly SourceId[];
};

export const INDICATION_KINDS = {
  THERAPEUTIC: {
    label: 'Therapeutic (medicinal)',
    purpose: 'Treats a specific problem (muscle tone, torticollis, hip dysplasia, colic, flat feet…).',
    prescribedBy: 'Doctor: paediatrician, neurologist, orthopaedist or surgeon',
    performedBy: 'Professional massage therapist',
    requiresDoctor: true,
    source: ['000', '001', '002'],
  },
  CORRECTIVE: {
    label: 'Corrective',
    purpose: 'Consolidates the results of treatment and prevents the problem from coming back.',
    prescribedBy: 'Attending physician',
    performedBy: 'Qualified massage therapist',
    requiresDoctor: true,
    source: ['000', '002'],
  },
  PREVENTIVE: {
    label: 'Preventive (general strengthening)',
    purpose: 'Strengthens muscles and supports development, sleep and digestion in a healthy baby.',
    prescribedBy: 'Paediatrician, for a healthy baby with no contraindications',
    performedBy: 'Parents at home, after a nurse or therapist shows them',
    requiresDoctor: false,
    source: ['001', '002'],
  },
} as const satisfies Record<IndicationKind, IndicationKindInfo>;

export const INDICATION_KIND_IDS = [
  'THERAPEUTIC',
  'CORRECTIVE',
  'PREVENTIVE',
] as const satisfies readonly IndicationKind[];
