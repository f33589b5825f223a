import { defineConfig, devices } from '@playwright/test';
import { findChromium, NO_WEBGL_ARGS, WEBGL_ARGS } from './scripts/find-chromium.mjs';

const PORT = Number(process.env.E2E_PORT ?? 4180);
const executablePath = findChromium();

export default defineConfig({
  testDir: 'e2e',
  testMatch: '**/*.spec.ts',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 15_000 },
  reporter: process.env.CI ? [['list'], ['json', { outputFile: 'test-results/e2e.json' }]] : 'list',
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    locale: 'da-DK',
    trace: 'off',
  },
  webServer: {
    command: `node scripts/serve.mjs --port ${PORT} --quiet`,
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: false,
    timeout: 30_000,
  },
  projects: [
    {
      name: 'chromium',
      testIgnore: /no-webgl\.spec\.ts/,
      use: { ...devices['Desktop Chrome'], launchOptions: { executablePath, args: WEBGL_ARGS } },
    },
    {
      name: 'no-webgl',
      testMatch: /no-webgl\.spec\.ts/,
      use: { ...devices['Desktop Chrome'], launchOptions: { executablePath, args: NO_WEBGL_ARGS } },
    },
  ],
});
