// `npm run test:e2e`: fresh database, production build, then Playwright; the database is dropped afterwards.
import { spawnSync } from "node:child_process";
import { BROWSER_ENV, describeBrowser, NO_BROWSER_MESSAGE, resolveChromium } from "../e2e/support/browser";
import { findFreePort } from "../lib/db/embedded";
import { createTestDatabase } from "../tests/support/test-database";
import { seedCategoriesIfEmpty } from "../lib/categories/seed-categories";
import { db } from "../lib/db/client";
import { ensureBuild } from "./build";

async function main(): Promise<number> {
  const browser = await resolveChromium();
  if (!browser) {
    console.error(NO_BROWSER_MESSAGE);
    return 1;
  }
  console.log(`[e2e] 浏览器：${describeBrowser(browser)}`);
  ensureBuild();
  const database = await createTestDatabase("e2e");
  try {
    process.env.DATABASE_URL = database.url;
    await seedCategoriesIfEmpty();
    await db().$disconnect();
    const port = await findFreePort(3210);
    console.log(`[e2e] 测试数据库 ${database.name} @ ${database.server}，端口 ${port}`);
    const r = spawnSync(process.execPath, ["node_modules/@playwright/test/cli.js", "test", ...process.argv.slice(2)], {
      stdio: "inherit",
      env: {
        ...process.env,
        [BROWSER_ENV]: JSON.stringify(browser),
        E2E_DATABASE_URL: database.url,
        E2E_PORT: String(port),
        DATABASE_URL: database.url,
      },
    });
    return r.status ?? 1;
  } finally {
    await database.drop();
  }
}

main().then(
  (code) => process.exit(code),
  (err) => {
    console.error(err);
    process.exit(1);
  },
);
