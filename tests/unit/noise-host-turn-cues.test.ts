import { describe, expect, it } from "vitest";
import { mineText } from "../../lib/mining/text-pipeline";

// A host's script written for these tests: between his calls, the cue lines a 主持词 prints in brackets for the
// running order, one of them naming several speakers who take the floor in turn.
const mine = (lines: string[]) => mineText(lines.join("\n"));
const texts = (lines: string[]) => mine(lines).speeches.flatMap((s) => s.blocks.map((b) => b.text));

const HEAD = ["在全区防汛工作会议上的主持词", "主持人：区委常委、副区长　钱立安", "同志们："];
const OPENING =
  "现在开会。今天召开全区防汛工作会议，主要任务是贯彻全市防汛工作会议精神，部署今年全区防汛备汛工作。会议共有三项议程。";
const CALL_1 = "下面，进行第一项议程，请区水利局、东湖街道、城投集团依次作表态发言。";
const CALL_2 = "下面，请周明华区长作重要讲话，大家欢迎。";
const CLOSING = "同志们，汛期将至，希望大家按照今天的部署，把各项措施落到实处，确保安全度汛。散会。";

describe("a host script's cue naming speakers in turn", () => {
  it("removes the cue lines between the host's calls", () => {
    const cues = ["（区水利局、东湖街道、城投集团依次作表态发言）", "（各街道主要负责同志分别发言）"];
    const lines = [...HEAD, OPENING, CALL_1, cues[0]!, cues[1]!, CALL_2, "（周明华区长讲话）", CLOSING];
    const got = texts(lines);
    for (const c of cues) expect(got).not.toContain(c);
    expect(got).toContain(CALL_1);
    expect(got).toContain(CLOSING);
  });

  it("keeps the host's own sentences naming the speakers, and a bracketed line that is a sentence", () => {
    const aside = "（区水利局、东湖街道要依次落实值班制度，城投集团要分别储备物资。）";
    const said = "区水利局、东湖街道、城投集团依次发言";
    const lines = [...HEAD, OPENING, CALL_1, said, aside, CALL_2, CLOSING];
    const got = texts(lines).join("\n");
    expect(got).toContain(CALL_1);
    expect(got).toContain(said);
    expect(got).toContain(aside.slice(1, -1));
  });
});
