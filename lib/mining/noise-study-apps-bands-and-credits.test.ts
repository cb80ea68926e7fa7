import { describe, expect, it } from "vitest";
import {
  COUNTY_CHECK,
  COUNTY_CLOSING,
  COUNTY_DUTY,
  COUNTY_SPEECH,
  COUNTY_SPEECH_BLOCKS,
  COUNTY_SPEECH_HEAD,
  COUNTY_SPEECH_REST,
} from "../testing/county-speech-lines";
import { textsOf } from "../testing/mined-page";
import { mineText } from "./text-pipeline";

// Pages written for these tests in the shapes of sets 110 and 111: a study app's bar under the text, a cloud drive's
// preview and an intranet's copy with their watermark on lines of their own, a scanned document's running header an
// OCR misread once, a company account's credits and its selected comments.
const reasonOf = (page: string[], text: string) =>
  mineText(page.join("\n")).removed.find((x) => x.text.replace(/\s+/g, "") === text.replace(/\s+/g, ""))?.reason;

describe("a study app's bar under the text", () => {
  it("drops the finished-reading toast with its points and the like / save / write bar over the readers' notes", () => {
    const bar = [
      "（来源：县应急管理局　责任编辑：陈静）",
      "",
      "✓ 本篇已学完　积分 +5　今日已学习 9 分钟",
      "👍 点赞 412　⭐ 收藏 57　✍ 写心得",
      "分享给好友　　生成海报",
      "下一篇：在全县消防安全工作会议上的讲话",
      "上一篇：一图读懂安全生产月",
      "",
      "学友心得（36）",
      "安全员小李：隐患就在身边，人人都要查！",
      "查看全部心得 ›",
      "",
      "首页　学习　答题　积分　我的",
    ];
    const texts = textsOf([...COUNTY_SPEECH, ...bar]);
    expect(texts.slice(0, COUNTY_SPEECH_BLOCKS.length)).toEqual(COUNTY_SPEECH_BLOCKS);
    expect(texts.join("\n")).not.toMatch(/已学完|写心得/);
  });

  it("keeps a speech's own points for reporting hazards", () => {
    const own = "职工主动报告隐患的，本篇制度实施后每条积分+5，年底按积分兑换奖励。";
    expect(textsOf([...COUNTY_SPEECH_HEAD, own, ...COUNTY_SPEECH_REST])).toContain(own);
  });
});

describe("a watermark printed on lines of its own between the paragraphs", () => {
  it("drops a cloud drive's preview mark and an intranet's reader stamp, each printed twice", () => {
    for (const band of ["云帆网盘 · 仅供预览", "南江电力内网 王晓东 2047 2024-05-13 09:41"]) {
      const page = [
        ...COUNTY_SPEECH_HEAD,
        band,
        ...COUNTY_SPEECH_REST.slice(0, 2),
        band,
        ...COUNTY_SPEECH_REST.slice(2),
      ];
      expect(textsOf(page)).toEqual(COUNTY_SPEECH_BLOCKS);
    }
  });

  it("keeps a slogan the speech repeats on lines of its own, and its sentence on a preview said twice", () => {
    const own = "各单位上报的材料仅供预览的，要在三日内补交盖章原件。";
    const sentence = [
      ...COUNTY_SPEECH_HEAD,
      own,
      ...COUNTY_SPEECH_REST.slice(0, 2),
      own,
      ...COUNTY_SPEECH_REST.slice(2),
    ];
    expect(textsOf(sentence).filter((t) => t === own)).toHaveLength(2);
    const slogan = "安全第一　预防为主";
    const twice = [
      ...COUNTY_SPEECH_HEAD,
      slogan,
      ...COUNTY_SPEECH_REST.slice(0, 2),
      slogan,
      ...COUNTY_SPEECH_REST.slice(2),
    ];
    expect(textsOf(twice).filter((t) => t.replace(/\s+/g, "") === "安全第一预防为主")).toHaveLength(2);
  });
});

describe("a scanned document's running header, misread once by the OCR", () => {
  const HEADER = "临川县冬春安全生产工作会议材料之三";
  const scan = (third: string) => [
    "在全县冬春安全生产工作会议上的讲话",
    "县长　王志刚",
    "同志们：",
    "　　今天召开这次会议，主要是部署冬春季节安全生产工作。刚才，县应急管理局通报了近期全县安全",
    "生产情况，我完全同意。",
    "　　一、认清形势",
    "　　今年以来，全县安全生产形势总体平稳，但冬春季节用火用电用气增多，",
    "",
    "— 1 —",
    "",
    HEADER,
    "",
    "火灾和燃气事故风险明显上升，各乡镇、各部门务必保持清醒头脑。",
    "　　二、抓好排查",
    "　　各乡镇要对辖区内“九小”场所、群租房、",
    "",
    "— 2 —",
    "",
    third,
    "",
    "农村自建房开展一次全覆盖排查，建立隐患台账，确保整改到位。",
    "　　三、压实责任",
    "　　各乡镇党政主要负责同志是本辖区安全生产第一责任人，要严格落实",
    "",
    "— 3 —",
    "",
    HEADER,
    "",
    "党政同责、一岗双责，对责任不落实导致事故的，严肃追究责任。",
  ];

  it("drops the misread copy and runs the sentence on across it", () => {
    const texts = textsOf(scan("临川县冬春安全生产工作会议材科之三"));
    expect(texts).toContain(
      "各乡镇要对辖区内“九小”场所、群租房、农村自建房开展一次全覆盖排查，建立隐患台账，确保整改到位。",
    );
    expect(texts.join("")).not.toContain("材科");
  });

  it("keeps a line of the text's own under the page number that differs from the header in more than a character", () => {
    const own = "临川县冬春安全生产工作会议纪要之三";
    expect(textsOf(scan(own)).join("\n")).toContain(own);
  });
});

describe("a company account's credits and selected comments under the text", () => {
  const TAIL = [
    "- END -",
    "",
    "文字｜安全部　　图片｜小陈　　编辑｜周敏　　审核｜吴建国",
    "",
    "精选留言 8",
    "机修班老李：讲得实在，安全第一！ 赞 12",
    "作者回复：谢谢李师傅！",
  ];

  it("drops the credits row and the comments under their header with its bare count", () => {
    expect(textsOf([...COUNTY_SPEECH, ...TAIL])).toEqual(COUNTY_SPEECH_BLOCKS);
    expect(reasonOf([...COUNTY_SPEECH, ...TAIL], TAIL[2]!)).toBe("来源作者信息");
  });

  it("keeps a headline-like line of the speech with a bar in it, and a heading naming the editorial office", () => {
    const own = ["安全生产月｜我们这样查隐患", "编辑部要把安全宣传稿件审核关口前移，做到文字、图片逐条把关。"];
    const texts = textsOf([...COUNTY_SPEECH_HEAD, COUNTY_CHECK, ...own, COUNTY_DUTY, COUNTY_CLOSING]);
    for (const line of own) expect(texts).toContain(line);
  });
});
