// What comes into the composer from outside the library: pinyin through the IME, a paste from Word, and what
// must not be lost: two pages saving the same speech, a dropped connection, and a repeat the speaker would make.
import { randomBytes } from "node:crypto";
import { createSpeech } from "../lib/speeches/create-speech";
import { saveSpeech } from "../lib/speeches/save-speech";
import { createTestBlock, createTestMeeting } from "../lib/testing/factories";
import {
  outlineSpeech,
  composePinyin,
  expectSaved,
  headingList,
  pasteHtml,
  openComposer,
  openOutlineSpeech,
  saveStatus,
  searchPanel,
} from "./support/composer";
import { expect, test } from "./support/fixtures";

const marker = () => `zq${randomBytes(4).toString("hex")}`;

test("拼音输入法：在空段落和标题开头组字，组字期间不保存、不计数", async ({ page, signInAs }) => {
  const m = marker();
  const { editor } = await openOutlineSpeech(page, signInAs, m);
  const chars = page.getByTestId("total-chars");

  // In an empty paragraph (with its placeholder hint showing).
  await editor.locator("h2 + p").first().click();
  const before = await chars.textContent();
  await composePinyin(page, "anquanshengchan", "安全生产", async () => {
    await expect(saveStatus(page)).toHaveAttribute("data-save-status", "saved");
    await expect(chars).toHaveText(before ?? "");
  });
  await expect(editor.locator("h2 + p").first()).toHaveText("安全生产");
  await expect(chars).toHaveText(String(Number(before) + 4));

  // At the start of a heading, beside its computed number.
  await editor.locator("h2").nth(1).click();
  await page.keyboard.press("Home");
  await composePinyin(page, "jianjue", "坚决");
  await expect(editor.locator("h2").nth(1)).toHaveText("坚决全力抓好隐患排查整治");
  await expect(editor.locator("h2").nth(1)).toHaveAttribute("data-number", "二、");

  // Replacing a selected blank.
  await editor.locator("h2 + p").first().click();
  await page.keyboard.press("End");
  await page.keyboard.insertText("××县");
  await page.keyboard.press("ArrowLeft");
  await page.keyboard.press("Shift+ArrowLeft");
  await page.keyboard.press("Shift+ArrowLeft");
  await composePinyin(page, "qingshan", "青山");
  await expect(editor.locator("h2 + p").first()).toHaveText("安全生产青山县");
  await expectSaved(page);
  await page.reload();
  await expect(editor.locator("h2 + p").first()).toHaveText("安全生产青山县");
});

test("从 Word 粘贴：保留段落和按编号识别的标题，去掉其余一切", async ({ page, signInAs }) => {
  const m = marker();
  const user = await signInAs("EDITOR");
  const speech = await createSpeech(user.id, { title: `讲话${m}`, from: { kind: "empty" } });
  const editor = await openComposer(page, speech.id);
  await editor.locator("p.is-empty").last().click();
  await pasteHtml(
    page,
    `<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><meta name=Generator content="Microsoft Word 15"><style>p.MsoNormal{mso-style-parent:"";font-family:仿宋_GB2312}</style></head><body lang=ZH-CN><!--StartFragment--><p class=MsoNormal style='text-indent:32.0pt;mso-char-indent-count:2.0'><span style='font-family:黑体'>一、提高政治站位${m}<o:p></o:p></span></p><p class=MsoNormal style='text-indent:32.0pt'><span lang=EN-US>&nbsp;</span><span>今年以来，全县上下认真贯彻落实安全生产决策部署。<o:p></o:p></span></p><p class=MsoNormal><b><span>（一）压实企业主体责任<o:p></o:p></span></b></p><script>window.__pasted = 1</script><img src="x" onerror="window.__pasted = 2"><p class=MsoNormal><a href="javascript:alert(1)">要督促企业</a>落实全员安全生产责任制。</p><!--EndFragment--></body></html>`,
    "一、提高政治站位",
  );
  await expect.poll(() => headingList(page)).toEqual([`一、提高政治站位${m}`, "（一）压实企业主体责任"]);
  await expect(editor.locator("p", { hasText: "今年以来" })).toHaveText(
    "今年以来，全县上下认真贯彻落实安全生产决策部署。",
  );
  await expect(editor.locator("p", { hasText: "全员安全生产责任制" })).toHaveText("要督促企业落实全员安全生产责任制。");
  await expect(editor.locator("script, img, a, span[style], [class*='Mso']")).toHaveCount(0);
  expect(await page.evaluate(() => (window as unknown as { __pasted?: number }).__pasted)).toBeUndefined();
});

