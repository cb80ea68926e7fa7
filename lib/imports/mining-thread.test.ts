import { afterEach, describe, expect, it } from "vitest";
import { MINING_TIMED_OUT, miningTimeLimitMs, startMiningThread, type MiningThread } from "./mining-thread";

const speech = new TextEncoder().encode(
  [
    "在全镇安全生产工作会议上的讲话",
    "同志们：",
    "今天召开全镇安全生产工作会议，部署下一阶段工作。",
    "一、压实责任",
    "各村、各单位要把安全责任落实到每一个岗位、每一个人，做到守土有责。",
  ].join("\n"),
);

let thread: MiningThread | null = null;
afterEach(async () => {
  await thread?.stop();
  thread = null;
});

describe("mining thread", () => {
  it("warms up on request and then mines files as before", async () => {
    thread = startMiningThread();
    await expect(thread.warmUp()).resolves.toBe(true);
    const mined = await thread.mine("讲话.txt", speech, {});
    const blocks = mined.speeches.flatMap((s) => s.blocks);
    expect(blocks.find((b) => b.kind === "heading")?.text).toBe("一、压实责任");
    expect(blocks.some((b) => b.kind === "paragraph" && b.text.includes("守土有责"))).toBe(true);
  }, 60_000);

  it("answers a file sent while the warm-up is still running", async () => {
    thread = startMiningThread();
    const warming = thread.warmUp();
    const mined = await thread.mine("讲话.txt", speech, {});
    expect(mined.speeches).toHaveLength(1);
    await expect(warming).resolves.toBe(true);
  }, 60_000);

  it("lets a warm-up cut short by stop() end without an unhandled error", async () => {
    thread = startMiningThread();
    const warming = thread.warmUp();
    await thread.stop();
    thread = null;
    await expect(warming).rejects.toThrow(/exited/);
  }, 60_000);

  it("stops a file that runs past its time limit with a Chinese error, and mines the next file on a new thread", async () => {
    const big = new TextEncoder().encode("安全\n".repeat(200_000));
    // The big file gets no time at all; the speech the usual limit.
    thread = startMiningThread({ timeLimitMs: (bytes) => (bytes > 100_000 ? 0 : miningTimeLimitMs(bytes)) });
    await expect(thread.mine("很多短行.txt", big, {})).rejects.toThrow(MINING_TIMED_OUT);
    const mined = await thread.mine("讲话.txt", speech, {});
    expect(mined.speeches).toHaveLength(1);
  }, 60_000);

  it("gives a file a minute and ten seconds a megabyte", () => {
    expect(miningTimeLimitMs(1000)).toBe(70_000);
    expect(miningTimeLimitMs(20 * 1024 * 1024)).toBe(260_000);
  });
});
