import { parseEnv } from '@/lib/validation/env';

/**
 * The app's environment, read once when the server starts; every module takes its settings from
 * here. Not 'server-only': the end-to-end specs ask clinicToday() from Playwright's process.
 */
export const env = parseEnv(process.env);
