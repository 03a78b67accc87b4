import { beforeEach, describe, expect, it } from 'vitest';
import { createActor, createClinic, db, resetDatabase, type Clinic } from '@/test/integration/fixtures';
import { GUARDIAN_MATCHES, searchGuardians } from './search-guardians';

let clinic: Clinic;

beforeEach(async () => {
  await resetDatabase();
  clinic = await createClinic();
});

async function parent(name: string, email: string) {
  return db.user.create({ data: { name, email, role: 'PARENT', passwordHash: 'unused' }, select: { id: true } });
}

describe('searchGuardians', () => {
  it('finds active parents by any part of the name or email, case-insensitively, every word matching', async () => {
    const maria = await parent('Maria Petrova', 'maria.p@example.com');
    const ivan = await parent('Ivan Petrov', 'ivan@mail.test');
    await parent('Olga Sidorova', 'olga@example.com');

    const names = async (query: string) => (await searchGuardians(clinic.doctor, query)).map((match) => match.name);
    expect(await names('PETRO')).toEqual(['Ivan Petrov', 'Maria Petrova']);
    expect(await names('mail.test')).toEqual(['Ivan Petrov']);
    expect(await names('maria example')).toEqual(['Maria Petrova']);
    expect(await names('petrov olga')).toEqual([]);
    expect(await searchGuardians(clinic.admin, 'ivan@')).toEqual([
      { id: ivan.id, name: 'Ivan Petrov', email: 'ivan@mail.test' },
    ]);
    expect((await searchGuardians(clinic.doctor, 'maria.p'))[0]?.id).toBe(maria.id);
    expect(await searchGuardians(clinic.doctor, '   ')).toEqual([]);
  });

  it('offers neither staff nor deactivated parents', async () => {
    await createActor('THERAPIST', 'Anna Therapist');
    await createActor('PAEDIATRICIAN', 'Anna Doctor');
    const gone = await parent('Anna Gone', 'anna.gone@example.com');
    await db.user.update({ where: { id: gone.id }, data: { deactivatedAt: new Date() } });
    await parent('Anna Mother', 'anna.mother@example.com');

    expect((await searchGuardians(clinic.doctor, 'anna')).map((match) => match.name)).toEqual(['Anna Mother']);
  });

  it(`answers at most ${GUARDIAN_MATCHES} matches, alphabetically`, async () => {
    for (let index = 0; index < GUARDIAN_MATCHES + 5; index += 1) {
      await parent(`Smith ${String(index).padStart(2, '0')}`, `smith${index}@example.com`);
    }
    const matches = await searchGuardians(clinic.doctor, 'smith');
    expect(matches).toHaveLength(GUARDIAN_MATCHES);
    expect(matches[0]?.name).toBe('Smith 00');
    expect(matches.at(-1)?.name).toBe(`Smith ${String(GUARDIAN_MATCHES - 1).padStart(2, '0')}`);
  });

  it.each(['therapist', 'parent'] as const)('refuses a %s', async (who) => {
    await expect(searchGuardians(clinic[who], 'parent')).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });
});
