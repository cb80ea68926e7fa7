// Page helpers for the composer's end-to-end tests: open a speech, read the computed heading numbers, wait for
// the save state, compose pinyin through Chromium's IME protocol (Playwright has no IME API).
import { expect, type Locator, type Page } from "@playwright/test";
import { createSpeech } from "../../lib/speeches/create-speech";

/** A speech started from the 三点意见 outline (three level-1 headings, each with an empty paragraph). */
export const outlineSpeech = (userId: string, title: string) =>
  createSpeech(userId, { title, from: { kind: "template", template: "three-points" } });

/** Signs in as an editor and opens a new 三点意见 speech titled 讲话<m> in the composer. */
export async function openOutlineSpeech(page: Page, signInAs: (role: "EDITOR") => Promise<{ id: string }>, m: string) {
  const user = await signInAs("EDITOR");
  const speech = await outlineSpeech(user.id, `讲话${m}`);
  return { user, speech, editor: await openComposer(page, speech.id) };
}

export async function openComposer(page: Page, speechId: string) {
  await page.goto(`/speeches/${speechId}`);
  const editor = page.locator('.speech-editor[contenteditable="true"]');
  await expect(editor).toBeVisible();
  return editor;
}

/** Headings in document order as "number + text", e.g. "一、充分认清当前安全生产形势". */
export function headingList(page: Page) {
  return page
    .locator(".speech-editor [data-level]")
    .evaluateAll((els) => els.map((e) => `${e.getAttribute("data-number") ?? ""}${e.textContent ?? ""}`));
}

/** The speech's body in document order: headings as "number + text", paragraphs as their text ("" if empty). */
export function bodyBlocks(page: Page) {
  return page
    .locator(".speech-editor > [data-level], .speech-editor > p:not([data-speaker-line]):not([data-salutation])")
    .evaluateAll((els) => els.map((e) => `${e.getAttribute("data-number") ?? ""}${e.textContent ?? ""}`));
}

/**
 * Clicks into a block and puts the caret `offset` characters into its text, or at its end. The keys are pressed
 * again until the caret is there: a key pressed right after a click can be undone by the click's own late
 * selection update.
 */
export async function caretAt(page: Page, block: Locator, offset: number | "end") {
  await block.click();
  await expect
    .poll(async () => {
      await page.keyboard.press(offset === "end" ? "End" : "Home");
      for (let i = 0; offset !== "end" && i < offset; i++) await page.keyboard.press("ArrowRight");
      return block.evaluate((el) => {
        const sel = getSelection();
        if (!sel?.focusNode || !el.contains(sel.focusNode)) return -1;
        const range = document.createRange();
        range.setStart(el, 0);
        range.setEnd(sel.focusNode, sel.focusOffset);
        // A paste reads the editor's own selection, which follows the DOM's on selectionchange, a task later:
        // the caret counts as placed only once both agree.
        type View = { editor?: { state: { selection: { $head: { parentOffset: number } } } } };
        const editor = (el.closest(".speech-editor") as View | null)?.editor;
        const offset = range.toString().length;
        return editor?.state.selection.$head.parentOffset === offset ? offset : -2;
      });
    })
    .toBe(offset === "end" ? ((await block.textContent()) ?? "").length : offset);
}

export const saveStatus = (page: Page) => page.locator("[data-save-status]");

export async function expectSaved(page: Page) {
  await expect(saveStatus(page)).toHaveAttribute("data-save-status", "saved", { timeout: 15_000 });
}

/** The block panel's search: type a query and wait until the results hold `expected` blocks. */
export async function searchPanel(page: Page, query: string, expected = 1) {
  await page.getByRole("searchbox", { name: "检索素材" }).fill(query);
  const list = page.getByRole("listbox", { name: "素材检索结果" });
  await expect(list).toHaveAttribute("aria-busy", "false");
  const hits = list.getByRole("option");
  await expect(hits).toHaveCount(expected);
  return hits;
}

/** Types pinyin letter by letter as an IME does, then commits the Chinese word. */
export async function composePinyin(page: Page, pinyin: string, word: string, beforeCommit?: () => Promise<void>) {
  const cdp = await page.context().newCDPSession(page);
  for (let i = 1; i <= pinyin.length; i++) {
    const text = pinyin.slice(0, i);
    await cdp.send("Input.imeSetComposition", { selectionStart: text.length, selectionEnd: text.length, text });
  }
  if (beforeCommit) await beforeCommit();
  await cdp.send("Input.insertText", { text: word });
  await cdp.detach();
}

/** Pastes clipboard HTML (and its plain text) into the composer, as a browser's paste event carries them. */
export async function pasteHtml(page: Page, html: string, plain: string) {
  await pasteData(page, { "text/html": html, "text/plain": plain });
}

/** Pastes plain text only, as copied from a text editor or a chat window. */
export async function pastePlain(page: Page, plain: string) {
  await pasteData(page, { "text/plain": plain });
}

async function pasteData(page: Page, items: Record<string, string>) {
  await page.evaluate((items) => {
    const data = new DataTransfer();
    for (const [type, value] of Object.entries(items)) data.setData(type, value);
    document
      .querySelector(".speech-editor")!
      .dispatchEvent(new ClipboardEvent("paste", { clipboardData: data, bubbles: true, cancelable: true }));
  }, items);
}
