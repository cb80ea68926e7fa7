// Saving a speech on a real database: optimistic locking by version (also under 20 truly parallel saves through
// the route), the conflict's message and the newer text in its details, 定稿 read-only until reopened, metadata
// edits that never conflict with autosaves, and the document contract's Chinese validation.
import { describe, expect, it } from "vitest";
import { createSession, SESSION_COOKIE } from "../../lib/auth/sessions";
import { db } from "../../lib/db/client";
import { createSpeech } from "../../lib/speeches/create-speech";
import { getSpeech } from "../../lib/speeches/get-speech";
import { saveSpeech } from "../../lib/speeches/save-speech";
import { setSpeechStatus } from "../../lib/speeches/set-speech-status";
import { updateSpeechMeta } from "../../lib/speeches/update-speech-meta";
import { deleteSpeech } from "../../lib/speeches/delete-speech";
import { MAX_SPEECH_CHARS, MAX_SPEECH_NODES } from "../../lib/speech-doc/types";
import { createTestMeeting, createTestUser } from "../../lib/testing/factories";
import { bylineNode, headingNode, paragraphNode, testDoc, titleNode } from "../../lib/testing/speech-docs";
import * as speechRoute from "../../app/api/speeches/[id]/route";
import * as statusRoute from "../../app/api/speeches/[id]/status/route";
import { INVALID_CHAR_MESSAGE } from "../../lib/http/request-guards";
import { refused, routeCaller } from "../support/route-call";
import { asCreateSpeech, asSave, asSpeechMeta, asSpeechStatus } from "../../lib/testing/route-input";

const text = (t: string) => testDoc(titleNode("讲话"), headingNode(1, "形势"), paragraphNode(t));

