import { describe, expect, it } from "vitest";
import {
  COUNTY_CHECK,
  COUNTY_CLOSING,
  COUNTY_DUTY,
  COUNTY_SITUATION,
  COUNTY_SPEECH,
  COUNTY_SPEECH_BLOCKS,
  COUNTY_SPEECH_HEAD,
  COUNTY_SPEECH_REST,
  COUNTY_TITLE,
} from "@/lib/testing/county-speech-lines";
import { speechesOf, textsOf } from "@/lib/testing/mined-page";

// Pages written for these tests in the shapes of sets 101 and 103's: an AI writing tool's page copied with its form
// and buttons around the draft, a QQ group's export whose poster gives the group an instruction after the speech,
// and an office system's document view with a per-reader watermark band and its readers' opinions.

describe("an AI writing tool's page around the draft it wrote", () => {
  const form = [
    "墨笔AI · 公文写作",
    "新建文档",
    "",
    "选择模板：讲话稿 > 动员讲话",
    "帮我写一篇县长在全县安全生产工作会议上的讲话，1500字左右，分三个部分，语气严肃一些",
    "字数：约1500字　　风格：严肃　　角色：县长",
    "生成结果",
    "",
    "已为您生成以下内容：",
    "",
  ];

  it("drops the form, the output's label and lead-in, and the button under the draft", () => {
    const page = [...form, ...COUNTY_SPEECH, "", "重新生成", "复制全文", "导出Word"];
    const speeches = speechesOf(page);
    expect(speeches.map((s) => s.title)).toEqual([COUNTY_TITLE]);
    expect(textsOf(page)).toEqual(COUNTY_SPEECH_BLOCKS);
  });

  it("keeps a speech's own sentences about what a system generated and what to generate again", () => {
    const generated = "系统已为你生成以下内容：隐患清单、整改台账和责任人名单，各乡镇要逐项核对。";
    const again = "台账数据不准的，要重新生成，不能应付了事。";
    const page = [...COUNTY_SPEECH_HEAD, generated, ...COUNTY_SPEECH_REST.slice(0, -1), again, COUNTY_CLOSING];
    expect(textsOf(page)).toEqual(expect.arrayContaining([generated, again]));
  });
});

describe("a QQ group's export: the poster's instruction after the speech", () => {
  const head = (time: string, who: string) => ["", `2024-06-03 ${time} ${who}`];
  const poster = "县应急局-张科(315702648)";
  const other = "城关镇-刘站长(1098432761)";

  it("drops the poster's short message once the speech had closed and the group had replied", () => {
    const page = [
      "消息记录（此消息记录为文本格式，不支持重新导入）",
      ...head("9:01:10", poster),
      ...COUNTY_SPEECH_HEAD,
      ...head("9:01:40", poster),
      ...COUNTY_SPEECH_REST,
      ...head("9:02:15", other),
      "收到，马上组织学习。",
      ...head("9:03:02", poster),
      "请各乡镇本周五前把排查台账报县应急局，没有按时报的点名通报。",
    ];
    expect(textsOf(page)).toEqual(COUNTY_SPEECH_BLOCKS);
  });

  it("keeps a part the poster sends after the replies when the speech had not closed", () => {
    const opening = "同志们，今天召开这次会议，就是要把全县安全生产工作再检查、再部署，大家一定要高度重视。";
    const page = [
      "消息记录（此消息记录为文本格式，不支持重新导入）",
      ...head("9:01:10", poster),
      COUNTY_TITLE,
      opening,
      "一、认清形势",
      COUNTY_SITUATION,
      ...head("9:02:15", other),
      "收到",
      ...head("9:03:02", poster),
      COUNTY_CHECK,
      ...head("9:03:40", other),
      "好的",
      ...head("9:04:10", poster),
      COUNTY_DUTY,
      ...head("9:05:20", other),
      "收到",
      ...head("9:06:02", poster),
      "谢谢大家！",
    ];
    expect(textsOf(page)).toEqual(expect.arrayContaining([COUNTY_CHECK, COUNTY_DUTY, "谢谢大家！"]));
  });
});

describe("an office system's document view", () => {
  it("drops the reader's watermark band, the signed opinion under its label and the handling record", () => {
    const band = "陈晓燕 0522 内部公文 严禁外传";
    const page = [
      ...COUNTY_SPEECH_HEAD,
      band,
      ...COUNTY_SPEECH_REST.slice(0, 2),
      band,
      ...COUNTY_SPEECH_REST.slice(2),
      "",
      "阅办意见：",
      "已阅，请安全科组织全员传达学习。　周国平　2024-05-23",
      "",
      "办理记录",
      "陈晓燕　2024-05-22 09:10　已签收",
      "何振东　2024-05-22 14:36　已阅",
    ];
    expect(textsOf(page)).toEqual(COUNTY_SPEECH_BLOCKS);
  });

  it("keeps a speech's sentence on internal papers and a signed line under no opinion's label", () => {
    const own = "内部公文要专人保管，严禁外传，会后统一收回。";
    const signed = "以上意见，请各乡镇认真抓好落实。　县安委办　2024-05-23";
    const page = [...COUNTY_SPEECH.slice(0, -1), own, COUNTY_CLOSING, signed];
    expect(textsOf(page)).toEqual(expect.arrayContaining([own]));
    expect(textsOf(page).join("")).toContain("以上意见，请各乡镇认真抓好落实。");
  });
});
