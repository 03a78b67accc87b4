import { existsSync } from 'node:fs';
import { defineConfig, devices } from '@playwright/test';

const PORT = Number(process.env.E2E_PORT ?? 3100);
const baseURL = `http://localhost:${PORT}`;
// Browsers cannot be downloaded here: use the system Chromium (Debian's package) when present.
const SYSTEM_CHROMIUM = '/usr/bin/chromium';

export default defineConfig({
  testDir: 'e2e',
  // Every test arranges its own accounts and children (e2e/support/factories.ts), so tests run
  // side by side; the two that share the clinic settings say so in their describe block.
  workers: 2,
  fullyParallel: true,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  // Generous limits: they only bite when a state never comes, so a slow machine is slower, not red.
  timeout: 600_000,
  expect: { timeout: 60_000 },
  reporter: process.env.CI ? [['list'], ['html', { open: 'never' }]] : 'list',
  globalSetup: './e2e/global-setup.ts',
  use: {
    baseURL,
    locale: 'en-GB',
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: existsSync(SYSTEM_CHROMIUM) ? SYSTEM_CHROMIUM : undefined,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        '--disable-quic',
      ],
    },
  },
  projects: [{ name: 'desktop', use: { ...devices['Desktop Chrome'] } }],
  webServer: {
    command: `npx next start --port ${PORT}`,
    url: `${baseURL}/login`,
    reuseExistingServer: false,
    timeout: 300_000,
    // A saturated event loop makes the app shed requests (lib/domain/database-availability.ts), and
    // on two cores the browsers and the build saturate it: a shed save failed a journey in CI. The
    // shedding has its own unit tests; here a busy machine should only make the journeys slower.
    // For the same reason the in-flight limit is raised: the journeys' slow answers on a loaded
    // machine piled up past 20 and a page or a save got 503 (the security-headers and
    // reassign-therapist journeys in CI). lib/server/database-availability.test.ts tests the limit.
    env: { NEXTAUTH_URL: baseURL, SHED_ON_BUSY_EVENT_LOOP: 'off', MAX_REQUESTS_IN_FLIGHT: '200' },
  },
});
