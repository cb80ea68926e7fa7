import { expect, test } from "@playwright/test";

test("首次使用：没有任何账号时引导创建管理员，之后初始化页面不再开放", async ({ page }) => {
  await page.goto("/");
  await expect(page).toHaveURL(/\/setup$/);
  await expect(page.getByRole("heading", { level: 1, name: "首次使用：创建管理员" })).toBeVisible();

  await page.getByLabel("管理员用户名").fill("e2e-admin");
  await page.getByLabel("姓名").fill("李主任");
  await page.getByLabel("密码", { exact: true }).fill("short");
  await page.getByLabel("确认密码").fill("short");
  await page.getByRole("button", { name: "创建管理员并进入系统" }).click();
  await expect(page.getByTestId("form-error")).toContainText("密码至少 8 个字符");

  await page.getByLabel("密码", { exact: true }).fill("e2e-admin-password");
  await page.getByLabel("确认密码").fill("e2e-admin-password");
  await page.getByRole("button", { name: "创建管理员并进入系统" }).click();

  await expect(page).toHaveURL(/\/library$/);
  await expect(page.getByTestId("user-name")).toHaveText("李主任");
  await expect(page.getByRole("link", { name: "管理" })).toBeVisible();

  // Once an administrator exists, setup is closed for good.
  await page.goto("/setup");
  await expect(page).toHaveURL(/\/library$/);
  const again = await page.request.post("/api/setup", {
    data: { username: "intruder", displayName: "x", password: "intruder-password" },
  });
  expect(again.status()).toBe(409);
});
