import { describe, expect, it } from "vitest";
import {
  COUNTY_CHECK,
  COUNTY_CLOSING,
  COUNTY_DUTY,
  COUNTY_OPENING,
  COUNTY_SITUATION,
  COUNTY_SPEECH,
  COUNTY_SPEECH_BLOCKS,
  COUNTY_SPEECH_HEAD,
  COUNTY_SPEECH_REST,
  COUNTY_TITLE,
} from "../../lib/testing/county-speech-lines";
import { speechesOf, textsOf } from "../../lib/testing/mined-page";
import { mineText } from "../../lib/mining/text-pipeline";

// Pages written for these tests in the shapes of set 118's 文库, 范文 and writing sites: a copy claim set into a
// sentence, a 文库's AI summary box, a 素材 site's note on its piece, a poster's note that the figures are not real and
// his signature, and a 范文 site's short version (提纲) printed above the full text. The sites' words go; the speech's
// own lines that come near them stay.

const joined = (page: string[]) => textsOf(page).join("\n");

describe("a writing studio's copy claim inside a sentence", () => {
  const before = "二是沿河几个村自建房多，经营性自建房的安全底数还没完全摸清；";
  const after = "三是今年汛期降雨偏多，防汛压力很大。";

  it("cuts 【…原创 盗版必究】 and joins the sentence across it", () => {
    for (const claim of ["【墨言公文原创 盗版必究】", "（笔耕公文网原创首发，侵权必究）"]) {
      const page = [...COUNTY_SPEECH_HEAD, before + claim + after, ...COUNTY_SPEECH_REST];
      expect(textsOf(page)).toContain(before + after);
    }
  });

  it("keeps a speech's own words on piracy", () => {
    const own = "对制售盗版安全标志的行为，我们的态度就是盗版必究、一查到底（整治方案另发）。";
    expect(textsOf([...COUNTY_SPEECH_HEAD, own, ...COUNTY_SPEECH_REST])).toContain(own);
  });
});

describe("a 文库's AI summary box above the document", () => {
  const summary =
    "这是一篇县领导在安全生产工作会议上的讲话稿。讲话先分析了当前形势，随后从隐患排查和责任落实两个方面提出要求，适合年初安全会议参考。";
  const box = ["AI总结", "本内容由AI根据文档生成，仅供参考", summary, "有帮助　|　没帮助", ""];
  // The document's name over the box, as the site heads its page: the box under it would read as a speech of its own.
  const head = ["县长在2024年全县安全生产工作会议上的讲话（全文）", "4.8分 · 2309人阅读 · 共6页", ""];

  it("drops the label, the warning, the summary and its buttons: one speech, whole", () => {
    const speeches = speechesOf([...head, ...box, ...COUNTY_SPEECH]);
    expect(speeches).toHaveLength(1);
    expect(speeches[0]!.blocks.map((b) => b.text)).toEqual(COUNTY_SPEECH_BLOCKS);
  });

  it("drops a summary about the document under the warning with no buttons", () => {
    const text = joined([...head, "AI 智能摘要", "以下内容由AI生成，仅供参考", summary, "", ...COUNTY_SPEECH]);
    expect(text).not.toContain("这是一篇");
    expect(text).toContain(COUNTY_OPENING);
  });

  it("keeps the speech when the warning stands right over its title, and a speech's own 这是一篇", () => {
    const page = [...head, "AI总结", "本内容由AI根据文档生成，仅供参考", ...COUNTY_SPEECH];
    expect(speechesOf(page)[0]!.blocks.map((b) => b.text)).toEqual(COUNTY_SPEECH_BLOCKS);
    const own = "这是一篇很长的账，每一起事故背后都是一个家庭的破碎，大家有帮助别人的心，更要有管好自己的责任。";
    expect(textsOf([...COUNTY_SPEECH_HEAD, own, ...COUNTY_SPEECH_REST])).toContain(own);
  });
});

