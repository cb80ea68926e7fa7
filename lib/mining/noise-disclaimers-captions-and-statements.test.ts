import { describe, expect, it } from "vitest";
import { removalReason } from "../testing/page-noise";
import { mineText } from "./text-pipeline";

// Pages written for these tests in the shapes of set 24's: a document site's terms under 免责声明, a web clipper's
// Markdown with a photo's credit in italics, a mirror's box of quoted 观点, a county paper's 发言摘登 of several
// units' statements, a report's sentences ending the page.
const TITLE = "在全县安全生产和消防工作推进会上的讲话";
const OPENING =
  "今天召开全县安全生产和消防工作推进会，主要任务是分析一季度形势，部署二季度重点工作。刚才，县应急局通报了有关情况，我都同意。";
const BODY = [
  "一季度全县共发生生产安全事故3起、死亡2人，虽然同比有所下降，但道路交通和农村自建房方面的隐患依然突出。",
  "各乡镇、各部门要对辖区内的企业、人员密集场所和在建工地开展一次拉网式排查，建立台账，限期整改，逐项销号。",
  "县应急、住建、交通等部门要加大执法力度，对屡查屡犯、拒不整改的企业依法从严处罚，典型案例公开曝光。",
  "各乡镇党委、政府主要负责同志是本地区安全生产第一责任人，要亲自研究部署，层层压实责任，确保措施落到实处。",
];
const CLOSING = "同志们，安全生产责任重于泰山，希望大家迅速行动起来，坚决守住不发生较大以上事故的底线。";
const SPEECH = [OPENING, ...BODY, CLOSING];

describe("a document site's terms under a bare 免责声明", () => {
  it("removes the numbered terms after the label and keeps a speech's own numbered points", () => {
    const page = [TITLE, "同志们：", OPENING, "下面我提三点要求：", "1、各乡镇要在本月底前完成自建房排查，建立台账。"];
    page.push("2、县住建局要会同乡镇逐户复核，发现问题立即整改。", ...BODY, CLOSING, "", "免责声明：");
    page.push("1、本网站文档均由网友上传，仅供学习参考，版权归原作者。");
    page.push(
      "2、如文档内容侵犯了您的权益，请联系网站客服，核实后立即删除。",
      "3、预览与下载后的文档可能略有差异，请以下载为准。",
    );
    const mined = mineText(page.join("\n"));
    const texts = mined.speeches.flatMap((s) => s.blocks.map((b) => b.text));
    expect(texts.some((t) => t.includes("网友上传") || t.includes("网站客服") || t.includes("下载为准"))).toBe(false);
    expect(texts).toContain("1、各乡镇要在本月底前完成自建房排查，建立台账。");
    expect(texts).toContain("2、县住建局要会同乡镇逐户复核，发现问题立即整改。");
    expect(removalReason(mined.removed, "2、如文档内容侵犯了您的权益，请联系网站客服，核实后立即删除。")).toBe(
      "来源作者信息",
    );
  });
});

describe("a web clipper's Markdown", () => {
  it("removes a photo's caption that ends in its credit, in italics, and keeps 摄像头 in the text", () => {
    const watch = "各企业要在重点部位加装视频监控摄像头，接入县级监管平台，做到实时可查。";
    const page = [TITLE, "", "![](https://example.gov.cn/img/2024/0412.jpg)", ""];
    page.push("*4月11日，全县安全生产和消防工作推进会召开。记者 郑×× 摄*", "", "同志们：", ...SPEECH, watch);
    const mined = mineText(page.join("\n"));
    const texts = mined.speeches.flatMap((s) => s.blocks.map((b) => b.text));
    expect(texts.some((t) => t.includes("记者"))).toBe(false);
    expect(texts).toContain(watch);
    expect(removalReason(mined.removed, "*4月11日，全县安全生产和消防工作推进会召开。记者 郑×× 摄*")).toBe("图片说明");
  });
});

describe("a box of the speech's 观点 above its full text", () => {
  it("removes the box and keeps one speech under the speech's own title", () => {
    const page = ["2024年全县推进会讲话稿（全文）", "作者：佚名　　来源：网友投稿", "", "【精彩观点】"];
    page.push("观点1：安全责任不落实，其他一切都是空谈。", "观点2：宁可十防九空，不可失防万一。", "", "—— 全文阅读 ——");
    page.push(TITLE, "县长　×××", "同志们：", ...SPEECH);
    const mined = mineText(page.join("\n"));
    expect(mined.speeches.map((s) => s.title)).toEqual([TITLE]);
    expect(removalReason(mined.removed, "观点2：宁可十防九空，不可失防万一。")).toBe("金句摘录（重复正文）");
  });
});

describe("a county paper's 发言摘登", () => {
  const statement = (unit: string) => [
    `刚才，县长的讲话站位高、要求实，${unit}将认真抓好贯彻落实。下面，我代表${unit}作简要表态。`,
    `${unit}辖区内企业多、风险点多，今年以来我们排查各类隐患一百余处，仍有部分隐患没有整改到位，形势不容乐观。`,
    `我们将严格落实党政同责、一岗双责，把安全责任分解到每一个岗位、每一名干部，对失职失责的严肃问责。`,
  ];
  it("makes each speaker's line the head of a speech: its title after the colon, or the speaker's line", () => {
    const page = ["守牢底线保平安——全县推进会表态发言摘登", "2024-04-12 18:30　来源：县融媒体中心", ""];
    page.push("4月12日，全县安全生产和消防工作推进会召开，县长×××出席会议并讲话。会上，三个单位作了表态发言。", "");
    page.push("××镇党委书记　张××：压紧属地责任　守牢安全底线", ...statement("镇党委"), "");
    page.push("县住建局局长　李××：", ...statement("县住建局"), "");
    page.push("××建材有限公司总经理　王××：扛起主体责任　筑牢安全防线", ...statement("公司"), "");
    page.push("会议还对近期安全生产重点工作进行了安排部署。会议要求，各乡镇、各部门要抓好各项措施落实。");
    page.push("（责任编辑：周××）");
    const mined = mineText(page.join("\n"));
    // (Normalising drops the space between the title's two phrases, and the speaker's.)
    expect(mined.speeches.map((s) => s.title)).toEqual([
      "压紧属地责任守牢安全底线",
      "县住建局局长李××",
      "扛起主体责任筑牢安全防线",
    ]);
    expect(mined.speeches.map((s) => s.blocks.length)).toEqual([3, 3, 3]);
    expect(mined.speeches[0]!.speaker).toBe("××镇党委书记张××");
    expect(
      removalReason(
        mined.removed,
        "会议还对近期安全生产重点工作进行了安排部署。会议要求，各乡镇、各部门要抓好各项措施落实。",
      ),
    ).toBe("新闻报道");
  });

  it("leaves one speech alone when a single line of a speaker and a colon stands in it", () => {
    const page = [TITLE, "同志们：", OPENING, "县应急局局长　赵××：", ...BODY, CLOSING];
    expect(mineText(page.join("\n")).speeches).toHaveLength(1);
  });

  it("keeps a speech's last paragraph that ends the page and only starts like a report", () => {
    const last = "会议要求的各项工作，各乡镇要逐项对照，抓紧落实，县安委办要跟踪督办，月底前报送进展情况。";
    const page = [TITLE, "同志们：", OPENING, ...BODY, last, "", "（责任编辑：周××）"];
    const mined = mineText(page.join("\n"));
    expect(mined.speeches[0]!.blocks.map((b) => b.text)).toContain(last);
  });
});
