// Issue 11, items 4 and 5 in the browser: a file that is not speech material is held with the reason and imported
// only when the clerk insists (仍然导入), or given up (放弃); a collection's speeches are listed in the
// report each with its genre, and the library filters by genre; the same speech again in another encoding is a
// duplicate with a note.
import { randomBytes } from "node:crypto";
import { encodeGb18030 } from "../tests/support/encode-gb18030";
import { expect, test } from "./support/fixtures";

/** Letters and digits only, so it is one search word. */
const marker = () => `gn${randomBytes(5).toString("hex")}`;

test("不是讲话材料的文件：待检查并说明原因，表格“仍然导入”后入库，口令文件“放弃”", async ({ page, signInAs }) => {
  test.setTimeout(90_000);
  await signInAs("EDITOR");
  const m = marker();
  const table = `序号,单位,隐患数,整改情况\n1,城关镇${m},12,已整改十处\n2,河口乡${m},8,全部整改\n3,化工园区${m},21,整改中\n`;
  const passwd = "root:x:0:0:root:/root:/bin/bash\nbin:x:2:2:bin:/bin:/usr/sbin/nologin\nsys:x:3:3:sys:/dev:/bin/sh\n";
  await page.goto("/corpus");
  await page.getByTestId("corpus-file-input").setInputFiles([
    { name: `${m}.csv.txt`, mimeType: "text/plain", buffer: Buffer.from(table, "utf8") },
    { name: `${m}-passwd.txt`, mimeType: "text/plain", buffer: Buffer.from(passwd, "utf8") },
  ]);
  const rows = page.getByTestId("upload-row");
  const tableRow = rows.filter({ hasText: `${m}.csv.txt` });
  const passwdRow = rows.filter({ hasText: `${m}-passwd.txt` });
  await expect(tableRow.getByTestId("upload-status")).toHaveText("需要检查", { timeout: 30_000 });
  await expect(tableRow).toContainText("看起来不是讲话材料：内容像是表格");
  await expect(passwdRow.getByTestId("upload-status")).toHaveText("需要检查", { timeout: 30_000 });
  await expect(passwdRow).toContainText("看起来不是讲话材料：内容像是账户或配置文件");
  await page.getByRole("link", { name: "去检查" }).click();

  const heldTable = page.getByTestId("held-file").filter({ hasText: `${m}.csv.txt` });
  const heldPasswd = page.getByTestId("held-file").filter({ hasText: `${m}-passwd.txt` });
  await expect(heldTable.getByTestId("not-speech-hint")).toContainText("看起来不是讲话材料");
  await expect(heldTable.getByRole("button", { name: "确认入库" })).toHaveCount(0);
  page.once("dialog", (d) => void d.accept());
  await heldPasswd.getByRole("button", { name: "放弃" }).click();
  await expect(heldPasswd).toHaveCount(0);
  page.once("dialog", (d) => void d.accept());
  await heldTable.getByRole("button", { name: "仍然导入" }).click();
  await expect(page.getByTestId("held-file")).toHaveCount(0, { timeout: 30_000 });
  const files = page.getByTestId("report-file");
  await expect(files.filter({ hasText: `${m}.csv.txt` })).toContainText("已人工检查");
  await expect(files.filter({ hasText: `${m}-passwd.txt` })).toContainText("检查后放弃，未入库");

  const found = await page.request.get(`/api/blocks/search?q=${m}`);
  const hits = (await found.json()).hits as { text: string }[];
  expect(hits.length).toBeGreaterThan(0);
  expect(hits.some((h) => h.text.includes("root"))).toBe(false);
});

test("合集：报告列出每篇讲话及体裁，素材库按体裁筛选；另一种编码的同一文件算重复", async ({ page, signInAs }) => {
  test.setTimeout(90_000);
  await signInAs("EDITOR");
  const m = marker();
  const text = [
    `【篇一】在全县${m}安全生产工作会议上的讲话`,
    "同志们：",
    `今天召开全县安全生产工作会议，主要任务是分析形势、部署工作。下面，我讲两点意见。标记${m}甲。`,
    "一、清醒认识当前形势",
    `今年以来，全县安全生产形势总体平稳，但道路交通、建筑施工等领域隐患仍然突出，标记${m}乙。`,
    `【篇二】在${m}安全生产月启动仪式上的致辞`,
    "尊敬的各位领导、各位来宾，女士们、先生们：",
    `在安全生产月到来之际，我谨代表公司，向出席今天活动的各位来宾表示热烈的欢迎！标记${m}丙。`,
    "最后，预祝本次活动取得圆满成功！谢谢大家！",
  ].join("\n");
  await page.goto("/corpus");
  await page
    .getByTestId("corpus-file-input")
    .setInputFiles({ name: `${m}-两篇.txt`, mimeType: "text/plain", buffer: Buffer.from(text, "utf8") });
  const row = page.getByTestId("upload-row");
  await expect(row.getByTestId("upload-status")).toHaveText("已导入", { timeout: 30_000 });
  await page.getByRole("link", { name: "查看导入报告" }).click();
  const speeches = page.getByTestId("report-speech");
  await expect(speeches).toHaveCount(2);
  await expect(speeches.nth(0)).toContainText(`在全县${m}安全生产工作会议上的讲话`);
  await expect(speeches.nth(0).getByTestId("speech-genre")).toHaveText("讲话");
  await expect(speeches.nth(1).getByTestId("speech-genre")).toHaveText("致辞");

  await page.goto(`/library?q=${m}`);
  await page.getByRole("region", { name: "体裁" }).getByRole("button", { name: "致辞" }).click();
  await expect(page.getByTestId("active-filters")).toContainText("体裁：致辞");
  const items = page.getByTestId("result-item");
  await expect(items.filter({ hasText: `${m}丙` })).toHaveCount(1);
  await expect(items.filter({ hasText: `${m}甲` })).toHaveCount(0);

  // The same text as GB18030: a duplicate of the first upload, with the note.
  await page.goto("/corpus");
  await page
    .getByTestId("corpus-file-input")
    .setInputFiles({ name: `${m}-gbk.txt`, mimeType: "text/plain", buffer: Buffer.from(encodeGb18030(text)) });
  const again = page.getByTestId("upload-row").filter({ hasText: `${m}-gbk.txt` });
  await expect(again.getByTestId("upload-status")).toHaveText("重复，已跳过", { timeout: 30_000 });
  await expect(again).toContainText(`与已导入的《${m}-两篇.txt》内容相同（不同编码或格式）`);
});
