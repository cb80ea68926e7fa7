// 会议 and 讲话稿: register and edit a meeting, start a speech for it from the 三点意见 outline, filter the speech
// list (the filters live in the URL), reopen a 定稿 speech, delete after a confirmation, and what a 只读 user sees.
import { randomBytes } from "node:crypto";
import type { Page } from "@playwright/test";
import { importFiles } from "../lib/corpus/import-files";
import { createTestMeeting, createTestSpeech } from "../lib/testing/factories";
import { expect, test } from "./support/fixtures";

/** A marker no other test's text contains. */
const marker = () => `zq${randomBytes(4).toString("hex")}`;

test("登记会议并修改，再为会议按“三点意见”提纲新建讲话稿", async ({ page, signInAs }) => {
  const m = marker();
  const title = `2025年第一季度全县安全生产工作会议${m}`;
  await signInAs("EDITOR");
  await page.goto("/meetings");
  await expect(page.getByRole("heading", { level: 1, name: "会议" })).toBeVisible();

  await page.getByRole("button", { name: "登记会议" }).click();
  const form = page.getByRole("dialog", { name: "登记会议" });
  await form.getByLabel("会议名称").fill(title);
  await form.getByLabel("日期").fill("2025-03-18");
  await form.getByLabel("会议类型").fill("季度例会");
  await form.getByLabel("级别").selectOption("县/区");
  await form.getByLabel("参会范围").fill("各乡镇、县直各部门主要负责人");
  await form.getByLabel("地点").fill("县政府三楼会议室");
  await form.getByRole("button", { name: "登记会议" }).click();
  await expect(form).toBeHidden();

  const row = page.getByTestId("meeting-row").filter({ hasText: title });
  await expect(row).toContainText("2025-03-18");
  await expect(row).toContainText("季度例会");
  await expect(row).toContainText("县/区");
  await expect(row).toContainText("县政府三楼会议室");
  await expect(row.getByTestId("meeting-speech-count")).toHaveText("0");

  // Found by a piece of its name; a name no meeting has says so.
  const search = page.getByRole("searchbox", { name: "按会议名称搜索" });
  await search.fill(m);
  await search.press("Enter");
  await expect(page).toHaveURL(new RegExp(`q=${m}`));
  await expect(page.getByTestId("meeting-row")).toHaveCount(1);
  await search.fill(`无此会议${m}`);
  await search.press("Enter");
  await expect(page.getByText(`没有名称含“无此会议${m}”的会议。`)).toBeVisible();
  await page.goto("/meetings");

  // Edit: a type of one's own (not in the list) and another place.
  await row.getByRole("button", { name: `编辑会议：${title}` }).click();
  const edit = page.getByRole("dialog", { name: "编辑会议" });
  await expect(edit.getByLabel("会议名称")).toHaveValue(title);
  await edit.getByLabel("会议类型").fill("汛前安全生产部署会");
  await edit.getByLabel("地点").fill("县应急管理局会议室");
  await edit.getByRole("button", { name: "保存修改" }).click();
  await expect(edit).toBeHidden();
  await expect(row).toContainText("汛前安全生产部署会");
  await expect(row).toContainText("县应急管理局会议室");

  // The meeting's page, and a speech for it from the 三点意见 outline.
  await row.getByRole("link", { name: title }).click();
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  const meetingUrl = page.url();
  await expect(page.getByTestId("meeting-facts")).toContainText("各乡镇、县直各部门主要负责人");
  await expect(page.getByTestId("meeting-speeches")).toContainText("还没有讲话稿");
  await expect(page.getByTestId("meeting-blocks").getByRole("link", { name: /在素材库中查看/ })).toHaveAttribute(
    "href",
    `/library?meeting=${meetingUrl.split("/").pop()}`,
  );

  await page.getByRole("button", { name: "新建讲话稿" }).click();
  const create = page.getByRole("dialog", { name: "新建讲话稿" });
  await expect(create.getByLabel("标题")).toHaveValue(`在${title}上的讲话`);
  await expect(create.getByRole("combobox", { name: "会议", exact: true })).toHaveValue(meetingUrl.split("/").pop()!);
  await expect(create.getByLabel("讲话日期")).toHaveValue("2025-03-18");
  await create.getByLabel("讲话人").fill(`县长 张${m}`);
  await create.getByLabel("讲话类型").selectOption("主要讲话");
  await create.getByRole("radio", { name: "提纲模板" }).check();
  await create.getByRole("radio", { name: /三点意见/ }).check();
  await expect(create.getByTestId("template-preview")).toContainText("充分认清当前安全生产形势");
  await create.getByRole("button", { name: "创建并开始写作" }).click();
  await expect(page).toHaveURL(/\/speeches\/[a-z0-9]+$/);

  // Back in the list, as a draft of this meeting.
  await page.goto("/speeches");
  const speech = page.getByTestId("speech-row").filter({ hasText: `在${title}上的讲话` });
  await expect(speech.getByTestId("speech-status")).toHaveText("草稿");
  await expect(speech).toContainText(title);
  await expect(speech).toContainText(`县长 张${m}`);
  await expect(speech).toContainText("主要讲话");
  await expect(speech).toContainText("EDITOR测试员");

  await page.goto(meetingUrl);
  await expect(page.getByTestId("meeting-speeches").getByTestId("speech-row")).toHaveCount(1);
  await page.goto("/meetings");
  await expect(
    page.getByTestId("meeting-row").filter({ hasText: title }).getByTestId("meeting-speech-count"),
  ).toHaveText("1");
});

