import { describe, expect, it } from "vitest";
import { textsOf } from "../../lib/testing/mined-page";

// A chat export whose other messages are parted by blank lines, where the poster's next header stands straight under
// his text: a header alone cannot tell one text cut for length from a poster who sends one paragraph per message, so
// a piece that ends a sentence ends its paragraph (a piece cut at a comma still runs on).

const OPENING = "今天召开全乡防汛工作会议，主要是部署今年汛期各项工作。";
const RISK = "今年汛期降雨偏多，部分山塘水库带病运行，地质灾害隐患点还有十二处没有销号。";
const CLOSING = "同志们，防汛无小事，请大家立即抓好落实。";

const header = (t: string) => `乡应急办-刘敏  2024-05-20 ${t}`;

describe("a poster's messages, one paragraph each", () => {
  it("keeps each message's paragraph apart across the poster's glued headers", () => {
    const texts = textsOf([
      header("08:29:10"),
      "乡长在全乡防汛工作会议上的讲话",
      "",
      header("08:29:40"),
      "同志们：",
      "",
      ...["石桥村-王强", "河口村-李芳", "枫林村-张军"].flatMap((n) => [`${n}  2024-05-20 08:29:50`, "收到", ""]),
      header("08:30:02"),
      OPENING,
      header("08:30:40"),
      RISK,
      header("08:31:15"),
      CLOSING,
      "",
      "石桥村-王强  2024-05-20 08:32:00",
      "收到",
      "",
      "河口村-李芳  2024-05-20 08:32:30",
      "收到",
    ]);
    expect(texts).toContain(RISK);
    expect(texts).toContain(CLOSING);
    expect(texts.join("\n")).not.toContain("08:30:40");
  });
});
