// Outline templates and the coverage hint: start a speech from a structure mined from the corpus and see its
// headings numbered in the composer; see which usual parts a speech lacks and open the library on one; save a
// speech's outline as a template and start a new speech from it (then delete the template).
import { randomBytes } from "node:crypto";
import { createSpeech } from "../lib/speeches/create-speech";
import { createTestCorpusSpeech } from "../lib/testing/corpus-speech";
import { createTestMeeting } from "../lib/testing/factories";
import { expectSaved, headingList, openComposer } from "./support/composer";
import { expect, test } from "./support/fixtures";

const m = `mb${randomBytes(4).toString("hex")}`;
const SHAPE = "宣传培训 — 应急管理 — 基层基础";

test.beforeAll(async () => {
  // Five 警示教育大会 speeches of one shape: a common structure, and what speeches of that meeting type contain.
  for (let i = 0; i < 5; i++) {
    await createTestCorpusSpeech({
      title: `在全县安全生产警示教育大会上的讲话${m}-${i}`,
      sections: [
        {
          heading: `一、强化警示教育，筑牢思想防线${m}`,
          categoryKey: "宣传培训",
          paragraphs: [{ text: `要用身边事故教育身边人${m}${i}。`, categoryKey: "宣传培训" }],
        },
        { heading: `（一）开展事故案例警示教育${m}`, level: 2, categoryKey: "宣传培训" },
        {
          heading: `二、完善应急预案，提升处置能力${m}`,
          categoryKey: "应急管理",
          paragraphs: [{ text: `严格落实24小时值班值守${m}${i}。`, categoryKey: "应急管理" }],
        },
        {
          heading: `三、夯实基层基础，健全长效机制${m}`,
          categoryKey: "基层基础",
          paragraphs: [{ text: `推进网格化管理${m}${i}。`, categoryKey: "基层基础" }],
        },
      ],
    });
  }
});

test("从“语料中的常见结构”新建讲话稿，组稿页显示带编号的标题", async ({ page, signInAs }) => {
  await signInAs("EDITOR");
  await page.goto("/speeches");
  await page.getByRole("button", { name: "新建讲话稿" }).click();
  const create = page.getByRole("dialog", { name: "新建讲话稿" });
  await create.getByLabel("标题").fill(`警示教育讲话${m}`);
  await create.getByRole("radio", { name: "语料中的常见结构", exact: true }).check();
  const shapes = create.getByRole("radiogroup", { name: "语料中的常见结构" });
  const shape = shapes.getByRole("listitem").filter({ hasText: SHAPE });
  await expect(shape).toContainText("5 篇语料讲话采用这一结构");
  await shape.getByRole("radio").check();
  const preview = create.getByTestId("template-preview");
  await expect(preview).toContainText(`强化警示教育，筑牢思想防线${m}`);
  await expect(preview).toContainText(`开展事故案例警示教育${m}`);
  await create.getByRole("button", { name: "创建并开始写作" }).click();

  await expect(page).toHaveURL(/\/speeches\/[a-z0-9]+$/);
  await expect(page.locator('.speech-editor[contenteditable="true"]')).toBeVisible();
  await expect
    .poll(() => headingList(page))
    .toEqual([
      `一、强化警示教育，筑牢思想防线${m}`,
      `（一）开展事故案例警示教育${m}`,
      `二、完善应急预案，提升处置能力${m}`,
      `三、夯实基层基础，健全长效机制${m}`,
    ]);
  // The outline beside the text numbers them the same way.
  await expect(page.getByRole("navigation", { name: "提纲" })).toContainText(`二、完善应急预案，提升处置能力${m}`);
});

