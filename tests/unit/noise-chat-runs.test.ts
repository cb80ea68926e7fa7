import { describe, expect, it } from "vitest";
import { textsOf } from "../../lib/testing/mined-page";

// A chat export whose messages are parted by blank lines: the poster who sends one long speech in pieces has his
// next piece's header set straight under his text, and the paragraph a piece cut after a full stop runs on across it.
// A piece set off by a blank line, as every other message is, starts its own paragraph.

const FIRST = "今年以来，全乡安全生产形势总体平稳，没有发生较大事故。";
const REST = "但是，个别村对隐患排查还停留在表面，问题台账不全，整改不到位。";
const OTHER = "各村要在本月底前完成一次全覆盖排查，建立台账，逐项销号，乡里将组织督查组进行抽查。";
const CLOSING = "同志们，安全生产责任重于泰山，希望大家抓好落实。";

const chat = (gap: boolean) => [
  "乡党政办王敏  10:02",
  "各位：昨天会议上李乡长的讲话整理如下，请认真学习。",
  "",
  "乡党政办王敏  10:03",
  "在全乡安全生产工作会议上的讲话",
  "乡长　李××",
  "同志们：",
  FIRST,
  ...(gap ? [""] : []),
  "乡党政办王敏  10:04",
  REST,
  OTHER,
  CLOSING,
  "",
  "村支书赵刚  10:06",
  "收到",
];

describe("a speech sent in pieces in a chat", () => {
  it("rejoins the paragraph across the poster's next header set straight under his text", () => {
    const texts = textsOf(chat(false));
    expect(texts).toContain(FIRST + REST);
    expect(texts).toContain(OTHER);
    expect(texts.join("\n")).not.toContain("10:04");
  });

  it("keeps the paragraphs apart when the next piece is set off by a blank line", () => {
    const texts = textsOf(chat(true));
    expect(texts).toContain(FIRST);
    expect(texts).toContain(REST);
  });
});
