// Moving sections. Dragging in the outline (real drag events, from the mouse): the whole section moves,
// sub-sections and paragraphs included; the upper half of an entry puts it in front, the lower half behind that
// entry's section; a section never splits a deeper one, and a drop onto its own sub-section does nothing.
// Alt+↑/↓ in the text: the cursor's section goes past its sibling and the cursor stays put. Numbers follow.
import { randomBytes } from "node:crypto";
import type { Locator, Page } from "@playwright/test";
import { createSpeech } from "../lib/speeches/create-speech";
import { saveSpeech } from "../lib/speeches/save-speech";
import type { HeadingLevel, SpeechNode } from "../lib/speech-doc/types";
import { bodyBlocks, caretAt, expectSaved, headingList, openComposer } from "./support/composer";
import { expect, test } from "./support/fixtures";

const t = (text: string) => [{ type: "text" as const, text }];
const h = (level: HeadingLevel, text: string): SpeechNode => ({ type: "heading", attrs: { level }, content: t(text) });
const p = (text: string): SpeechNode => ({ type: "paragraph", content: t(text) });
const section = (level: HeadingLevel, text: string) => [h(level, text), p(`${text}的话`)];

/** 甲 (甲一 with 甲一子, 甲二), 乙 (乙一), 丙: each heading followed by its own paragraph. */
async function nestedSpeech(userId: string) {
  const title = `讲话zq${randomBytes(4).toString("hex")}`;
  const speech = await createSpeech(userId, { title, from: { kind: "empty" } });
  await saveSpeech({
    id: speech.id,
    userId,
    baseVersion: speech.version,
    content: {
      type: "doc",
      content: [
        { type: "speechTitle", content: t(title) },
        { type: "speakerLine" },
        { type: "salutation", content: t("同志们：") },
        p("开场的话"),
        ...section(1, "甲"),
        ...section(2, "甲一"),
        ...section(3, "甲一子"),
        ...section(2, "甲二"),
        ...section(1, "乙"),
        ...section(2, "乙一"),
        ...section(1, "丙"),
      ],
    },
  });
  return speech;
}

/** Drags one outline entry onto the upper ("before") or lower ("after") edge of another, as a mouse does. */
async function drag(page: Page, from: string, onto: string, place: "before" | "after") {
  const outline = page.getByRole("navigation", { name: "提纲" });
  const entry = (text: string): Locator =>
    outline.getByRole("button").filter({ has: page.getByText(text, { exact: true }) });
  const box = (await entry(onto).boundingBox())!;
  await entry(from).dragTo(entry(onto), {
    targetPosition: { x: 20, y: place === "before" ? 3 : box.height - 3 },
  });
}

/** The outline panel's entries as "number + text". */
const outlineEntries = (page: Page) =>
  page
    .getByRole("navigation", { name: "提纲" })
    .getByRole("button")
    .evaluateAll((els) => els.map((e) => `${e.children[0]!.textContent}${e.children[1]!.textContent}`));

/** Checks the editor's headings, the outline beside it, and that every paragraph still follows its heading. */
async function expectOrder(page: Page, headings: string[]) {
  await expect.poll(() => headingList(page)).toEqual(headings);
  await expect.poll(() => outlineEntries(page)).toEqual(headings);
  const strip = (s: string) => s.replace(/^(?:[一二三]、|（[一二三]）|[123]\.)/, "");
  expect(await bodyBlocks(page)).toEqual([
    "开场的话",
    ...headings.flatMap((heading) => [heading, `${strip(heading)}的话`]),
  ]);
}

