// Speech versions: name a version, change the text in three places and move a section in the composer, compare
// the named version with the current text and see exactly those changes and the move, then restore the named
// version and see the current text equal it, the text before the restore still in the list.
import { randomBytes } from "node:crypto";
import { createSpeech } from "../lib/speeches/create-speech";
import { saveSpeech } from "../lib/speeches/save-speech";
import { headingNode, paragraphNode, testDoc, titleNode } from "../lib/testing/speech-docs";
import { expectSaved, headingList, openComposer } from "./support/composer";
import { expect, test } from "./support/fixtures";

test("命名版本，改三处并移动一节，对照看到正好这些修改和移动，恢复命名版本", async ({ page, signInAs }) => {
  const m = randomBytes(4).toString("hex");
  const user = await signInAs("EDITOR");
  const speech = await createSpeech(user.id, { title: `版本测试${m}` });
  const p = (k: string) => `这是第${k}段${m}，要求各地各部门认真落实安全生产责任。`;
  await saveSpeech({
    id: speech.id,
    userId: user.id,
    baseVersion: 1,
    content: testDoc(
      titleNode(`版本测试${m}`),
      headingNode(1, "认清形势"),
      paragraphNode(p("一")),
      paragraphNode(p("二")),
      headingNode(1, "排查隐患"),
      paragraphNode(p("三")),
      paragraphNode(p("四")),
      paragraphNode(p("五")),
      headingNode(1, "压实责任"),
      paragraphNode(p("六")),
    ),
  });

  // Name the version on the versions page.
  await page.goto(`/speeches/${speech.id}/versions`);
  await page.getByRole("textbox", { name: "版本名称" }).fill("第一稿");
  await page.getByRole("button", { name: "保存为版本" }).click();
  const rows = page.getByTestId("version-row");
  const named = rows.filter({ has: page.getByTestId("version-name").getByText("第一稿", { exact: true }) });
  await expect(named).toHaveCount(1);

  // Three edits and a section moved up, in the composer.
  const editor = await openComposer(page, speech.id);
  for (const [k, add] of [
    ["一", "甲改"],
    ["二", "乙改"],
    ["五", "丙改"],
  ]) {
    await editor.locator("p", { hasText: `这是第${k}段${m}` }).click();
    await page.keyboard.press("End");
    await page.keyboard.insertText(add!);
  }
  await page
    .getByRole("navigation", { name: "提纲" })
    .getByRole("button", { name: /压实责任/ })
    .focus();
  await page.keyboard.press("Alt+ArrowUp");
  await expect.poll(() => headingList(page)).toEqual(["一、认清形势", "二、压实责任", "三、排查隐患"]);
  await expectSaved(page);

  // Compare 第一稿 with the current text.
  await page.getByRole("button", { name: "版本", exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`/speeches/${speech.id}/versions$`));
  await named.getByRole("link", { name: "与当前文本对照" }).click();
  await expect(page.getByTestId("compare-heading")).toHaveText("对照：第一稿 → 当前文本");
  await expect(page.getByTestId("compare-summary")).toHaveText("4 处修改，增加 6 字，删除 0 字，移动 1 节。");
  const compareRows = page.getByTestId("compare-row");
  const changed = compareRows.and(page.locator('[data-type="changed"]'));
  await expect(changed).toHaveCount(3);
  await expect(changed.locator("ins")).toHaveText([
    "【插入】甲改【插入结束】",
    "【插入】乙改【插入结束】",
    "【插入】丙改【插入结束】",
  ]);
  await expect(compareRows.locator("del")).toHaveCount(0);
  await expect(compareRows.and(page.locator('[data-type="inserted"], [data-type="deleted"]'))).toHaveCount(0);
  const moved = compareRows.and(page.locator('[data-type="moved"]'));
  await expect(moved).toHaveCount(2);
  await expect(moved.first()).toContainText("移动（原为“三、压实责任”）");
  await expect(moved.first()).toContainText("二、压实责任");
  await expect(moved.nth(1)).toContainText("随本节移动");
  const away = compareRows.and(page.locator('[data-type="moved-away"]'));
  await expect(away).toHaveCount(1);
  await expect(away).toContainText("“三、压实责任”一节（共 2 段）已移至上文");

  // Restore 第一稿: the current text equals it, and the text before the restore stays in the list.
  await named.getByRole("button", { name: "恢复此版本" }).click();
  await page.getByRole("alertdialog").getByRole("button", { name: "恢复", exact: true }).click();
  await expect(page.getByTestId("compare-summary")).toHaveText("两个版本的文字相同。");
  const before = rows.filter({ hasText: "恢复“第一稿”之前" });
  await expect(before).toHaveCount(1);
  await before.getByRole("link", { name: "与当前文本对照" }).click();
  await expect(page.getByTestId("compare-summary")).toHaveText("4 处修改，增加 0 字，删除 6 字，移动 1 节。");

  await openComposer(page, speech.id);
  await expect.poll(() => headingList(page)).toEqual(["一、认清形势", "二、排查隐患", "三、压实责任"]);
  await expect(page.locator(".speech-editor")).not.toContainText("甲改");
});
