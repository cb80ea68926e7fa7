import { describe, expect, it } from "vitest";
import {
  COUNTY_SPEECH,
  COUNTY_SPEECH_BLOCKS,
  COUNTY_SPEECH_HEAD,
  COUNTY_SPEECH_REST,
} from "../testing/county-speech-lines";
import { oneSpeechTexts, textsOf } from "../testing/mined-page";

// Pages written for these tests in the shapes of set 90's: a 文库 page's AI box, tool buttons and assistant over a
// document's file name, a 头条 article's comments stamped after the province, an intranet's photo gallery inside the
// speech, a paginated page's headline printed again at each page, a 致辞 between a news lead and a report.

describe("a 文库 page's AI tools", () => {
  it("drops the AI summary, the tool buttons, the assistant's prompts and the file name over them", () => {
    const page = [
      "澜书文库 · 专业文档分享平台",
      "首页 | 文档分类 | 精品专题 | 开通会员",
      "当前位置：首页 > 党政司法 > 讲话致辞",
      "县长在全县安全生产工作会议上的讲话.docx",
      "上传者：江畔听雨　　上传时间：2024-05-21　　页数：5页　　",
      "★★★★☆ 4.6分（27人评价）",
      "",
      "AI 智能总结",
      "· 讲话通报今年以来全县生产安全事故起数和死亡人数同比下降，同时指出部分企业主体责任落实不到位、安全隐患依然不少。",
      "· 讲话围绕重点行业领域部署隐患排查，要求建台账、闭环管理，并压实党政同责、一岗双责。",
      "· 原文金句：“安全生产责任重于泰山。”",
      "本文由AI辅助生成摘要，仅供参考",
      "AI 一键生成 PPT　　｜　　AI 生成思维导图",
      "",
      "文档助手",
      "选中正文任意段落，试试这样问我：",
      "帮我改写这一段",
      "续写",
      "把这篇讲话压缩到800字",
      "",
      ...COUNTY_SPEECH,
    ];
    expect(oneSpeechTexts(page)).toEqual(COUNTY_SPEECH_BLOCKS);
  });
});

describe("an article's comments and a gallery inside the speech", () => {
  it("drops comments whose stamp and buttons follow the province on one line", () => {
    const comment = (name: string, text: string, stamp: string) => ["", name, text, stamp];
    const page = [
      ...COUNTY_SPEECH,
      "",
      "评论 3",
      ...comment("写材料的小林", "“一是、二是”嵌在段落里很规范，已收藏。", "05-21 14:32·湖南　　回复　　赞23"),
      ...comment("山城老笔杆", "第三部分讲得好，我们县去年就吃过这个亏。", "05-21 16:07·重庆　　回复　　赞11"),
      ...comment("青禾拾穗", "能不能出一篇乡镇层面的？", "05-22 08:45·江西　　回复　　赞6"),
    ];
    expect(textsOf(page)).toEqual(COUNTY_SPEECH_BLOCKS);
  });

  it("drops a gallery's counters, captions and buttons between paragraphs", () => {
    const page = [
      ...COUNTY_SPEECH_HEAD,
      "",
      "图集 1/3　　◀ 上一张　　下一张 ▶",
      "7月8日，集团安全生产委员会会议在总部召开。",
      "图集 2/3",
      "会议现场，各二级单位主要负责人参加会议。",
      "图集 3/3",
      "与会人员认真听取会议部署。",
      "查看原图　　全部图片（3）",
      "",
      ...COUNTY_SPEECH_REST,
    ];
    expect(textsOf(page)).toEqual(COUNTY_SPEECH_BLOCKS);
  });
});

describe("a page that prints its head again", () => {
  it("drops a report headline printed again at each page of a paginated speech", () => {
    const headline = "王强在全县安全生产工作会议上强调：绷紧安全之弦　守牢发展底线";
    const pageHead = [
      "",
      "南屿新闻网　www.nanyu.example",
      "地方频道 > 城关县 > 正文",
      "",
      headline,
      "2024-03-08 16:42　　来源：县融媒体中心　　作者：谭雨",
      "",
    ];
    const pager = ["", "上一页 1 2 3 下一页", "[责任编辑：宁晓彤]"];
    const indent = (lines: string[]) => lines.map((t) => `　　${t}`);
    const page = [
      "首页 | 时政 | 地方 | 经济",
      ...pageHead,
      ...indent(COUNTY_SPEECH_HEAD),
      ...pager,
      ...pageHead,
      ...indent(COUNTY_SPEECH_REST.slice(0, 2)),
      ...pager,
      ...pageHead,
      ...indent(COUNTY_SPEECH_REST.slice(2)),
      ...pager,
    ];
    expect(oneSpeechTexts(page)).toEqual(COUNTY_SPEECH_BLOCKS);
  });
});

describe("a 致辞 between a news lead and a report", () => {
  it("drops the lead that hands the speech over and the report after it", () => {
    const page = [
      "6月14日上午，全县安全生产月宣传咨询日活动在县城滨江广场启动。副县长王强出席启动仪式并致辞，干部群众500余人参加。以下为致辞全文。",
      "",
      ...COUNTY_SPEECH,
      "",
      "启动仪式结束后，与会领导巡看了各部门咨询展台。据统计，当天活动共发放各类宣传资料8600余份。",
    ];
    expect(oneSpeechTexts(page)).toEqual(COUNTY_SPEECH_BLOCKS);
  });
});
