// End-to-end tests against a production build on a fresh database. Run through `npm run test:e2e`
// (scripts/e2e.ts), which creates the database, builds the app and sets E2E_DATABASE_URL and E2E_PORT.
import { defineConfig } from "@playwright/test";
import { browserFromEnv, CHROMIUM_ARGS, findChromium, NO_BROWSER_MESSAGE } from "./e2e/support/browser";

const databaseUrl = process.env.E2E_DATABASE_URL;
if (!databaseUrl) {
  throw new Error(
    "请通过 `npm run test:e2e` 运行端到端测试（它会准备测试数据库）。Run e2e tests with `npm run test:e2e`.",
  );
}
// scripts/e2e.ts resolves the browser (system first, @sparticuz/chromium as fallback) and passes it in E2E_CHROMIUM;
// this file is synchronous, so without it only the system's Chromium can be found here.
const system = findChromium();
const browser = browserFromEnv() ?? (system ? { executablePath: system, args: CHROMIUM_ARGS } : null);
if (!browser) throw new Error(NO_BROWSER_MESSAGE);

const port = Number(process.env.E2E_PORT ?? 3210);
const baseURL = `http://127.0.0.1:${port}`;

export default defineConfig({
  testDir: "e2e",
  fullyParallel: false,
  workers: 1,
  forbidOnly: true,
  retries: 0,
  timeout: 30_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI
    ? [["list"], ["json", { outputFile: "test-results/e2e.json" }]]
    : [["list"], ["json", { outputFile: "test-results/e2e.json" }]],
  use: {
    baseURL,
    // The app refuses state-changing requests without our Origin (lib/http/request-guards.ts). Browsers send it;
    // Playwright's API requests (page.request) do not, so they send it as a browser would.
    extraHTTPHeaders: { Origin: baseURL },
    locale: "zh-CN",
    timezoneId: "Asia/Shanghai",
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    launchOptions: {
      executablePath: browser.executablePath,
      args: browser.args,
    },
  },
  projects: [
    // First-run setup needs a database without users, so it runs before everything else.
    { name: "first-run", testMatch: /first-run\.spec\.ts/ },
    { name: "app", testIgnore: /first-run\.spec\.ts/, dependencies: ["first-run"] },
  ],
  webServer: {
    // As `npm start` does: scripts/peer-address.mjs gives route handlers the socket's address.
    command: `node --import ./scripts/peer-address.mjs node_modules/next/dist/bin/next start -p ${port} -H 127.0.0.1`,
    url: `${baseURL}/login`,
    reuseExistingServer: false,
    timeout: 120_000,
    env: { DATABASE_URL: databaseUrl, NEXT_TELEMETRY_DISABLED: "1" },
  },
});
