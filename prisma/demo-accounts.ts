/** The demo clinic's sign-ins, printed at each demo start and used by the end-to-end journeys. */
export const DEMO_PASSWORD = 'massage-demo-2026';

export const DEMO_ACCOUNTS = {
  admin: { name: 'Alex Admin', email: 'admin@clinic.test', role: 'ADMIN' },
  paediatrician: { name: 'Dr Olga Petrova', email: 'doctor@clinic.test', role: 'PAEDIATRICIAN' },
  therapist: { name: 'Anna Smirnova', email: 'therapist@clinic.test', role: 'THERAPIST' },
  parent: { name: 'Maria Ivanova', email: 'parent@clinic.test', role: 'PARENT' },
  otherParent: { name: 'Ivan Petrov', email: 'parent2@clinic.test', role: 'PARENT' },
} as const;

export type DemoAccountKey = keyof typeof DEMO_ACCOUNTS;

/** What a demo start prints, so whoever started it can sign in. */
export function demoSignIns(appUrl: string): string {
  const accounts = Object.values(DEMO_ACCOUNTS).map((account) => `  ${account.role.padEnd(14)} ${account.email}`);
  return [
    `\nDemo accounts (password for all: ${DEMO_PASSWORD}):`,
    ...accounts,
    `\nOpen ${appUrl} once the server says it is ready.\n`,
  ].join('\n');
}
