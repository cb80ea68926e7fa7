import { unique } from "../lib/testing/factories";
import { expect, test } from "./support/fixtures";

test("管理员添加用户、停用并重置密码；新用户可用新密码登录", async ({ page, signInAs, browser }) => {
  await signInAs("ADMIN");
  await page.goto("/admin");
  await expect(page).toHaveURL(/\/admin\/users$/);
  await expect(page.getByRole("heading", { level: 1, name: "用户管理" })).toBeVisible();

  const form = page.getByRole("form", { name: "添加用户" });
  const username = unique("clerk");
  await form.getByLabel("用户名").fill(username);
  await form.getByLabel("姓名").fill("赵文秘");
  await form.getByLabel("初始密码").fill("clerk-password-1");
  await form.getByLabel("角色").selectOption("VIEWER");
  await form.getByRole("button", { name: "添加" }).click();
  await expect(page.getByText(`已创建用户“${username}”。`)).toBeVisible();
  const row = page.getByTestId(`user-row-${username}`);
  await expect(row).toContainText("赵文秘");
  await expect(row).toContainText("正常");

  // Duplicate user names are refused with a Chinese message.
  await form.getByLabel("用户名").fill(username);
  await form.getByLabel("姓名").fill("重复");
  await form.getByLabel("初始密码").fill("clerk-password-1");
  await form.getByRole("button", { name: "添加" }).click();
  await expect(page.getByTestId("form-error")).toContainText("已被使用");

  await row.getByRole("button", { name: "停用" }).click();
  await expect(row).toContainText("已停用");
  await row.getByRole("button", { name: "启用" }).click();
  await expect(row).toContainText("正常");

  page.once("dialog", (d) => void d.accept("clerk-password-2"));
  await row.getByRole("button", { name: "重置密码" }).click();
  await expect(page.getByText("已重置“赵文秘”的密码")).toBeVisible();

  const clerk = await browser.newContext();
  const oldPw = await clerk.request.post("/api/auth/login", { data: { username, password: "clerk-password-1" } });
  expect(oldPw.status()).toBe(401);
  const newPw = await clerk.request.post("/api/auth/login", { data: { username, password: "clerk-password-2" } });
  expect(newPw.status()).toBe(200);
  await clerk.close();
});
