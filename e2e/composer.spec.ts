// The composer (组稿): insert library blocks three ways, move sections and watch the numbers follow, fill blanks
// from the variables panel, see the speaking time move, save and reload; a 定稿 speech is read-only.
import { randomBytes } from "node:crypto";
import { createSpeech } from "../lib/speeches/create-speech";
import { createTestBlock, createTestMeeting, createTestVariants } from "../lib/testing/factories";
import { outlineSpeech, expectSaved, headingList, openComposer, searchPanel } from "./support/composer";
import { expect, test } from "./support/fixtures";

const marker = () => `zq${randomBytes(4).toString("hex")}`;

test("按提纲组稿：按键、按钮、拖放插入素材，移动章节后编号跟着变，变量填空，时长变化，保存后重新打开", async ({
  page,
  signInAs,
}) => {
  const m = marker();
  const user = await signInAs("EDITOR");
  const meeting = await createTestMeeting({ title: `全县安全生产工作会议${m}`, date: new Date("2026-12-01") });
  const speech = await createSpeech(user.id, {
    title: `在全县安全生产工作会议上的讲话${m}`,
    meetingId: meeting.id,
    speaker: `县长 张${m}`,
    from: { kind: "template", template: "three-points" },
  });
  const a = await createTestBlock({
    text: `一、今年以来，××县安全生产形势总体平稳${m}甲，事故起数同比下降。`,
    categoryKey: "形势分析",
  });
  await createTestBlock({ text: `（一）${m}乙切实加强隐患排查`, kind: "HEADING", level: 2, categoryKey: "隐患排查" });
  const c = await createTestBlock({
    text: `要在20XX年X月X日前完成${m}丙城镇燃气隐患排查整治，××县各乡镇要逐一过筛。`,
    categoryKey: "隐患排查",
  });

  const editor = await openComposer(page, speech.id);
  expect(await headingList(page)).toEqual([
    "一、充分认清当前安全生产形势",
    "二、全力抓好隐患排查整治",
    "三、切实压紧压实安全生产责任",
  ]);
  const time = page.getByTestId("speaking-time");
  const chars = page.getByTestId("total-chars");
  const charsBefore = Number(await chars.textContent());

  // 1. By key: cursor in the empty paragraph under 一、, search, ↓ into the results, Enter.
  await editor.locator("h2 + p").first().click();
  await searchPanel(page, `${m}甲`);
  await page.getByRole("searchbox", { name: "检索素材" }).press("ArrowDown");
  await page.getByRole("listbox", { name: "素材检索结果" }).press("Enter");
  const paraA = editor.locator(`p[data-block-id="${a.id}"]`);
  await expect(paraA).toHaveText(`今年以来，××县安全生产形势总体平稳${m}甲，事故起数同比下降。`); // 一、 stripped
  await expect(paraA).toHaveAttribute("data-source", "same");

  // 2. By button: a heading block (（一）…) right after the cursor, numbered by the structure, not by its text.
  const hitB = (await searchPanel(page, `${m}乙`)).first();
  await hitB.getByRole("button", { name: "插入" }).click();
  await expect(editor.locator('[data-level="2"]')).toHaveText(`${m}乙切实加强隐患排查`);
  await expect(editor.locator('[data-level="2"]')).toHaveAttribute("data-number", "（一）");

  // 3. By drag: onto the empty paragraph of section 二、.
  const hitC = (await searchPanel(page, `${m}丙`)).first();
  const sectionTwoEmpty = editor.locator('h2:has-text("全力抓好隐患排查整治") + p');
  await hitC.dragTo(sectionTwoEmpty);
  const paraC = editor.locator(`p[data-block-id="${c.id}"]`);
  await expect(paraC).toBeVisible();
  expect(await editor.locator('h2:has-text("全力抓好隐患排查整治") + p').getAttribute("data-block-id")).toBe(c.id);
  await expect(chars).not.toHaveText(String(charsBefore));

  // Move the second section above the first, from the outline: numbers follow at once, （一） stays with its section.
  await page
    .getByRole("navigation", { name: "提纲" })
    .getByRole("button", { name: /全力抓好隐患排查整治/ })
    .focus();
  await page.keyboard.press("Alt+ArrowUp");
  await expect
    .poll(() => headingList(page))
    .toEqual([
      "一、全力抓好隐患排查整治",
      "二、充分认清当前安全生产形势",
      `（一）${m}乙切实加强隐患排查`,
      "三、切实压紧压实安全生产责任",
    ]);
  await expect(page.getByRole("navigation", { name: "提纲" }).getByRole("button").first()).toContainText("一、");

  // Variables fill every blank they stand for, and a later change rewrites every place they went.
  await page.getByRole("tab", { name: /占位符与变量/ }).click();
  const blanks = page.getByRole("list", { name: "待填写的空白" });
  await expect(blanks.getByRole("listitem")).toHaveCount(3); // ××县 twice and the date
  // The speech's meeting offers its name and date; nothing goes into the text before 填入.
  await expect(page.getByRole("textbox", { name: "会议名称" })).toHaveValue(`全县安全生产工作会议${m}`);
  await expect(page.getByRole("textbox", { name: "日期" })).toHaveValue("2026年12月1日");
  await page.getByRole("textbox", { name: "单位/县名" }).fill("青山县");
  await page.getByRole("textbox", { name: "单位/县名" }).press("Enter");
  await page.getByRole("textbox", { name: "日期" }).fill("2026年12月31日");
  await page.getByRole("textbox", { name: "日期" }).press("Enter");
  await expect(page.getByText("没有待填写的空白。")).toBeVisible();
  await expect(paraA).toContainText("青山县安全生产形势");
  await expect(paraC).toContainText("要在2026年12月31日前完成");
  await page.getByRole("textbox", { name: "单位/县名" }).fill("平安县");
  await page.getByRole("button", { name: "填入" }).first().click();
  await expect(paraA).toContainText("平安县安全生产形势");
  await expect(paraC).toContainText("平安县各乡镇");
  await expect(paraA).toHaveAttribute("data-source", "changed"); // the margin mark tells it was edited

  // Speaking time follows the text and the rate.
  const timeBefore = await time.textContent();
  await page.getByRole("tab", { name: "设置" }).click();
  await page.getByRole("spinbutton", { name: "语速" }).fill("60");
  await expect(time).not.toHaveText(timeBefore ?? "");

  // Saved on its own; after a reload everything is there, in the new order.
  await expectSaved(page);
  await page.reload();
  await expect(editor).toBeVisible();
  await expect
    .poll(() => headingList(page))
    .toEqual([
      "一、全力抓好隐患排查整治",
      "二、充分认清当前安全生产形势",
      `（一）${m}乙切实加强隐患排查`,
      "三、切实压紧压实安全生产责任",
    ]);
  await expect(editor.locator(`p[data-block-id="${a.id}"]`)).toContainText("平安县");
  await expect(editor.locator(`p[data-block-id="${c.id}"]`)).toContainText("2026年12月31日");
  await page.getByRole("tab", { name: "设置" }).click();
  await expect(page.getByRole("spinbutton", { name: "语速" })).toHaveValue("60"); // settings are saved too
});

