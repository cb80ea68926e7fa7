// 导入讲话稿: upload a finished speech (.docx) from the speech list, also into the 素材库, and land in the composer
// with its title, speaker line and headings, numbered by the composer in the source's styles; a file that is not
// .docx/.txt and one without speech text are refused in Chinese.
import { randomBytes } from "node:crypto";
import { IMPORT_MSG } from "../lib/speech-import/messages";
import { makeDocx } from "../tests/support/make-docx";
import { headingList } from "./support/composer";
import { expect, test } from "./support/fixtures";

const marker = () => `zq${randomBytes(4).toString("hex")}`;

test("从讲话稿列表导入 .docx，同时导入素材库，进入写作页，标题编号按原文样式", async ({ page, signInAs }) => {
  await signInAs("EDITOR");
  const m = marker();
  const title = `在全县安全生产工作会议${m}上的讲话`;
  const docx = makeDocx([
    { text: title },
    { text: "县长 张三（2025年3月18日）" },
    { text: "同志们：" },
    { text: `今天召开全县安全生产工作会议，主要任务是总结工作、部署任务。${m}` },
    { text: "一、提高政治站位，切实增强安全生产责任感" },
    { text: `近年来，全县安全生产形势总体平稳，事故起数同比下降12%。${m}` },
    { text: "（一）深入开展隐患排查整治" },
    { text: `要聚焦危险化学品、城镇燃气、建筑施工等重点行业领域，开展拉网式隐患排查。${m}` },
    { text: "（二）严格安全监管执法" },
    { text: `对违法违规生产经营行为，发现一起、查处一起，绝不姑息。${m}` },
    { text: "二、压实安全责任" },
    { text: `各乡镇、各部门要坚持党政同责、一岗双责，层层压实责任。${m}` },
  ]);

  await page.goto("/speeches");
  await page.getByRole("button", { name: "导入讲话稿" }).click();
  const dialog = page.getByRole("dialog", { name: "导入讲话稿" });

  // Refused before uploading: not a .docx or .txt.
  await dialog.getByTestId("speech-import-file").setInputFiles({
    name: "讲话.pdf",
    mimeType: "application/pdf",
    buffer: Buffer.from("%PDF-1.4"),
  });
  await dialog.getByRole("button", { name: "导入并开始修改" }).click();
  await expect(dialog.getByTestId("form-error")).toHaveText(IMPORT_MSG.unsupported);

  // Refused by the server: no speech text in it.
  await dialog.getByTestId("speech-import-file").setInputFiles({
    name: "杂质.txt",
    mimeType: "text/plain",
    buffer: Buffer.from("首页 | 关于我们 | 联系我们\n版权所有 © 2024 范文网\n"),
  });
  await dialog.getByRole("button", { name: "导入并开始修改" }).click();
  await expect(dialog.getByTestId("form-error")).toContainText("这个文件看起来不是讲话稿");

  await dialog.getByTestId("speech-import-file").setInputFiles({
    name: `${m}.docx`,
    mimeType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    buffer: Buffer.from(docx),
  });
  await dialog.getByRole("checkbox", { name: /同时导入素材库/ }).check();
  await dialog.getByRole("button", { name: "导入并开始修改" }).click();

  await expect(page).toHaveURL(/\/speeches\/[a-z0-9]+$/);
  await expect(page.locator('.speech-editor[contenteditable="true"]')).toBeVisible();
  await expect(page.locator(".speech-editor [data-speech-title]")).toHaveText(title);
  // The day is the speech's date (printed under the speaker line), as for a speech made here.
  await expect(page.locator(".speech-editor [data-speaker-line]")).toHaveText("县长 张三");
  await expect
    .poll(() => headingList(page))
    .toEqual([
      "一、提高政治站位，切实增强安全生产责任感",
      "（一）深入开展隐患排查整治",
      "（二）严格安全监管执法",
      "二、压实安全责任",
    ]);

  // The same file's five paragraphs are in the library now.
  await page.goto(`/library?q=${m}`);
  await expect(page.getByTestId("result-count")).toHaveText("共 5 条素材");
});
