import { describe, expect, it } from "vitest";
import { mineDocument } from "../../lib/mining/mine-document";
import { mineText } from "../../lib/mining/text-pipeline";
import { templateHeadingText } from "../../lib/outline-templates/mine-shapes";
import { speechDocFromMined } from "../../lib/speech-import/speech-doc-from-mined";

// A spoken talk's own numbering, which the miner missed (set 117's 录音转写: 第一个，形势大家要心里有数。 … 第四个，…,
// each over the paragraphs of its point). A transcript's clerk wants them as the outline: the speaker's 第一个/第二个
// are his 一、二、, each followed by several paragraphs on its subject. Where 第二个，… runs on inside plain talk with
// no 第一个 line to open the list (sets 80, 95, 109), it stays the paragraph's. A speech written for these tests.

const outline = (lines: string[]) =>
  mineText(lines.join("\n")).speeches[0]!.blocks.map((b) => (b.kind === "heading" ? `H${b.level} ${b.text}` : "P"));

describe("a spoken talk's 第一个，… points", () => {
  const TALK = ["罗镇长在全镇防汛暨安全生产工作会议上的讲话", "同志们："];
  const S1 = "去年咱们镇，嗯，安全生产总体还是稳的，全年没有死人，这个不容易。但是去年七月那场暴雨大家都记得。";
  const S2 = "从明天开始，各村包片干部带着村干部，对所有地质灾害隐患点、山塘水库、切坡建房户，挨家挨户走一遍。";
  const S3 = "镇里24小时值班，带班领导手机不能关机。各村要把应急队伍组建起来，每个村不少于15个人，物资该补的补。";
  const OPEN = "嗯，同志们，今天把大家叫过来，开这个防汛暨安全生产工作会议。我再讲几点，讲完大家回去就抓落实。";

  it("reads 第一个，… lines as the talk's level-1 headings, a run-in one cut after its first sentence", async () => {
    const lines = [
      ...TALK,
      OPEN,
      "第一个，形势大家要心里有数。",
      S1,
      "第二个，隐患要一个一个查到底。",
      S2,
      "第三个，责任一定要压实。啊，这个我多说几句。镇村两级，党政主要负责人是第一责任人，班子成员分片包村。",
      "第四个，应急准备要做实。",
      S3,
    ];
    expect(outline(lines)).toEqual([
      "P",
      "H1 第一个，形势大家要心里有数。",
      "P",
      "H1 第二个，隐患要一个一个查到底。",
      "P",
      "H1 第三个，责任一定要压实。",
      "P",
      "H1 第四个，应急准备要做实。",
      "P",
    ]);
    // The composer numbers the headings itself: the imported heading and a template's heading lose 第一个，.
    const mined = await mineDocument("讲话.txt", new TextEncoder().encode(lines.join("\n")));
    const doc = speechDocFromMined(mined);
    const first = doc.content.content.find((n) => n.type === "heading");
    expect(first?.content?.[0]?.text).toBe("形势大家要心里有数。");
    expect(templateHeadingText("第二个，隐患要一个一个查到底。")).toBe("隐患要一个一个查到底。");
  });

  it("leaves 第二个，… run on in plain talk as the paragraph's, with no 第一个 line to open the list", () => {
    const run =
      "再说今年查什么。头一个，村里建房子，村干部要上门登记，没有防护的当场叫停。第二个，咱们镇那十一家砖厂、石料厂，镇安监站这个月要全部跑一遍。";
    const lines = [
      ...TALK,
      OPEN,
      S1,
      run,
      "第三个，山上。清明前后上坟烧纸的多，各村要在进山路口设卡，该劝的劝，火种该收的收。",
      S3,
    ];
    expect(outline(lines)).toEqual(["P", "P", "P", "P", "P"]);
  });
});
