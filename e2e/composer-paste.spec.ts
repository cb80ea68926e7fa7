// Pasting several lines with a real paste event, then typing on: what is typed goes right after the pasted text
// (as in Word), and a paste never moves the cursor into the next heading nor adds or renumbers a section.
import { randomBytes } from "node:crypto";
import {
  bodyBlocks,
  caretAt,
  expectSaved,
  headingList,
  openOutlineSpeech,
  pasteHtml,
  pastePlain,
} from "./support/composer";
import { expect, test } from "./support/fixtures";

const marker = () => `zq${randomBytes(4).toString("hex")}`;
const ONE = "一、充分认清当前安全生产形势";
const TWO = "二、全力抓好隐患排查整治";
const THREE = "三、切实压紧压实安全生产责任";

// What Word puts on the clipboard for body paragraphs (trimmed), and what WPS puts there.
const wordHtml = (...lines: string[]) =>
  `<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><meta name=Generator content="Microsoft Word 15"></head><body lang=ZH-CN><!--StartFragment-->${lines.map((l) => `<p class=MsoNormal style='text-indent:32.0pt'><span style='font-family:仿宋_GB2312'>${l}<o:p></o:p></span></p>`).join("")}<!--EndFragment--></body></html>`;
const wpsHtml = (...lines: string[]) =>
  `<html><head><meta name="Generator" content="WPS Office"></head><body><!--StartFragment-->${lines.map((l) => `<p style="text-indent:2em;"><span style="font-family:仿宋;">${l}</span></p>`).join("")}<!--EndFragment--></body></html>`;

test("粘贴多行纯文本：光标停在粘贴的文字之后，接着输入和再次粘贴都不会跑进下一个标题", async ({ page, signInAs }) => {
  const m = marker();
  const { editor } = await openOutlineSpeech(page, signInAs, m);

  // At the end of a paragraph (the outside QA run's steps).
  await editor.locator("h2 + p").first().click();
  await page.keyboard.type("第一段正文。");
  await pastePlain(page, "各乡镇要压实属地责任。\n各部门要落实监管责任。");
  await page.keyboard.type("继续输入");
  await expect.poll(() => headingList(page)).toEqual([ONE, TWO, THREE]);
  // The blocks expected so far: each step below adds its own.
  const first = ["第一段正文。", "各乡镇要压实属地责任。", "各部门要落实监管责任。继续输入"];
  let second = [""];
  const expected = () => ["", ONE, ...first, TWO, ...second, THREE, ""];
  await expect.poll(() => bodyBlocks(page)).toEqual(expected());

  // A second paste right there goes on after the first one.
  await pastePlain(page, "企业要落实主体责任。\r\n群众要参与隐患举报。\r\n");
  await page.keyboard.type("再输入");
  first.push("企业要落实主体责任。", "群众要参与隐患举报。再输入");
  await expect.poll(() => bodyBlocks(page)).toEqual(expected());

  // Into the empty paragraph under 二、.
  await editor.locator("h2 + p").nth(1).click();
  await pastePlain(page, "排查要全覆盖。\n整治要见实效。");
  await page.keyboard.type("空段落");
  second = ["排查要全覆盖。", "整治要见实效。空段落"];
  await expect.poll(() => bodyBlocks(page)).toEqual(expected());
  await expectSaved(page);
  await page.reload();
  await expect(editor.locator("p", { hasText: "整治要见实效" })).toHaveText("整治要见实效。空段落");
  expect(await headingList(page)).toEqual([ONE, TWO, THREE]);
});

test("从 Word 和 WPS 粘贴多段：段末和空段落里，光标都停在粘贴的文字之后", async ({ page, signInAs }) => {
  const m = marker();
  const { editor } = await openOutlineSpeech(page, signInAs, m);

  await editor.locator("h2 + p").first().click();
  await page.keyboard.type("第一段正文。");
  await pasteHtml(page, wordHtml("今年以来，事故总量下降。", "但形势依然严峻。"), "今年以来，事故总量下降。");
  await page.keyboard.type("接着写");
  await pasteHtml(page, wpsHtml("要清醒认识。", "不能松劲。"), "要清醒认识。");
  await page.keyboard.type("再写");

  await editor.locator("h2 + p").nth(1).click();
  await pasteHtml(page, wordHtml("隐患就是事故。", "排查必须彻底。"), "隐患就是事故。");
  await page.keyboard.type("空段落");
  await editor.locator("h2 + p").nth(2).click();
  await pasteHtml(page, wpsHtml("责任重于泰山。", "失职必被追究。"), "责任重于泰山。");
  await page.keyboard.type("末尾");

  await expect
    .poll(() => bodyBlocks(page))
    .toEqual([
      "",
      ONE,
      "第一段正文。",
      "今年以来，事故总量下降。",
      "但形势依然严峻。接着写",
      "要清醒认识。",
      "不能松劲。再写",
      TWO,
      "隐患就是事故。",
      "排查必须彻底。空段落",
      THREE,
      "责任重于泰山。",
      "失职必被追究。末尾",
    ]);
  expect(await headingList(page)).toEqual([ONE, TWO, THREE]);
});

