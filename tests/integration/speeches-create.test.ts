// Creating a speech from every source on a real database: empty, outline template, a corpus speech's headings,
// an earlier speech's headings or a full copy (which also records the blocks the copy uses).
import { describe, expect, it } from "vitest";
import { db } from "../../lib/db/client";
import { createSpeech } from "../../lib/speeches/create-speech";
import { saveSpeech } from "../../lib/speeches/save-speech";
import { OUTLINE_TEMPLATES } from "../../lib/speeches/templates";
import {
  createTestBlock,
  createTestDocument,
  createTestMeeting,
  createTestSpeechInCorpus,
  createTestUser,
} from "../../lib/testing/factories";
import { bylineNode, headingNode, paragraphNode, testDoc, titleNode } from "../../lib/testing/speech-docs";
import { asCreateSpeech, asSave } from "../../lib/testing/route-input";
import * as speechesRoute from "../../app/api/speeches/route";
import { refused, routeCaller } from "../support/route-call";

const headings = (doc: { content: { type: string; attrs?: unknown; content?: { text: string }[] }[] }) =>
  doc.content
    .filter((n) => n.type === "heading")
    .map((n) => [(n.attrs as { level: number }).level, (n.content ?? []).map((t) => t.text).join("")]);

describe("createSpeech (real database)", () => {
  it("empty: title in the title node, the speaker in the speaker line, 同志们： and an opening paragraph", async () => {
    const user = await createTestUser({ displayName: "王文书" });
    const meeting = await createTestMeeting({ date: new Date("2025-03-01") });
    const speech = await createSpeech(
      user.id,
      asCreateSpeech({
        title: "  在全县安全生产工作会议上的讲话 ",
        meetingId: meeting.id,
        speaker: "县长 张三",
        kind: "主要讲话",
        date: "2025-03-01",
      }),
    );
    expect(speech).toMatchObject({
      title: "在全县安全生产工作会议上的讲话",
      status: "DRAFT",
      kind: "主要讲话",
      speaker: "县长 张三",
      date: "2025-03-01",
      version: 1,
      charCount: 4,
      meeting: { id: meeting.id, title: meeting.title, date: "2025-03-01" },
      createdBy: { id: user.id, displayName: "王文书" },
      updatedBy: { id: user.id, displayName: "王文书" },
      settings: { numbering: ["cn-dun", "cn-paren", "arabic-dot"], charsPerMinute: 220, reuseMeetings: 3 },
    });
    expect(speech.content).toEqual({
      type: "doc",
      content: [
        { type: "speechTitle", content: [{ type: "text", text: "在全县安全生产工作会议上的讲话" }] },
        { type: "speakerLine", content: [{ type: "text", text: "县长 张三" }] },
        { type: "salutation", content: [{ type: "text", text: "同志们：" }] },
        { type: "paragraph" },
      ],
    });
    expect(await db().auditLog.count({ where: { action: "speech.create", targetId: speech.id } })).toBe(1);
  });

  it("from the 三点意见 template and the other templates: level-1 headings, each followed by an empty paragraph", async () => {
    const user = await createTestUser();
    const speech = await createSpeech(
      user.id,
      asCreateSpeech({ title: "讲话", from: { kind: "template", template: "three-points" } }),
    );
    expect(headings(speech.content)).toEqual([
      [1, "充分认清当前安全生产形势"],
      [1, "全力抓好隐患排查整治"],
      [1, "切实压紧压实安全生产责任"],
    ]);
    const body = speech.content.content.slice(4).map((n) => n.type);
    expect(body).toEqual(["heading", "paragraph", "heading", "paragraph", "heading", "paragraph"]);
    expect(speech.content.content[1]).toEqual({ type: "speakerLine" });

    for (const t of OUTLINE_TEMPLATES) {
      const s = await createSpeech(
        user.id,
        asCreateSpeech({ title: t.label, from: { kind: "template", template: t.key } }),
      );
      expect(headings(s.content)).toEqual(t.headings.map((h) => [h.level, h.text]));
    }
    const post = await routeCaller(user.id);
    expect(
      await post(speechesRoute.POST, {
        method: "POST",
        body: { title: "讲话", from: { kind: "template", template: "no-such" } },
      }),
    ).toMatchObject(refused("请选择有效的提纲模板。"));
  });

  it("from a corpus speech: its headings by position with their level, numbers stripped, merged repeats included", async () => {
    const user = await createTestUser();
    const doc = await createTestDocument();
    const cs = await createTestSpeechInCorpus(doc.id, { title: "在全市安委会全体会议上的讲话" });
    const other = await createTestSpeechInCorpus((await createTestDocument()).id);
    const mk = async (
      text: string,
      level: number | null,
      position: number,
      kind: "HEADING" | "PARAGRAPH" = "HEADING",
    ) => {
      const b = await createTestBlock({
        text,
        kind,
        level,
        position,
        sourceDocumentId: doc.id,
        sourceSpeechId: cs.id,
      });
      await db().blockSource.create({ data: { blockId: b.id, documentId: doc.id, speechId: cs.id, position } });
      return b;
    };
    await mk("二、全力抓好重点行业领域整治", 1, 5);
    await mk("一、清醒认识当前形势", 1, 1);
    await mk("今年以来，全市安全生产形势总体平稳。", null, 2, "PARAGRAPH");
    await mk("（一）突出抓好道路交通", 2, 6);
    // A heading found first in another speech: this speech has it only as a further source.
    const shared = await createTestBlock({
      text: "1. 严格执法检查",
      kind: "HEADING",
      level: 3,
      sourceSpeechId: other.id,
      position: 0,
    });
    await db().blockSource.create({ data: { blockId: shared.id, documentId: doc.id, speechId: cs.id, position: 7 } });

    const speech = await createSpeech(
      user.id,
      asCreateSpeech({
        title: "讲话",
        from: { kind: "corpus", corpusSpeechId: cs.id },
      }),
    );
    expect(headings(speech.content)).toEqual([
      [1, "清醒认识当前形势"],
      [1, "全力抓好重点行业领域整治"],
      [2, "突出抓好道路交通"],
      [3, "严格执法检查"],
    ]);
    expect(speech.content.content.slice(4).filter((n) => n.type === "paragraph")).toHaveLength(4);

    await expect(
      createSpeech(
        user.id,
        asCreateSpeech({ title: "讲话", from: { kind: "corpus", corpusSpeechId: "no-such-speech" } }),
      ),
    ).rejects.toMatchObject({ code: "not_found", message: "所选的语料讲话不存在，可能已被撤销导入。" });
  });

  it("from an earlier speech: only its headings, or a full copy of text and settings that records the blocks used", async () => {
    const user = await createTestUser();
    const block = await createTestBlock();
    const original = await createSpeech(user.id, asCreateSpeech({ title: "原稿", speaker: "县长" }));
    await saveSpeech(
      asSave({
        id: original.id,
        userId: user.id,
        baseVersion: 1,
        content: testDoc(
          titleNode("原稿"),
          bylineNode("县长"),
          headingNode(1, "形势"),
          paragraphNode(block.text, block),
          headingNode(2, "（一）具体任务"),
          paragraphNode("自己写的段落。"),
        ),
        settings: { charsPerMinute: 180, variables: { unit: "××县" } },
      }),
    );

    const outline = await createSpeech(
      user.id,
      asCreateSpeech({
        title: "提纲稿",
        speaker: "副县长",
        from: { kind: "speech", speechId: original.id, copy: false },
      }),
    );
    expect(headings(outline.content)).toEqual([
      [1, "形势"],
      [2, "具体任务"],
    ]);
    expect(outline.settings.charsPerMinute).toBe(220);
    expect(await db().blockUsage.count({ where: { speechId: outline.id } })).toBe(0);

    const copy = await createSpeech(
      user.id,
      asCreateSpeech({
        title: "复制稿",
        speaker: "县长",
        from: { kind: "speech", speechId: original.id, copy: true },
      }),
    );
    expect(copy.content.content[0]).toEqual({ type: "speechTitle", content: [{ type: "text", text: "复制稿" }] });
    expect(copy.content.content.slice(1)).toEqual(
      testDoc(
        bylineNode("县长"),
        headingNode(1, "形势"),
        paragraphNode(block.text, block),
        headingNode(2, "（一）具体任务"),
        paragraphNode("自己写的段落。"),
      ).content.slice(1),
    );
    expect(copy.settings).toMatchObject({ charsPerMinute: 180, variables: { unit: "××县" } });
    expect(copy.charCount).toBe(2 + [...block.text].length + 7 + 7);
    const usage = await db().blockUsage.findUniqueOrThrow({
      where: { blockId_speechId: { blockId: block.id, speechId: copy.id } },
    });
    expect(usage).toMatchObject({ speaker: "县长", createdById: user.id });
    expect((await db().block.findUniqueOrThrow({ where: { id: block.id } })).useCount).toBe(2);

    await expect(
      createSpeech(
        user.id,
        asCreateSpeech({ title: "讲话", from: { kind: "speech", speechId: "no-such", copy: true } }),
      ),
    ).rejects.toMatchObject({ code: "not_found", message: "所选的讲话稿不存在或已被删除。" });
  });

  it("validates in Chinese at the route: title, limits, unknown meeting, bad day", async () => {
    const user = await createTestUser();
    const post = await routeCaller(user.id);
    const cases: [unknown, string][] = [
      [{ title: "  " }, "请填写讲话稿标题。"],
      [{ title: "标".repeat(201) }, "讲话稿标题最多 200 个字。"],
      [{ title: "讲话", speaker: "人".repeat(51) }, "讲话人最多 50 个字。"],
      [{ title: "讲话", kind: "类".repeat(21) }, "讲话类型最多 20 个字。"],
      [{ title: "讲话", date: "2025-02-30" }, "讲话日期无效：2025年2月没有30日。"],
      [{ title: "讲话", date: "2025/03/01" }, "讲话日期格式应为 2025-03-01。"],
      [{ title: "讲话", meetingId: "no-such-meeting" }, "所选会议不存在，请刷新后重新选择。"],
      [{ title: "讲话", from: { kind: "nope" } }, "请选择新讲话稿的来源：空白、提纲模板、语料讲话或已有讲话稿。"],
    ];
    for (const [body, message] of cases) {
      expect(await post(speechesRoute.POST, { method: "POST", body }), message).toMatchObject(refused(message));
    }
    // The meeting is checked by the use case itself (the contract cannot know the meetings).
    await expect(
      createSpeech(user.id, asCreateSpeech({ title: "讲话", meetingId: "no-such-meeting" })),
    ).rejects.toMatchObject({ code: "invalid_input", status: 400, message: "所选会议不存在，请刷新后重新选择。" });
  });
});
