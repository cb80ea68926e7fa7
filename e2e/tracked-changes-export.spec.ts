// 导出修订稿: on the versions page, compare 第一稿 with the current text (three edits and a section moved since),
// click 导出修订稿（Word 修订模式） and get a Word file named after the speech whose tracked changes, credited to
// the clerk who wrote the current text, give the current text when all are accepted and 第一稿 when all are rejected.
import { readFileSync } from "node:fs";
import { db } from "../lib/db/client";
import { DEFAULT_EXPORT_OPTIONS } from "../lib/export/options";
import { speechExportText } from "../lib/export/speech-text";
import { createSpeech } from "../lib/speeches/create-speech";
import { saveSpeech } from "../lib/speeches/save-speech";
import { createNamedVersion } from "../lib/speeches/versions/create-named-version";
import { DEFAULT_SETTINGS, type SpeechDoc } from "../lib/speech-doc/types";
import { asNamedVersion } from "../lib/testing/route-input";
import { unzipDocx } from "../tests/support/docx-xml";
import { resolveAll, revisedParagraphs, revisions } from "../tests/support/docx-revisions";
import { NEWER, OLDER, TRACKED_TITLE } from "../tests/support/tracked-fixture";
import { expect, test } from "./support/fixtures";

const lines = (doc: SpeechDoc) =>
  speechExportText(doc, DEFAULT_SETTINGS.numbering, null, DEFAULT_EXPORT_OPTIONS).split("\n");

test("对照第一稿与当前文本，导出修订稿：Word 修订可全部接受为当前文本、全部拒绝为第一稿", async ({
  page,
  signInAs,
}) => {
  const user = await signInAs("EDITOR");
  const speech = await createSpeech(user.id, { title: TRACKED_TITLE });
  const first = await saveSpeech({ id: speech.id, userId: user.id, baseVersion: 1, content: OLDER });
  const draft = await createNamedVersion(speech.id, user.id, asNamedVersion({ name: "第一稿" }));
  await saveSpeech({ id: speech.id, userId: user.id, baseVersion: first.version, content: NEWER });

  await page.goto(`/speeches/${speech.id}/versions?from=${draft.id}&to=current`);
  await expect(page.getByTestId("compare-heading")).toHaveText("对照：第一稿 → 当前文本");
  const download = page.waitForEvent("download");
  await page.getByRole("button", { name: "导出修订稿（Word 修订模式）" }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe(`${TRACKED_TITLE}（修订稿）.docx`);

  const xml = unzipDocx(readFileSync((await file.path())!))["word/document.xml"]!;
  const revs = revisions(xml);
  expect(revs.filter((r) => r.kind === "ins" && r.text).map((r) => r.text)).toContain("，做到守土有责");
  expect(revs.filter((r) => r.kind === "del" && r.text).map((r) => r.text)).toContain("各部门");
  expect(new Set(revs.map((r) => r.author))).toEqual(new Set([user.displayName]));
  const paragraphs = revisedParagraphs(xml);
  expect(resolveAll(paragraphs, "accept").filter(Boolean)).toEqual(lines(NEWER));
  expect(resolveAll(paragraphs, "reject").filter(Boolean)).toEqual(lines(OLDER));
});

test("所选版本已被删除时，导出修订稿显示中文提示而不下载", async ({ page, signInAs }) => {
  const user = await signInAs("EDITOR");
  const speech = await createSpeech(user.id, { title: TRACKED_TITLE });
  await saveSpeech({ id: speech.id, userId: user.id, baseVersion: 1, content: OLDER });
  const draft = await createNamedVersion(speech.id, user.id, asNamedVersion({ name: "第一稿" }));
  await page.goto(`/speeches/${speech.id}/versions?from=${draft.id}&to=current`);
  await expect(page.getByTestId("compare-heading")).toBeVisible();
  // The version goes while the page is open (another clerk's action, or an administrator's clean-up).
  await db().speechRevision.delete({ where: { id: draft.id } });
  let downloaded = false;
  page.on("download", () => (downloaded = true));
  await page.getByRole("button", { name: "导出修订稿（Word 修订模式）" }).click();
  await expect(page.getByText("该版本不存在或已被删除，请刷新后重试。")).toBeVisible();
  expect(downloaded).toBe(false);
});
