import { describe, expect, it } from "vitest";
import { COUNTY_SPEECH, COUNTY_SPEECH_BLOCKS } from "../testing/county-speech-lines";
import { textsOf } from "../testing/mined-page";

// A Discuz thread in the shape of set 141/06's: the poster's motto under a rule below his speech, his attachment's box
// under it, then the post's buttons; readers' floors; and his own later floor answering one of them, signed again.

const MOTTO = "搞安全的，节假日也在路上。注安2018届，企业安全科第七年。";
const BUTTONS = "回复 支持 反对 举报";
const head = (author: string, floor: string, time: string) => [author, floor, `发表于 ${time} | 只看该作者`];
const speechPost = (signature: string) => [
  ...head("老陈谈安全", "楼主", "2025-4-02 19:20:11"),
  ...COUNTY_SPEECH,
  "--------------------------------",
  signature,
  "",
  "附件下载需 3 积分",
  "在全县安全生产工作会议上的讲话.docx",
  "点击文件名下载附件",
  BUTTONS,
  "",
];
const readerPost = [
  ...head("小杨在基层", "沙发", "2025-4-02 21:05:40"),
  "积分不够，楼主能发我一份吗？先谢了。",
  BUTTONS,
  "",
];
const ANSWER = "发了，请查收。别人要的话站内信找我，不要在楼里留邮箱。";
const answerPost = (signature: string) => [
  ...head("老陈谈安全", "楼主| 3#", "2025-4-03 08:12:09"),
  "回复 小杨在基层 的帖子",
  ANSWER,
  signature,
  BUTTONS,
  "",
];

describe("a poster's motto under the rule below his speech, and again under his answer", () => {
  it("drops both mottos and his answer to the reader, and keeps the speech", () => {
    const texts = textsOf([...speechPost(MOTTO), ...readerPost, ...answerPost(MOTTO)]);
    expect(texts).toEqual(COUNTY_SPEECH_BLOCKS);
  });

  it("drops his answer under the reply's head though it says what a reader wants (要的)", () => {
    expect(textsOf([...speechPost(MOTTO), ...readerPost, ...answerPost(MOTTO)])).not.toContain(ANSWER);
  });

  it("keeps a slogan under the rule that he sets under his next speech too, not under a short answer", () => {
    const slogan = "安全生产，警钟长鸣。";
    const flood = [
      "在全镇防汛工作会议上的讲话",
      "同志们：",
      "今年汛期来得早，各村要提前把防汛物资备齐，把转移路线走一遍，把责任落实到每一户，确保人员安全。",
      "各村支部书记是本村防汛第一责任人，要守在一线，不能离岗。汛期值班要二十四小时有人，电话要保持畅通。",
      "同志们，防汛工作责任重大，希望大家认真抓好落实。",
    ];
    const page = [
      ...speechPost(slogan),
      ...head("老陈谈安全", "楼主| 2#", "2025-4-02 21:05:40"),
      ...flood,
      slogan,
      BUTTONS,
    ];
    expect(textsOf(page)).toContain(slogan);
  });

  it("keeps his later floor under a reply's head when it carries the speech on", () => {
    const more = ["四、强化保障", "县财政要安排专项资金，支持重大隐患整改和应急能力建设，确保各项工作有钱办事。"];
    const page = [
      ...speechPost(MOTTO),
      ...readerPost,
      ...head("老陈谈安全", "楼主| 3#", "2025-4-03 08:12:09"),
      "回复 小杨在基层 的帖子",
      ...more,
      BUTTONS,
    ];
    const texts = textsOf(page);
    for (const line of more) expect(texts).toContain(line);
  });
});
