// The composer's saver sends `overwrite` only for the save the user chose to make over a newer version
// (保留我的版本): a conflict met again, or the newer text taken instead, spends it.
import { afterEach, describe, expect, it, vi } from "vitest";
import { SpeechSaver } from "@/components/composer/speech-saver";

const doc = (text: string) => ({ type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text }] }] });
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
    const store = new Map<string, string>();
    vi.stubGlobal("localStorage", {
      getItem: (k: string) => store.get(k) ?? null,
      setItem: (k: string, v: string) => void store.set(k, v),
      removeItem: (k: string) => void store.delete(k),
      key: () => null,
      length: 0,
    });
    const sent: { baseVersion: number; overwrite?: boolean }[] = [];
    const replies = [newer(3, "对方的"), newer(4, "第三人的"), { status: 200, body: { version: 5 } }];
    vi.stubGlobal("fetch", async (_url: string, init: { body: string }) => {
      sent.push(JSON.parse(init.body));
      const r = replies.shift()!;
      return { ok: r.status < 300, status: r.status, json: async () => r.body };
    });
    const saver = new SpeechSaver("sp1", "u:sp1", 2, () => {}, 0);
    const payload = (text: string) => () => ({ title: "讲话", content: doc(text) }) as never;
    saver.changed(payload("我的"));
    await saver.flush();
    saver.keepMine(); // saved over the newer text on purpose … and a third colleague saved meanwhile
    await vi.waitFor(() => expect(sent).toHaveLength(2));
    await vi.waitFor(() => expect(saver.status).toBe("conflict"));
    saver.takeTheirs(); // this time the user takes the newer text
    saver.changed(payload("第三人的，再改一句"));
    await saver.flush();
    expect(sent.map((b) => b.overwrite)).toEqual([undefined, true, undefined]);
  });
});
