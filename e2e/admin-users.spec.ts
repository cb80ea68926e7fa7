import { unique } from "../lib/testing/factories";
import { expect, test } from "./support/fixtures";

test("管理员添加用户、停用并重置密码；新用户可用新密码登录", async ({ page, signInAs, browser }) => {
  const browserDialogs: string[] = [];
  page.on("dialog", (d) => {
    browserDialogs.push(d.type());
    void d.dismiss();
  });
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

  // User names are unique regardless of case.
  await form.getByLabel("用户名").fill(username.toUpperCase());
  await form.getByLabel("姓名").fill("大小写");
  await form.getByLabel("初始密码").fill("clerk-password-1");
  await form.getByRole("button", { name: "添加" }).click();
  await expect(page.getByTestId("form-error")).toContainText("只差大小写");
  await expect(page.getByTestId(`user-row-${username.toUpperCase()}`)).toHaveCount(0);

  // The clerk is locked out by wrong passwords; the reset lifts that.
  const clerk = await browser.newContext();
  for (let i = 0; i < 5; i++) {
    const r = await clerk.request.post("/api/auth/login", { data: { username, password: `wrong-${i}` } });
    expect(r.status()).toBe(401);
  }
  const locked = await clerk.request.post("/api/auth/login", { data: { username, password: "clerk-password-1" } });
  expect(locked.status()).toBe(429);

  // The reset dialog: names whose password it sets, masked fields typed twice, the outcome inside the dialog.
  await row.getByRole("button", { name: "重置密码" }).click();
  const dialog = page.getByRole("dialog", { name: "重置密码" });
  await expect(dialog.getByTestId("reset-target")).toContainText("赵文秘");
  await expect(dialog.getByTestId("reset-target")).toContainText(username);
  const newPassword = dialog.getByLabel("新密码", { exact: true });
  const confirm = dialog.getByLabel("确认新密码");
  await expect(newPassword).toHaveAttribute("type", "password");
  await expect(confirm).toHaveAttribute("type", "password");
  await newPassword.fill("clerk-password-2");
  await confirm.fill("clerk-password-X");
  await dialog.getByRole("button", { name: "确认重置" }).click();
  await expect(dialog.getByTestId("form-error")).toHaveText("两次输入的新密码不一致，请重新输入。");
  await dialog.getByLabel("显示密码").check();
  await expect(newPassword).toHaveAttribute("type", "text");
  await expect(confirm).toHaveValue("clerk-password-X");
  await confirm.fill("clerk-password-2");
  await dialog.getByRole("button", { name: "确认重置" }).click();
  await expect(dialog.getByRole("status")).toContainText("已重置“赵文秘”");
  await expect(page.getByText("已重置“赵文秘”")).toHaveCount(1); // in the dialog only, not under another form
  await dialog.getByRole("button", { name: "完成" }).click();
  await expect(dialog).toHaveCount(0);
  expect(browserDialogs).toEqual([]);

  const oldPw = await clerk.request.post("/api/auth/login", { data: { username, password: "clerk-password-1" } });
  expect(oldPw.status()).toBe(401);
  const newPw = await clerk.request.post("/api/auth/login", { data: { username, password: "clerk-password-2" } });
  expect(newPw.status()).toBe(200);
  await clerk.close();
});
