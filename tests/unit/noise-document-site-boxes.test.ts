import { describe, expect, it } from "vitest";
import { COUNTY_SPEECH, COUNTY_SPEECH_BLOCKS, COUNTY_TITLE } from "@/lib/testing/county-speech-lines";
import { mineText } from "@/lib/mining/text-pipeline";
import { textsOf } from "@/lib/testing/mined-page";

// A 文库 site's boxes around a previewed speech: its AI summary in square brackets (【AI总结】 … *以上内容由AI大模型
// 生成…) over the text, its comments under it (文档评论（2） over readers' lines), its 为您推荐 list and a line sending
// the reader to its column (更多精彩范文，请关注…专栏). Written for these tests around the county speech.
describe("a document site's AI summary box in brackets", () => {
  it("takes the box down to its AI note, and the page keeps one speech", () => {
    const page = [
      `${COUNTY_TITLE}.doc`,
      "文档贡献者：平安笔耕　上传时间：2024年3月2日",
      "【AI总结】",
      "这篇讲话分析了全县安全生产形势，提出了两个方面的要求。",
      "要点1：认清形势，看到事故总量仍然偏大；",
      "要点2：抓好排查，压实党政同责。",
      "*以上内容由AI大模型生成，可能存在错误",
      "————————————",
      "正文：",
      ...COUNTY_SPEECH,
    ];
    const r = mineText(page.join("\n"));
    expect(r.speeches.map((s) => s.title)).toEqual([COUNTY_TITLE]);
    expect(r.speeches.flatMap((s) => s.blocks.map((b) => b.text))).toEqual(COUNTY_SPEECH_BLOCKS);
  });
});

describe("a document site's comments, recommendations and column promotion", () => {
  it("takes 文档评论（2） with the readers' lines under it after the speech", () => {
    const page = [
      ...COUNTY_SPEECH,
      "平安文库 www.pingan-wk.cn 原创文档 侵权必究",
      "文档评论（2）",
      "用户5521：写得很实用，改改单位名称就能用了",
      "路过的小王：第二部分讲责任那段讲得好，收藏了",
      "相关推荐",
      "乡镇安全生产工作会议讲话稿.doc",
    ];
    const r = mineText(page.join("\n"));
    expect(r.speeches.flatMap((s) => s.blocks.map((b) => b.text))).toEqual(COUNTY_SPEECH_BLOCKS);
    // (Read as the header it is, not only as a line the model finds unlike the speech.)
    const header = r.removed.find((x) => x.text === "文档评论（2）");
    expect(header?.reason).not.toMatch(/^网站杂质/);
  });

  it("takes 为您推荐 over its links", () => {
    const page = [...COUNTY_SPEECH, "为您推荐", "乡镇安全生产工作会议讲话稿.doc", "安全生产月活动方案.docx"];
    expect(textsOf(page)).toEqual(COUNTY_SPEECH_BLOCKS);
  });

  it("takes a line sending the reader to the site's column", () => {
    const page = [...COUNTY_SPEECH, "更多精彩范文，请关注某某文库“讲话稿”专栏"];
    expect(textsOf(page)).toEqual(COUNTY_SPEECH_BLOCKS);
  });

  it("keeps a speech's sentence on a column and on comments", () => {
    const own = "县融媒体中心要开设安全生产专栏，更多典型案例请关注“安全县”专栏报道。";
    const comments = "文档评论要认真对待，群众提出的问题要逐条回复。";
    const page = [...COUNTY_SPEECH.slice(0, -1), own, comments, COUNTY_SPEECH.at(-1)!];
    expect(textsOf(page)).toEqual(expect.arrayContaining([own, comments]));
  });
});
