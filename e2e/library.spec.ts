// The block library (素材库): search, facets, keyboard, block page with context and variants, curation and
// its revert, save-as-block, and what a 只读 user may not do.
import { randomBytes } from "node:crypto";
import { importFiles } from "../lib/corpus/import-files";
import { createTestBlock, createTestBlockUsage } from "../lib/testing/factories";
import { expect, test } from "./support/fixtures";

/** A marker no other test's text contains; letters only so it is one search word. */
const marker = () => `zq${randomBytes(5).toString("hex")}`;

function speech(title: string, paragraphs: string[]) {
  return ["", title, "同志们：", ...paragraphs, "同志们，安全生产责任重于泰山。谢谢大家！"].join("\n");
}

/** Two speeches in two files; their 隐患排查 paragraphs are near-duplicates differing in a few characters. */
async function importVariants(m: string) {
  const a = speech("在全县安全生产工作会议上的讲话", [
    `今天召开会议（${m}），主要任务是分析形势、部署工作。`,
    `一、${m}扎实开展隐患排查整治`,
    `要聚焦城镇燃气（${m}）、建筑施工、危险化学品等重点行业领域，开展拉网式隐患排查，做到不留死角、不留盲区，发现一处整改一处。`,
    "二、严格落实安全生产责任",
    "各级各部门要认真落实“三管三必须”要求，压紧压实企业主体责任。",
  ]);
  const b = speech("在全县安委会全体会议上的讲话", [
    `今天召开安委会全体会议（${m}），总结工作、部署任务。`,
    `要聚焦城镇燃气（${m}）、建筑施工、危险化学品等重点行业领域，开展全覆盖隐患排查，做到不留死角、不留盲区，发现一处整改一处。`,
  ]);
  await importFiles(
    [
      { name: `${m}-a.txt`, bytes: Buffer.from(a, "utf8") },
      { name: `${m}-b.txt`, bytes: Buffer.from(b, "utf8") },
    ],
    null,
  );
}

test("检索、按分面筛选、打开素材看上下文和变体、修改类别后撤销", async ({ page, signInAs }) => {
  const m = marker();
  await importVariants(m);
  await signInAs("EDITOR");
  await page.goto("/library");
  await expect(page.getByRole("heading", { level: 1, name: "素材库" })).toBeVisible();

  await page.getByRole("searchbox", { name: "检索素材" }).fill(m);
  await expect(page).toHaveURL(new RegExp(`q=${m}`));
  const items = page.getByTestId("result-item");
  await expect(page.getByTestId("result-count")).toHaveText("共 5 条素材");
  await expect(items.first().locator("mark").first()).toHaveText(m);

  // Facet: only paragraphs; the heading leaves the list and the chip says why.
  const facets = page.getByTestId("facet-panel");
  await expect(facets.getByRole("button", { name: /^标题/ })).toContainText("1");
  await facets.getByRole("button", { name: /^段落/ }).click();
  await expect(page.getByTestId("result-count")).toHaveText("共 4 条素材");
  await expect(page.getByTestId("active-filters")).toContainText("段落");
  await expect(items.filter({ hasText: "扎实开展隐患排查整治" })).toHaveCount(0);

  // Narrow to the variant pair with a phrase, then open the first by keyboard.
  await page.getByRole("searchbox", { name: "检索素材" }).fill(`${m} "拉网式隐患排查"`);
  await expect(page.getByTestId("result-count")).toHaveText("共 1 条素材");
  await page.getByRole("searchbox", { name: "检索素材" }).press("ArrowDown");
  await expect(page.getByRole("listbox", { name: "检索结果" })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { level: 1, name: "素材详情" })).toBeVisible();
  await expect(page.getByTestId("block-text")).toContainText("拉网式隐患排查");

  // Source context: the heading before it and the paragraph after it.
  const context = page.getByTestId("source-context");
  await expect(context).toContainText(`${m}扎实开展隐患排查整治`);
  await expect(context).toContainText("严格落实安全生产责任");
  await expect(page.getByTestId("block-sources")).toContainText(`${m}-a.txt`);

  // Its variant from the other speech, side by side, with the differences marked.
  const variant = page.getByTestId("variant");
  await expect(variant).toHaveCount(1);
  await expect(variant.locator("del")).toContainText("拉网式");
  await expect(variant.locator("ins")).toContainText("全覆盖");

  // Edit the category, then revert the edit.
  const before = (await page.getByTestId("block-category").textContent())!.trim();
  const target = before === "应急管理" ? "宣传培训" : "应急管理";
  await page.getByRole("button", { name: "编辑", exact: true }).click();
  await page.getByLabel("类别").selectOption({ label: target });
  await page.getByRole("button", { name: "保存修改" }).click();
  await expect(page.getByTestId("block-category")).toHaveText(target);
  const revision = page.getByTestId("revision").first();
  await expect(revision).toContainText("修改");
  await expect(revision).toContainText(`${before}→${target}`);

  await revision.getByRole("button", { name: "撤销此修改" }).click();
  await expect(page.getByTestId("block-category")).toHaveText(before);
  await expect(page.getByTestId("revision").first()).toContainText("撤销");
  await expect(page.getByTestId("revision").nth(1)).toContainText("已撤销");
});