type SpeechJson = { speech: { title: string; content: { content: { type: string; content?: { text: string }[] }[] } } };

/** The texts of a speech's headings, read back through the API. */
async function headingsOf(page: Page, id: string): Promise<string[]> {
  const res = await page.request.get(`/api/speeches/${id}`);
  expect(res.status()).toBe(200);
  const { speech } = (await res.json()) as SpeechJson;
  return speech.content.content
    .filter((n) => n.type === "heading")
    .map((n) => (n.content ?? []).map((t) => t.text).join(""));
}

test("从语料中某篇讲话的提纲新建，再复制这篇讲话稿", async ({ page, signInAs }) => {
  const m = marker();
  const corpus = [
    `在全县防汛和地质灾害防治工作会议上的讲话（${m}）`,
    "同志们：",
    "今天召开会议，主要任务是部署今年的防汛工作。",
    "一、充分认识防汛工作的严峻形势",
    "今年汛期极端天气多发。",
    "二、全面落实防汛各项措施",
    "（一）加强监测预警",
    "要加强雨情水情监测。",
    "同志们，防汛责任重于泰山。谢谢大家！",
  ].join("\n");
  await importFiles([{ name: `${m}-防汛.txt`, bytes: Buffer.from(corpus, "utf8") }], null);
  await signInAs("EDITOR");
  await page.goto("/speeches");

  await page.getByRole("button", { name: "新建讲话稿" }).click();
  let create = page.getByRole("dialog", { name: "新建讲话稿" });
  await create.getByLabel("标题").fill(`防汛讲话${m}`);
  await create.getByRole("radio", { name: "语料中某篇讲话的提纲" }).check();
  await create.getByRole("searchbox", { name: "搜索语料中的讲话" }).fill(m);
  const sources = create.getByRole("radiogroup", { name: "语料中的讲话" }).getByRole("radio");
  await expect(sources).toHaveCount(1);
  await sources.first().check();
  await create.getByRole("button", { name: "创建并开始写作" }).click();
  await expect(page).toHaveURL(/\/speeches\/[a-z0-9]+$/);
  const firstId = page.url().split("/").pop()!;
  expect(await headingsOf(page, firstId)).toEqual([
    "充分认识防汛工作的严峻形势",
    "全面落实防汛各项措施",
    "加强监测预警",
  ]);

  // Without a choice the dialog says what is missing instead of creating a blank speech.
  await page.goto("/speeches");
  await page.getByRole("button", { name: "新建讲话稿" }).click();
  create = page.getByRole("dialog", { name: "新建讲话稿" });
  await create.getByLabel("标题").fill(`防汛讲话（修改稿）${m}`);
  await create.getByRole("radio", { name: "复制以前的讲话稿" }).check();
  await create.getByRole("button", { name: "创建并开始写作" }).click();
  await expect(create.getByTestId("form-error")).toHaveText("请选择一篇以前的讲话稿。");
  await create.getByRole("searchbox", { name: "搜索以前的讲话稿" }).fill(`防汛讲话${m}`);
  const earlier = create.getByRole("radiogroup", { name: "以前的讲话稿" }).getByRole("radio");
  await expect(earlier).toHaveCount(1);
  await earlier.first().check();
  await create.getByRole("button", { name: "创建并开始写作" }).click();
  await expect(page).toHaveURL(/\/speeches\/[a-z0-9]+$/);
  const copyId = page.url().split("/").pop()!;
  expect(copyId).not.toBe(firstId);
  expect(await headingsOf(page, copyId)).toEqual(await headingsOf(page, firstId));
});

