import { redirect } from 'next/navigation';
import { ROLE_HOME } from '@/lib/auth/policy';
import { getCurrentUser } from '@/lib/auth/session';

export default async function HomePage() {
  const actor = await getCurrentUser();
  redirect(actor ? ROLE_HOME[actor.role] : '/login');
}
