import { describe, expect, it } from "vitest";
import { removalReason } from "../testing/page-noise";
import { markPortalWidgets } from "./noise-portal-widgets";
import { mineText } from "./text-pipeline";

// Pages written for these tests in the shape of set 141's: a township portal's 政府信息公开 page, the speech between
// its catalogue block and its footer, and the portal's guide to its disclosure service (政府信息公开指南 over 一、主动公开：…)
// printed between the page's buttons and the site's owners.
const TITLE = "在全乡森林防火工作会议上的讲话";
const OPENING = "今天，我们召开全乡森林防火工作会议，主要是安排部署今冬明春森林防火工作。下面，我讲两点意见。";
const RISK = "一、认清形势。今年入秋以来降水偏少，林区可燃物积累多，野外用火管控难度大，防火形势十分严峻。";
const DUTY = "二、压实责任。各村要落实护林员巡山制度，进山路口设卡登记，发现火情第一时间报告，决不能瞒报迟报。";
const CLOSING = "同志们，森林防火责任重于泰山。希望大家绷紧这根弦，确保全乡不发生森林火灾。";
const GUIDE = [
  "政府信息公开指南",
  "一、主动公开：本机关通过政府网站、公开栏等渠道主动公开政府信息。",
  "二、依申请公开：公民、法人或者其他组织可通过当面、信函、网络等方式提出申请。",
];
const FOOTER = ["网站地图 | 联系我们 | 隐私声明", "主办单位：云岭县石门乡人民政府　承办单位：石门乡党政办公室"];

describe("a portal's guide to its disclosure service at the page's foot", () => {
  it("removes the guide's title and items between the page's buttons and its footer; the speech stays", () => {
    const page = ["云岭县石门乡人民政府", "首页 | 政务公开 | 政务服务", TITLE, "乡长　杨光明", "同志们："];
    page.push(OPENING, RISK, DUTY, CLOSING, "", "【打印本页】　【关闭窗口】", "", ...GUIDE, "", ...FOOTER);
    const mined = mineText(page.join("\n"));
    expect(mined.speeches.map((s) => s.title)).toEqual([TITLE]);
    const blocks = mined.speeches[0]!.blocks.map((b) => b.text);
    for (const line of GUIDE) {
      expect(blocks.join("\n")).not.toContain(line);
      expect(removalReason(mined.removed, line)).toBe("网站页眉页脚");
    }
  });

  it("marks the box only among removed lines: with the speech's text around it, it is the speech's own", () => {
    const texts = ["网站地图", "", ...GUIDE, "", "网站标识码：5301000012"];
    const chrome = (t: string) => (t === "网站地图" || t.startsWith("网站标识码") ? "网站页眉页脚" : null);
    expect(markPortalWidgets(texts, texts.map(chrome))).toEqual(texts.map((t) => (t ? "网站页眉页脚" : null)));
    const own = [OPENING, ...GUIDE, DUTY, CLOSING];
    expect(
      markPortalWidgets(
        own,
        own.map(() => null),
      ).every((v) => v === null),
    ).toBe(true);
  });

  it("leaves a title over more lines than a box holds", () => {
    const long = [
      "网站地图",
      "政府信息公开指南",
      ...Array.from({ length: 9 }, (_, k) => `${k + 1}. ${RISK}`),
      "网站地图",
    ];
    const verdict = long.map((t) => (t === "网站地图" ? "网站页眉页脚" : null));
    expect(
      markPortalWidgets(long, verdict)
        .slice(1, -1)
        .every((v) => v === null),
    ).toBe(true);
  });
});

describe("the caption under a QR code that links the topic's graphic or video", () => {
  const QR_LINES = ["扫码查看一图读懂：森林防火十不准", "微信扫描下方二维码观看视频解读"];

  it("removes the caption after the speech's closing; the speech stays", () => {
    const page = [TITLE, "乡长　杨光明", "同志们：", OPENING, RISK, DUTY, CLOSING, "", ...QR_LINES];
    const mined = mineText(page.join("\n"));
    const blocks = mined.speeches.flatMap((s) => s.blocks.map((b) => b.text)).join("\n");
    expect(blocks).toContain("确保全乡不发生森林火灾");
    for (const line of QR_LINES) {
      expect(blocks).not.toContain(line);
      expect(removalReason(mined.removed, line)).toBeTruthy();
    }
  });

  it("marks each caption as the page's, alone on its line", () => {
    const verdict = markPortalWidgets(
      QR_LINES,
      QR_LINES.map(() => null),
    );
    expect(verdict).toEqual(["网站页眉页脚", "网站页眉页脚"]);
  });

  it("keeps a speech's sentence that asks people to scan the same code", () => {
    const own = ["扫码查看一图读懂，是我们今年宣传防火知识的新办法。", "扫码查看视频，群众看得懂、记得住"];
    const verdict = markPortalWidgets(
      own,
      own.map(() => null),
    );
    expect(verdict.every((v) => v === null)).toBe(true);
  });
});
