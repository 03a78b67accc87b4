import { describe, expect, it } from 'vitest';
import { parseEnv } from './env';

const DATABASE_URL = 'postgresql://clinic:change-me@localhost:5432/infant_massage';

describe('parseEnv', () => {
  it('reads a complete production environment', () => {
    expect(
      parseEnv({
        NODE_ENV: 'production',
        DATABASE_URL,
        NEXTAUTH_SECRET: 'a-long-random-string',
        NEXTAUTH_URL: 'https://clinic.example',
        TRUST_PROXY: 'true',
        SHED_ON_BUSY_EVENT_LOOP: 'off',
        DATABASE_POOL_SIZE: '4',
        MAX_REQUESTS_IN_FLIGHT: '40',
        CLINIC_TIME_ZONE: 'Europe/Berlin',
      }),
    ).toEqual({
      NODE_ENV: 'production',
      DATABASE_URL,
      NEXTAUTH_SECRET: 'a-long-random-string',
      NEXTAUTH_URL: 'https://clinic.example',
      TRUST_PROXY: true,
      SHED_ON_BUSY_EVENT_LOOP: false,
      DATABASE_POOL_SIZE: 4,
      MAX_REQUESTS_IN_FLIGHT: 40,
      CLINIC_TIME_ZONE: 'Europe/Berlin',
    });
  });

  it('fills in what may be left out, treating an empty value as unset', () => {
    expect(parseEnv({ DATABASE_URL, NEXTAUTH_SECRET: '', CLINIC_TIME_ZONE: '' })).toEqual({
      NODE_ENV: 'development',
      DATABASE_URL,
      NEXTAUTH_SECRET: undefined,
      NEXTAUTH_URL: undefined,
      TRUST_PROXY: false,
      SHED_ON_BUSY_EVENT_LOOP: true,
      DATABASE_POOL_SIZE: 10,
      MAX_REQUESTS_IN_FLIGHT: 20,
      CLINIC_TIME_ZONE: Intl.DateTimeFormat().resolvedOptions().timeZone,
    });
  });

  it('refuses an unknown time zone, naming the value', () => {
    expect(() => parseEnv({ DATABASE_URL, CLINIC_TIME_ZONE: 'Europe/Atlantis' })).toThrow(
      'CLINIC_TIME_ZONE must be an IANA time zone such as Europe/London, not "Europe/Atlantis".',
    );
  });

  it('says how to get a database when DATABASE_URL is missing or not PostgreSQL', () => {
    expect(() => parseEnv({})).toThrow('DATABASE_URL is not set. Start the app with `npm run demo` or `npm run dev`');
    expect(() => parseEnv({ DATABASE_URL: 'mysql://localhost/clinic' })).toThrow(
      'DATABASE_URL must be a postgresql:// URL.',
    );
  });

  it('requires a signing secret in production only', () => {
    expect(() => parseEnv({ NODE_ENV: 'production', DATABASE_URL })).toThrow(
      'NEXTAUTH_SECRET is required in production',
    );
    expect(parseEnv({ NODE_ENV: 'development', DATABASE_URL }).NEXTAUTH_SECRET).toBeUndefined();
  });

  it('names every problem at once', () => {
    expect(() =>
      parseEnv({ NODE_ENV: 'staging', NEXTAUTH_URL: 'localhost:3000', CLINIC_TIME_ZONE: 'Mars/Olympus_Mons' }),
    ).toThrow(/NODE_ENV[^\n]*\n {2}DATABASE_URL[^\n]*\n {2}NEXTAUTH_URL[^\n]*\n {2}CLINIC_TIME_ZONE/);
  });
});
