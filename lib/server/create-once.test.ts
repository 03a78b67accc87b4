import { beforeEach, describe, expect, it } from 'vitest';
import { parseIsoDate as iso } from '@/lib/domain/calendar-date';
import { createActor, createClinic, db, patientInput, resetDatabase, type Clinic } from '@/test/integration/fixtures';
import { recordIndication } from './indications/record-indication';
import { createPatient } from './patients/save-patient';
import { createUser } from './users/manage-users';
import { translatable } from '@/lib/i18n/translatable';

// Issue 8: every create form carries an idempotency key, so a double submit or a retry makes one
// record. (Prescribing is tested in courses/prescribe-course.test.ts.)
let clinic: Clinic;

beforeEach(async () => {
  await resetDatabase();
  clinic = await createClinic();
});

const indicationInput = (idempotencyKey: string) => ({
  idempotencyKey,
  kind: 'THERAPEUTIC' as const,
  diagnosis: 'Colic',
  icd10Code: '',
  diagnosedOn: iso('2026-11-01'),
});

describe('createPatient, submitted twice', () => {
  it('makes one patient from two concurrent submits of the same form, and a retry returns it', async () => {
    const input = patientInput({
      lastName: 'Once',
      guardianIds: [clinic.parent.id],
      idempotencyKey: crypto.randomUUID(),
    });
    const [first, second] = await Promise.all([
      createPatient(clinic.doctor, input),
      createPatient(clinic.doctor, input),
    ]);
    expect(second.id).toBe(first.id);
    expect((await createPatient(clinic.doctor, input)).id).toBe(first.id);
    expect(await db.patient.count({ where: { lastName: 'Once' } })).toBe(1);
    expect(await db.guardianship.count({ where: { patientId: first.id } })).toBe(1);
  });

  it('makes two patients from two forms', async () => {
    for (const idempotencyKey of [crypto.randomUUID(), crypto.randomUUID()])
      await createPatient(clinic.doctor, patientInput({ lastName: 'Twins', idempotencyKey }));
    expect(await db.patient.count({ where: { lastName: 'Twins' } })).toBe(2);
  });
});

describe('recordIndication, submitted twice', () => {
  it('records one indication from the same form, and another doctor cannot claim its key', async () => {
    const { id: patientId } = await createPatient(clinic.doctor, patientInput());
    const input = indicationInput(crypto.randomUUID());
    const [first, second] = await Promise.all([
      recordIndication(clinic.doctor, patientId, input),
      recordIndication(clinic.doctor, patientId, input),
    ]);
    expect(second.id).toBe(first.id);
    expect(await db.indication.count({ where: { patientId } })).toBe(1);

    const otherDoctor = await createActor('PAEDIATRICIAN', 'Dr Other');
    await expect(recordIndication(otherDoctor, patientId, input)).rejects.toMatchObject({ code: 'P2002' });
    expect(await db.indication.count({ where: { patientId } })).toBe(1);
  });
});

describe('createUser, submitted twice', () => {
  const account = (idempotencyKey: string, email = 'new.parent@clinic.test') => ({
    idempotencyKey,
    name: 'New Parent',
    email,
    role: 'PARENT' as const,
    password: 'lavender-cradle-song',
  });

  it('adds one account from the same form, and still refuses a taken email from another form', async () => {
    const input = account(crypto.randomUUID());
    const [first, second] = await Promise.all([createUser(clinic.admin, input), createUser(clinic.admin, input)]);
    expect(second.id).toBe(first.id);
    expect(await db.user.count({ where: { email: input.email } })).toBe(1);

    await expect(createUser(clinic.admin, account(crypto.randomUUID()))).rejects.toMatchObject({
      code: 'CONFLICT',
      message: translatable('errors.refusal.account.emailTaken'),
    });
  });
});
