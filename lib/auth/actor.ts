import type { Role } from './policy';

/** The signed-in person a use case acts for; every data access is scoped by it. */
export type Actor = { id: string; role: Role; name: string; email: string };