test("拖动提纲：下半部放到该节之后，不拆开更深的节，拖到自己的小节上不动，编号跟着变，保存后仍是新顺序", async ({
  page,
  signInAs,
}) => {
  const user = await signInAs("EDITOR");
  const speech = await nestedSpeech(user.id);
  await openComposer(page, speech.id);
  const start = ["一、甲", "（一）甲一", "1.甲一子", "（二）甲二", "二、乙", "（一）乙一", "三、丙"];
  await expectOrder(page, start);

  // Onto its own sub-section: nothing moves (the next move's result shows that nothing did).
  await drag(page, "甲", "甲一", "after");
  await expect.poll(() => headingList(page)).toEqual(start);

  // Down past the next section: dropped on the lower half of 乙, 甲 goes behind 乙 and its 乙一.
  await drag(page, "甲", "乙", "after");
  await expectOrder(page, ["一、乙", "（一）乙一", "二、甲", "（一）甲一", "1.甲一子", "（二）甲二", "三、丙"]);

  // Up, in front of a sub-section of 甲: 乙 does not take 甲一子 and 甲二 from 甲, it goes behind all of 甲.
  await drag(page, "乙", "甲一子", "before");
  await expectOrder(page, ["一、甲", "（一）甲一", "1.甲一子", "（二）甲二", "二、乙", "（一）乙一", "三、丙"]);

  // A sub-section in front of another, under another parent: 乙一 becomes 甲's second.
  await drag(page, "乙一", "甲二", "before");
  await expectOrder(page, ["一、甲", "（一）甲一", "1.甲一子", "（二）乙一", "（三）甲二", "二、乙", "三、丙"]);

  await expectSaved(page);
  await page.reload();
  await expectOrder(page, ["一、甲", "（一）甲一", "1.甲一子", "（二）乙一", "（三）甲二", "二、乙", "三、丙"]);
});

test("正文中 Alt+↑/↓：光标所在的一节越过相邻的同级节，光标留在原处，编号跟着变", async ({ page, signInAs }) => {
  const user = await signInAs("EDITOR");
  const speech = await nestedSpeech(user.id);
  const editor = await openComposer(page, speech.id);
  const paragraph = (text: string) => editor.locator("p").filter({ hasText: new RegExp(`^${text}$`) });

  // In 乙's paragraph, after its first character: 乙 goes in front of 甲.
  await caretAt(page, paragraph("乙的话"), 1);
  await page.keyboard.press("Alt+ArrowUp");
  await expectOrder(page, ["一、乙", "（一）乙一", "二、甲", "（一）甲一", "1.甲一子", "（二）甲二", "三、丙"]);
  await page.keyboard.insertText("X");
  await expect(paragraph("乙X的话")).toHaveCount(1);
  await page.keyboard.press("Backspace");

  // Down twice: past 甲 (with all of its sub-sections), then past 丙; a third time there is nothing to pass.
  await page.keyboard.press("Alt+ArrowDown");
  await expectOrder(page, ["一、甲", "（一）甲一", "1.甲一子", "（二）甲二", "二、乙", "（一）乙一", "三、丙"]);
  await page.keyboard.press("Alt+ArrowDown");
  await expectOrder(page, ["一、甲", "（一）甲一", "1.甲一子", "（二）甲二", "二、丙", "三、乙", "（一）乙一"]);
  await page.keyboard.press("Alt+ArrowDown");
  await page.keyboard.insertText("Y");
  await expect(paragraph("乙Y的话")).toHaveCount(1);
  await page.keyboard.press("Backspace");
  await expectOrder(page, ["一、甲", "（一）甲一", "1.甲一子", "（二）甲二", "二、丙", "三、乙", "（一）乙一"]);

  // A level-2 section inside 甲: 甲二 passes 甲一 and its 甲一子, and stays under 甲; Alt+Shift+↓ takes it back.
  await caretAt(page, editor.locator("[data-level]").filter({ hasText: /^甲二$/ }), 2);
  await page.keyboard.press("Alt+ArrowUp");
  await expectOrder(page, ["一、甲", "（一）甲二", "（二）甲一", "1.甲一子", "二、丙", "三、乙", "（一）乙一"]);
  await page.keyboard.press("Alt+ArrowUp");
  await page.keyboard.insertText("Z");
  await expect.poll(() => headingList(page)).toContain("（一）甲二Z");
  await page.keyboard.press("Backspace");
  await page.keyboard.press("Alt+Shift+ArrowDown");
  await expectOrder(page, ["一、甲", "（一）甲一", "1.甲一子", "（二）甲二", "二、丙", "三、乙", "（一）乙一"]);

  await expectSaved(page);
  await page.getByRole("button", { name: "快捷键" }).click();
  await expect(page.getByRole("dialog", { name: "快捷键" })).toContainText("Alt+↑ / ↓把光标所在的一节移到上一节之前");
});