test("按状态、会议和讲话人筛选讲话稿，重新打开定稿，删除前先确认", async ({ page, signInAs }) => {
  const m = marker();
  const a = await createTestMeeting({ title: `安委会全体会议${m}`, date: new Date("2025-04-01T00:00:00Z") });
  const b = await createTestMeeting({ title: `专项整治部署会${m}`, date: new Date("2025-05-01T00:00:00Z") });
  const speech = (title: string, meetingId: string, speaker: string, status: "DRAFT" | "REVIEW" | "FINAL") =>
    createTestSpeech({ title: `${title}${m}`, meetingId, speaker: `${speaker}${m}`, status });
  await speech("主要讲话甲", a.id, "县长 张三", "DRAFT");
  await speech("主持词乙", a.id, "副县长 李四", "REVIEW");
  await speech("主要讲话丙", b.id, "县长 张三", "FINAL");
  await signInAs("EDITOR");
  await page.goto("/speeches");

  const rows = page.getByTestId("speech-row");
  await page.getByLabel("按讲话人筛选").fill(m);
  await expect(page).toHaveURL(new RegExp(`speaker=${m}`));
  await expect(rows).toHaveCount(3);

  await page.getByLabel("按状态筛选").selectOption("REVIEW");
  await expect(page).toHaveURL(/status=REVIEW/);
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText(`主持词乙${m}`);
  await expect(rows.first().getByTestId("speech-status")).toHaveText("审阅");

  await page.getByLabel("按状态筛选").selectOption({ label: "全部" });
  await page.getByLabel("按会议筛选").selectOption(a.id);
  await expect(page).toHaveURL(new RegExp(`meeting=${a.id}`));
  await expect(rows).toHaveCount(2);
  await expect(rows.filter({ hasText: `主要讲话丙${m}` })).toHaveCount(0);

  // The speaker box matches a part of the name: 张三 finds 县长 张三.
  await page.getByLabel("按讲话人筛选").fill(`张三${m}`);
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText(`主要讲话甲${m}`);

  // The filters survive a reload: they are the URL.
  await page.reload();
  await expect(page.getByLabel("按会议筛选")).toHaveValue(a.id);
  await expect(page.getByLabel("按讲话人筛选")).toHaveValue(`张三${m}`);
  await expect(rows).toHaveCount(1);

  // 定稿 is read-only until reopened.
  await page.getByRole("button", { name: "清除筛选" }).click();
  await page.getByLabel("按讲话人筛选").fill(m);
  await expect(rows).toHaveCount(3);
  const final = rows.filter({ hasText: `主要讲话丙${m}` });
  await expect(final.getByTestId("speech-status")).toHaveText("定稿（只读）");
  await expect(final.getByRole("button", { name: /删除/ })).toHaveCount(0);
  await final.getByRole("button", { name: `重新打开：主要讲话丙${m}` }).click();
  await expect(final.getByTestId("speech-status")).toHaveText("草稿");
  await expect(final.getByRole("button", { name: `删除讲话稿：主要讲话丙${m}` })).toBeVisible();

  // Delete asks first, naming the speech; 取消 keeps it.
  const target = rows.filter({ hasText: `主持词乙${m}` });
  await target.getByRole("button", { name: `删除讲话稿：主持词乙${m}` }).click();
  const confirm = page.getByRole("alertdialog", { name: "删除讲话稿" });
  await expect(confirm).toContainText(`主持词乙${m}`);
  await confirm.getByRole("button", { name: "取消" }).click();
  await expect(confirm).toBeHidden();
  await expect(rows).toHaveCount(3);

  await target.getByRole("button", { name: `删除讲话稿：主持词乙${m}` }).click();
  await page.getByRole("alertdialog", { name: "删除讲话稿" }).getByRole("button", { name: "删除讲话稿" }).click();
  await expect(page.getByRole("alertdialog")).toBeHidden();
  await expect(rows).toHaveCount(2);
  await expect(rows.filter({ hasText: `主持词乙${m}` })).toHaveCount(0);
});