test("从网页粘贴表格：一行一段，单元格之间用逗号隔开；排版用的表格按其中的段落读", async ({ page, signInAs }) => {
  const m = marker();
  const user = await signInAs("EDITOR");
  const speech = await createSpeech(user.id, { title: `讲话${m}`, from: { kind: "empty" } });
  const editor = await openComposer(page, speech.id);
  await editor.locator("p.is-empty").last().click();
  await pasteHtml(
    page,
    `<table><tr><th>单位</th><th>责任人${m}</th></tr><tr><td>县应急局</td><td> 王某 </td></tr></table><table><tr><td><p>各乡镇要压实属地责任${m}。</p><p>各部门要落实监管责任${m}。</p></td></tr></table>`,
    "单位",
  );
  await expect(editor.locator("p", { hasText: `责任人${m}` })).toHaveText(`单位，责任人${m}`);
  await expect(editor.locator("p", { hasText: "县应急局" })).toHaveText("县应急局，王某");
  await expect(editor.locator("p", { hasText: `属地责任${m}` })).toHaveText(`各乡镇要压实属地责任${m}。`);
  await expect(editor.locator("p", { hasText: `监管责任${m}` })).toHaveText(`各部门要落实监管责任${m}。`);
});

test("两个页面同时编辑：后保存的被拒绝并保留其文字，可选择保留；断网时存在本机，恢复后自动保存", async ({
  browser,
  page,
  signInAs,
}) => {
  const m = marker();
  const user = await signInAs("EDITOR");
  const speech = await outlineSpeech(user.id, `讲话${m}`);
  const first = await openComposer(page, speech.id);
  const other = await browser.newPage({ storageState: await page.context().storageState() });
  const second = await openComposer(other, speech.id);

  await first.locator("h2 + p").first().click();
  await page.keyboard.insertText(`第一页的修改${m}`);
  await expectSaved(page);

  await second.locator("h2 + p").last().click();
  await other.keyboard.insertText(`第二页的修改${m}`);
  const dialog = other.getByRole("alertdialog", { name: /保存冲突/ });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByTestId("conflict-mine")).toContainText(`第二页的修改${m}`);
  await expect(dialog.getByTestId("conflict-theirs")).toContainText(`第一页的修改${m}`);
  await expect(second).toContainText(`第二页的修改${m}`); // nothing of the user's text is lost
  await dialog.getByRole("button", { name: /保留我的版本/ }).click();
  await expectSaved(other);
  // The text saved over is kept as a version first.
  const versions = await other.request.get(`/api/speeches/${speech.id}/versions`);
  expect(JSON.stringify(await versions.json())).toContain("被覆盖前的版本");

  // The first page is now the stale one; after a reload it shows the kept text.
  await page.reload();
  await expect(first).toContainText(`第二页的修改${m}`);
  await expect(first).not.toContainText(`第一页的修改${m}`);

  // Offline: the text stays in the browser and goes to the server when the connection returns.
  await page.context().setOffline(true);
  await first.locator("h2 + p").first().click();
  await page.keyboard.insertText(`断网时写的${m}`);
  await expect(saveStatus(page)).toHaveAttribute("data-save-status", "offline", { timeout: 15_000 });
  await page.context().setOffline(false);
  await expectSaved(page);
  const res = await page.request.get(`/api/speeches/${speech.id}`);
  expect(JSON.stringify(await res.json())).toContain(`断网时写的${m}`);
  await other.close();
});