describe("saveSpeech (real database)", () => {
  it("saves with the right version: version + 1, content, char count, merged settings, last editor", async () => {
    const user = await createTestUser({ displayName: "李秘书" });
    const s = await createSpeech(user.id, asCreateSpeech({ title: "讲话" }));
    const saved = await saveSpeech(
      asSave({
        id: s.id,
        userId: user.id,
        baseVersion: 1,
        title: "新标题",
        content: text("今年以来，全县安全生产形势总体平稳。"),
        settings: { targetMinutes: 20, variables: { unit: "××县" } },
      }),
    );
    expect(saved).toMatchObject({
      id: s.id,
      title: "新标题",
      version: 2,
      charCount: 2 + 18,
      updatedBy: { id: user.id, displayName: "李秘书" },
    });
    const again = await saveSpeech(
      asSave({
        id: s.id,
        userId: user.id,
        baseVersion: 2,
        content: text("改过的段落。"),
        settings: { charsPerMinute: 200 },
      }),
    );
    expect(again).toMatchObject({ title: "新标题", version: 3, charCount: 8 });
    // A cleared title node sends an empty title: the stored title stays (and the autosave goes through).
    const untitled = await saveSpeech(
      asSave({
        id: s.id,
        userId: user.id,
        baseVersion: 3,
        title: "  ",
        content: text("改过的段落。"),
      }),
    );
    expect(untitled).toMatchObject({ title: "新标题", version: 4 });
    const read = await getSpeech(s.id);
    expect(read.content).toEqual(text("改过的段落。"));
    expect(read.settings).toMatchObject({
      targetMinutes: 20,
      charsPerMinute: 200,
      variables: { unit: "××县" },
      numbering: ["cn-dun", "cn-paren", "arabic-dot"],
    });
    expect(read.updatedAt).toBe(untitled.updatedAt);
    expect(Math.abs(Date.parse(read.updatedAt) - Date.now())).toBeLessThan(60_000);
    // Autosaves keep one automatic version (the text before the first save of the day), not one per save.
    const versions = await db().speechRevision.findMany({ where: { speechId: s.id } });
    expect(versions.map((v) => [v.kind, v.version])).toEqual([["AUTO", 1]]);
  });

  it("refuses a stale version with 409, naming who saved and when, with the newer speech in the details", async () => {
    const [a, b] = [await createTestUser({ displayName: "张秘书" }), await createTestUser({ displayName: "李秘书" })];
    const s = await createSpeech(a.id, asCreateSpeech({ title: "讲话" }));
    await saveSpeech(asSave({ id: s.id, userId: a.id, baseVersion: 1, content: text("张秘书的版本。") }));
    const err = await saveSpeech(
      asSave({ id: s.id, userId: b.id, baseVersion: 1, content: text("李秘书的版本。") }),
    ).catch((e: unknown) => e);
    expect(err).toMatchObject({ code: "conflict", status: 409 });
    const { message, details } = err as {
      message: string;
      details: { current: Awaited<ReturnType<typeof getSpeech>> };
    };
    expect(message).toMatch(
      /^这份讲话稿已被 张秘书 在 \d{2}:\d{2} 保存过，您的修改没有覆盖对方，请对照后选择保留哪一版。$/,
    );
    expect(details.current).toMatchObject({ id: s.id, version: 2, content: text("张秘书的版本。") });
    expect((await getSpeech(s.id)).content).toEqual(text("张秘书的版本。"));
    await expect(
      saveSpeech(asSave({ id: "no-such-speech", userId: a.id, baseVersion: 1, content: text("x") })),
    ).rejects.toMatchObject({ code: "not_found", message: "讲话稿不存在或已被删除。" });
  });

  it("20 parallel saves through PUT with the same base version: exactly one succeeds, 19 get 409 with the winner's text", async () => {
    const user = await createTestUser({ displayName: "并发测试" });
    const cookie = `${SESSION_COOKIE}=${(await createSession(user.id)).token}`;
    const s = await createSpeech(user.id, asCreateSpeech({ title: "并发" }));
    const put = (i: number) =>
      speechRoute.PUT(
        new Request(`http://localhost/api/speeches/${s.id}`, {
          method: "PUT",
          headers: { host: "localhost", origin: "http://localhost", cookie, "content-type": "application/json" },
          body: JSON.stringify({ baseVersion: 1, content: text(`第 ${i} 位的版本。`) }),
        }),
        { params: Promise.resolve({ id: s.id }) },
      );
    const responses = await Promise.all(Array.from({ length: 20 }, (_, i) => put(i)));
    const ok = responses.filter((r) => r.status === 200);
    const refused = responses.filter((r) => r.status === 409);
    expect(ok).toHaveLength(1);
    expect(refused).toHaveLength(19);
    const winner = await ok[0]!.json();
    expect(winner.version).toBe(2);
    const stored = await getSpeech(s.id);
    expect(stored.version).toBe(2);
    for (const r of refused) {
      const { error } = await r.json();
      expect(error.code).toBe("conflict");
      expect(error.message).toContain("已被 并发测试 在");
      expect(error.details.current.version).toBe(2);
      expect(error.details.current.content).toEqual(stored.content);
    }
  });

  it("a 定稿 speech is read-only (save, metadata, delete) until reopened; status changes are audited", async () => {
    const user = await createTestUser();
    const s = await createSpeech(user.id, asCreateSpeech({ title: "定稿测试" }));
    const final = await setSpeechStatus(s.id, user.id, asSpeechStatus({ status: "FINAL" }));
    expect(final).toMatchObject({ status: "FINAL", version: 1 });
    const readOnly = { code: "conflict", status: 409, message: "讲话稿已定稿，只读；如需修改请先重新打开。" };
    await expect(
      saveSpeech(asSave({ id: s.id, userId: user.id, baseVersion: 1, content: text("改") })),
    ).rejects.toMatchObject(readOnly);
    await expect(updateSpeechMeta(s.id, user.id, asSpeechMeta({ title: "改标题" }))).rejects.toMatchObject(readOnly);
    await expect(deleteSpeech(s.id, user.id)).rejects.toMatchObject({
      code: "conflict",
      message: "讲话稿已定稿，不能删除；如需删除请先重新打开。",
    });

    const reopened = await setSpeechStatus(s.id, user.id, asSpeechStatus({ status: "DRAFT" }));
    expect(reopened.status).toBe("DRAFT");
    const saved = await saveSpeech(
      asSave({ id: s.id, userId: user.id, baseVersion: 1, content: text("重新打开后修改。") }),
    );
    expect(saved.version).toBe(2);
    const actions = (
      await db().auditLog.findMany({ where: { targetId: s.id }, orderBy: { id: "asc" }, select: { action: true } })
    ).map((a) => a.action);
    expect(actions).toEqual(["speech.create", "speech.finalise", "speech.reopen"]);
    const post = await routeCaller(user.id);
    expect(
      await post(statusRoute.POST, { method: "POST", params: { id: s.id }, body: { status: "DONE" } }),
    ).toMatchObject(refused("状态只能是草稿、审阅或定稿。"));
  });

  it("metadata edits do not bump the version, so the next autosave still goes through", async () => {
    const user = await createTestUser();
    const meeting = await createTestMeeting({ date: new Date("2025-06-01") });
    // The speaker is already in the line under the title (as the composer writes it before this form is sent),
    // so the text does not change.
    const s = await createSpeech(user.id, asCreateSpeech({ title: "讲话", speaker: "副县长 李四" }));
    const meta = await updateSpeechMeta(
      s.id,
      user.id,
      asSpeechMeta({
        title: "在安全生产月启动仪式上的讲话",
        meetingId: meeting.id,
        speaker: "副县长 李四",
        kind: "主要讲话",
        date: "2025-06-01",
      }),
    );
    expect(meta).toMatchObject({
      version: 1,
      title: "在安全生产月启动仪式上的讲话",
      speaker: "副县长 李四",
      kind: "主要讲话",
      date: "2025-06-01",
      meeting: { id: meeting.id },
    });
    const content = testDoc(titleNode("讲话"), bylineNode("副县长 李四"), paragraphNode("正文。"));
    const saved = await saveSpeech(asSave({ id: s.id, userId: user.id, baseVersion: 1, content }));
    expect(saved).toMatchObject({ version: 2, title: "在安全生产月启动仪式上的讲话", speaker: "副县长 李四" });
    const cleared = await updateSpeechMeta(s.id, user.id, asSpeechMeta({ meetingId: null, date: null }));
    expect(cleared).toMatchObject({ meeting: null, speaker: "副县长 李四", date: null, version: 2 });
    const patch = await routeCaller(user.id);
    expect(await patch(speechRoute.PATCH, { method: "PATCH", params: { id: s.id }, body: {} })).toMatchObject(
      refused("没有需要修改的内容。"),
    );
    await expect(updateSpeechMeta(s.id, user.id, asSpeechMeta({ meetingId: "gone" }))).rejects.toMatchObject({
      code: "invalid_input",
      message: "所选会议不存在，请刷新后重新选择。",
    });
  });

  it("validates the document strictly, in Chinese, at the route, changing nothing", async () => {
    const user = await createTestUser();
    const s = await createSpeech(user.id, asCreateSpeech({ title: "校验" }));
    const put = await routeCaller(user.id);
    const attempt = (content: unknown, extra: Record<string, unknown> = {}) =>
      put(speechRoute.PUT, { method: "PUT", params: { id: s.id }, body: { baseVersion: 1, content, ...extra } });
    const p = (attrs: unknown, t = "文字") => ({ type: "paragraph", attrs, content: [{ type: "text", text: t }] });
    const cases: [unknown, string][] = [
      [undefined, "缺少讲话稿内容。"],
      [
        { type: "doc", content: [{ type: "image", attrs: { src: "x" } }] },
        "讲话稿中有不支持的内容类型（只能有标题、署名、称谓、各级标题和正文段落）。",
      ],
      [{ type: "doc", content: [{ type: "heading", attrs: { level: 4 } }] }, "标题层级只能是 1、2 或 3。"],
      [{ type: "doc", content: [{ type: "heading" }] }, "标题缺少层级。"],
      [
        { type: "doc", content: [{ type: "paragraph" }, { type: "speechTitle" }] },
        "讲话稿的结构不完整（应依次为标题、署名行、称谓和正文），请刷新页面后重试。",
      ],
      [{ type: "doc", content: [] }, "讲话稿的结构不完整（应依次为标题、署名行、称谓和正文），请刷新页面后重试。"],
      [{ type: "doc", content: [p({ blockId: "b".repeat(101) })] }, "段落的素材来源编号过长。"],
      [{ type: "doc", content: [p({ sourceHash: "h".repeat(17) })] }, "段落的来源校验值过长。"],
      [{ type: "doc", content: [p({ blockVersion: 1.5 })] }, "讲话稿内容格式不正确，请刷新后重试。"],
      [{ type: "doc", content: [p({ onclick: "x" })] }, "讲话稿内容格式不正确，请刷新后重试。"],
      // The route wrapper refuses NUL in any request before the contract sees it.
      [{ type: "doc", content: [p(undefined, "含\u0000字符")] }, INVALID_CHAR_MESSAGE],
      [
        {
          type: "doc",
          content: [{ type: "paragraph", content: [{ type: "text", text: "粗", marks: [{ type: "bold" }] }] }],
        },
        "讲话稿中只能使用“变量”这一种文字标记。",
      ],
      [
        {
          type: "doc",
          content: [
            {
              type: "paragraph",
              content: [{ type: "text", text: "县", marks: [{ type: "variable", attrs: { name: "x" } }] }],
            },
          ],
        },
        "讲话稿中有未知的变量。",
      ],
      [
        { type: "doc", content: [{ type: "paragraph", content: [{ type: "html", text: "<b>" }] }] },
        "讲话稿的段落中只能有文字。",
      ],
      [
        { type: "doc", content: Array.from({ length: MAX_SPEECH_NODES + 1 }, () => ({ type: "paragraph" })) },
        "讲话稿最多 5000 个段落，请拆分后再保存。",
      ],
      [testDoc(paragraphNode("字".repeat(MAX_SPEECH_CHARS + 1))), "讲话稿最多 200000 个字，请拆分后再保存。"],
    ];
    for (const [content, message] of cases) {
      expect(await attempt(content), message).toMatchObject(refused(message));
    }
    const settingsCases: [unknown, string][] = [
      [{ charsPerMinute: 59 }, "语速不能低于每分钟 60 字。"],
      [{ charsPerMinute: 601 }, "语速不能高于每分钟 600 字。"],
      [{ targetChars: 0 }, "目标字数必须大于 0。"],
      [{ targetMinutes: -5 }, "目标时长必须大于 0。"],
      [{ numbering: ["cn-dun", "roman", "arabic-dot"] }, "标题编号样式无效。"],
      [{ variables: { unit: "县".repeat(101) } }, "每个变量最多 100 个字。"],
      [{ variables: { colour: "红" } }, "未知的变量。"],
      [{ reuseMeetings: 21 }, "重复提醒的会议数不能超过 20。"],
      [{ reuseMonths: 61 }, "重复提醒的月数不能超过 60。"],
      [{ fontSize: 16 }, "讲话稿设置格式不正确。"],
    ];
    for (const [settings, message] of settingsCases) {
      expect(await attempt(text("x"), { settings }), message).toMatchObject(refused(message));
    }
    expect(await attempt(text("x"), { baseVersion: 0 })).toMatchObject(refused("讲话稿的版本号无效，请刷新后再试。"));
    expect((await getSpeech(s.id)).version).toBe(1);
    // The contract's own message for NUL (input that does not come through a route: an imported file).
    const nul = testDoc(paragraphNode("含\u0000字符"));
    expect(() => asSave({ id: s.id, userId: user.id, baseVersion: 1, content: nul })).toThrow(
      "讲话稿中有无效字符（U+0000），请删除后重试。",
    );
    // The limits themselves are allowed: 200,000 characters.
    const big = await saveSpeech(
      asSave({
        id: s.id,
        userId: user.id,
        baseVersion: 1,
        content: testDoc(titleNode(""), paragraphNode("字".repeat(MAX_SPEECH_CHARS))),
      }),
    );
    expect(big.charCount).toBe(MAX_SPEECH_CHARS);
  });
});
