import { createTestUser } from "../lib/testing/factories";
import { expect, test } from "./support/fixtures";

test.describe("登录与退出", () => {
  test("正确的用户名和密码登录后回到原来要访问的页面，刷新后仍保持登录", async ({ page }) => {
    const user = await createTestUser({ role: "EDITOR", displayName: "张编辑" });
    await page.goto("/corpus");
    await expect(page).toHaveURL(/\/login\?next=%2Fcorpus$/);

    await page.getByLabel("用户名").fill(user.username);
    await page.getByLabel("密码").fill(user.password);
    await page.getByRole("button", { name: "登录" }).click();

    await expect(page).toHaveURL(/\/corpus$/);
    await expect(page.getByRole("heading", { level: 1, name: "语料" })).toBeVisible();
    await expect(page.getByTestId("user-name")).toHaveText("张编辑");

    await page.reload();
    await expect(page).toHaveURL(/\/corpus$/);
    await expect(page.getByTestId("user-name")).toHaveText("张编辑");

    const cookie = (await page.context().cookies()).find((c) => c.name === "jgt_session");
    expect(cookie?.httpOnly).toBe(true);
    expect(cookie?.sameSite).toBe("Lax");
  });

  test("密码错误时显示中文提示，不登录", async ({ page }) => {
    const user = await createTestUser();
    await page.goto("/login");
    await page.getByLabel("用户名").fill(user.username);
    await page.getByLabel("密码").fill("wrong-password");
    await page.getByRole("button", { name: "登录" }).click();
    await expect(page.getByTestId("form-error")).toHaveText(
      "用户名或密码不正确，请重新输入（还可再试 4 次，之后每次失败都要等待更久才能再试）。",
    );
    await expect(page).toHaveURL(/\/login$/);
    expect((await page.context().cookies()).some((c) => c.name === "jgt_session")).toBe(false);
  });

  test("退出登录后回到登录页，受保护的页面不再可见", async ({ page, signInAs }) => {
    await signInAs("EDITOR");
    await page.goto("/library");
    await expect(page.getByRole("heading", { level: 1, name: "素材库" })).toBeVisible();

    await page.getByRole("button", { name: /EDITOR测试员/ }).click();
    await page.getByRole("menuitem", { name: "退出登录" }).click();
    await expect(page).toHaveURL(/\/login$/);

    await page.goto("/library");
    await expect(page).toHaveURL(/\/login\?next=%2Flibrary$/);
    const me = await page.request.get("/api/me");
    expect(me.status()).toBe(401);
  });

  test("停用的账号的会话立即失效", async ({ page, signInAs, browser }) => {
    const viewer = await signInAs("VIEWER");
    await page.goto("/library");
    await expect(page.getByTestId("user-name")).toBeVisible();

    const adminContext = await browser.newContext();
    const admin = await createTestUser({ role: "ADMIN" });
    const login = await adminContext.request.post("/api/auth/login", {
      data: { username: admin.username, password: admin.password },
    });
    expect(login.status()).toBe(200);
    const disable = await adminContext.request.patch(`/api/admin/users/${viewer.id}`, { data: { disabled: true } });
    expect(disable.status()).toBe(200);
    await adminContext.close();

    await page.reload();
    await expect(page).toHaveURL(/\/login/);
  });
});