describe("a 素材 site's labelled note on the piece", () => {
  it("drops 【素材说明】本篇为… above the speaker's line, which then heads the speech", () => {
    const note = "【素材说明】本篇为县长在安全生产工作会议上的讲话，结构完整，数据翔实，可直接摘用。";
    const [speech] = speechesOf([
      COUNTY_TITLE,
      note,
      "",
      "县长　周立恒",
      "（2024年2月27日）",
      "同志们：",
      ...COUNTY_SPEECH_BLOCKS,
    ]);
    expect(speech!.blocks.map((b) => b.text)).toEqual(COUNTY_SPEECH_BLOCKS);
    expect(speech!.speaker).toBe("县长周立恒");
  });

  it("keeps a speech's labelled lines that speak of its own matters", () => {
    const own = "【情况说明】本次检查共发现隐患213处，已整改207处，其余6处正在整改。";
    expect(textsOf([...COUNTY_SPEECH_HEAD, own, ...COUNTY_SPEECH_REST])).toContain(own);
  });
});

describe("a poster's note that the figures are not real, and his Discuz signature", () => {
  const thread = (closingLines: string[]) => [
    "文秘小周",
    "楼主",
    "发表于 2024-6-3 21:47 | 只看该作者",
    ...COUNTY_SPEECH_HEAD,
    ...COUNTY_SPEECH_REST,
    ...closingLines,
    "--------------------------------",
    "写材料的人，把日子过成了一稿又一稿。",
    "回复　支持　反对　举报",
  ];

  it("drops the signature between the rule and the post's buttons (回复　支持　反对　举报)", () => {
    const text = joined(thread([]));
    expect(text).not.toContain("一稿又一稿");
    expect(text).toContain(COUNTY_CLOSING);
  });

  it("drops （注：文中数据为示意…） under the speech, on a forum or not", () => {
    const text = joined(thread(["", "（注：文中数据为示意，已作脱敏处理。）"]));
    expect(text).not.toContain("示意");
    expect(text).toContain(COUNTY_CLOSING);
    expect(joined([...COUNTY_SPEECH, "（文中人名、地名均为化名）"])).not.toContain("化名");
  });

  it("keeps a speech's own （注：…） on its terms and figures", () => {
    const own = "（注：“三管三必须”即管行业必须管安全、管业务必须管安全、管生产经营必须管安全。）";
    const figures = "（注：文中隐患数据截至5月31日，由县安委办汇总。）";
    const vouched = "以上数据不是虚构的，都是各乡镇报上来的。";
    const text = joined([...COUNTY_SPEECH_HEAD, COUNTY_CHECK, own, figures, vouched, COUNTY_DUTY, COUNTY_CLOSING]);
    for (const line of [own, figures, vouched]) expect(text).toContain(line);
  });
});

describe("a 范文 site's short version above the full text", () => {
  const digest = [
    "【简版】讲话提纲（约500字）",
    "开头：说明会议任务，对县应急管理局的通报表示同意，引出三点意见。",
    "一、认清形势。成绩：全县事故总量下降；问题：部分企业主体责任落实不到位；要求：克服麻痹思想。",
    "二、抓好排查。对重点行业领域开展一次全覆盖排查，建立隐患台账，实行闭环管理。",
    "三、压实责任。党政同责、一岗双责，责任不落实导致事故的严肃追责。",
    "结尾：号召大家以高度负责的态度抓好各项工作。",
    "",
    "【完整版】讲话全文",
    "",
  ];

  it("drops the digest: one speech, its headings only", () => {
    const speeches = speechesOf(["镇长在安全生产工作会议上的讲话（简版+完整版）", "", ...digest, ...COUNTY_SPEECH]);
    expect(speeches).toHaveLength(1);
    expect(speeches[0]!.blocks.map((b) => b.text)).toEqual(COUNTY_SPEECH_BLOCKS);
  });

  it("keeps a short version that is a speech of its own, and a digest with no full version below it", () => {
    const short = [
      "【精简版】",
      COUNTY_TITLE,
      "同志们：",
      COUNTY_OPENING,
      COUNTY_SITUATION,
      COUNTY_CLOSING,
      "",
      "【完整版】",
    ];
    expect(speechesOf([...short, ...COUNTY_SPEECH])).toHaveLength(2);
    const text = mineText([...COUNTY_SPEECH, "", ...digest.slice(0, 6)].join("\n")).removed.map((r) => r.reason);
    expect(text).not.toContain("讲话的简版（提纲），下有完整版");
  });
});
