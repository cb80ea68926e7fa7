// The browser around the composer's saver, for unit tests: localStorage as a map, and fetch answering each
// request with the next of `replies` and recording what was sent.
import { vi } from "vitest";

export type Reply = { status: number; body: unknown };
export type Sent = { url: string; baseVersion: number; overwrite?: boolean; content?: unknown };

export const doc = (text: string) => ({
  type: "doc",
  content: [{ type: "paragraph", content: [{ type: "text", text }] }],
});

/** Stubs localStorage and fetch (undo with vi.unstubAllGlobals); `sent` records the requests, `store` the drafts. */
export function stubbed(replies: Reply[]) {
  const store = new Map<string, string>();
  vi.stubGlobal("localStorage", {
    getItem: (k: string) => store.get(k) ?? null,
    setItem: (k: string, v: string) => void store.set(k, v),
    removeItem: (k: string) => void store.delete(k),
    key: () => null,
    length: 0,
  });
  const sent: Sent[] = [];
  vi.stubGlobal("fetch", async (url: string, init: { body: string }) => {
    sent.push({ url, ...JSON.parse(init.body) });
    const r = replies.shift()!;
    return { ok: r.status < 300, status: r.status, json: async () => r.body };
  });
  return { sent, store };
}