test("同一讲话人在本次会议前后用到的段落：插入前提醒并写明会议和日期（已于／将于），插入后段落带标记", async ({
  page,
  signInAs,
}) => {
  const m = marker();
  const user = await signInAs("EDITOR");
  const speaker = `县长 王${m}`;
  const block = await createTestBlock({
    text: `安全生产工作只有起点没有终点${m}，必须常抓不懈。`,
    categoryKey: "思想认识",
  });
  // The speaker used the block at a meeting before this speech's, and is to use it again at one after it.
  const saidAt = async (title: string, date: string, speechTitle: string) => {
    const meeting = await createTestMeeting({ title, date: new Date(date) });
    const other = await createSpeech(user.id, {
      title: speechTitle,
      meetingId: meeting.id,
      speaker,
      from: { kind: "empty" },
    });
    await saveSpeech({
      id: other.id,
      userId: user.id,
      baseVersion: other.version,
      content: {
        type: "doc",
        content: [
          { type: "speechTitle", content: [{ type: "text", text: other.title }] },
          // The line under the title is the speech's speaker: a save with an empty one would clear it.
          { type: "speakerLine", content: [{ type: "text", text: speaker }] },
          {
            type: "paragraph",
            attrs: { blockId: block.id, blockVersion: 1, sourceHash: null },
            content: [{ type: "text", text: block.text }],
          },
        ],
      },
    });
  };
  await saidAt(`第三季度安全生产例会${m}`, "2026-10-12", `在第三季度例会上的讲话${m}`);
  await saidAt(`元旦春节安全生产部署会${m}`, "2027-01-08", `在元旦春节部署会上的讲话${m}`);
  const now = await createTestMeeting({ title: `第四季度安全生产例会${m}`, date: new Date("2026-12-15") });
  const speech = await createSpeech(user.id, {
    title: `在第四季度例会上的讲话${m}`,
    meetingId: now.id,
    speaker,
    from: { kind: "template", template: "three-points" },
  });

  const editor = await openComposer(page, speech.id);
  await editor.locator("h2 + p").first().click();
  const hit = (await searchPanel(page, m)).first();
  // The panel names the latest use; the dialog every use, each worded by its side of this speech's meeting.
  await expect(hit.getByRole("note")).toContainText(`将于2027-01-08在「元旦春节安全生产部署会${m}」`);
  await hit.getByRole("button", { name: "插入" }).click();
  const confirm = page.getByRole("alertdialog", { name: "这段话讲话人最近用过，近期还将使用" });
  await expect(confirm).toContainText(`已于2026-10-12在「第三季度安全生产例会${m}」`);
  await expect(confirm).toContainText(`将于2027-01-08在「元旦春节安全生产部署会${m}」`);
  // The safe choice has the focus: Enter does not insert the repeat.
  await expect(confirm.getByRole("button", { name: "不插入" })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(confirm).toBeHidden();
  await expect(editor.locator(`p[data-block-id="${block.id}"]`)).toHaveCount(0);
  await hit.getByRole("button", { name: "插入" }).click();
  await confirm.getByRole("button", { name: "不插入" }).click();
  await expect(editor.locator(`p[data-block-id="${block.id}"]`)).toHaveCount(0);

  await hit.getByRole("button", { name: "插入" }).click();
  await confirm.getByRole("button", { name: "仍然插入" }).click();
  await expect(editor.locator(`p[data-block-id="${block.id}"]`)).toHaveAttribute("data-reused", "1");

  // The panel can hide what this speaker said recently (the library's "not used by this speaker" filter).
  await page.getByRole("checkbox", { name: /近期讲过的/ }).check();
  await expect(
    page.getByRole("listbox", { name: "素材检索结果" }).locator(`[data-block-id="${block.id}"]`),
  ).toHaveCount(0);

  // Saving records the use: the block page lists both speeches.
  await expectSaved(page);
  await page.goto(`/library/blocks/${block.id}`);
  await expect(page.getByText(`在第四季度例会上的讲话${m}`)).toBeVisible();
  await expect(page.getByText(`在第三季度例会上的讲话${m}`)).toBeVisible();
  await expect(page.getByText(`在元旦春节部署会上的讲话${m}`)).toBeVisible();
});

test("刚输入就离开：换到别的页面前先保存，回来时没有虚假的冲突；别人定稿后未保存的文字留在本机可复制", async ({
  page,
  signInAs,
}) => {
  const m = marker();
  const { speech, editor } = await openOutlineSpeech(page, signInAs, m);

  // Typed and gone within the autosave delay: the save goes out on the way, the draft is not mistaken for a conflict.
  await editor.locator("h2 + p").first().click();
  await page.keyboard.insertText(`刚写就走${m}`);
  await page.getByRole("navigation", { name: "主导航" }).getByRole("link", { name: "讲话稿" }).click();
  await expect(page).toHaveURL(/\/speeches$/);
  await expect
    .poll(async () => JSON.stringify(await (await page.request.get(`/api/speeches/${speech.id}`)).json()))
    .toContain(`刚写就走${m}`);
  await openComposer(page, speech.id);
  await expect(editor).toContainText(`刚写就走${m}`);
  await expectSaved(page);
  await expect(page.getByRole("alertdialog")).toHaveCount(0);

  // A colleague sets the speech to 定稿 while this page still writes: the editor turns read-only, the text stays here.
  await page.request.post(`/api/speeches/${speech.id}/status`, { data: { status: "FINAL" } });
  await editor.locator("h2 + p").last().click();
  await page.keyboard.insertText(`定稿后才写的${m}`);
  await expect(saveStatus(page)).toHaveAttribute("data-save-status", "final", { timeout: 15_000 });
  await expect(page.locator('.speech-editor[contenteditable="false"]')).toBeVisible();
  await page.reload();
  const note = page.getByRole("alert").filter({ hasText: "没能保存的修改" });
  await expect(note).toBeVisible();
  await note.getByRole("button", { name: "丢弃" }).click();
  await expect(note).toHaveCount(0);
  await page.reload();
  await expect(page.locator('.speech-editor[contenteditable="false"]')).toBeVisible();
  await expect(page.getByRole("alert").filter({ hasText: "没能保存的修改" })).toHaveCount(0);
});

test("保存的回复丢了：重试时发现服务器上已是自己的文字，不算冲突", async ({ page, signInAs }) => {
  const m = marker();
  const { speech, editor } = await openOutlineSpeech(page, signInAs, m);
  // The first save reaches the server, but its answer never comes back.
  let lost = 0;
  await page.route(`**/api/speeches/${speech.id}`, async (route) => {
    if (route.request().method() !== "PUT" || lost > 0) return route.fallback();
    lost++;
    await route.fetch();
    await route.abort("connectionreset");
  });
  await editor.locator("h2 + p").first().click();
  await page.keyboard.insertText(`回复丢失${m}`);
  await expect(saveStatus(page)).toHaveAttribute("data-save-status", "offline", { timeout: 15_000 });
  await expectSaved(page);
  await expect(page.getByRole("alertdialog")).toHaveCount(0);
  await page.keyboard.insertText("，再写一句。");
  await expectSaved(page);
  const saved = await (await page.request.get(`/api/speeches/${speech.id}`)).json();
  expect(JSON.stringify(saved)).toContain(`回复丢失${m}，再写一句。`);
});
