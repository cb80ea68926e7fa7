// The composer's saver when the session has expired: a save answered 401 says so (not a generic failure), keeps
// the text in localStorage, keeps saying so while the user types on, and saves as soon as a session is back.
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { SIGNED_OUT_MESSAGE, SpeechSaver, type SaverState } from "@/components/composer/speech-saver";
import { doc, stubbed } from "../support/saver-stubs";

const unauthenticated = { status: 401, body: { error: { code: "unauthenticated", message: "请先登录。" } } };
const payload = (text: string) => () => ({ title: "讲话", content: doc(text) }) as never;

beforeEach(() => vi.useFakeTimers());
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe("the saver when signed out", () => {
  it("says so, keeps the text in the browser while the user types on, and saves once signed in again", async () => {
    const { sent, store } = stubbed([unauthenticated, unauthenticated, { status: 200, body: { version: 3 } }]);
    const states: SaverState[] = [];
    const saver = new SpeechSaver("sp1", "u:sp1", 2, (s) => states.push(s));
    const drafts = () => [...store.values()].join("");

    saver.changed(payload("我的修改"));
    await vi.advanceTimersByTimeAsync(2_000);
    expect(saver.status).toBe("signed-out");
    expect(saver.message).toBe(SIGNED_OUT_MESSAGE);
    expect(drafts()).toContain("我的修改");

    // Typing on: the note stays (no flicker back to 未保存), the draft follows, and each pause tries again.
    saver.changed(payload("我的修改，再写一句"));
    expect(saver.status).toBe("signed-out");
    await vi.advanceTimersByTimeAsync(500);
    expect(drafts()).toContain("再写一句");
    await vi.advanceTimersByTimeAsync(1_500);
    expect(sent.map((s) => s.content)).toEqual([doc("我的修改"), doc("我的修改，再写一句")]);
    expect(saver.message).toBe(SIGNED_OUT_MESSAGE);

    // Signed in again (in another tab): the next change is saved and the draft goes.
    saver.changed(payload("我的修改，再写一句。"));
    await vi.advanceTimersByTimeAsync(2_000);
    expect(saver.status).toBe("saved");
    expect(saver.message).toBeNull();
    expect(saver.version).toBe(3);
    expect(store.size).toBe(0);
    expect(states.map((s) => s.status)).toEqual([
      "dirty",
      "saving",
      "signed-out",
      "saving",
      "signed-out",
      "saving",
      "saved",
    ]);
    expect(states.slice(2, 6).every((s) => s.message === SIGNED_OUT_MESSAGE)).toBe(true);
  });

  it("is not mistaken for signed out on other refusals", async () => {
    stubbed([{ status: 403, body: { error: { code: "forbidden", message: "没有权限。" } } }]);
    const saver = new SpeechSaver("sp1", "u:sp1", 2, () => {});
    saver.changed(payload("我的修改"));
    await vi.advanceTimersByTimeAsync(2_000);
    expect(saver.status).toBe("error");
    expect(saver.message).toBe("没有权限。");
  });
});
