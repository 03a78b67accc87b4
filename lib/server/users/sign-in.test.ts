import { beforeEach, describe, expect, it } from 'vitest';
import { createClinic, db, resetDatabase, type Clinic } from '@/test/integration/fixtures';
import { checkSession, revokeSession, signOutEverywhere } from './auth-sessions';
import { createUser } from './manage-users';
import { databaseThrottleStore, signIn, type SignInThrottleStore } from './sign-in';

const PASSWORD = 'lavender-cradle-song';
const ADDRESS = '203.0.113.7';
const start = new Date('2026-12-02T14:00:00Z');
const later = (minutes: number) => new Date(start.getTime() + minutes * 60_000);

let clinic: Clinic;
let email: string;

beforeEach(async () => {
  await resetDatabase();
  clinic = await createClinic();
  email = `parent.${Math.random().toString(36).slice(2, 8)}@clinic.test`;
  await createUser(clinic.admin, { name: 'Signing Parent', email, role: 'PARENT', password: PASSWORD });
});

async function failTimes(count: number, at: Date, address = ADDRESS, who = email): Promise<void> {
  for (let attempt = 0; attempt < count; attempt += 1) {
    expect(await signIn({ email: who, password: 'wrong-password-here' }, address, { now: at })).toEqual({
      status: 'WRONG_CREDENTIALS',
    });
  }
}

describe('signIn: throttling failed sign-ins', () => {
  it('refuses the right password at the account limit, and lets it in once the window has passed', async () => {
    await failTimes(10, start);
    const blocked = await signIn({ email, password: PASSWORD }, ADDRESS, { now: later(1) });
    expect(blocked).toEqual({ status: 'THROTTLED', retryAt: later(15) });
    // From another address too: the account's limit holds wherever the guesses come from.
    expect(await signIn({ email, password: PASSWORD }, '198.51.100.1', { now: later(14) })).toMatchObject({
      status: 'THROTTLED',
    });
    // A refused attempt is not counted again, so waiting out the window is enough.
    expect(await signIn({ email, password: PASSWORD }, ADDRESS, { now: later(15) })).toMatchObject({
      status: 'SIGNED_IN',
      actor: { email },
    });
  });

  it('counts an email in any case as the same account', async () => {
    await failTimes(10, start, ADDRESS, email.toUpperCase());
    expect(await signIn({ email, password: PASSWORD }, ADDRESS, { now: later(1) })).toMatchObject({
      status: 'THROTTLED',
    });
  });

  it('refuses every account from an address at the address limit', async () => {
    for (let account = 0; account < 5; account += 1) await failTimes(10, start, ADDRESS, `guess${account}@clinic.test`);
    expect(await signIn({ email, password: PASSWORD }, ADDRESS, { now: later(2) })).toEqual({
      status: 'THROTTLED',
      retryAt: later(15),
    });
    // Positive control: the same account from another address.
    expect(await signIn({ email, password: PASSWORD }, '198.51.100.1', { now: later(2) })).toMatchObject({
      status: 'SIGNED_IN',
    });
  });

  it('follows the limits the clinic set', async () => {
    await db.clinicSetting.create({ data: { key: 'signInFailuresPerAccount', value: 3 } });
    await failTimes(3, start);
    expect(await signIn({ email, password: PASSWORD }, ADDRESS, { now: later(1) })).toMatchObject({
      status: 'THROTTLED',
    });
  });

  it('refuses the sign-in when the failure counts cannot be read', async () => {
    const broken: SignInThrottleStore = {
      ...databaseThrottleStore,
      read: () => Promise.reject(new Error('connection refused')),
    };
    expect(await signIn({ email, password: PASSWORD }, ADDRESS, { now: start, store: broken })).toEqual({
      status: 'UNAVAILABLE',
    });
    expect(await db.authSession.count()).toBe(0);
  });
});

describe('server-side sessions', () => {
  async function signedIn(at = start): Promise<string> {
    const result = await signIn({ email, password: PASSWORD }, ADDRESS, { now: at });
    if (result.status !== 'SIGNED_IN') throw new Error(`sign-in failed: ${result.status}`);
    return result.sessionId;
  }

  it('ends a session idle for 30 minutes; a page load within them keeps it going', async () => {
    const sessionId = await signedIn();
    expect(await checkSession(sessionId, later(29))).toMatchObject({ status: 'ACTIVE', actor: { email } });
    expect(await checkSession(sessionId, later(58))).toMatchObject({ status: 'ACTIVE' });
    expect(await checkSession(sessionId, later(88))).toEqual({ status: 'ENDED', reason: 'idle' });
  });

  it('ends a session 12 hours after the sign-in however busy it is', async () => {
    const sessionId = await signedIn();
    for (let minutes = 20; minutes < 12 * 60; minutes += 20)
      expect(await checkSession(sessionId, later(minutes))).toMatchObject({ status: 'ACTIVE' });
    expect(await checkSession(sessionId, later(12 * 60))).toEqual({ status: 'ENDED', reason: 'expired' });
  });

  it('ends the session on sign-out, and only that one', async () => {
    const [phone, desk] = [await signedIn(), await signedIn()];
    await revokeSession(phone, later(1));
    expect(await checkSession(phone, later(2))).toEqual({ status: 'ENDED', reason: 'revoked' });
    expect(await checkSession(desk, later(2))).toMatchObject({ status: 'ACTIVE' });
  });

  it('signs a person out everywhere, by themselves or by an admin, and no one else may', async () => {
    const now = new Date();
    const sessions = [await signedIn(now), await signedIn(now)];
    const user = await db.user.findUniqueOrThrow({ where: { email } });
    const actor = { id: user.id, role: user.role, name: user.name, email };
    await expect(signOutEverywhere(clinic.parent, user.id)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(signOutEverywhere(actor, user.id)).resolves.toEqual({ name: 'Signing Parent', count: 2 });
    for (const sessionId of sessions)
      expect(await checkSession(sessionId)).toEqual({ status: 'ENDED', reason: 'revoked' });

    const again = await signedIn(new Date());
    await expect(signOutEverywhere(clinic.admin, user.id)).resolves.toMatchObject({ count: 1 });
    expect(await checkSession(again)).toEqual({ status: 'ENDED', reason: 'revoked' });
  });
});
