import { beforeEach, describe, expect, it } from 'vitest';
import { createClinic, db, patientInput, resetDatabase, type Clinic } from '@/test/integration/fixtures';
import { createPatient } from './save-patient';
import { listPatients, PATIENTS_PER_PAGE } from './list-patients';

let clinic: Clinic;

beforeEach(async () => {
  await resetDatabase();
  clinic = await createClinic();
});

/** `count` babies named Baby-001…, all surnamed `lastName`, straight into the table. */
async function addPatients(count: number, lastName: string): Promise<void> {
  await db.patient.createMany({
    data: Array.from({ length: count }, (_, index) => ({
      firstName: `Baby-${String(index + 1).padStart(3, '0')}`,
      lastName,
      dateOfBirth: new Date('2026-08-01'),
      sex: 'FEMALE' as const,
    })),
  });
}

describe('listPatients, a page at a time', () => {
  it('splits the list into pages in name order, each patient exactly once', async () => {
    await addPatients(2 * PATIENTS_PER_PAGE + 3, 'Many');
    const pages = await Promise.all([1, 2, 3].map((page) => listPatients(clinic.doctor, '', page)));

    expect(pages.map((page) => page.items.length)).toEqual([PATIENTS_PER_PAGE, PATIENTS_PER_PAGE, 3]);
    expect(pages.map((page) => [page.page, page.pageCount, page.total, page.firstPosition])).toEqual([
      [1, 3, 103, 1],
      [2, 3, 103, 51],
      [3, 3, 103, 101],
    ]);
    const names = pages.flatMap((page) => page.items.map((patient) => patient.firstName));
    expect(new Set(names).size).toBe(103);
    expect(names).toEqual([...names].sort());
  });

  it('shows the last page for a page past the end, and one empty page when nothing matches', async () => {
    await addPatients(PATIENTS_PER_PAGE + 1, 'Many');
    const past = await listPatients(clinic.doctor, '', 9);
    expect([past.page, past.pageCount, past.items.map((patient) => patient.firstName)]).toEqual([2, 2, ['Baby-051']]);

    const none = await listPatients(clinic.doctor, 'nobody', 3);
    expect(none).toEqual({ items: [], total: 0, page: 1, pageCount: 1, firstPosition: 0 });
  });

  it('counts only what the search matches and what the actor may see', async () => {
    await addPatients(PATIENTS_PER_PAGE + 5, 'Many');
    await createPatient(
      clinic.doctor,
      patientInput({ firstName: 'Own', lastName: 'Child', guardianIds: [clinic.parent.id] }),
    );

    expect((await listPatients(clinic.doctor, 'child')).total).toBe(1);
    expect((await listPatients(clinic.doctor)).total).toBe(PATIENTS_PER_PAGE + 6);
    const parents = await listPatients(clinic.parent);
    expect([parents.total, parents.pageCount, parents.items.map((patient) => patient.firstName)]).toEqual([
      1,
      1,
      ['Own'],
    ]);
  });
});