test("删除会议前先确认；会议下还有讲话稿时不能删除", async ({ page, signInAs }) => {
  const m = marker();
  const empty = await createTestMeeting({ title: `警示教育大会${m}` });
  const used = await createTestMeeting({ title: `安全生产月启动仪式${m}` });
  await createTestSpeech({ title: `启动仪式讲话${m}`, meetingId: used.id });
  await signInAs("EDITOR");

  await page.goto(`/meetings/${used.id}`);
  await page.getByRole("button", { name: "删除会议" }).click();
  const confirm = page.getByRole("alertdialog", { name: "删除会议" });
  await expect(confirm).toContainText(used.title);
  // It says why it cannot delete, and its delete button cannot be pressed.
  await expect(confirm).toContainText("还有 1 篇讲话稿");
  await expect(confirm.getByRole("button", { name: "删除会议" })).toBeDisabled();
  await confirm.getByRole("button", { name: "取消" }).click();

  await page.goto("/meetings");
  await page.getByRole("button", { name: `删除会议：${empty.title}` }).click();
  await page.getByRole("alertdialog", { name: "删除会议" }).getByRole("button", { name: "删除会议" }).click();
  await expect(page.getByRole("alertdialog")).toBeHidden();
  await expect(page.getByTestId("meeting-row").filter({ hasText: empty.title })).toHaveCount(0);
  await page.goto(`/meetings/${empty.id}`);
  await expect(page.getByRole("heading", { level: 1, name: "页面不存在" })).toBeVisible();
});

test("只读用户能看会议和讲话稿，但看不到任何新建、修改、删除的入口", async ({ page, signInAs }) => {
  const m = marker();
  const meeting = await createTestMeeting({ title: `季度例会${m}` });
  await createTestSpeech({ title: `季度例会讲话${m}`, meetingId: meeting.id, speaker: `县长${m}`, status: "FINAL" });
  await signInAs("VIEWER");

  await page.goto(`/speeches?speaker=${m}`);
  const row = page.getByTestId("speech-row");
  await expect(row).toHaveCount(1);
  await expect(row.getByTestId("speech-status")).toHaveText("定稿（只读）");
  await expect(page.getByRole("button", { name: "新建讲话稿" })).toHaveCount(0);
  await expect(page.getByRole("button", { name: /删除|重新打开/ })).toHaveCount(0);

  await page.goto("/meetings");
  await expect(page.getByTestId("meeting-row").filter({ hasText: meeting.title })).toBeVisible();
  await expect(page.getByRole("button", { name: /登记会议|编辑|删除/ })).toHaveCount(0);

  await page.goto(`/meetings/${meeting.id}`);
  await expect(page.getByRole("heading", { level: 1, name: meeting.title })).toBeVisible();
  await expect(page.getByTestId("meeting-speeches")).toContainText(`季度例会讲话${m}`);
  await expect(page.getByRole("button", { name: /新建讲话稿|编辑|删除|重新打开/ })).toHaveCount(0);
});