test("在标题里粘贴多行：第一行插在光标处，其余成为标题下的正文（在标题末尾则全部成为正文），不多出章节", async ({
  page,
  signInAs,
}) => {
  const m = marker();
  const { editor } = await openOutlineSpeech(page, signInAs, m);

  // Plain text after 全力抓好.
  await caretAt(page, editor.locator("h2").nth(1), 4);
  await pastePlain(page, "插入甲\n插入乙");
  await page.keyboard.type("继续");
  await expect
    .poll(() => bodyBlocks(page))
    .toEqual(["", ONE, "", "二、全力抓好插入甲隐患排查整治", "插入乙继续", "", THREE, ""]);

  // Word lines that carry outline numbers of their own, at the start of 三、: still no new section.
  await caretAt(page, editor.locator("h2").nth(2), 0);
  await pasteHtml(page, wordHtml("（一）压实属地责任", "二、强化部门监管", "1.加强考核"), "（一）压实属地责任");
  await page.keyboard.type("再写");
  await expect
    .poll(() => headingList(page))
    .toEqual([ONE, "二、全力抓好插入甲隐患排查整治", "三、压实属地责任切实压紧压实安全生产责任"]);
  await expect
    .poll(() => bodyBlocks(page))
    .toEqual([
      "",
      ONE,
      "",
      "二、全力抓好插入甲隐患排查整治",
      "插入乙继续",
      "",
      "三、压实属地责任切实压紧压实安全生产责任",
      "强化部门监管",
      "加强考核再写",
      "",
    ]);

  // At the end of 一、 several lines are the section's text, as after Enter there.
  await caretAt(page, editor.locator("h2").first(), "end");
  await pastePlain(page, "形势总体平稳。\n但隐患仍然不少。");
  await page.keyboard.type("正文");
  await expect
    .poll(() => bodyBlocks(page))
    .toEqual([
      "",
      ONE,
      "形势总体平稳。",
      "但隐患仍然不少。正文",
      "",
      "二、全力抓好插入甲隐患排查整治",
      "插入乙继续",
      "",
      "三、压实属地责任切实压紧压实安全生产责任",
      "强化部门监管",
      "加强考核再写",
      "",
    ]);
  await expectSaved(page);
});

test("本讲话里复制的两段粘进标题中间：标题不被拆开，光标停在粘贴的文字之后", async ({ page, signInAs }) => {
  const m = marker();
  const { editor } = await openOutlineSpeech(page, signInAs, m);
  await caretAt(page, editor.locator("h2").nth(1), 4);
  // What ProseMirror puts on the clipboard for the end of one paragraph and the start of the next.
  await pasteHtml(page, `<p data-pm-slice="1 1 []">各乡镇</p><p>要压实属地责任。</p>`, "各乡镇\n\n要压实属地责任。");
  await page.keyboard.type("继续");
  await expect
    .poll(() => bodyBlocks(page))
    .toEqual(["", ONE, "", "二、全力抓好各乡镇隐患排查整治", "要压实属地责任。继续", "", THREE, ""]);
});

test("从网页粘贴：隐藏的文字（SEO 关键词、水印、Word 的隐藏文字）不进讲话", async ({ page, signInAs }) => {
  const m = marker();
  const { editor } = await openOutlineSpeech(page, signInAs, m);
  await editor.locator("h2 + p").first().click();
  const hidden = ["安全生产讲话稿范文大全", "讲话稿下载", "某某网", "隐藏关键词"];
  await pasteHtml(
    page,
    `<html><body><!--StartFragment--><p>各乡镇要压实属地责任，<span style="display:none">${hidden[0]}</span>深入开展隐患排查整治。</p>` +
      `<div style="display: none"><p>${hidden[1]}</p></div><p>企业要落实<font hidden>${hidden[2]}</font>主体责任。</p>` +
      `<table><tr><td>应急局</td><td><span style="visibility:hidden">${hidden[3]}</span>牵头</td></tr></table><!--EndFragment--></body></html>`,
    "各乡镇要压实属地责任，深入开展隐患排查整治。",
  );
  await page.keyboard.type("继续");
  await expect
    .poll(() => bodyBlocks(page))
    .toEqual([
      "",
      ONE,
      "各乡镇要压实属地责任，深入开展隐患排查整治。",
      "企业要落实主体责任。",
      "应急局，牵头继续",
      TWO,
      "",
      THREE,
      "",
    ]);
  for (const words of hidden) await expect(editor).not.toContainText(words);
  await expectSaved(page);
});
