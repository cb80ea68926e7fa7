import { describe, expect, it } from "vitest";
import { COUNTY_SPEECH_BLOCKS, COUNTY_SPEECH_HEAD, COUNTY_SPEECH_REST } from "../testing/county-speech-lines";
import { textsOf } from "../testing/mined-page";

// Pages written for these tests in the shapes of set 62's: a Discuz X thread whose posts name their authors on a
// line of their own above 发表于…, a Q&A answer's sign-off, a 范文 page's Word download box.

const SPEECH = [...COUNTY_SPEECH_HEAD, ...COUNTY_SPEECH_REST];

describe("a thread whose posts do not name their authors on the header's line", () => {
  it("drops the readers' replies below the post with the speech", () => {
    const floor = (name: string, time: string, seat: string, reply: string[]) => [
      "",
      name,
      `发表于 ${time} | 只看该作者`,
      seat,
      ...reply,
    ];
    const page = [
      "[分享] 县长在全县安全生产工作会议上的讲话",
      "",
      "笔耕老农",
      "发表于 2023-2-8 20:41 | 只看该作者 |倒序浏览 |阅读模式",
      "楼主",
      "",
      ...SPEECH,
      "",
      "回复 支持 反对",
      ...floor("乡镇小安", "2023-2-9 07:58", "沙发", [
        "收藏了，我们镇下周也要开这个会，正好参考。谢谢楼主分享！",
        "基层办公室，天天写材料",
      ]),
      ...floor("梧桐树下", "2023-2-9 09:12", "板凳", ["讲得很实在，没有空话套话。"]),
      ...floor("云岭秘书", "2023-2-10 16:35", "地板", ["建议楼主把word版传一份到附件区。"]),
      "",
      "您需要登录后才可以回帖 登录 | 立即注册",
    ];
    expect(textsOf(page)).toEqual(COUNTY_SPEECH_BLOCKS);
  });

  it("keeps the poster's own next part of the speech in a later post", () => {
    const rest =
      "三、压实责任：各乡镇党政主要负责同志是本辖区安全生产第一责任人，要严格落实党政同责、一岗双责，对责任不落实导致事故的，一律严肃追究责任，决不姑息迁就，并在全县范围内通报批评，年度考核实行一票否决。";
    const page = [
      "笔耕老农",
      "发表于 2023-2-8 20:41 | 只看该作者",
      "楼主",
      ...SPEECH.slice(0, -3),
      "",
      "笔耕老农",
      "发表于 2023-2-8 20:45 | 只看该作者",
      "沙发",
      rest,
    ];
    expect(textsOf(page)).toContain(rest);
  });
});

describe("a page's notes around the answer or the speech", () => {
  it("drops a Q&A answer's sign-off and a 范文 page's Word download box", () => {
    const page = [
      ...SPEECH,
      "纯手打，有用的话望采纳，谢谢！",
      "",
      "将本文的Word文档下载到电脑，方便收藏和打印　推荐度：★★★★☆　点击下载文档",
    ];
    expect(textsOf(page)).toEqual(COUNTY_SPEECH_BLOCKS);
  });

  it("keeps a speech's sentence on taking up the masses' suggestions", () => {
    const own = "群众提出的意见，有用的话要及时采纳，不能让意见石沉大海。";
    expect(textsOf([...COUNTY_SPEECH_HEAD, own, ...COUNTY_SPEECH_REST])).toContain(own);
  });
});
