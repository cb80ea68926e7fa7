import { randomBytes } from "node:crypto";
import { strFromU8, unzipSync, zipSync } from "fflate";
import { importFiles } from "../lib/corpus/import-files";
import type { ImportProgress } from "../lib/imports/import-progress";
import { bigImportText } from "../lib/testing/big-import-file";
import { makeDocx } from "../tests/support/make-docx";
import { unique } from "../lib/testing/factories";
import { expect, test } from "./support/fixtures";

function speechFile(marker: string, title: string) {
  const text = [
    "范文网 / www.fanwen-example.com",
    "来源：网络  作者：佚名  更新时间：2025-03-23",
    title,
    "同志们：",
    `今天召开安全生产工作会议，主要任务是分析形势、部署工作。${marker}`,
    "一、清醒认识当前安全生产形势",
    `今年以来，全县共发生各类生产安全事故×起、死亡×人，同比分别下降10%和8%。${marker}`,
    "二、扎实开展隐患排查整治",
    `要聚焦城镇燃气、建筑施工、危险化学品等重点行业领域，开展拉网式排查。${marker}`,
    "同志们，安全生产责任重于泰山。谢谢大家！",
    "Copyright © 2015-2025 范文网 版权所有 备案号：京ICP备00000000号",
  ].join("\n");
  return { name: `${marker}.txt`, mimeType: "text/plain", buffer: Buffer.from(text, "utf8") };
}

test("上传两个文件，看到逐个进度和导入报告，撤销这次导入", async ({ page, signInAs }) => {
  await signInAs("EDITOR");
  // An earlier import by someone else, which the undo must not touch.
  const earlier = unique("earlier");
  await importFiles(
    [{ name: `${earlier}.txt`, bytes: speechFile(earlier, "在全县安全生产例会上的讲话").buffer }],
    null,
  );

  await page.goto("/corpus");
  const a = unique("fileA");
  const b = unique("fileB");
  await page
    .getByTestId("corpus-file-input")
    .setInputFiles([speechFile(a, "在全县安全生产工作会议上的讲话"), speechFile(b, "在全县安委会全体会议上的讲话")]);

  const rows = page.getByTestId("upload-row");
  await expect(rows).toHaveCount(2);
  for (const row of await rows.all()) {
    await expect(row.getByTestId("upload-status")).toHaveText("已导入");
    await expect(row.getByRole("progressbar")).toHaveAttribute("aria-valuenow", "100");
    await expect(row).toContainText("1 篇讲话");
  }

  await page.getByRole("link", { name: "查看导入报告" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "导入报告" })).toBeVisible();
  await expect(page.getByTestId("stat-导入文件")).toHaveText("2");
  await expect(page.getByTestId("stat-讲话")).toHaveText("2");
  await expect(page.getByTestId("report-file")).toHaveCount(2);
  await expect(page.getByTestId("category-counts")).toContainText("隐患排查");
  // Removed lines are listed with their reasons for review.
  const removed = page.getByTestId("removed-list").first();
  await page.locator("summary").first().click();
  await expect(removed).toContainText("www.fanwen-example.com");
  await expect(removed).toContainText("来源：网络");

  page.once("dialog", (d) => void d.accept());
  await page.getByRole("button", { name: "撤销这次导入" }).click();
  await expect(page.getByTestId("undo-result")).toContainText("删除 2 个文件");
  await expect(page.getByText("已撤销").first()).toBeVisible();

  await page.goto("/corpus");
  const files = page.getByRole("table", { name: "语料文件" });
  await expect(files).toContainText(`${earlier}.txt`);
  await expect(files).not.toContainText(`${a}.txt`);
  await expect(files).not.toContainText(`${b}.txt`);
});

test("只读用户看不到上传区域", async ({ page, signInAs }) => {
  await signInAs("VIEWER");
  await page.goto("/corpus");
  await expect(page.getByRole("heading", { level: 1, name: "语料" })).toBeVisible();
  await expect(page.getByTestId("corpus-file-input")).toHaveCount(0);
});

