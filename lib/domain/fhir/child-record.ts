import type { IsoDate } from '../calendar-date';
import type { CourseStatus } from '../course-changes';
import type { SessionStatus } from '../course-progress';
import type { RoutineStep } from '../rules/routine-steps';

/**
 * One child's whole record as the FHIR export reads it: plain data, loaded by
 * lib/server/patients/export-patient-fhir.ts, mapped by build-child-bundle.ts. Ids are the app's.
 */
export type ChildRecord = {
  patient: {
    id: string;
    firstName: string;
    lastName: string;
    dateOfBirth: IsoDate;
    sex: 'FEMALE' | 'MALE';
    /** Completed weeks and days as a day count (32+3 = 227); null when not recorded. */
    gestationalAgeDays: number | null;
  };
  guardians: { userId: string; name: string; email: string; isActive: boolean }[];
  /** Everyone on the staff named by the record: authors, prescribers, therapists, recorders. */
  staff: { userId: string; name: string; role: StaffRole }[];
  indications: {
    id: string;
    kind: IndicationKind;
    diagnosis: string;
    icd10Code: string | null;
    diagnosedOn: IsoDate;
    resolvedOn: IsoDate | null;
    authorId: string;
  }[];
  courses: {
    id: string;
    indicationId: string;
    status: CourseStatus;
    prescribedById: string;
    therapistId: string | null;
    prescribedAt: Date;
    sessionCount: number;
    frequency: 'DAILY' | 'EVERY_OTHER_DAY' | 'WEEKDAYS';
    /** ISO weekdays, Monday = 1, when frequency is WEEKDAYS. */
    weekdays: number[];
    startDate: IsoDate;
    location: SessionLocation;
    minutesPerSession: number;
    /** The stored routine, or null when none is stored. */
    routine: RoutineStep[] | null;
    homeRoutineNotes: string;
    cancelReason: string;
    sessions: {
      id: string;
      scheduledOn: IsoDate;
      location: SessionLocation;
      status: SessionStatus;
      isMakeUp: boolean;
      plannedMinutes: number;
      /** The clinic session's booked time, minutes after midnight; null for home and for a day-only booking. */
      startMinute: number | null;
      endMinute: number | null;
      actualMinutes: number | null;
      tolerance: 'GOOD' | 'FUSSY' | 'STOPPED_EARLY' | null;
      notes: string;
      /** Why a session was missed or postponed. */
      reason: string;
      /** An account (staff or guardian), or a caregiver by a parent's link; null while unrecorded. */
      recordedBy: { userId: string } | { caregiverName: string } | null;
    }[];
  }[];
};

export type IndicationKind = 'THERAPEUTIC' | 'CORRECTIVE' | 'PREVENTIVE';
export type SessionLocation = 'CLINIC' | 'HOME';
export type StaffRole = 'ADMIN' | 'PAEDIATRICIAN' | 'THERAPIST';
