// One speaker value in the composer: 讲话信息 rewrites the speaker line under the title (no conflict, nothing lost),
// the print view and the plain-text export print the new speaker after a reload; a speaker typed into that line
// becomes the speech's 讲话人 (the panel's 隐藏…近期讲过的 follows it).
import { randomBytes } from "node:crypto";
import { createSpeech } from "../lib/speeches/create-speech";
import { expectSaved, openComposer, saveStatus } from "./support/composer";
import { expect, test } from "./support/fixtures";

const marker = () => `zq${randomBytes(4).toString("hex")}`;

test("修改讲话信息的讲话人：标题下一行随之改变，重新打开、打印预览和导出都是新讲话人；在这一行输入讲话人也生效", async ({
  page,
  signInAs,
}) => {
  const m = marker();
  const user = await signInAs("EDITOR");
  const speech = await createSpeech(user.id, { title: `在全县安全生产工作会议上的讲话${m}`, speaker: `县长 张${m}` });
  const editor = await openComposer(page, speech.id);
  const byline = editor.locator("p[data-speaker-line]");
  await expect(byline).toHaveText(`县长 张${m}`);

  // Something typed just before: it must survive the dialog's save.
  await editor.locator("p[data-salutation] + p").click();
  await page.keyboard.type(`正文${m}`);

  await page.getByRole("tab", { name: "设置" }).click();
  await page.getByRole("button", { name: "修改讲话信息" }).click();
  const info = page.getByRole("dialog", { name: "讲话信息" });
  await info.getByRole("textbox", { name: "讲话人" }).fill(`县委书记 李${m}`);
  await info.getByRole("button", { name: "保存" }).click();
  await expect(info).toBeHidden();
  await expect(byline).toHaveText(`县委书记 李${m}`);
  await expectSaved(page);
  await page.getByRole("tab", { name: "设置" }).click(); // the composer reopened with the new speaker
  await expect(page.getByText(`讲话人：县委书记 李${m}`)).toBeVisible();
  await expect(page.getByRole("dialog")).toHaveCount(0); // no conflict for the clerk's own change

  await page.reload();
  await expect(byline).toHaveText(`县委书记 李${m}`);
  await expect(editor).toContainText(`正文${m}`);

  await page.goto(`/speeches/${speech.id}/print`);
  await expect(page.locator("[data-paginated]")).toHaveAttribute("data-paginated", "true");
  const sheet1 = page.locator('.print-sheet[data-page="1"]');
  await expect(sheet1.locator('[data-kind="byline"]')).toHaveText(`县委书记 李${m}`);
  const txt = await (await page.request.get(`/api/speeches/${speech.id}/export?format=txt`)).text();
  const lines = txt.replace(/^\ufeff/, "").split("\r\n");
  expect(lines.slice(0, 2)).toEqual([`在全县安全生产工作会议上的讲话${m}`, `县委书记 李${m}`]);

  // Typed into the line: the save makes it the speech's speaker, and the panel's filter is his.
  await openComposer(page, speech.id);
  await byline.click({ clickCount: 3 });
  await page.keyboard.type(`县长 王${m}`);
  await expect(saveStatus(page)).not.toHaveAttribute("data-save-status", "conflict");
  await expectSaved(page);
  await expect(page.getByRole("checkbox", { name: `隐藏县长 王${m}近期讲过的` })).toBeVisible();
  await page.getByRole("tab", { name: "设置" }).click();
  await expect(page.getByText(`讲话人：县长 王${m}`)).toBeVisible();
});
