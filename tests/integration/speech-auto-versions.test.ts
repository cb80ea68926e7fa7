// Automatic speech versions on a real database: the first save of a day (Beijing time), the 10-minute rule, a
// colleague's text, a save over a newer version, a status change, and parallel saves racing.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { saveSpeech } from "@/lib/speeches/save-speech";
import { setSpeechStatus } from "@/lib/speeches/set-speech-status";
import { createNamedVersion } from "@/lib/speeches/versions/create-named-version";
import { listVersions } from "@/lib/speeches/versions/list-versions";
import {
  BEFORE_OTHER_EDITOR,
  BEFORE_OVERWRITE,
  FIRST_SAVE_OF_DAY,
  WHILE_EDITING,
} from "@/lib/speeches/versions/auto-snapshot";
import { createTestUser } from "@/lib/testing/factories";
import { asNamedVersion, asSave, asSpeechStatus } from "@/lib/testing/route-input";
import { age, beijingTime, kinds, newSpeech, text } from "../support/speech-versions";

describe("automatic versions", () => {
  it("keep the text before the first save of a day, then at most one every 10 minutes of editing", async () => {
    const { user, s } = await newSpeech();
    let v = 1;
    // Noon in Beijing, so that the minutes this test goes back never reach yesterday, whenever it runs.
    const now = beijingTime(12, 0);
    const save = async (t: string) =>
      (v = (await saveSpeech(asSave({ id: s.id, userId: user.id, baseVersion: v, content: text(t) }), { now }))
        .version);
    await save("第一次保存。");
    await save("第二次保存。");
    await save("第三次保存。");
    expect(await kinds(s.id)).toEqual([["AUTO", FIRST_SAVE_OF_DAY, 1]]);
    // 9 minutes later: still inside the window.
    await age(s.id, 9);
    await save("第四次保存。");
    expect((await listVersions(s.id)).length).toBe(1);
    // 11 minutes after the last version: the text before this save is kept (version 5 holds 第四次保存).
    await age(s.id, 2);
    await save("第五次保存。");
    const list = await listVersions(s.id);
    expect(list.map((x) => [x.kind, x.version])).toEqual([
      ["AUTO", 5],
      ["AUTO", 1],
    ]);
    expect(list[0]).toMatchObject({
      title: "讲话",
      charCount: 2 + 6,
      status: "DRAFT",
      createdBy: { displayName: "王秘书" },
    });
    const stored = await db().speechRevision.findUniqueOrThrow({ where: { id: list[0]!.id } });
    expect(stored.content).toEqual(text("第四次保存。"));
    // A day later (the last version from yesterday): the first save of the day takes one again.
    await age(s.id, 24 * 60);
    await save("第二天。");
    expect((await listVersions(s.id))[0]).toMatchObject({ kind: "AUTO", name: FIRST_SAVE_OF_DAY, version: 6 });
    expect(WHILE_EDITING).toBeTruthy();
  });

  it("just after midnight in Beijing, take the first save of the new day though the last version is minutes old", async () => {
    const { user, s } = await newSpeech();
    const now = beijingTime(0, 5);
    const save = (baseVersion: number, t: string) =>
      saveSpeech(asSave({ id: s.id, userId: user.id, baseVersion, content: text(t) }), { now });
    await save(1, "午夜前。");
    await age(s.id, 9); // 23:56 the day before
    await save(2, "午夜后。");
    expect(await kinds(s.id)).toEqual([
      ["AUTO", FIRST_SAVE_OF_DAY, 2],
      ["AUTO", FIRST_SAVE_OF_DAY, 1],
    ]);
  });

  it("take no second version of a text a version already holds, and none for a refused save", async () => {
    const { user, s } = await newSpeech();
    await createNamedVersion(s.id, user.id, asNamedVersion({ name: "空白稿" }));
    await saveSpeech(asSave({ id: s.id, userId: user.id, baseVersion: 1, content: text("改了。") }));
    expect(await kinds(s.id)).toEqual([["NAMED", "空白稿", 1]]);
    await age(s.id, 30);
    const err = await saveSpeech(
      asSave({ id: s.id, userId: user.id, baseVersion: 1, content: text("过期的。") }),
    ).catch((e) => e);
    expect(err).toMatchObject({ code: "conflict" });
    expect((await listVersions(s.id)).length).toBe(1);
  });

  it("are taken once when parallel saves race: only the save that wins keeps the text before it", async () => {
    const { user, s } = await newSpeech();
    const results = await Promise.allSettled(
      Array.from({ length: 10 }, (_, i) =>
        saveSpeech(asSave({ id: s.id, userId: user.id, baseVersion: 1, content: text(`并发保存${i}。`) })),
      ),
    );
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(await kinds(s.id)).toEqual([["AUTO", FIRST_SAVE_OF_DAY, 1]]);
  });

  it("keep a colleague's text before it is replaced, and the text saved over on purpose, inside the 10 minutes", async () => {
    const { user, s } = await newSpeech();
    const colleague = await createTestUser({ displayName: "李科长" });
    const save = (userId: string, baseVersion: number, t: string, overwrite?: boolean) =>
      saveSpeech(asSave({ id: s.id, userId, baseVersion, content: text(t), overwrite }));
    await save(user.id, 1, "王秘书写的。");
    // Within the same minute another clerk saves over it: 王秘书's text is kept, under his name.
    await save(colleague.id, 2, "李科长改的。");
    // Then 王秘书, whose page was stale, keeps his own text (保留我的版本): 李科长's text is kept first.
    const conflict = await save(user.id, 2, "王秘书坚持的。").catch((e) => e);
    expect(conflict).toMatchObject({ code: "conflict" });
    await save(user.id, 3, "王秘书坚持的。", true);
    // His own next save, a minute later, takes none.
    await save(user.id, 4, "王秘书再改的。");
    const list = await listVersions(s.id);
    expect(list.map((x) => [x.kind, x.name, x.version, x.createdBy?.displayName])).toEqual([
      ["AUTO", BEFORE_OVERWRITE, 3, "李科长"],
      ["AUTO", BEFORE_OTHER_EDITOR, 2, "王秘书"],
      ["AUTO", FIRST_SAVE_OF_DAY, 1, "王秘书"],
    ]);
    const kept = await db().speechRevision.findMany({ where: { speechId: s.id }, orderBy: { version: "asc" } });
    expect(kept.slice(1).map((r) => r.content)).toEqual([text("王秘书写的。"), text("李科长改的。")]);
  });

  it("record a status change with the text as it stood and the status before", async () => {
    const { user, s } = await newSpeech();
    await saveSpeech(asSave({ id: s.id, userId: user.id, baseVersion: 1, content: text("送审的文本。") }));
    await setSpeechStatus(s.id, user.id, asSpeechStatus({ status: "REVIEW" }));
    await setSpeechStatus(s.id, user.id, asSpeechStatus({ status: "REVIEW" })); // no change, no version
    await setSpeechStatus(s.id, user.id, asSpeechStatus({ status: "FINAL" }));
    const list = await listVersions(s.id);
    expect(list.map((x) => [x.kind, x.name, x.status, x.version])).toEqual([
      ["STATUS", "审阅 → 定稿", "REVIEW", 2],
      ["STATUS", "草稿 → 审阅", "DRAFT", 2],
      ["AUTO", FIRST_SAVE_OF_DAY, "DRAFT", 1],
    ]);
  });
});