test("大文件（超过 10 MB、不超过上限）完整送达并导入；超过上限的被拒绝", async ({ page, signInAs }) => {
  await signInAs("EDITOR");
  const marker = unique("big");
  // A real speech in a .docx that also carries 12 MB of incompressible, unreferenced media.
  const entries = unzipSync(
    makeDocx([
      { text: "在全县安全生产工作会议上的讲话" },
      { text: "同志们：" },
      { text: `今天召开会议，部署安全生产工作。${marker}` },
      { text: "一、压实安全生产责任" },
      { text: `要坚持党政同责、一岗双责、齐抓共管、失职追责。${marker}` },
    ]),
  );
  entries["word/media/padding.bin"] = new Uint8Array(randomBytes(12 * 1024 * 1024));
  const big = Buffer.from(zipSync(entries, { level: 0 }));
  expect(big.length).toBeGreaterThan(12 * 1024 * 1024);
  expect(strFromU8(entries["word/document.xml"]!)).toContain(marker);

  const { id } = await (await page.request.post("/api/corpus/imports")).json();
  const ok = await page.request.post(`/api/corpus/imports/${id}/files`, {
    multipart: { file: { name: `${marker}.docx`, mimeType: "application/octet-stream", buffer: big } },
  });
  expect(ok.status(), await ok.text()).toBe(202);
  const { file } = await ok.json();
  expect(file).toMatchObject({ fileName: `${marker}.docx`, status: "QUEUED" });
  // The background worker mines and stores it.
  const progressOf = async () =>
    (await (await page.request.get(`/api/corpus/imports/${id}/files`)).json()).progress as ImportProgress;
  await expect.poll(async () => (await progressOf()).files[0]?.status, { timeout: 30_000 }).toBe("DONE");
  expect((await progressOf()).files[0]?.result).toMatchObject({ status: "imported", summary: { speeches: 1 } });

  const tooBig = await page.request.post(`/api/corpus/imports/${id}/files`, {
    multipart: { file: { name: "huge.txt", mimeType: "text/plain", buffer: Buffer.alloc(21 * 1024 * 1024, 0x41) } },
  });
  expect(tooBig.status()).toBe(413);
  expect((await tooBig.json()).error.message).toContain("20 MB");
});

test("刷新页面后，上传的文件重新出现并继续直到已导入；报告页显示结果", async ({ page, signInAs }) => {
  test.setTimeout(90_000);
  await signInAs("EDITOR");
  const marker = unique("reload");
  // About 700 paragraphs: a few batches to store, so the reload usually lands while the file is worked.
  const { text } = bigImportText({ targetBytes: 400_000 });
  const buffer = Buffer.from(`${text}\n要把安全生产责任落实到每一个岗位。${marker}\n`, "utf8");

  await page.goto("/corpus");
  await page.getByTestId("corpus-file-input").setInputFiles({ name: `${marker}.txt`, mimeType: "text/plain", buffer });
  await expect(page.getByTestId("upload-status")).toHaveText(/排队中|正在分析|正在入库|已导入/);
  await page.reload();

  const row = page.getByTestId("upload-row");
  await expect(row).toHaveCount(1);
  await expect(row).toContainText(`${marker}.txt`);
  await expect(row.getByTestId("upload-status")).toHaveText("已导入", { timeout: 60_000 });
  await expect(row.getByRole("progressbar")).toHaveAttribute("aria-valuenow", "100");
  await expect(row).toContainText(/\d+ 篇讲话，\d+ 个段落/);
  await expect(page.getByText("导入完成")).toBeVisible();

  await page.getByRole("link", { name: "查看导入报告" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "导入报告" })).toBeVisible();
  await expect(page.getByTestId("stat-导入文件")).toHaveText("1");
  await expect(page.getByTestId("report-file")).toContainText(`${marker}.txt`);
  await expect(page.getByTestId("report-file")).toContainText("已导入");

  // Its 700 paragraphs recombine the sample corpus's sentences: undone, so later searches see the library as before.
  page.once("dialog", (d) => void d.accept());
  await page.getByRole("button", { name: "撤销这次导入" }).click();
  await expect(page.getByTestId("undo-result")).toContainText("删除 1 个文件");
});

test("进行中的导入：语料页从服务器找回它的进度；报告页先显示进度，导入结束后刷新为完整报告", async ({
  page,
  signInAs,
}) => {
  await signInAs("EDITOR");
  const marker = unique("running");
  // Sent as another page would send it, and not closed: the import stays running until its uploader finishes it.
  const { id } = await (await page.request.post("/api/corpus/imports")).json();
  const sent = await page.request.post(`/api/corpus/imports/${id}/files`, {
    multipart: { file: speechFile(marker, "在全县安全生产季度例会上的讲话") },
  });
  expect(sent.status(), await sent.text()).toBe(202);

  await page.goto("/corpus");
  const row = page.getByTestId("upload-row");
  await expect(row).toHaveCount(1);
  await expect(row).toContainText(`${marker}.txt`);
  await expect(row.getByTestId("upload-status")).toHaveText("已导入");
  await expect(row).toContainText("1 篇讲话");
  await expect(page.getByText("这次导入还在等待其余文件上传")).toBeVisible();

  await page.goto(`/corpus/imports/${id}`);
  const live = page.getByRole("region", { name: "导入进度" });
  await expect(live).toContainText("导入进行中");
  await expect(live.getByTestId("upload-status")).toHaveText("已导入");
  await expect(page.getByTestId("stat-导入文件")).toHaveText("1");

  const finish = await page.request.post(`/api/corpus/imports/${id}/finish`);
  expect(await finish.json()).toEqual({ done: true });
  await expect(live).toHaveCount(0);
  await expect(page.getByTestId("report-file")).toContainText(`${marker}.txt`);
  await expect(page.getByTestId("stat-讲话")).toHaveText("1");
});
