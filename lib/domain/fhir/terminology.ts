import type { CodeableConcept, CodeSystem, Coding } from '@medplum/fhirtypes';
import type { IndicationKind } from './child-record';

/**
 * The code systems of the export. Standard ones by their FHIR R4 canonical URLs; the clinic's own
 * (the kind of massage course, the app's record ids) under the clinic's address, since they mean
 * something only in this clinic's app.
 */
export const SYSTEMS = {
  LOINC: 'http://loinc.org',
  // WHO ICD-10, as the indication form asks for it (lib/validation/indication.ts).
  ICD10: 'http://hl7.org/fhir/sid/icd-10',
  UCUM: 'http://unitsofmeasure.org',
  CONDITION_CLINICAL: 'http://terminology.hl7.org/CodeSystem/condition-clinical',
  CONDITION_VERIFICATION: 'http://terminology.hl7.org/CodeSystem/condition-ver-status',
  CONDITION_CATEGORY: 'http://terminology.hl7.org/CodeSystem/condition-category',
  V3_ROLE_CODE: 'http://terminology.hl7.org/CodeSystem/v3-RoleCode',
} as const;

/** LOINC 76516-4: the gestational age at birth, the basis of a premature baby's corrected age. */
export const GESTATIONAL_AGE_AT_BIRTH: Coding = {
  system: SYSTEMS.LOINC,
  code: '76516-4',
  display: 'Gestational age at birth',
};

export function localSystems(clinicUrl: string) {
  const base = `${clinicUrl.replace(/\/+$/, '')}/fhir`;
  return {
    courseKind: `${base}/CodeSystem/massage-course-kind`,
    /** The app's own id of each kind of record, carried as an identifier beside the stable uuid. */
    recordId: (kind: 'patient' | 'account' | 'indication' | 'course' | 'session') => `${base}/record-id/${kind}`,
  };
}

/** The three kinds of course a doctor prescribes, as domain.md ("Indications: three kinds") defines them. */
const COURSE_KINDS = {
  THERAPEUTIC: {
    code: 'therapeutic',
    display: 'Therapeutic massage',
    definition: 'Treats a specific problem; prescribed by a doctor, performed by a professional (sources 001, 002).',
  },
  CORRECTIVE: {
    code: 'corrective',
    display: 'Corrective massage',
    definition:
      'Consolidates the results of treatment and prevents recurrence; prescribed by the attending physician (source 002).',
  },
  PREVENTIVE: {
    code: 'preventive',
    display: 'Preventive massage',
    definition:
      'Strengthens muscles and supports development in a healthy infant; mostly done by parents at home (sources 000, 002).',
  },
} as const satisfies Record<IndicationKind, { code: string; display: string; definition: string }>;

export function courseKindConcept(kind: IndicationKind, clinicUrl: string): CodeableConcept {
  const { code, display } = COURSE_KINDS[kind];
  return { coding: [{ system: localSystems(clinicUrl).courseKind, code, display }], text: display };
}

/** The clinic's CodeSystem itself, shipped in every export so the codes explain themselves. */
export function courseKindCodeSystem(clinicUrl: string): CodeSystem {
  return {
    resourceType: 'CodeSystem',
    url: localSystems(clinicUrl).courseKind,
    name: 'MassageCourseKind',
    title: 'Kind of infant massage course',
    status: 'active',
    content: 'complete',
    caseSensitive: true,
    description: 'Whether a massage course treats, consolidates or prevents; the category of each ServiceRequest.',
    concept: Object.values(COURSE_KINDS).map(({ code, display, definition }) => ({ code, display, definition })),
  };
}
