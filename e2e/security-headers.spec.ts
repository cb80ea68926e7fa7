// Issue 10, item 8, in Chromium: every page carries a nonce-based Content-Security-Policy and runs without a
// single CSP violation (Next's scripts, Tailwind, the composer and the print view's <style>); API answers are
// not cached; state-changing requests from elsewhere are refused while the app's own requests pass.
import { request as httpRequest } from "node:http";
import type { Page } from "@playwright/test";
import { createTestBlock, createTestSpeech } from "../lib/testing/factories";
import { expect, test } from "./support/fixtures";

/** Records CSP violations (the DOM event and Chromium's console message) from the first script on. */
async function watchCsp(page: Page): Promise<string[]> {
  const violations: string[] = [];
  await page.exposeFunction("__cspViolation", (v: string) => violations.push(v));
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (e) => {
      (window as unknown as { __cspViolation: (v: string) => void }).__cspViolation(
        `${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`,
      );
    });
  });
  page.on("console", (m) => {
    if (/Content Security Policy/i.test(m.text())) violations.push(m.text());
  });
  return violations;
}

/** A POST with exactly these headers (Playwright's own requests add the configured Origin). */
function rawPost(url: string, headers: Record<string, string>, body: string) {
  return new Promise<{ status: number; body: string }>((resolve, reject) => {
    const req = httpRequest(url, {
      method: "POST",
      headers: { ...headers, "content-length": Buffer.byteLength(body) },
    });
    req.on("response", (res) => {
      let text = "";
      res.setEncoding("utf8");
      res.on("data", (c: string) => (text += c));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, body: text }));
    });
    req.on("error", reject);
    req.end(body);
  });
}

async function visit(page: Page, path: string, violations: string[]) {
  const res = await page.goto(path);
  expect(res?.status(), path).toBe(200);
  await page.waitForLoadState("networkidle");
  const csp = (await res!.allHeaders())["content-security-policy"] ?? "";
  expect(csp, path).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]{20,}' 'strict-dynamic'/);
  expect(csp, path).toContain("frame-ancestors 'none'");
  expect(csp, path).toContain("object-src 'none'");
  // Next's scripts in the page carry its nonce (the browser hides the attribute, not the property); chunks that
  // those scripts load later have none and need none ('strict-dynamic').
  const nonce = /'nonce-([^']+)'/.exec(csp)![1];
  const scripts = await page.evaluate(() => [...document.scripts].map((s) => ({ nonce: s.nonce, src: s.src })));
  expect(scripts.filter((s) => s.nonce === nonce).length, path).toBeGreaterThan(0);
  expect(
    scripts.filter((s) => s.nonce !== nonce && !(s.nonce === "" && s.src)),
    path,
  ).toEqual([]);
  expect(violations, path).toEqual([]);
  return nonce;
}

test("every main page runs under the CSP without a violation, with a fresh nonce each time", async ({
  page,
  signInAs,
}) => {
  const violations = await watchCsp(page);
  const missing: string[] = [];
  page.on("response", (r) => {
    if (r.status() === 404) missing.push(r.url());
  });
  await visit(page, "/login", violations);
  await expect(page.locator("input[type=password]")).toBeVisible();
  // The tab's icon is the app's own, signed in or not (no /favicon.ico 404 on every page).
  const icon = await page.locator('link[rel="icon"]').first().getAttribute("href");
  expect((await page.request.get(icon!)).headers()["content-type"]).toContain("image/svg+xml");

  const admin = await signInAs("ADMIN");
  const block = await createTestBlock({ text: "要深入开展城镇燃气安全专项整治，确保隐患清零。" });
  const speech = await createTestSpeech({ createdById: admin.id });
  const first = await visit(page, "/library", violations);
  // The page is interactive: a search is answered under the policy.
  await page.getByRole("searchbox").first().fill("燃气");
  await page.keyboard.press("Enter");
  await page.waitForLoadState("networkidle");
  expect(await visit(page, "/library", violations)).not.toBe(first);
  for (const path of [
    `/library/blocks/${block.id}`,
    "/speeches",
    `/speeches/${speech.id}`,
    `/speeches/${speech.id}/print`,
    "/corpus",
    "/meetings",
    "/admin",
    "/admin/users",
  ]) {
    await visit(page, path, violations);
  }
  expect(violations).toEqual([]);
  expect(missing).toEqual([]);
});

test("API answers are no-store; mutations need our Origin and a JSON or form body", async ({ page, signInAs }) => {
  await signInAs("EDITOR");
  const search = await page.request.get("/api/blocks/search?q=%E7%87%83%E6%B0%94");
  expect(search.status()).toBe(200);
  expect(search.headers()["cache-control"]).toBe("no-store");
  expect((await page.request.get("/api/blocks/search?q=%00")).status()).toBe(400);

  await page.goto("/library");
  // The browser's own request (it sends Origin) passes.
  const fromPage = await page.evaluate(async () => (await fetch("/api/corpus/imports", { method: "POST" })).status);
  expect(fromPage).toBe(201);

  // The same session from outside a browser: no Origin or Sec-Fetch-Site, another site's Origin, a form post.
  const origin = new URL(page.url()).origin;
  const cookie = (await page.context().cookies()).map((c) => `${c.name}=${c.value}`).join("; ");
  const post = (headers: Record<string, string>, body = "") =>
    rawPost(`${origin}/api/corpus/imports`, { cookie, ...headers }, body);
  const noOrigin = await post({});
  expect(noOrigin.status).toBe(403);
  expect(noOrigin.body).toMatch(/缺少来源/);
  expect((await post({ origin: "https://evil.example" })).status).toBe(403);
  const form = await post({ origin, "content-type": "application/x-www-form-urlencoded" }, "a=1");
  expect(form.status).toBe(415);
  expect(form.body).toMatch(/JSON 或表单/);
  expect((await post({ "sec-fetch-site": "same-origin" })).status).toBe(201);
});
