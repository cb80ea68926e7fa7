// The composer's saver sends `overwrite` only for the save the user chose to make over a newer version
// (保留我的版本): a conflict met again, or the newer text taken instead, spends it. Taking the newer text
// (采用较新的版本) first keeps the user's own as a version, and does not give it up when that fails.
import { afterEach, describe, expect, it, vi } from "vitest";
import { SpeechSaver } from "@/components/composer/speech-saver";
import { doc, stubbed } from "../support/saver-stubs";

const newer = (version: number, text: string) => ({
  status: 409,
  body: {
    error: {
      message: "冲突",
      details: { current: { version, title: "讲话", content: doc(text), updatedAt: new Date().toISOString() } },
    },
  },
});

afterEach(() => vi.unstubAllGlobals());

describe("the saver's overwrite flag", () => {
  it("goes with the 保留我的版本 save only, not into a later ordinary save", async () => {
    const kept = { status: 200, body: { version: { id: "v1" } } };
    const { sent } = stubbed([newer(3, "对方的"), newer(4, "第三人的"), kept, { status: 200, body: { version: 5 } }]);
    const saver = new SpeechSaver("sp1", "u:sp1", 2, () => {}, 0);
    const payload = (text: string) => () => ({ title: "讲话", content: doc(text) }) as never;
    saver.changed(payload("我的"));
    await saver.flush();
    saver.keepMine(); // saved over the newer text on purpose … and a third colleague saved meanwhile
    await vi.waitFor(() => expect(sent).toHaveLength(2));
    await vi.waitFor(() => expect(saver.status).toBe("conflict"));
    expect(await saver.takeTheirs()).toBe(true); // this time the user takes the newer text, ours kept first
    expect(sent[2]).toMatchObject({
      url: "/api/speeches/sp1/versions/discarded",
      baseVersion: 3,
      content: doc("我的"),
    });
    saver.changed(payload("第三人的，再改一句"));
    await saver.flush();
    const saves = sent.filter((b) => b.url === "/api/speeches/sp1");
    expect(saves.map((b) => b.overwrite)).toEqual([undefined, true, undefined]);
  });
});

describe("taking the newer text", () => {
  it("keeps the conflict open, the text unsaved and backed up, when the user's own text cannot be kept", async () => {
    const refused = { status: 503, body: { error: { message: "服务器忙。" } } };
    const { sent, store } = stubbed([newer(3, "对方的"), refused]);
    const saver = new SpeechSaver("sp1", "u:sp1", 2, () => {}, 0);
    saver.changed(() => ({ title: "讲话", content: doc("我的") }) as never);
    await saver.flush();
    expect(await saver.takeTheirs()).toBe(false);
    expect(saver.status).toBe("conflict");
    expect(saver.message).toContain("没能把您的修改存为版本");
    expect(sent).toHaveLength(2);
    expect([...store.values()].some((v) => v.includes("我的"))).toBe(true);
  });

  it("leaves 保留我的版本 standing when it is chosen while the user's text is still being kept", async () => {
    const later = { status: 200, body: { version: { id: "v1" } } };
    const { sent } = stubbed([newer(3, "对方的"), later, { status: 200, body: { version: 4 } }]);
    const saver = new SpeechSaver("sp1", "u:sp1", 2, () => {}, 0);
    saver.changed(() => ({ title: "讲话", content: doc("我的") }) as never);
    await saver.flush();
    const taking = saver.takeTheirs();
    saver.keepMine();
    expect(await taking).toBe(false);
    await vi.waitFor(() => expect(saver.status).toBe("saved"));
    expect(saver.version).toBe(4);
    expect(sent.filter((b) => b.url === "/api/speeches/sp1").map((b) => b.overwrite)).toEqual([undefined, true]);
  });
});
