/**
 * Creates a clinic's first admin account on a real deployment (the demo seed's accounts have a
 * published password and must never be used there):
 *
 *   ADMIN_EMAIL=… ADMIN_NAME=… ADMIN_PASSWORD=… npm run create-admin
 *
 * The admin then adds every other account in the app. Runs with the react-server condition
 * because the use cases are server-only modules.
 */
import type { Actor } from '@/lib/auth/actor';
import { db } from '@/lib/db';
import { createUser } from '@/lib/server/users/manage-users';
import { ZCreateUserServerSchema } from '@/lib/validation/new-password-server';

async function main(): Promise<void> {
  const parsed = ZCreateUserServerSchema.safeParse({
    name: process.env.ADMIN_NAME,
    email: process.env.ADMIN_EMAIL,
    password: process.env.ADMIN_PASSWORD,
    role: 'ADMIN',
  });
  if (!parsed.success) {
    for (const issue of parsed.error.issues)
      console.error(`ADMIN_${String(issue.path[0]).toUpperCase()}: ${issue.message}`);
    process.exit(2);
  }
  // Nobody is signed in yet: this stands for whoever runs the installation.
  const installer: Actor = { id: 'installer', role: 'ADMIN', name: 'Installer', email: '' };
  await createUser(installer, parsed.data);
  console.log(`Created the admin account ${parsed.data.email}.`);
}

main()
  .then(() => db.$disconnect())
  .catch(async (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    await db.$disconnect();
    process.exit(1);
  });
