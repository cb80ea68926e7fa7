// Test fixtures: users made by the shared factories, signed in over HTTP (not through the form) when the
// test is not about signing in.
import { test as base, expect, type Page } from "@playwright/test";
import type { Role } from "../../lib/auth/roles";
import { createTestUser } from "../../lib/testing/factories";

type TestUser = Awaited<ReturnType<typeof createTestUser>>;

export async function signInOverHttp(page: Page, user: { username: string; password: string }) {
  const res = await page.request.post("/api/auth/login", {
    data: { username: user.username, password: user.password },
  });
  expect(res.status(), await res.text()).toBe(200);
}

export const test = base.extend<{ signInAs: (role: Role) => Promise<TestUser> }>({
  signInAs: async ({ page }, use) => {
    await use(async (role) => {
      const user = await createTestUser({ role, displayName: `${role}测试员` });
      await signInOverHttp(page, user);
      return user;
    });
  },
});

export { expect };