test("在素材库页面新建素材，保存后可检索，重复内容不会再建一条", async ({ page, signInAs }) => {
  const m = marker();
  await signInAs("EDITOR");
  await page.goto("/library");
  await page.getByRole("button", { name: "新建素材" }).click();
  const dialog = page.getByRole("dialog", { name: "新建素材" });
  const text = `要健全安全生产宣传教育长效机制，推动安全知识进企业、进学校、进社区。${m}`;
  await dialog.getByLabel("素材内容").fill(text);
  await dialog.getByLabel("类别").selectOption({ label: "宣传培训" });
  await dialog.getByLabel("标签").fill(`宣传、${m}标签`);
  await dialog.getByRole("button", { name: "保存为素材" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "素材详情" })).toBeVisible();
  await expect(page.getByTestId("block-category")).toHaveText("宣传培训");
  await expect(page.getByTestId("block-tags")).toContainText(`${m}标签`);
  await expect(page.getByTestId("block-sources")).toContainText("手工录入");

  await page.goto(`/library?q=${m}`);
  await expect(page.getByTestId("result-count")).toHaveText("共 1 条素材");
  // C copies the selected block's text.
  await page.getByRole("listbox", { name: "检索结果" }).focus();
  await page.keyboard.press("c");
  await expect(page.getByTestId("status-toast")).toHaveText("已复制素材文本");

  // A query nothing matches as a whole still offers the closest blocks.
  await page.goto(`/library?q=${m} 不存在的说法`);
  await expect(page.getByTestId("no-results")).toBeVisible();
  await expect(page.getByTestId("near-matches")).toContainText("宣传教育长效机制");

  await page.getByRole("button", { name: "新建素材" }).click();
  await page.getByRole("dialog").getByLabel("素材内容").fill(text);
  await page.getByRole("dialog").getByRole("button", { name: "保存为素材" }).click();
  await expect(page.getByRole("dialog")).toContainText("已有内容相同的素材");
});

test("两人同时编辑：后保存的人看到冲突提示，草稿不丢失", async ({ page, signInAs }) => {
  const m = marker();
  await importVariants(m);
  await signInAs("EDITOR");
  await page.goto(`/library?q=${m} "拉网式隐患排查"`);
  await page.getByTestId("result-item").first().getByRole("link").click();
  await expect(page.getByRole("heading", { level: 1, name: "素材详情" })).toBeVisible();
  await page.getByRole("button", { name: "编辑", exact: true }).click();
  const draft = `我的修改稿${m}`;
  await page.getByLabel("素材内容").fill(draft);

  // Someone else saves first.
  const id = page.url().split("/").pop()!;
  const current = await (await page.request.get(`/api/blocks/${id}`)).json();
  const other = await page.request.patch(`/api/blocks/${id}`, {
    data: { version: current.block.version, tags: ["他人修改"] },
    headers: { Origin: new URL(page.url()).origin },
  });
  expect(other.status()).toBe(200);

  await page.getByRole("button", { name: "保存修改" }).click();
  await expect(page.getByTestId("form-error")).toContainText("已被他人修改");
  await expect(page.getByLabel("素材内容")).toHaveValue(draft);
});

test("只读用户可以检索和查看，但没有编辑入口，修改请求被拒绝", async ({ page, signInAs }) => {
  const m = marker();
  await importVariants(m);
  await signInAs("VIEWER");
  await page.goto(`/library?q=${m}`);
  await expect(page.getByTestId("result-count")).toHaveText("共 5 条素材");
  await expect(page.getByRole("button", { name: "新建素材" })).toHaveCount(0);
  await page.getByTestId("result-item").first().getByRole("link").click();
  await expect(page.getByRole("heading", { level: 1, name: "素材详情" })).toBeVisible();
  await expect(page.getByRole("button", { name: "复制文本" })).toBeVisible();
  for (const name of ["编辑", "标为精选", "收藏", "拆分", "从检索中隐藏", "合并到本条", "撤销此修改"]) {
    await expect(page.getByRole("button", { name, exact: true })).toHaveCount(0);
  }
  const id = page.url().split("/").pop()!;
  const res = await page.request.patch(`/api/blocks/${id}`, {
    data: { version: 1, curated: true },
    headers: { Origin: new URL(page.url()).origin },
  });
  expect(res.status()).toBe(403);
});

