// Issue 10, item 16: the library, a block page and the speech list are usable on a phone (390 px wide): results
// start near the top, nothing makes the page scroll sideways, and tables scroll inside their box instead of
// wrapping one character per line.
import { randomBytes } from "node:crypto";
import { createSpeech } from "../lib/speeches/create-speech";
import { createTestBlock } from "../lib/testing/factories";
import { expectSaved, openComposer, outlineSpeech } from "./support/composer";
import { expect, test } from "./support/fixtures";

test.use({ viewport: { width: 390, height: 844 } });

const noSidewaysScroll = (page: import("@playwright/test").Page) =>
  page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth + 1);

test("手机上：素材库结果在首屏，筛选可展开；素材页和讲话稿列表不横向溢出，表格在框内横向滚动", async ({
  page,
  signInAs,
}) => {
  const user = await signInAs("EDITOR");
  const m = `sj${randomBytes(4).toString("hex")}`;
  const block = await createTestBlock({ text: `要压紧压实${m}安全生产责任，严格落实党政同责、一岗双责。` });
  await createSpeech(user.id, { title: `在全县安全生产工作会议上的讲话${m}`, from: { kind: "empty" } });

  await page.goto(`/library?q=${m}`);
  const hit = page.getByRole("listbox", { name: "检索结果" }).getByRole("option").first();
  await expect(hit).toBeVisible();
  expect((await hit.boundingBox())!.y).toBeLessThan(700); // on the first screen, not 1,700 px down
  expect(await noSidewaysScroll(page)).toBe(true);
  // The search box has the row to itself, sort and 新建素材 below it.
  expect((await page.getByRole("searchbox", { name: "检索素材" }).boundingBox())!.width).toBeGreaterThan(300);
  const filters = page.getByRole("button", { name: "筛选", exact: true });
  await filters.click();
  await expect(page.locator("#library-facets")).toBeVisible();
  await expect(page.getByRole("button", { name: "收起筛选" })).toHaveAttribute("aria-expanded", "true");

  await page.goto(`/library/blocks/${block.id}`);
  await expect(page.getByText(`要压紧压实${m}`).first()).toBeVisible();
  expect(await noSidewaysScroll(page)).toBe(true);

  await page.goto(`/speeches?q=${m}`);
  const table = page.getByTestId("speech-table");
  await expect(table.getByRole("link", { name: new RegExp(m) })).toBeVisible();
  expect(await noSidewaysScroll(page)).toBe(true);
  // The title keeps a readable width (two lines at most, not a character a line): the table is wider than the
  // phone and scrolls in its box.
  const cell = table.getByRole("link", { name: new RegExp(m) });
  expect((await cell.boundingBox())!.height).toBeLessThan(60);
  expect(await table.evaluate((t) => t.parentElement!.scrollWidth > t.parentElement!.clientWidth)).toBe(true);
});

test("手机上：用户管理的表格在框内横向滚动，每行的按钮都能点到", async ({ page, signInAs }) => {
  await signInAs("ADMIN");
  await page.goto("/admin/users");
  const reset = page.getByRole("button", { name: "重置密码" }).first();
  await expect(reset).toBeAttached();
  expect(await noSidewaysScroll(page)).toBe(true);
  await reset.click(); // scrolled into view inside the table's box
  await expect(page.getByRole("dialog")).toBeVisible();
});

test("手机和平板上：写作页的正文有一行字的宽度，能输入和保存，素材库在正文之下，提纲在正文之上", async ({
  page,
  signInAs,
}) => {
  const user = await signInAs("EDITOR");
  const m = `sx${randomBytes(4).toString("hex")}`;
  const speech = await outlineSpeech(user.id, `在全县安全生产工作会议上的讲话${m}`);
  const editor = await openComposer(page, speech.id);
  // A phone: the text has the screen's width (it had none beside the fixed outline and library columns).
  expect((await editor.boundingBox())!.width).toBeGreaterThan(300);
  expect(await noSidewaysScroll(page)).toBe(true);
  await editor.locator("h2 + p").first().click();
  await page.keyboard.type(`手机上写的一句${m}。`);
  await expectSaved(page);
  const library = page.getByRole("searchbox", { name: "检索素材" });
  await library.scrollIntoViewIfNeeded();
  await expect(library).toBeVisible();
  expect((await library.boundingBox())!.y).toBeGreaterThan((await editor.boundingBox())!.y);
  // A tablet held upright, and a 1024 px laptop: the text keeps a line of some thirty characters.
  for (const width of [768, 1024]) {
    await page.setViewportSize({ width, height: 900 });
    expect((await editor.boundingBox())!.width, `${width} px`).toBeGreaterThan(440);
  }
  await page.reload();
  await expect(editor.locator("h2 + p").first()).toHaveText(`手机上写的一句${m}。`);
});
