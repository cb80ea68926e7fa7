import { describe, expect, it } from "vitest";
import { removalReason } from "../testing/page-noise";
import { mineText } from "./text-pipeline";

// Pages written for these tests in the shapes of set 26's: an AI assistant's chat copied whole, a slide deck's
// outline with the speech in its notes, a 公众号's readers' comments under short names, a forum post's signature.
const TITLE = "在全县有限空间作业安全专项整治工作会议上的讲话";
const OPENING =
  "今天，我们召开全县有限空间作业安全专项整治工作会议，主要任务是通报前期检查情况，部署专项整治工作。刚才，县应急管理局通报了检查情况，我完全同意。";
const BODY = [
  "全县涉及有限空间作业的单位有××家，污水井、化粪池、发酵罐点多面广，前期抽查发现没有建立管理台账的占××%，风险隐患不容忽视。",
  "各乡镇、各部门要对辖区内的有限空间逐一排查，建立管理台账，对作业前不通风、不检测的，一律责令停止作业、限期整改。",
  "企业主要负责人是有限空间作业安全的第一责任人，发包单位要与承包单位签订安全管理协议，绝不能以包代管、一包了之。",
];
const CLOSING = "同志们，有限空间作业安全事关群众生命安全，希望大家真抓实干，坚决防范和遏制事故发生。谢谢大家！";

describe("an AI assistant's chat copied whole", () => {
  it("removes the sidebar of earlier chats, the request, the reasoning and the lead-in; the draft is the speech", () => {
    const sidebar = [
      "今天",
      "有限空间作业安全会议讲话稿",
      "昨天",
      "防汛工作会议主持词（乡镇版）",
      "7天内",
      "述职报告润色",
    ];
    const request = "帮我写一篇讲话稿：分管副县长在全县有限空间作业安全专项整治工作会议上讲话，2000字左右。";
    const thinking = "嗯，用户需要一篇分管副县长的讲话稿，我可以按认识形势、整治重点、压实责任来搭框架。";
    const lead = "好的，以下是一篇分管副县长在专项整治工作会议上的讲话稿，您可以根据本县实际修改完善：";
    const page = [...sidebar, "", request, "", "已深度思考（用时 14 秒）", thinking, "", lead, "", TITLE, "同志们："];
    page.push(OPENING, ...BODY, CLOSING, "", "复制", "重新生成", "内容由AI生成，请仔细甄别");
    const mined = mineText(page.join("\n"));
    expect(mined.speeches.map((s) => s.title)).toEqual([TITLE]);
    expect(mined.speeches[0]!.blocks.map((b) => b.text)).toEqual([OPENING, ...BODY, CLOSING]);
    expect(removalReason(mined.removed, "防汛工作会议主持词（乡镇版）")).toBe("AI 对话列表");
    expect(removalReason(mined.removed, thinking)).toBe("AI 对话的思考过程");
  });

  it("keeps a speech's own 今天 and a request inside a sentence when no sidebar stands", () => {
    const own = "今天";
    const asked = "县委要求我们写一份整改报告，下周一前报送县安委办，各单位要认真对照检查。";
    const page = [TITLE, "同志们：", OPENING, own, BODY[0]!, asked, BODY[1]!, CLOSING];
    expect(mineText(page.join("\n")).speeches[0]!.blocks.map((b) => b.text)).toContain(asked);
  });
});

describe("a slide deck's outline with the speech in its notes", () => {
  const slide = (n: number, face: string[], notes: string[]) => [`幻灯片 ${n}`, ...face, "备注：", ...notes, ""];

  it("keeps the slides' titles as headings and the notes as paragraphs; bullets, continued titles and cues go", () => {
    const page = [
      ...slide(1, [TITLE, "县应急管理局局长　×××"], ["同志们：", OPENING]),
      ...slide(2, ["一、认清形势", "· 台账缺失占××%", "· 盲目施救"], [BODY[0]!]),
      ...slide(3, ["二、抓好排查", "· 通风　检测　监护"], [`${BODY[1]!}【点击】`, "（此处播放事故警示片）"]),
      ...slide(4, ["二、抓好排查（续）", "· 以包代管"], [BODY[2]!, CLOSING]),
    ];
    const mined = mineText(page.join("\n"));
    expect(mined.speeches.map((s) => s.title)).toEqual([TITLE]);
    const blocks = mined.speeches[0]!.blocks.map((b) => `${b.kind === "heading" ? "# " : ""}${b.text}`);
    expect(blocks).toEqual([OPENING, "# 一、认清形势", BODY[0], "# 二、抓好排查", BODY[1], BODY[2], CLOSING]);
    expect(removalReason(mined.removed, "· 台账缺失占××%")).toBe("幻灯片要点");
  });

  it("keeps a deck's bullets when it has no notes: they are its only text", () => {
    const bullet = "· 各乡镇要对辖区内的有限空间逐一排查，建立管理台账，限期整改。";
    const page = [
      ...slide(1, [TITLE], []),
      ...slide(2, ["一、认清形势", bullet], []),
      ...slide(3, ["二、压实责任"], []),
    ];
    expect(
      mineText(page.join("\n"))
        .speeches.flatMap((s) => s.blocks.map((b) => b.text))
        .join(""),
    ).toContain("建立管理台账");
  });
});

describe("readers' comments and a forum post's signature", () => {
  it("reads a comment under a commenter's bare name as one more comment, not as a speech's text", () => {
    const comments = ["写留言", "山里人老陈", "××", "警钟长鸣！回去就开班组会。", "28", "平安是福2019", "××"];
    comments.push("希望检查多到现场、多下井，少看台账。", "15", "矿嫂阿莲", "××", "每天都盼着他平平安安下班回家", "9");
    const page = [TITLE, "同志们：", OPENING, ...BODY, CLOSING, "", ...comments];
    const mined = mineText(page.join("\n"));
    expect(mined.speeches[0]!.blocks.map((b) => b.text)).toEqual([OPENING, ...BODY, CLOSING]);
  });

  it("removes the lines under a post's 签名档 label between its rules", () => {
    const signature = "写材料就像出海，风浪越大，越要稳住舵。";
    const page = [TITLE, "同志们：", OPENING, ...BODY, CLOSING, "", "回复　引用　举报　收藏　分享", "签名档"];
    page.push("------------------------------", signature, "------------------------------");
    const mined = mineText(page.join("\n"));
    expect(mined.speeches[0]!.blocks.map((b) => b.text)).toEqual([OPENING, ...BODY, CLOSING]);
    expect(removalReason(mined.removed, signature)).toBe("帖子签名");
  });
});
