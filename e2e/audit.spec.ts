import { expect, test } from "./support/fixtures";

test("管理员从用户管理进入审计日志，按用户名和操作筛选，看到自己的登录（北京时间）", async ({ page, signInAs }) => {
  const admin = await signInAs("ADMIN");
  await page.goto("/admin/users");
  await page.getByRole("link", { name: "查看审计日志" }).click();
  await expect(page).toHaveURL(/\/admin\/audit$/);
  await expect(page.getByRole("heading", { level: 1, name: "审计日志" })).toBeVisible();

  const filters = page.getByRole("form", { name: "筛选审计日志" });
  await filters.getByLabel("操作").selectOption({ label: "登录" });
  await filters.getByLabel("用户名", { exact: true }).fill(admin.username.toUpperCase());
  await filters.getByRole("button", { name: "筛选" }).click();
  await expect(page).toHaveURL(/action=auth\.login/);
  const rows = page.getByTestId("audit-row");
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText("登录");
  await expect(rows.first()).toContainText(admin.username);
  await expect(rows.first()).toContainText("ADMIN测试员");
  const beijingToday = new Date().toLocaleDateString("zh-CN", { timeZone: "Asia/Shanghai" });
  await expect(rows.first()).toContainText(beijingToday);
  await expect(page.getByTestId("audit-total")).toHaveText("共 1 条");
});

test("非管理员打开审计日志被拒绝", async ({ page, signInAs }) => {
  await signInAs("EDITOR");
  await page.goto("/admin/audit");
  await expect(page.getByTestId("forbidden")).toContainText("没有访问权限");
  expect((await page.request.get("/api/admin/audit")).status()).toBe(403);
});
