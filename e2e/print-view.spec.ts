// The print view (issue 9): A4 sheets with the official margins, 22 lines a sheet and 28 characters a line,
// page numbers — N — on the outer side, numbered headings; printing hides the app and gives one page per sheet.
import type { Page } from "@playwright/test";
import type { SpeechDoc, SpeechNode } from "../lib/speech-doc/types";
import { createTestSpeech } from "../lib/testing/factories";
import { expect, test } from "./support/fixtures";

const MM = 96 / 25.4;
const LINE_PX = (28.95 * 96) / 72;

// Han characters only, so every full line holds exactly 28 (no punctuation for line breaking to move).
const HAN = "安全生产责任重于泰山各级各部门要坚持人民至上生命至上统筹发展和安全";
const long = (n: number) => HAN.repeat(Math.ceil(n / HAN.length)).slice(0, n) + "。";
const text = (s: string) => [{ type: "text" as const, text: s }];
const h = (level: 1 | 2 | 3, s: string): SpeechNode => ({ type: "heading", attrs: { level }, content: text(s) });
const p = (s: string): SpeechNode => ({ type: "paragraph", content: text(s) });

const content: SpeechDoc = {
  type: "doc",
  content: [
    { type: "speechTitle", content: text("在全县安全生产工作会议上的讲话") },
    { type: "speakerLine", content: text("（2026年3月1日）") },
    { type: "salutation", content: text("同志们：") },
    p(long(200)),
    h(1, "充分认清当前安全生产形势"),
    h(2, "成绩来之不易"),
    p(long(300)),
    h(2, "问题不容忽视"),
    p(long(400)),
    h(1, "全力抓好隐患排查整治"),
    p(long(500)),
    p("谢谢大家！"),
  ],
};

/** Distinct visible text lines of a sheet: text rects inside its text block, grouped by grid row. */
function visibleLines(page: Page, sheet: number) {
  return page.evaluate(
    ({ sheet, linePx }) => {
      const el = document.querySelector(`.print-sheet[data-page="${sheet}"] .print-text`)!;
      const box = el.getBoundingClientRect();
      const rows = new Set<number>();
      for (const p of el.querySelectorAll("p")) {
        const range = document.createRange();
        range.selectNodeContents(p);
        for (const r of range.getClientRects()) {
          const mid = (r.top + r.bottom) / 2;
          if (r.width > 0 && mid > box.top && mid < box.bottom) rows.add(Math.floor((mid - box.top) / linePx));
        }
      }
      return [...rows].sort((a, b) => a - b);
    },
    { sheet, linePx: LINE_PX },
  );
}

/** Characters on each line of the first sheet's first long paragraph. */
function charsPerLine(page: Page) {
  return page.evaluate(() => {
    const p = [...document.querySelectorAll('.print-sheet[data-page="1"] [data-kind="paragraph"]')][0]!;
    const node = p.firstChild!;
    const counts = new Map<number, number>();
    const range = document.createRange();
    for (let i = 0; i < node.textContent!.length; i++) {
      range.setStart(node, i);
      range.setEnd(node, i + 1);
      const top = Math.round(range.getBoundingClientRect().top);
      counts.set(top, (counts.get(top) ?? 0) + 1);
    }
    return [...counts.entries()].sort((a, b) => a[0] - b[0]).map(([, n]) => n);
  });
}

