import { beforeEach, describe, expect, it } from 'vitest';
import { addDays, todayIn } from '@/lib/domain/calendar-date';
import { getPatient } from '@/lib/server/patients/get-patient';
import { createClinic, createPatientWithIndication, resetDatabase, type Clinic } from '@/test/integration/fixtures';
import { ACCESS_LOG_PAGE_SIZE, listAccessLog, listAccessLogFilterOptions } from './list-access-log';
import { listRecentReaders } from './list-recent-readers';

let clinic: Clinic;
let mine: string;
let theirs: string;
const UTC = 'UTC';
const everything = { page: 1 };

beforeEach(async () => {
  await resetDatabase();
  clinic = await createClinic();
  mine = (await createPatientWithIndication(clinic, { firstName: 'Mine', guardianIds: [clinic.parent.id] })).patientId;
  theirs = (await createPatientWithIndication(clinic, { firstName: 'Theirs' })).patientId;
});

describe('the access log', () => {
  it('shows each event newest first, with names looked up by id', async () => {
    await getPatient(clinic.parent, mine);
    const log = await listAccessLog(clinic.admin, everything, UTC);
    expect(log.total).toBe(5);
    expect(log.items[0]).toMatchObject({
      actor: { id: clinic.parent.id, name: 'Parent One', role: 'PARENT' },
      action: 'READ',
      subject: { type: 'PATIENT', id: mine, accountName: null },
      patient: { id: mine, name: 'Mine Baby' },
      outcome: 'SUCCESS',
    });
    expect(log.items.map((item) => item.action)).toEqual(['READ', 'CREATE', 'CREATE', 'CREATE', 'CREATE']);
  });

  it('filters by child, by person and by days in the clinic zone', async () => {
    await getPatient(clinic.doctor, theirs);
    await getPatient(clinic.parent, mine);
    const byChild = await listAccessLog(clinic.admin, { ...everything, child: mine }, UTC);
    expect(byChild.items.every((item) => item.patient?.id === mine)).toBe(true);
    expect(byChild.total).toBe(3);
    const byPerson = await listAccessLog(clinic.admin, { ...everything, user: clinic.parent.id }, UTC);
    expect(byPerson.items.map((item) => item.action)).toEqual(['READ']);

    const today = todayIn(UTC);
    expect((await listAccessLog(clinic.admin, { ...everything, from: today, to: today }, UTC)).total).toBe(6);
    expect((await listAccessLog(clinic.admin, { ...everything, from: addDays(today, 1) }, UTC)).total).toBe(0);
    expect((await listAccessLog(clinic.admin, { ...everything, to: addDays(today, -1) }, UTC)).total).toBe(0);
    // The days are the clinic's: fourteen hours ahead of UTC, "today" is another span of instants.
    const kiritimati = 'Pacific/Kiritimati';
    const todayThere = todayIn(kiritimati);
    expect(
      (await listAccessLog(clinic.admin, { ...everything, from: todayThere, to: todayThere }, kiritimati)).total,
    ).toBe(6);
  });

  it('pages through the log, and shows the last page for one past the end', async () => {
    for (let read = 0; read < ACCESS_LOG_PAGE_SIZE; read += 1) await getPatient(clinic.doctor, mine);
    const second = await listAccessLog(clinic.admin, { page: 2 }, UTC);
    expect(second).toMatchObject({ total: ACCESS_LOG_PAGE_SIZE + 4, page: 2, pageCount: 2, firstPosition: 51 });
    expect(second.items).toHaveLength(4);
    expect((await listAccessLog(clinic.admin, { page: 9 }, UTC)).page).toBe(2);
  });

  it('offers every child and every account as filters', async () => {
    const options = await listAccessLogFilterOptions(clinic.admin);
    expect(options.children.map((child) => child.name)).toEqual(['Baby, Mine', 'Baby, Theirs']);
    expect(options.people).toHaveLength(6);
  });

  it("tells staff who last opened a child's record, each person once", async () => {
    await getPatient(clinic.doctor, mine);
    await getPatient(clinic.parent, mine);
    await getPatient(clinic.doctor, mine);
    await getPatient(clinic.admin, theirs);
    const readers = await listRecentReaders(clinic.admin, mine);
    expect(readers.map((reader) => [reader.name, reader.role])).toEqual([
      ['Dr Test', 'PAEDIATRICIAN'],
      ['Parent One', 'PARENT'],
    ]);
  });
});
