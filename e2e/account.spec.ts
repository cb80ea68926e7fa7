import { createTestUser, unique } from "../lib/testing/factories";
import { expect, signInOverHttp, test } from "./support/fixtures";

test("用户在账号设置中修改自己的密码：旧密码失效，其他会话退出，当前会话保留", async ({ page, browser }) => {
  const user = await createTestUser({ role: "VIEWER", username: unique("Clerk"), displayName: "钱文书" });
  await signInOverHttp(page, user);
  const elsewhere = await browser.newContext();
  await signInOverHttp(await elsewhere.newPage(), user);
  expect((await elsewhere.request.get("/api/me")).status()).toBe(200);

  await page.goto("/library");
  await page.getByRole("button", { name: /钱文书/ }).click();
  await page.getByRole("menuitem", { name: "账号设置" }).click();
  await expect(page).toHaveURL(/\/account$/);
  await expect(page.getByRole("heading", { level: 1, name: "账号设置" })).toBeVisible();

  const form = page.getByRole("form", { name: "修改密码" });
  const current = form.getByLabel("当前密码");
  await expect(current).toHaveAttribute("type", "password");
  await current.fill("not-my-password");
  await form.getByLabel("新密码", { exact: true }).fill("my-new-password-9");
  await form.getByLabel("确认新密码").fill("my-new-password-9");
  await form.getByRole("button", { name: "修改密码" }).click();
  await expect(form.getByTestId("form-error")).toContainText("当前密码不正确");

  await current.fill(user.password);
  await form.getByRole("button", { name: "修改密码" }).click();
  await expect(form.getByRole("status")).toContainText("密码已修改");
  await expect(form.getByRole("status")).toContainText("1 个登录已退出");

  // The other browser is signed out; this one stays signed in.
  expect((await elsewhere.request.get("/api/me")).status()).toBe(401);
  await page.reload();
  await expect(page.getByTestId("account-username")).toHaveText(user.username);

  const fresh = await browser.newContext();
  const oldPw = await fresh.request.post("/api/auth/login", {
    data: { username: user.username, password: user.password },
  });
  expect(oldPw.status()).toBe(401);
  // Sign-in by name ignores letter case.
  const newPw = await fresh.request.post("/api/auth/login", {
    data: { username: user.username.toLowerCase(), password: "my-new-password-9" },
  });
  expect(newPw.status()).toBe(200);
  await Promise.all([elsewhere.close(), fresh.close()]);
});