test("打印预览：A4 纸、每页 22 行 28 字、页码单页居右双页居左、小标题带编号，打印时只印纸面", async ({
  page,
  signInAs,
}) => {
  await signInAs("VIEWER"); // reading is enough
  const speech = await createTestSpeech({ title: "打印预览测试", content });
  await page.goto(`/speeches/${speech.id}/print`);
  await expect(page.locator("[data-paginated]")).toHaveAttribute("data-paginated", "true");
  await expect(page.getByRole("link", { name: "返回编辑" })).toHaveAttribute("href", `/speeches/${speech.id}`);
  await expect(page).toHaveTitle("打印预览测试"); // the saved PDF's name

  const sheets = page.locator(".print-sheet");
  const count = await sheets.count();
  expect(count).toBeGreaterThanOrEqual(3);
  await expect(page.getByTestId("print-page-count")).toContainText(`共 ${count} 页`);

  const first = (await sheets.first().boundingBox())!;
  expect(first.width).toBeCloseTo(210 * MM, 0); // 793.7 px
  expect(first.height).toBeCloseTo(297 * MM, 0);
  const textBox = (await page.locator('.print-sheet[data-page="1"] .print-text').boundingBox())!;
  expect(textBox.x - first.x).toBeCloseTo(28 * MM, 0);
  expect(textBox.y - first.y).toBeCloseTo(37 * MM, 0);
  expect(textBox.width).toBeCloseTo(156 * MM, 0);

  // Every sheet but the last is full: 22 lines, one per grid row.
  const full = [...Array(22).keys()];
  for (let n = 1; n < count; n++) expect(await visibleLines(page, n), `第 ${n} 页`).toEqual(full);
  expect((await visibleLines(page, count)).length).toBeLessThanOrEqual(22);

  // The first body paragraph: 26 characters after the two-character indent, then 28 a line.
  const perLine = await charsPerLine(page);
  expect(perLine[0]).toBe(26);
  expect(perLine.slice(1, -1).every((n) => n === 28)).toBe(true);

  // Page numbers: — 1 — one character (14 pt) in from the right edge of the text block, — 2 — from the left.
  const inset = (14 * 96) / 72;
  const num1 = page.locator('.print-sheet[data-page="1"] .print-page-number');
  const num2 = page.locator('.print-sheet[data-page="2"] .print-page-number');
  await expect(num1).toHaveText("— 1 —");
  await expect(num2).toHaveText("— 2 —");
  const b1 = (await num1.boundingBox())!;
  const b2 = (await num2.boundingBox())!;
  const s2 = (await sheets.nth(1).boundingBox())!;
  expect(first.x + first.width - (b1.x + b1.width)).toBeCloseTo(26 * MM + inset, 0);
  expect(b2.x - s2.x).toBeCloseTo(28 * MM + inset, 0);
  expect(b1.y - first.y).toBeGreaterThan((37 + 225) * MM);

  // Headings carry their computed numbers, in 黑体 and (regular) 楷体.
  const headings = page.locator('.print-sheet [data-kind="heading"]:not([aria-hidden] *)');
  await expect(headings.first()).toHaveText("一、充分认清当前安全生产形势");
  await expect(page.locator('.print-sheet [data-level="2"]').first()).toHaveText("（一）成绩来之不易");
  await expect(page.locator('.print-sheet [data-level="1"]').nth(1)).toHaveText("二、全力抓好隐患排查整治");
  expect(await headings.first().evaluate((e) => getComputedStyle(e).fontFamily)).toContain("黑体");
  expect(
    await page
      .locator('.print-sheet [data-level="2"]')
      .first()
      .evaluate((e) => getComputedStyle(e).fontFamily),
  ).toContain("楷体"); // regular, as GB/T 9704 sets it and the DOCX writes it

  // Printing: no app header or toolbar, and one PDF page per sheet.
  await page.emulateMedia({ media: "print" });
  await expect(page.locator("body > header")).toBeHidden();
  await expect(page.getByRole("button", { name: "打印" })).toBeHidden();
  // The sheet's text starts at the page area's corner (the @page margins are the only margins).
  const printed = (await sheets.first().boundingBox())!;
  expect([Math.round(printed.x), Math.round(printed.y)]).toEqual([0, 0]);
  const pdf = (await page.pdf({ preferCSSPageSize: true })).toString("latin1");
  expect(pdf.match(/\/Type\s*\/Page\b(?!s)/g)?.length).toBe(count);
  await page.emulateMedia({ media: "screen" });

  // Options from the query string: a draft mark on the first line of page 1, centred page numbers.
  await page.goto(`/speeches/${speech.id}/print?draftMark=${encodeURIComponent("征求意见稿")}&pageNumbers=center`);
  await expect(page.locator("[data-paginated]")).toHaveAttribute("data-paginated", "true");
  const mark = page.locator('.print-sheet[data-page="1"] .print-block').first();
  await expect(mark).toHaveText("征求意见稿");
  await expect(mark).toHaveAttribute("data-kind", "mark");
  await expect(page.locator('.print-sheet[data-page="2"] .print-page-number')).toHaveAttribute("data-side", "center");
});

test("打印预览：过长的标题在词与词之间均匀回行，与导出的 DOCX 一致", async ({ page, signInAs }) => {
  await signInAs("VIEWER");
  const title = "在2026年第四季度全县安全生产工作会议上的讲话";
  const doc: SpeechDoc = {
    ...content,
    content: [{ type: "speechTitle", content: text(title) }, ...content.content.slice(1)],
  };
  const speech = await createTestSpeech({ title, content: doc });
  await page.goto(`/speeches/${speech.id}/print`);
  await expect(page.locator("[data-paginated]")).toHaveAttribute("data-paginated", "true");
  const shown = page.locator('.print-sheet[data-page="1"] [data-kind="title"]');
  // Two rows, cut between 全县 and 安全 as title-lines.ts cuts it for the DOCX (not inside 安全).
  expect(await shown.evaluate((e) => (e as HTMLElement).innerText.split("\n"))).toEqual([
    "在2026年第四季度全县",
    "安全生产工作会议上的讲话",
  ]);
  const rows = await shown.evaluate((e) => Math.round(e.getBoundingClientRect().height / ((28.95 * 96) / 72)));
  expect(rows).toBe(2);
});