test("复制粘贴段落保留来源；定稿后只读，重新打开后可以继续写", async ({ page, signInAs }) => {
  const m = marker();
  const user = await signInAs("EDITOR");
  const block = await createTestBlock({
    text: `要坚持人民至上、生命至上${m}，把安全生产摆在更加突出的位置。`,
    categoryKey: "思想认识",
  });
  const speech = await outlineSpeech(user.id, `在安委会全体会议上的讲话${m}`);
  const editor = await openComposer(page, speech.id);

  await editor.locator("h2 + p").first().click();
  const hit = (await searchPanel(page, m)).first();
  await hit.getByRole("button", { name: "插入" }).click();
  const para = editor.locator(`p[data-block-id="${block.id}"]`);
  await expect(para).toHaveCount(1);
  await para.click({ clickCount: 3 });
  await page.keyboard.press("Control+c");
  await editor.locator("h2 + p").last().click();
  await page.keyboard.press("Control+v");
  await expect(para).toHaveCount(2);

  // The margin mark opens where the paragraph came from.
  const box = (await para.first().boundingBox())!;
  await page.mouse.click(box.x - 31, box.y + 18); // the mark in the left margin
  const popover = page.getByRole("dialog", { name: "素材来源" });
  await expect(popover).toContainText("与素材一致");
  await expect(popover.getByRole("link", { name: "打开素材" })).toHaveAttribute("href", `/library/blocks/${block.id}`);
  await popover.getByRole("button", { name: "关闭" }).click();

  // 讲话信息: a new speaker takes effect at once (the reuse filter is the speaker's), the text stays.
  await page.getByRole("tab", { name: "设置" }).click();
  await page.getByRole("button", { name: "修改讲话信息" }).click();
  const info = page.getByRole("dialog", { name: "讲话信息" });
  await info.getByRole("textbox", { name: "讲话人" }).fill(`副县长 李${m}`);
  await info.getByRole("button", { name: "保存" }).click();
  await expect(page.getByRole("checkbox", { name: `隐藏副县长 李${m}近期讲过的` })).toBeVisible();
  await expect(editor.locator(`p[data-block-id="${block.id}"]`)).toHaveCount(2);

  await expectSaved(page);
  const targetHint = page.getByText("在“设置”中可设定目标字数或时长。");
  await expect(targetHint).toBeVisible();
  await page.getByRole("button", { name: "定稿" }).click();
  await expect(page.getByTestId("speech-status")).toHaveText("定稿");
  await expect(page.locator('.speech-editor[contenteditable="false"]')).toBeVisible();
  await page.reload();
  await expect(page.locator('.speech-editor[contenteditable="false"]')).toBeVisible();
  await expect(page.getByText("本稿已定稿，只读。")).toBeVisible();
  await expect(targetHint).toHaveCount(0);
  await page.getByRole("button", { name: "重新打开" }).click();
  await expect(page.locator('.speech-editor[contenteditable="true"]')).toBeVisible();
  await expect(page.getByTestId("speech-status")).toHaveText("草稿");
});

