/** The demo clinic's sign-ins, printed by the seed and used by the end-to-end journeys. */
export const DEMO_PASSWORD = 'massage-demo-2026';

export const DEMO_ACCOUNTS = {
  admin: { name: 'Alex Admin', email: 'admin@clinic.test', role: 'ADMIN' },
  paediatrician: { name: 'Dr Olga Petrova', email: 'doctor@clinic.test', role: 'PAEDIATRICIAN' },
  therapist: { name: 'Anna Smirnova', email: 'therapist@clinic.test', role: 'THERAPIST' },
  parent: { name: 'Maria Ivanova', email: 'parent@clinic.test', role: 'PARENT' },
  otherParent: { name: 'Ivan Petrov', email: 'parent2@clinic.test', role: 'PARENT' },
} as const;

export type DemoAccountKey = keyof typeof DEMO_ACCOUNTS;
