// Issue 10 item 15: the library's URL names a category by its key (and old links by id still work), a hash-named
// corpus file goes by its speech's title, and after signing in the page's frame paints before its data arrives.
import { randomBytes } from "node:crypto";
import type { Route } from "@playwright/test";
import { importFiles } from "../lib/corpus/import-files";
import { db } from "../lib/db/client";
import { categoryId, createTestBlock, createTestUser, unique } from "../lib/testing/factories";
import { expect, test } from "./support/fixtures";

/** A marker no other test's text contains; letters only so it is one search word. */
const marker = () => `zq${randomBytes(5).toString("hex")}`;
const categoryParam = (page: { url(): string }) => new URL(page.url()).searchParams.get("category");

test("类别标签在地址中写类别名；旧链接中的类别 id 和已合并类别的旧名仍然可用", async ({ page, signInAs }) => {
  const m = marker();
  await createTestBlock({ text: `要拉网式开展隐患排查（${m}）。`, categoryKey: "隐患排查" });
  await createTestBlock({ text: `要压紧压实企业主体责任（${m}）。`, categoryKey: "责任落实" });
  await signInAs("VIEWER");

  await page.goto(`/library?q=${m}`);
  await expect(page.getByTestId("result-count")).toHaveText("共 2 条素材");
  await page.getByRole("tab", { name: /^隐患排查/ }).click();
  await expect.poll(() => categoryParam(page)).toBe("隐患排查");
  expect(page.url()).toContain(`category=${encodeURIComponent("隐患排查")}`);
  await expect(page.getByTestId("result-count")).toHaveText("共 1 条素材");
  await expect(page.getByTestId("active-filters")).toContainText("类别：隐患排查");

  // A link from before (?category=<id>) shows the same and is rewritten to the key.
  await page.goto(`/library?q=${m}&category=${await categoryId("责任落实")}`);
  await expect.poll(() => categoryParam(page)).toBe("责任落实");
  expect(new URL(page.url()).searchParams.get("q")).toBe(m);
  await expect(page.getByRole("tab", { name: /^责任落实/ })).toHaveAttribute("aria-selected", "true");
  await expect(page.getByTestId("result-count")).toHaveText("共 1 条素材");
  await expect(page.getByTestId("result-item")).toContainText("压紧压实企业主体责任");

  // A category merged into 隐患排查: its old key leads to the survivor.
  const merged = await db().category.create({
    data: { key: unique("排查整治"), name: "排查整治", mergedIntoId: await categoryId("隐患排查") },
  });
  await page.goto(`/library?q=${m}&category=${encodeURIComponent(merged.key)}`);
  await expect.poll(() => categoryParam(page)).toBe("隐患排查");
  await expect(page.getByTestId("result-item")).toContainText("拉网式开展隐患排查");
});

test("以编号和哈希命名的语料文件以讲话标题显示，文件名作为次要信息", async ({ page, signInAs }) => {
  const m = marker();
  const fileName = `${Math.floor(Math.random() * 1000)}_${randomBytes(8).toString("hex")}.txt`;
  const title = `在全县汛期安全生产工作会议上的讲话${m}`;
  const text = [title, "同志们：", `要扎实做好汛期地质灾害隐患排查（${m}）。`, "谢谢大家！"].join("\n");
  const { results } = await importFiles([{ name: fileName, bytes: Buffer.from(text, "utf8") }], null);
  const documentId = results[0]!.documentId!;
  const block = await db().block.findFirstOrThrow({
    where: { sourceDocumentId: documentId, text: { contains: "地质灾害" } },
  });
  await signInAs("EDITOR");

  await page.goto(`/library/blocks/${block.id}`);
  const sources = page.getByTestId("block-sources");
  await expect(sources).toContainText(title);
  await expect(sources).toContainText(`文件：${fileName}`);
  await sources.getByRole("link", { name: "该文件的全部素材" }).click();
  const chip = page.getByRole("button", { name: `移除筛选：来自文件「${title}」` });
  await expect(chip).toBeVisible();
  await expect(chip).toHaveAttribute("title", `文件名：${fileName}`);

  await page.goto("/corpus");
  const row = page.getByRole("table", { name: "语料文件" }).getByRole("row").filter({ hasText: fileName });
  await expect(row.getByTestId("document-name")).toHaveText(title);
});

test("登录后先显示导航和页面标题，检索结果随后到达；不经根路径跳转", async ({ page }) => {
  const user = await createTestUser({ role: "VIEWER" });
  await createTestBlock(); // the library is not empty, so it searches
  await page.goto("/login");
  await page.getByLabel("用户名").fill(user.username);
  await page.getByLabel("密码").fill(user.password);

  // Hold the library's data (the search) until the page's frame has been seen.
  const held: Route[] = [];
  let release = false;
  await page.route("**/api/blocks/search?**", (route) => (release ? route.continue() : void held.push(route)));
  const paths: string[] = [];
  page.on("request", (r) => paths.push(new URL(r.url()).pathname));
  await page.getByRole("button", { name: "登录" }).click();

  await expect(page).toHaveURL(/\/library$/);
  await expect(page.getByRole("navigation", { name: "主导航" })).toBeVisible();
  await expect(page.getByRole("heading", { level: 1, name: "素材库" })).toBeVisible();
  await expect(page.getByTestId("result-count")).toHaveText("正在检索…");
  await expect.poll(() => held.length).toBeGreaterThan(0);
  // One page load, straight to the library, painted while the search is still unanswered.
  const timing = await page.evaluate(() => ({
    navigation: performance.getEntriesByType("navigation").map((e) => new URL(e.name).pathname),
    fcp: performance.getEntriesByName("first-contentful-paint").length,
    searchAnswered: performance.getEntriesByType("resource").some((e) => e.name.includes("/api/blocks/search")),
  }));
  expect(timing).toEqual({ navigation: ["/library"], fcp: 1, searchAnswered: false });
  expect(paths).not.toContain("/");

  release = true;
  for (const route of held) await route.continue();
  await expect(page.getByTestId("result-count")).toHaveText(/^共 [\d,]+ 条素材$/);
});
