// Sign-in hardening in Chromium against the production server: no open redirect through ?next=, the lockout's
// messages in the form, and the client address taken from the socket, not from X-Forwarded-For.
import { db } from "../lib/db/client";
import { createTestUser } from "../lib/testing/factories";
import { expect, test } from "./support/fixtures";

test.describe("登录后的跳转只留在本站", () => {
  for (const next of ["/%5Cevil.example/", "/%09/evil.example/", "https%3A%2F%2Fevil.example%2F", "//evil.example/"]) {
    test(`next=${next} 登录后回到本站首页`, async ({ page, baseURL }) => {
      const user = await createTestUser({ displayName: "跳转测试员" });
      await page.goto(`/login?next=${next}`);
      await page.getByLabel("用户名").fill(user.username);
      await page.getByLabel("密码").fill(user.password);
      await page.getByRole("button", { name: "登录" }).click();
      await expect(page.getByTestId("user-name")).toHaveText("跳转测试员");
      const landed = new URL(page.url());
      expect(landed.origin).toBe(new URL(baseURL!).origin);
      expect(landed.pathname).not.toContain("evil.example");
    });
  }

  test("本站的地址连同查询参数照常跳回", async ({ page }) => {
    const user = await createTestUser();
    await page.goto(`/login?next=${encodeURIComponent("/library?q=安全生产")}`);
    await page.getByLabel("用户名").fill(user.username);
    await page.getByLabel("密码").fill(user.password);
    await page.getByRole("button", { name: "登录" }).click();
    await expect(page).toHaveURL(/\/library\?q=/);
    expect(new URL(page.url()).searchParams.get("q")).toBe("安全生产");
  });
});

test.describe("登录失败的限制", () => {
  test("提示剩余次数，用完后提示等待多久以及找管理员重置密码", async ({ page }) => {
    const user = await createTestUser();
    await page.goto("/login");
    await page.getByLabel("用户名").fill(user.username);
    const error = page.getByTestId("form-error");
    for (let left = 4; left >= 1; left--) {
      await page.getByLabel("密码").fill(`wrong-password-${left}`);
      await page.getByRole("button", { name: "登录" }).click();
      await expect(error).toContainText(`还可再试 ${left} 次`);
    }
    await page.getByLabel("密码").fill("wrong-password-0");
    await page.getByRole("button", { name: "登录" }).click();
    await expect(error).toHaveText(
      "用户名或密码不正确。失败次数过多，请等待 1 秒后再试；如果忘记了密码，请联系管理员重置密码。",
    );
  });

  test("伪造的 X-Forwarded-For 不改变记录的地址，也换不来新的尝试次数", async ({ request }) => {
    const user = await createTestUser();
    const messages: string[] = [];
    for (let i = 0; i < 5; i++) {
      const res = await request.post("/api/auth/login", {
        data: { username: user.username, password: "wrong-password" },
        headers: { "x-forwarded-for": i === 0 ? ", x" : `203.0.113.${i}`, "x-jgt-peer": "198.51.100.9" },
      });
      expect(res.status()).toBe(401);
      messages.push(((await res.json()) as { error: { message: string } }).error.message);
    }
    expect(messages[4]).toContain("失败次数过多");
    const rows = await db().auditLog.findMany({ where: { username: user.username }, select: { ip: true } });
    expect(new Set(rows.map((r) => r.ip))).toEqual(new Set(["127.0.0.1"]));
  });
});