test("找“县长今年没用过”的燃气段落：按讲话人和时间排除用过的素材", async ({ page, signInAs }) => {
  const m = marker();
  const used = await createTestBlock({ text: `城镇燃气隐患要动态清零（${m}）。`, useCount: 1 });
  const fresh = await createTestBlock({ text: `燃气管道老化更新改造要加快推进（${m}）。` });
  await createTestBlockUsage({ blockId: used.id, speaker: "县长 张三", usedAt: new Date() });
  await signInAs("VIEWER");
  await page.goto(`/library?q=${m}`);
  await expect(page.getByTestId("result-count")).toHaveText("共 2 条素材");
  // A 只读 user cannot favourite, so has no favourites to filter by.
  await expect(page.getByRole("button", { name: /已精选/ })).toBeVisible();
  await expect(page.getByRole("button", { name: /我的收藏/ })).toHaveCount(0);

  await page.getByLabel("讲话人", { exact: true }).fill("县长");
  await page.getByLabel("讲话人", { exact: true }).press("Enter");
  await expect(page.getByTestId("result-count")).toHaveText("共 1 条素材");
  await expect(page.getByTestId("result-item")).toContainText("动态清零");

  // The radio follows the URL, so it turns checked once the page has navigated.
  await page.getByRole("radio", { name: "没用过" }).click();
  await expect(page.getByRole("radio", { name: "没用过" })).toBeChecked();
  await page.getByLabel("使用时间").selectOption({ label: "今年以来" });
  await expect(page.getByTestId("active-filters")).toContainText("县长没用过");
  await expect(page.getByTestId("result-count")).toHaveText("共 1 条素材");
  await expect(page.getByTestId("result-item")).toContainText("更新改造");
  await page.getByTestId("result-item").getByRole("link").click();
  await expect(page).toHaveURL(new RegExp(`/library/blocks/${fresh.id}$`));
});

test("手改的地址（未知排序、超出末页的页码）照样检索，停在最后一页", async ({ page, signInAs }) => {
  await signInAs("VIEWER");
  const m = marker();
  for (let i = 0; i < 3; i++) await createTestBlock({ text: `要压实${m}安全生产责任，第${i}条。` });
  await page.goto(`/library?q=${m}&sort=bogus&page=999`);
  await expect(page.getByTestId("result-count")).toHaveText("共 3 条素材");
  await expect(page).not.toHaveURL(/page=999/);
  await expect(page.getByRole("listbox", { name: "检索结果" }).getByRole("option")).toHaveCount(3);
});

test("拆分后可直接打开新素材；收藏的素材被隐藏后仍在“我的收藏”里，标着已隐藏", async ({ page, signInAs }) => {
  const m = marker();
  const block = await createTestBlock({ text: `要压实企业主体责任（${m}）。要加强执法检查，依法严厉打击（${m}）。` });
  await signInAs("EDITOR");
  await page.goto(`/library/blocks/${block.id}`);
  await page.getByRole("button", { name: "收藏", exact: true }).click();
  await expect(page.getByRole("button", { name: "取消收藏" })).toBeVisible();

  await page.getByRole("button", { name: "拆分", exact: true }).click();
  await page.getByLabel("拆分内容").fill(`要压实企业主体责任（${m}）。\n要加强执法检查，依法严厉打击（${m}）。`);
  await page.getByRole("button", { name: "确认拆分" }).click();
  const result = page.getByTestId("split-result");
  await expect(result).toContainText("另新建 1 条素材");
  await expect(page.getByTestId("block-text")).toHaveText(`要压实企业主体责任（${m}）。`);
  await result.getByRole("link", { name: /加强执法检查/ }).click();
  await expect(page.getByTestId("block-text")).toHaveText(`要加强执法检查，依法严厉打击（${m}）。`);
  await expect(page).not.toHaveURL(new RegExp(`/library/blocks/${block.id}$`));
  await page.getByTestId("split-links").getByRole("link", { name: "拆分自原素材" }).click();
  await expect(page).toHaveURL(new RegExp(`/library/blocks/${block.id}$`));

  await page.getByRole("button", { name: "从检索中隐藏" }).click();
  await expect(page.getByRole("button", { name: "恢复到检索结果" })).toBeVisible();
  await page.goto(`/library?q=${m}&favourite=1`);
  await expect(page.getByTestId("result-count")).toHaveText("共 1 条素材");
  await expect(page.getByTestId("result-item")).toContainText("已隐藏");
  await expect(page.getByTestId("result-item")).toContainText("压实企业主体责任");
  await page.goto(`/library?q=${m}`);
  await expect(page.getByTestId("result-count")).toHaveText("共 1 条素材");
  await expect(page.getByTestId("result-item")).toContainText("加强执法检查");
});
