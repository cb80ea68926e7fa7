// Issue 11, acceptance: a scraped page whose paragraphs are joined by spaces, in site chrome, is judged 需要检查 with
// its reasons (the paragraphs were inferred) and held out of the library; the clerk splits the two paragraphs the
// page ran together without a space, splits a line off where no stop is and makes it a heading, confirms, and finds
// the fixed blocks in the library search.
import { randomBytes } from "node:crypto";
import { joinedPage } from "../lib/testing/joined-page";
import { expect, test } from "./support/fixtures";

/** Letters and digits only, so it is one search word. */
const marker = () => `rv${randomBytes(5).toString("hex")}`;

test("连段的网页：需要检查及原因，在报告中拆开一段，确认入库后在素材库中找到拆开的段落", async ({ page, signInAs }) => {
  test.setTimeout(90_000);
  await signInAs("EDITOR");
  const m = marker();
  const { text, paragraphs } = joinedPage(m);

  await page.goto("/corpus");
  await page
    .getByTestId("corpus-file-input")
    .setInputFiles({ name: `${m}.txt`, mimeType: "text/plain", buffer: Buffer.from(text, "utf8") });
  const row = page.getByTestId("upload-row");
  await expect(row.getByTestId("upload-status")).toHaveText("需要检查", { timeout: 30_000 });
  await expect(row).toContainText("请核对分段");
  await expect(page.getByTestId("import-done")).toContainText("1 个文件需要检查，确认后才进入素材库");
  await page.getByRole("link", { name: "去检查" }).click();

  // The headline counts it as waiting, not 已导入; the held file shows its verdict, reasons and restored zf.
  await expect(page.getByRole("heading", { level: 1, name: "导入报告" })).toBeVisible();
  await expect(page.getByTestId("import-outcome")).toHaveText("1 个文件：0 个已导入，1 个需要检查（尚未入库）。");
  await expect(page.getByTestId("stat-需要检查")).toHaveText("1");
  const held = page.getByTestId("held-file");
  await expect(held.getByTestId("verdict-level")).toHaveText("需要检查");
  await expect(held.getByTestId("verdict-reasons")).toContainText("第 5 行按句末空格拆分段落，成 5 段");
  await expect(held.getByTestId("restorations-list")).toContainText("zf → 政府");

  // Nothing of it is in the library yet.
  const before = await page.request.get(`/api/blocks/search?q=${m}`);
  expect(before.status()).toBe(200);
  expect((await before.json()).hits).toEqual([]);

  // Split the block that holds the last two paragraphs after the first one's last sentence.
  const body = paragraphs.at(-2)!.replace(/^第四，[^。]*。/, ""); // its heading is a block of its own
  const joined = held.getByTestId("review-block").filter({ hasText: `${m}戊` });
  await expect(joined).toContainText(`${m}己`);
  await joined.getByRole("button", { name: "拆分" }).click();
  const sentences = body.match(/[。！？；]/g)!.length;
  await joined
    .getByTestId("split-picker")
    .getByRole("button", { name: `在第 ${sentences} 句后拆分` })
    .click();
  const texts = held.getByTestId("review-block-text");
  await expect(texts.filter({ hasText: `${m}己` })).toHaveText(body);
  await expect(texts.filter({ hasText: `${m}戊` })).toHaveText(paragraphs.at(-1)!);

  // A line to be a heading, with no stop after it: split where the clerk puts the cursor, then 设为标题 (2 级).
  const head = "要严格落实党政同责、一岗双责、齐抓共管、失职追责";
  const duty = held.getByTestId("review-block").filter({ hasText: `${m}丁` });
  await duty.getByRole("button", { name: "拆分" }).click();
  const copy = duty.getByTestId("split-picker").getByRole("textbox");
  await copy.click();
  await copy.press("Control+Home");
  for (let i = 0; i < head.length; i++) await copy.press("ArrowRight");
  await duty.getByRole("button", { name: "在光标处拆分" }).click();
  const headBlock = held
    .getByTestId("review-block")
    .filter({ has: page.getByTestId("review-block-text").getByText(head, { exact: true }) });
  await expect(headBlock).toHaveAttribute("data-kind", "paragraph");
  await headBlock.getByRole("button", { name: "设为标题…" }).click();
  await headBlock
    .getByRole("group", { name: /设为几级标题$/ })
    .getByRole("button", { name: "2 级标题" })
    .click();
  await expect(headBlock).toHaveAttribute("data-kind", "heading");
  await expect(headBlock).toContainText("标题（2 级）");
  await expect(headBlock.getByRole("button", { name: "2 级", pressed: true })).toBeDisabled();
  await expect(texts.filter({ hasText: `${m}丁` })).toHaveText(/^各街道党政主要负责同志/); // not ，各街道

  await held.getByRole("button", { name: "确认入库" }).click();
  // Once the worker has stored it the report reloads: the file is in, reviewed.
  await expect(page.getByTestId("held-file")).toHaveCount(0, { timeout: 30_000 });
  await expect(page.getByTestId("import-outcome")).toHaveText("1 个文件：1 个已导入（其中 1 个需要检查）。");
  await expect(page.getByTestId("report-file")).toContainText("已人工检查");

  await page.goto("/library");
  await page.getByRole("searchbox", { name: "检索素材" }).fill(m);
  await expect(page.getByTestId("result-count")).toHaveText("共 6 条素材"); // the six paragraphs, apart
  const items = page.getByTestId("result-item");
  await expect(items.filter({ hasText: `${m}己` })).toHaveCount(1);
  await expect(items.filter({ hasText: `${m}己` })).not.toContainText(`${m}戊`);
  await expect(items.filter({ hasText: `${m}戊` })).not.toContainText(`${m}己`);
  await expect(items.filter({ hasText: `${m}丁` })).not.toContainText("齐抓共管");
  const headings = await page.request.get(`/api/blocks/search?q=${encodeURIComponent("失职追责")}&kind=HEADING`);
  expect((await headings.json()).hits.map((h: { text: string }) => h.text)).toContain(head);
});

test("被拒绝的上传不留下空的导入记录", async ({ page, signInAs }) => {
  await signInAs("EDITOR");
  await page.goto("/corpus");
  const opened = page.waitForResponse(
    (r) => r.url().endsWith("/api/corpus/imports") && r.request().method() === "POST",
  );
  const closed = page.waitForResponse((r) => r.url().endsWith("/finish") && r.request().method() === "POST");
  await page
    .getByTestId("corpus-file-input")
    .setInputFiles({ name: "过大.txt", mimeType: "text/plain", buffer: Buffer.alloc(21 * 1024 * 1024, 0x41) });
  const { id } = await (await opened).json();
  expect(await (await closed).json()).toEqual({ done: true, removed: true });

  const row = page.getByTestId("upload-row");
  await expect(row.getByTestId("upload-status")).toHaveText("失败");
  await expect(row).toContainText("超过 20 MB");
  await expect(page.getByTestId("poll-note")).toHaveCount(0);
  expect((await page.request.get(`/api/corpus/imports/${id}`)).status()).toBe(404);
  await page.reload();
  // The history lists no import of it.
  await expect(page.getByRole("heading", { name: "导入记录" })).toBeVisible();
  await expect(page.locator(`a[href="/corpus/imports/${id}"]`)).toHaveCount(0);
});
