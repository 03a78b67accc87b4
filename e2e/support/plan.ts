/** What a test asks e2e/support/arrange.ts to write, and the ids it gets back. */

export type Role = 'ADMIN' | 'PAEDIATRICIAN' | 'THERAPIST' | 'PARENT';

export type AccountPlan = { role: Role; name: string; email: string; password: string; deactivated?: boolean };

export type CoursePlan = {
  location: 'HOME' | 'CLINIC';
  /** The account (a key of the plan's accounts) who runs a clinic course. */
  therapist?: string;
  frequency: 'DAILY' | 'EVERY_OTHER_DAY';
  restAfterEvery?: number;
  restDays: number;
  sessionCount: number;
  startDaysAgo: number;
  minutesPerSession: number;
  homeRoutineNotes: string;
  breakAfterDays: number;
  /** How many of the first sessions are recorded done, and by whom (a key of the plan's accounts). */
  done: number;
  recordedBy: string;
  /**
   * The doctor's own words for some steps of the proposed routine (numbered from 1), sent as an
   * edited routine; without it the course takes the proposal.
   */
  editedDirections?: Record<string, string>;
};

export type ChildPlan = {
  firstName: string;
  lastName: string;
  ageDays: number;
  sex: 'FEMALE' | 'MALE';
  /** The paediatrician (a key of the plan's accounts) who registers the child and prescribes. */
  doctor: string;
  guardians?: string[];
  indication?: {
    kind: 'THERAPEUTIC' | 'CORRECTIVE' | 'PREVENTIVE';
    diagnosis: string;
    icd10Code?: string;
    diagnosedDaysAgo: number;
  };
  /** Needs the indication. */
  course?: CoursePlan;
};

export type Plan = { accounts: Record<string, AccountPlan>; children?: Record<string, ChildPlan> };

export type ArrangedIds = {
  accounts: Record<string, string>;
  children: Record<string, { patientId: string; indicationId?: string; courseId?: string }>;
};
