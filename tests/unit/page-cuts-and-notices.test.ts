import { describe, expect, it } from "vitest";
import { mineText } from "../../lib/mining/text-pipeline";

// A paragraph cut by a site's page count or by its copy note, and a meeting notice printed above the speech it sends:
// pages written for these tests.
const TITLE = "在全镇夏季消防安全工作会议上的讲话";
const OPENING = "　　今天召开全镇夏季消防安全工作会议，主要是分析当前防火形势，安排部署夏季消防安全重点工作。";
const BODY = "　　各村要对辖区内的出租房、小作坊和养老场所逐一开展排查，建立隐患台账，明确整改责任人和完成时限。";
const CLOSING = "　　同志们，消防安全责任重大，希望大家守土尽责，确保全镇火灾形势持续平稳。";
const mine = (lines: string[]) => mineText(lines.join("\n"));
const texts = (lines: string[]) => mine(lines).speeches.flatMap((s) => s.blocks.map((b) => b.text));

describe("a paragraph cut by a site's note runs on across it", () => {
  const first = "　　镇安监站要把日常巡查和夜间突击检查结合起来，对违规住人、私拉乱接电线、占用疏散通";
  const rest = "道等行为当场责令整改，对拒不整改的依法移交县消防救援大队处理。";
  const whole = first.trim() + rest;

  it("a page count with its link (（本文共3页，当前第1页）　下一页)", () => {
    for (const note of ["（本文共3页，当前第1页）　下一页", "当前第2页，共3页 【下一页】"]) {
      const kept = texts([TITLE, "同志们：", OPENING, first, "", note, "", rest, BODY, CLOSING]);
      expect(kept).toContain(whole);
      expect(kept.join("\n")).not.toContain("当前第");
    }
  });

  it("a copy note alone on its line inside a sentence (【某某网原创首发，转载请注明出处】)", () => {
    const note = "【某某公文网 www.gongwen-x.com 原创首发，转载请注明出处】";
    const kept = texts([TITLE, "同志们：", OPENING, first, "", note, "", rest, BODY, CLOSING]);
    expect(kept).toContain(whole);
    expect(kept.join("\n")).not.toContain("转载");
  });

  it("but a copy note after a finished sentence, or after a heading, parts the paragraphs", () => {
    const note = "【某某公文网原创首发，转载请注明出处】";
    const ended = "　　镇安监站要把日常巡查和夜间突击检查结合起来，对违规住人的出租房当场责令整改。";
    const next = "　　对拒不整改的，依法移交县消防救援大队处理，并在全镇通报。";
    const kept = texts([TITLE, "同志们：", OPENING, ended, "", note, "", next, CLOSING]);
    expect(kept).toContain(ended.trim());
    expect(kept).toContain(next.trim());
    const heading = "二、把隐患排查抓细抓实";
    const underHeading = texts([TITLE, "同志们：", OPENING, heading, "", note, "", BODY, CLOSING]);
    expect(underHeading).toContain(heading);
    expect(underHeading).toContain(BODY.trim());
  });
});

describe("a meeting notice above the speech it sends", () => {
  const notice = [
    "镇安全生产委员会办公室",
    "",
    "关于召开全镇夏季消防安全工作会议的通知",
    "",
    "各乡镇人民政府，县安委会各成员单位：",
    "经镇政府研究，定于下周召开全镇夏季消防安全工作会议。现将有关事项通知如下：",
    "一、会议时间",
    "2024年6月12日上午9时，会期半天。",
    "二、参会人员",
    "（一）各乡镇分管负责同志；",
    "（二）县安委会各成员单位分管负责同志。",
    "三、其他事项",
    "请各单位于6月10日前报送参会人员名单，联系电话：0000-1234567。",
    "",
    "县安全生产委员会办公室",
    "2024年6月5日",
    "",
  ];
  const speech = [
    TITLE,
    "镇长　某某某",
    "同志们：",
    OPENING,
    "一、看清当前防火形势",
    "　　今年以来，全镇共发生火灾8起，其中5起发生在出租房和小作坊，暴露出群租、违规用电等问题还比较突出。",
    "二、把隐患排查抓细抓实",
    BODY,
    "　　镇安监站要会同派出所开展夜查行动，对违规住人的场所当场责令整改，对拒不整改的依法查处。",
    CLOSING,
  ];

  it("is no speech: its title, items and requests are removed", () => {
    const result = mine([...notice, ...speech]);
    expect(result.speeches).toHaveLength(1);
    expect(result.speeches[0]!.title).toBe(TITLE);
    const kept = result.speeches[0]!.blocks.map((b) => b.text).join("\n");
    for (const line of ["通知如下", "会议时间", "参会人员", "报送参会人员名单"]) expect(kept).not.toContain(line);
    expect(result.removed.some((r) => r.text.includes("通知如下"))).toBe(true);
  });

  it("but a speech that speaks of the notice, and a page of the notice alone, stay", () => {
    const quoting =
      "　　按照县政府关于召开全县夏季消防安全工作会议的通知要求，今天我们召开这次会议，现将有关工作安排如下。";
    const kept = texts([TITLE, "同志们：", quoting, BODY, CLOSING]);
    expect(kept).toContain(quoting.trim());
    const alone = mine(notice);
    expect(alone.speeches.flatMap((s) => s.blocks.map((b) => b.text)).join("\n")).toContain("通知如下");
  });
});
