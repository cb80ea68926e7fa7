// 导出 from the composer: the pre-export check lists a planted ×× and an ASCII comma, jumps to one and fixes the
// other in one click; the Word file downloads named after the title and day, in the official layout; the options
// are remembered for the next export.
import { randomBytes } from "node:crypto";
import { readFileSync } from "node:fs";
import { createSpeech } from "../lib/speeches/create-speech";
import { createTestMeeting } from "../lib/testing/factories";
import { all, parseXml, textOf, unzipDocx } from "../tests/support/docx-xml";
import { expectSaved, openComposer } from "./support/composer";
import { expect, test } from "./support/fixtures";

test("导出前检查列出未填的××和半角逗号，可定位、一键改为全角；下载的 Word 文件以标题和日期命名；选项被记住", async ({
  page,
  signInAs,
}) => {
  const m = `dc${randomBytes(3).toString("hex")}`;
  const user = await signInAs("EDITOR");
  const meeting = await createTestMeeting({ title: `全县安全生产工作会议${m}`, date: new Date("2026-12-01") });
  const title = `在全县安全生产工作会议上的讲话${m}`;
  const speech = await createSpeech(user.id, {
    title,
    meetingId: meeting.id,
    from: { kind: "template", template: "three-points" },
  });

  const editor = await openComposer(page, speech.id);
  await editor.locator("h2 + p").first().click();
  await page.keyboard.type(`××县要抓好安全,落实"主体责任"${m}。`);
  await expectSaved(page);

  await page.getByRole("button", { name: "导出", exact: true }).click();
  const dialog = page.getByRole("dialog", { name: "导出讲话稿" });
  const blanks = dialog.getByRole("list", { name: "未填写的空白" });
  await expect(blanks.getByRole("listitem")).toHaveCount(1);
  await expect(blanks).toContainText("××");
  await expect(blanks).toContainText("一、第1段");
  const commas = dialog.getByRole("list", { name: "半角标点" });
  await expect(commas.getByRole("listitem")).toHaveCount(1);
  await expect(commas).toContainText("「,」");

  // One click puts the full-width comma in the editor (and the list empties).
  await commas.getByRole("button", { name: "一键改为全角" }).click();
  await expect(editor.locator("h2 + p").first()).toHaveText(`××县要抓好安全，落实"主体责任"${m}。`);
  await expect(dialog.getByRole("list", { name: "半角标点" })).toHaveCount(0);

  // Straight quotes (which the export itself leaves as written) fixed, and the file downloaded at once: the
  // dialog saves the fix before the download, so the file has the curly quotes. The font set chosen here is
  // remembered.
  await dialog.getByRole("button", { name: "全部改为全角（2）" }).click();
  await dialog.getByLabel("字体").selectOption("common");
  const download = page.waitForEvent("download");
  await dialog.getByRole("link", { name: "下载 Word 文档" }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe(`${title}（2026年12月1日）.docx`);
  const xml = unzipDocx(readFileSync((await file.path())!))["word/document.xml"]!;
  const paragraphs = all(parseXml(xml), "p").map(textOf);
  expect(paragraphs.slice(0, 6)).toEqual([
    title,
    "（2026年12月1日）",
    "", // one blank line after the front matter
    "同志们：",
    "一、充分认清当前安全生产形势",
    `××县要抓好安全，落实“主体责任”${m}。`,
  ]);
  expect(xml).toMatch(/w:eastAsia="仿宋"/);
  expect(xml).toMatch(/<w:highlight w:val="yellow"\/>/); // the unfilled ×× is marked

  // 定位 closes the dialog and selects the blank in the text.
  await blanks.getByRole("button", { name: /^定位到/ }).click();
  await expect(dialog).toBeHidden();
  expect(await page.evaluate(() => window.getSelection()?.toString())).toBe("××");

  await page.reload();
  await openComposer(page, speech.id);
  await page.getByRole("button", { name: "导出", exact: true }).click();
  await expect(page.getByRole("dialog", { name: "导出讲话稿" }).getByLabel("字体")).toHaveValue("common");
});

test("导出前检查：同类问题多时先列 5 处、建议只写一次，其余按需展开，导出选项和下载按钮不被挤出视野", async ({
  page,
  signInAs,
}) => {
  const m = `dm${randomBytes(3).toString("hex")}`;
  const user = await signInAs("EDITOR");
  const speech = await createSpeech(user.id, {
    title: `在全县安全生产工作会议上的讲话${m}`,
    from: { kind: "template", template: "three-points" },
  });
  const editor = await openComposer(page, speech.id);
  await editor.locator("h2 + p").first().click();
  const units = ["县", "镇", "村", "局", "厂", "站", "队", "所"];
  await page.keyboard.type(units.map((u) => `××${u}要抓好落实`).join("，") + `${m}。`);
  await expectSaved(page);

  await page.getByRole("button", { name: "导出", exact: true }).click();
  const dialog = page.getByRole("dialog", { name: "导出讲话稿" });
  const blanks = dialog.getByRole("list", { name: "未填写的空白" });
  await expect(blanks.getByRole("listitem")).toHaveCount(5);
  // The advice all eight share is written once, above them.
  await expect(blanks.getByText(/修改建议/)).toHaveCount(0);
  await expect(dialog.getByText(/^修改建议：填上实际内容/)).toHaveCount(1);
  await expect(dialog.getByRole("link", { name: "下载 Word 文档" })).toBeInViewport();
  await dialog.getByRole("button", { name: "显示其余 3 处" }).click();
  await expect(blanks.getByRole("listitem")).toHaveCount(8);
  await expect(dialog.getByRole("link", { name: "下载 Word 文档" })).toBeInViewport();
});