test("换一种说法、存为素材、查找替换、编号样式、拖动提纲移动整节", async ({ page, signInAs }) => {
  const m = marker();
  const user = await signInAs("EDITOR");
  const [original, variant] = await createTestVariants(
    [
      `要持续深化${m}城镇燃气安全专项整治，全面排查管网隐患。`,
      `要持续深化${m}城镇燃气安全专项整治，全面排查老旧管网隐患。`,
    ],
    { categoryKey: "隐患排查" },
  );
  const speech = await outlineSpeech(user.id, `讲话${m}`);
  const editor = await openComposer(page, speech.id);

  // 换一种说法: the variant takes the paragraph's place, with its own provenance.
  await editor.locator("h2 + p").first().click();
  const hits = await searchPanel(page, `${m} -老旧`);
  await hits.first().getByRole("button", { name: "插入" }).click();
  const inserted = editor.locator(`p[data-block-id="${original!.id}"]`);
  const box = (await inserted.boundingBox())!;
  await page.mouse.click(box.x - 31, box.y + 18);
  const popover = page.getByRole("dialog", { name: "素材来源" });
  await popover.getByRole("button", { name: "换一种说法" }).click();
  await popover.getByRole("list", { name: "可替换的说法" }).getByRole("button", { name: "换用" }).first().click();
  const swapped = editor.locator(`p[data-block-id="${variant!.id}"]`);
  await expect(swapped).toHaveText(variant!.text);
  await expect(inserted).toHaveCount(0);
  expect(await editor.locator('h2:has-text("充分认清当前安全生产形势") + p').getAttribute("data-block-id")).toBe(
    variant!.id,
  );

  // 存为素材: a paragraph written here goes into the library.
  await editor.locator("h2 + p").last().click();
  await page.keyboard.insertText(`新写的一段话${m}，各级各部门要把责任扛在肩上。`);
  await page.getByRole("button", { name: "存为素材" }).click();
  const dialog = page.getByRole("dialog", { name: "新建素材" });
  await expect(dialog.getByRole("textbox", { name: "素材内容" })).toHaveValue(
    `新写的一段话${m}，各级各部门要把责任扛在肩上。`,
  );
  await dialog.getByRole("button", { name: "保存为素材" }).click();
  await expect(page.getByTestId("status-toast")).toHaveText("已存为新素材。");
  const found = await (await page.request.get(`/api/blocks/search?q=${encodeURIComponent(`新写的一段话${m}`)}`)).json();
  expect(found.hits).toHaveLength(1);

  // Find and replace.
  await editor.click();
  await page.keyboard.press("Control+f");
  await page.getByRole("textbox", { name: "查找" }).fill("老旧管网");
  await expect(page.getByRole("search", { name: "查找替换" })).toContainText("1/1");
  await page.getByRole("textbox", { name: "替换为" }).fill("城镇管网");
  await page.getByRole("button", { name: "全部替换" }).click();
  await expect(swapped).toContainText("全面排查城镇管网隐患");
  await page.getByRole("button", { name: "关闭查找" }).click();

  // Numbering style per level is a setting of the speech.
  await page.getByRole("tab", { name: "设置" }).click();
  await page.getByRole("combobox", { name: "一级标题编号样式" }).selectOption("di-cn");
  await expect
    .poll(() => headingList(page))
    .toEqual(["第一，充分认清当前安全生产形势", "第二，全力抓好隐患排查整治", "第三，切实压紧压实安全生产责任"]);

  // Dragging an outline entry onto another's upper half moves the whole section there, paragraphs included.
  const outline = page.getByRole("navigation", { name: "提纲" });
  await outline
    .getByRole("button", { name: /切实压紧压实安全生产责任/ })
    .dragTo(outline.getByRole("button", { name: /充分认清当前安全生产形势/ }), { targetPosition: { x: 20, y: 3 } });
  await expect
    .poll(() => headingList(page))
    .toEqual(["第一，切实压紧压实安全生产责任", "第二，充分认清当前安全生产形势", "第三，全力抓好隐患排查整治"]);
  await expect(editor.locator('h2:has-text("切实压紧压实安全生产责任") + p')).toHaveText(
    `新写的一段话${m}，各级各部门要把责任扛在肩上。`,
  );
  await expectSaved(page);
});