test("结构提示列出同类讲话常有而本稿缺少的部分，点击后素材栏打开该类别", async ({ page, signInAs }) => {
  const user = await signInAs("EDITOR");
  const meeting = await createTestMeeting({ title: `全县安全生产警示教育大会${m}`, type: "警示教育大会" });
  const speech = await createSpeech(user.id, {
    title: `在警示教育大会上的讲话${m}`,
    meetingId: meeting.id,
    from: { kind: "template", template: "three-points" },
  });
  await openComposer(page, speech.id);
  const hint = page.getByTestId("coverage-hint");
  await expect(hint).toContainText("按语料中 5 篇警示教育大会讲话比较");
  const missing = hint.getByRole("button", { name: "缺少 宣传培训：语料中 100% 的同类讲话有这一部分" });
  await expect(missing).toBeVisible();
  await expect(hint.getByRole("button", { name: /^缺少 应急管理/ })).toBeVisible();

  // From another tab too: the link brings the library panel back, on that category.
  await page.getByRole("tab", { name: "设置" }).click();
  await missing.click();
  await expect(page.getByRole("tab", { name: /^宣传培训/ })).toHaveAttribute("aria-selected", "true");
  const results = page.getByRole("listbox", { name: "素材检索结果" });
  await expect(results).toHaveAttribute("aria-busy", "false");
  await expect(results.getByRole("option").first()).toContainText("宣传培训");
});

test("把讲话稿的提纲存为模板，再从“我的模板”新建讲话稿，最后删除模板", async ({ page, signInAs }) => {
  const user = await signInAs("EDITOR");
  const speech = await createSpeech(user.id, {
    title: `提纲来源${m}`,
    from: { kind: "template", template: "safety-committee" },
  });
  await openComposer(page, speech.id);
  await page.getByRole("button", { name: "存为提纲模板" }).click();
  const dialog = page.getByRole("dialog", { name: "存为提纲模板" });
  await dialog.getByLabel("模板名称").fill(`安委会提纲${m}`);
  await dialog.getByRole("button", { name: "保存模板" }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByTestId("status-toast")).toContainText(`已存为提纲模板“安委会提纲${m}”（9 个标题）`);
  await expectSaved(page);

  await page.goto("/speeches");
  await page.getByRole("button", { name: "新建讲话稿" }).click();
  const create = page.getByRole("dialog", { name: "新建讲话稿" });
  await create.getByLabel("标题").fill(`按我的模板${m}`);
  await create.getByRole("radio", { name: "我的模板", exact: true }).check();
  const mine = create.getByRole("radiogroup", { name: "我的模板" });
  await mine.getByRole("radio", { name: new RegExp(`安委会提纲${m}`) }).check();
  await expect(create.getByTestId("template-preview")).toContainText("压实企业主体责任");
  await create.getByRole("button", { name: "创建并开始写作" }).click();

  await expect(page).toHaveURL(/\/speeches\/[a-z0-9]+$/);
  await expect(page.locator('.speech-editor[contenteditable="true"]')).toBeVisible();
  await expect
    .poll(() => headingList(page))
    .toEqual([
      "一、正视问题，清醒认识当前安全生产面临的严峻形势",
      "二、突出重点，全力抓好安全生产各项工作",
      "（一）深入推进安全生产治本攻坚",
      "（二）扎实开展重点行业领域专项整治",
      "（三）全面加强应急管理和救援能力建设",
      "三、强化担当，切实压紧压实安全生产责任",
      "（一）压实党委政府领导责任",
      "（二）压实部门监管责任",
      "（三）压实企业主体责任",
    ]);

  await page.goto("/speeches");
  await page.getByRole("button", { name: "新建讲话稿" }).click();
  const again = page.getByRole("dialog", { name: "新建讲话稿" });
  await again.getByRole("radio", { name: "我的模板", exact: true }).check();
  await again.getByRole("button", { name: `删除模板“安委会提纲${m}”` }).click();
  await again.getByRole("button", { name: "确认删除" }).click();
  await expect(again.getByRole("radiogroup", { name: "我的模板" }).getByText(`安委会提纲${m}`)).toHaveCount(0);
});
