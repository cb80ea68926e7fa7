// Library freshness and putting older text back: a block inserted into a speech is edited in the library (its
// page shows the edit as a character diff); reopened, the speech marks the paragraph 素材库已更新, the popover shows
// the difference and 采用新说法 takes it, saved across a reload. On the compare page, 放回此段 puts one paragraph of
// a named version back into the current text, and the composer shows it after a reload.
import { randomBytes } from "node:crypto";
import { saveSpeech } from "../lib/speeches/save-speech";
import { createSpeech } from "../lib/speeches/create-speech";
import { createNamedVersion } from "../lib/speeches/versions/create-named-version";
import { createTestBlock } from "../lib/testing/factories";
import { asNamedVersion } from "../lib/testing/route-input";
import { headingNode, paragraphNode, testDoc, titleNode } from "../lib/testing/speech-docs";
import { expectSaved, openComposer, outlineSpeech, searchPanel } from "./support/composer";
import { expect, test } from "./support/fixtures";

const marker = () => `zx${randomBytes(4).toString("hex")}`;

test("素材在库里改写后，讲话稿里标出“素材库已更新”，对照后采用新说法，重新载入后仍是新说法", async ({
  page,
  signInAs,
}) => {
  const m = marker();
  const user = await signInAs("EDITOR");
  const oldText = `要坚持人民至上、生命至上${m}，把安全生产摆在更加突出的位置。`;
  const newText = `要始终坚持人民至上、生命至上${m}，把安全生产摆在更加突出的位置，坚决守住底线。`;
  const block = await createTestBlock({ text: oldText, categoryKey: "思想认识" });
  const speech = await outlineSpeech(user.id, `在安委会全体会议上的讲话${m}`);

  let editor = await openComposer(page, speech.id);
  await editor.locator("h2 + p").first().click();
  await (await searchPanel(page, m)).first().getByRole("button", { name: "插入" }).click();
  const para = editor.locator(`p[data-block-id="${block.id}"]`);
  await expect(para).toHaveText(oldText);
  await expect(para).not.toHaveAttribute("data-fresh", /.*/);
  await expectSaved(page);

  // The block is reworded in the library; its 修改记录 shows the change character by character.
  await page.goto(`/library/blocks/${block.id}`);
  await page.getByRole("button", { name: "编辑", exact: true }).click();
  await page.getByLabel("素材内容").fill(newText);
  await page.getByRole("button", { name: "保存修改" }).click();
  const diff = page.getByTestId("revision").first().getByTestId("revision-text-diff");
  await expect(diff.locator("ins")).toHaveText(["【插入】始终【插入结束】", "【插入】，坚决守住底线【插入结束】"]);
  await expect(diff.locator("del")).toHaveCount(0);
  await expect(diff).toContainText(`人民至上、生命至上${m}`);

  // Reopened, the speech marks the paragraph and the popover shows the difference.
  editor = await openComposer(page, speech.id);
  await expect(para).toHaveAttribute("data-fresh", "behind");
  await expect(para).toHaveAttribute("title", /素材库已更新/);
  const box = (await para.boundingBox())!;
  await page.mouse.click(box.x - 31, box.y + 18); // the mark in the left margin
  const fresh = page.getByRole("dialog", { name: "素材来源" }).getByRole("region", { name: "素材库已更新" });
  await expect(fresh).toContainText("第 1 版 → 第 2 版");
  await expect(fresh.getByTestId("freshness-diff").locator("ins")).toHaveText([
    "【插入】始终【插入结束】",
    "【插入】，坚决守住底线【插入结束】",
  ]);
  await expect(fresh.getByRole("note")).toHaveCount(0); // not edited since insertion: nothing of the clerk's is lost
  await fresh.getByRole("button", { name: "采用新说法" }).click();
  await expect(para).toHaveText(newText);
  await expect(para).not.toHaveAttribute("data-fresh", /.*/);
  await expect(para).toHaveAttribute("data-source", "same");
  await expectSaved(page);

  await openComposer(page, speech.id);
  await expect(para).toHaveText(newText);
  await expect(para).not.toHaveAttribute("data-fresh", /.*/);
});

test("对照页“放回此段”把命名版本的一段放回当前文本，组稿页重新载入后看到它", async ({ page, signInAs }) => {
  const m = marker();
  const user = await signInAs("EDITOR");
  const speech = await createSpeech(user.id, { title: `放回测试${m}` });
  const kept = `今年以来${m}，全县安全生产形势总体平稳，事故起数和死亡人数实现双下降。`;
  const old = `要严格落实${m}“党政同责、一岗双责、齐抓共管、失职追责”的要求。`;
  const doc = (...rest: string[]) =>
    testDoc(
      titleNode(`放回测试${m}`),
      headingNode(1, "认清形势"),
      paragraphNode(kept),
      ...rest.map((t) => paragraphNode(t)),
    );
  const first = await saveSpeech({ id: speech.id, userId: user.id, baseVersion: 1, content: doc(old) });
  const named = await createNamedVersion(speech.id, user.id, asNamedVersion({ name: "第一稿" }));
  await saveSpeech({
    id: speech.id,
    userId: user.id,
    baseVersion: first.version,
    content: doc(old.replace("党政同责", "管行业必须管安全")),
  });

  await page.goto(`/speeches/${speech.id}/versions?from=${named.id}&to=current`);
  const changed = page.getByTestId("compare-row").and(page.locator('[data-type="changed"]'));
  await expect(changed).toHaveCount(1);
  await changed.getByRole("button", { name: "放回此段" }).click();
  await expect(page.getByTestId("compare-summary")).toHaveText("两个版本的文字相同。");
  await expect(page.getByTestId("version-name").getByText("放回“第一稿”的一段之前", { exact: true })).toHaveCount(1);

  const editor = await openComposer(page, speech.id);
  await expect(editor.locator("p", { hasText: m }).last()).toHaveText(old);
  await expect(editor).not.toContainText("管行业必须管安全");
});
