import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './test/browser/chromium.js';

/**
 * Browser tests: the Vite-built renderer in Debian's Chromium, talking to a real engine
 * through the WebSocket bridge (test/browser/bridge-server.ts). No browser download: the
 * system Chromium is used through `executablePath`.
 */
export default defineConfig({
  testDir: './test/browser',
  testMatch: '*.spec.ts',
  globalSetup: './test/browser/global-setup.ts',
  workers: 1,
  fullyParallel: false,
  forbidOnly: !!process.env.CI,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 15_000 },
  // CI asks for a JSON report (CI_OUT); .ci/summary.mjs totals it with Vitest's.
  reporter: process.env.CI_OUT ? [['list'], ['json', { outputFile: `${process.env.CI_OUT}/playwright.json` }]] : 'list',
  outputDir: 'test-results',
  use: {
    headless: true,
    locale: 'en-US',
    viewport: { width: 1280, height: 800 },
    // Tracing records every WebSocket frame; under the flood test that slows the page to a crawl.
    // Turn it on for one run with `--trace on` when debugging.
    trace: 'off',
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: CHROMIUM_PATH,
      args: CHROMIUM_ARGS,
    },
  },
});
