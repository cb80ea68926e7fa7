import { apiRoutes, pageRoutes, PUBLIC_APIS, PUBLIC_PAGES, VIEWER_ALLOWED_MUTATIONS } from "./support/routes";
import { expect, test } from "./support/fixtures";

const MUTATIONS = new Set(["POST", "PUT", "PATCH", "DELETE"]);

test("未登录访问任何页面（登录和初始化页除外）都跳转到登录页", async ({ request }) => {
  const pages = pageRoutes().filter((p) => !PUBLIC_PAGES.has(p));
  expect(pages.length).toBeGreaterThan(5);
  for (const path of pages) {
    const res = await request.get(path, { maxRedirects: 0 });
    expect(res.status(), path).toBe(307);
    expect(res.headers()["location"], path).toMatch(/^\/login/);
  }
});

test("未登录调用任何 API（登录和初始化除外）都得到 401", async ({ request }) => {
  const routes = apiRoutes().filter((r) => !PUBLIC_APIS.has(`${r.method} ${r.path}`));
  expect(routes.length).toBeGreaterThan(5);
  for (const r of routes) {
    const res = await request.fetch(r.path, { method: r.method, data: r.method === "GET" ? undefined : {} });
    expect(res.status(), `${r.method} ${r.path}`).toBe(401);
  }
  // A forged or expired cookie is no better than none.
  for (const r of routes) {
    const res = await request.fetch(r.path, {
      method: r.method,
      headers: { cookie: "jgt_session=forged-token" },
      data: r.method === "GET" ? undefined : {},
    });
    expect(res.status(), `forged cookie: ${r.method} ${r.path}`).toBe(401);
  }
});

test("未登录调用服务器操作（Server Action）得到 401", async ({ request }) => {
  const res = await request.post("/library", { headers: { "Next-Action": "0123456789abcdef" }, data: "[]" });
  expect(res.status()).toBe(401);
});

test("只读用户对每一个修改操作都得到 403", async ({ page, signInAs }) => {
  await signInAs("VIEWER");
  const mutations = apiRoutes().filter(
    (r) =>
      MUTATIONS.has(r.method) &&
      !PUBLIC_APIS.has(`${r.method} ${r.path}`) &&
      !VIEWER_ALLOWED_MUTATIONS.has(`${r.method} ${r.path}`),
  );
  expect(mutations.length).toBeGreaterThan(2);
  for (const r of mutations) {
    const res = await page.request.fetch(r.path, { method: r.method, data: {} });
    expect(res.status(), `${r.method} ${r.path}`).toBe(403);
    expect((await res.json()).error.message).toMatch(/权限/);
  }
});

test("只读用户看不到管理入口，直接打开管理页被拒绝", async ({ page, signInAs }) => {
  await signInAs("VIEWER");
  await page.goto("/library");
  await expect(page.getByRole("link", { name: "素材库" })).toBeVisible();
  await expect(page.getByRole("link", { name: "管理" })).toHaveCount(0);

  await page.goto("/admin/users");
  await expect(page.getByTestId("forbidden")).toContainText("没有访问权限");
  await expect(page.getByRole("table")).toHaveCount(0);
  const api = await page.request.get("/api/admin/users");
  expect(api.status()).toBe(403);
});

test("跨站提交被拒绝", async ({ page, signInAs }) => {
  const admin = await signInAs("ADMIN");
  const res = await page.request.patch(`/api/admin/users/${admin.id}`, {
    data: { displayName: "被篡改" },
    headers: { Origin: "https://evil.example" },
  });
  expect(res.status()).toBe(403);
});
