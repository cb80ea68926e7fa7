import { describe, expect, it } from "vitest";
import { removalReason, removeNoiseFromPage } from "../testing/page-noise";
import { mineText } from "./text-pipeline";

// Pages written for these tests in the shapes of set 21's: a mobile 范文 page's ad cards, a 公文's 抄送 list, a
// company paper's jump to another page, a forum thread posted in floors, a self-media 范文 with hints to whoever
// copies it, a 文库 preview with an AI summary and page breaks, a Traditional mirror of a collection.
const TITLE = "在全镇燃气安全专项整治动员部署会上的讲话";
const OPENING = "今天召开全镇燃气安全专项整治动员部署会，主要任务是贯彻落实全县会议精神，对全镇燃气安全整治作出部署。";
const BODY = "各村要组织网格员、村干部，对辖区内所有餐饮场所和燃气用户开展一次入户排查，问题逐一登记、限期整改。";
const BODY2 = "镇市场监管所、派出所、安监站要组成联合执法组，对非法储存、非法充装液化气的黑气点坚决依法取缔。";
const CLOSING = "同志们，燃气安全关系群众的生命财产安全，希望大家迅速行动，确保专项整治取得实效。";
const SPEECH = [TITLE, "同志们：", OPENING, BODY, BODY2, CLOSING];
// A speech of a few hundred characters, as long as the shortest real one: beside it a poster's note is no speech.
const MORE = [
  "对农村独居老人、留守老人等重点人群，要由包村干部和网格员上门逐户检查，帮助更换老化软管，讲清楚正确使用燃气的常识。",
  "要利用村村响广播、微信群、赶集日等方式，广泛宣传燃气安全常识，把燃气安全明白纸发到每家每户，做到家喻户晓。",
];
const blocksOf = (page: string[]) => mineText(page.join("\n")).speeches.map((s) => s.blocks.map((b) => b.text));

describe("a mobile 范文 page's ad cards", () => {
  it("removes a card under 「广告」 whose headline asks a question, up to its call to act", () => {
    const page = [TITLE, "同志们：", OPENING, BODY, "「广告」", "写材料没思路？3000篇讲话稿模板一键套用"];
    page.push("会员限时5折  立即查看 >", BODY2, CLOSING);
    expect(removeNoiseFromPage(page).kept).toEqual(SPEECH);
  });
});

describe("the end of a 公文 and a paper's jump to another page", () => {
  it("removes a 抄送 list wrapped onto a second line", () => {
    const page = [
      ...SPEECH,
      "抄送：县委办公室，县人大常委会办公室，县政协办公室，",
      "县纪委监委，县人民法院，县人民检察院。",
    ];
    const { kept, removed } = removeNoiseFromPage(page);
    expect(kept).toEqual(SPEECH);
    expect(removalReason(removed, "县纪委监委，县人民法院，县人民检察院。")).toBe("公文版记");
  });

  it("takes the text across （下转第2版）…（上接第1版） and drops the other page's items between", () => {
    const first = "各村要组织网格员、村干部，对辖区内所有餐饮场所和燃气用户";
    const page = [
      TITLE,
      "同志们：",
      OPENING,
      `${first}（下转第2版）`,
      "",
      "■简讯　4月8日，镇消防站组织开展燃气泄漏应急演练。",
    ];
    page.push(
      "××镇报　2024年4月12日　第2版",
      "",
      "（上接第1版）开展一次入户排查，问题逐一登记、限期整改。",
      BODY2,
      CLOSING,
    );
    expect(blocksOf(page)).toEqual([[OPENING, BODY, BODY2, CLOSING]]);
  });
});

describe("a forum thread posted in floors", () => {
  it("drops the poster's note under the forum's crumbs, the 点评 under a floor and the poster's answer to one", () => {
    const page = [
      "首页",
      "基层治理",
      "乡镇风采",
      "乡镇干部之家 › 公文写作 › 讲话发言 › 分享一篇镇里燃气安全整治动员会上的讲话（分两楼发）",
    ];
    page.push(
      "前两天镇里开了燃气安全专项整治动员会，这是我给书记写的稿子，书记基本没改就讲了。字数有点多，分两楼发，需要的坛友自取，大家用的时候换成自己的数字。",
    );
    page.push(
      "",
      TITLE,
      "同志们：",
      OPENING,
      BODY,
      "点评",
      "老周在乡下  写得很接地气，感谢楼主  2025-4-9 22:03",
      "青禾小吏  楼主别断更啊？等下一楼  2025-4-10 07:58",
    );
    page.push("回复 老周在乡下：数字都改成我们镇的了，大家用的时候换成自己的。", BODY2, ...MORE, CLOSING);
    const mined = mineText(page.join("\n"));
    expect(mined.speeches.map((s) => s.title)).toEqual([TITLE]);
    expect(mined.speeches[0]!.blocks.map((b) => b.text)).toEqual([OPENING, BODY, BODY2, ...MORE, CLOSING]);
  });
});

describe("a 范文 shared with hints to whoever copies it", () => {
  it("cuts the hints in brackets, inside sentences and on lines of their own, and the list after the text", () => {
    const noted =
      "各村要组织网格员、村干部（此处可根据本单位实际修改），对辖区内所有餐饮场所和燃气用户开展一次入户排查，问题逐一登记、限期整改。";
    const page = [
      "各位笔友好！今天分享一篇我们团队反复打磨过的范文，框架可以直接套用。",
      "",
      TITLE,
      "同志们：",
      OPENING,
    ];
    page.push(
      "【写作提示：开场白不宜过长，把会议目的交代清楚就行。】",
      noted,
      BODY2,
      ...MORE,
      CLOSING,
      "",
      "—— 往期精选 ——",
    );
    page.push("▶ 安全生产月启动仪式主持词，拿去就能用", "▶ 领导讲话稿的三段式结构，一篇讲透");
    const mined = mineText(page.join("\n"));
    expect(mined.speeches.map((s) => s.title)).toEqual([TITLE]);
    expect(mined.speeches[0]!.blocks.map((b) => b.text)).toEqual([OPENING, BODY, BODY2, ...MORE, CLOSING]);
    expect(removalReason(mined.removed, "（此处可根据本单位实际修改）")).toBe("范文修改提示");
  });

  it("keeps a speech's own brackets that name units or ask nothing of the reader", () => {
    const own = "镇安监站（应急管理办公室）要会同各村，对照清单逐项核查，确保不漏一户。";
    expect(removeNoiseFromPage([TITLE, "同志们：", OPENING, own, CLOSING]).kept).toContain(own);
  });
});

describe("a 文库 preview", () => {
  it("removes the AI summary box and takes a sentence across a page break after a short line", () => {
    // Wrapped at 20 characters; the page ends after a short piece of a line, in the middle of a sentence.
    const wrap = (text: string) => text.match(/.{1,20}/g)!;
    const cutAt = 25;
    const page = ["AI 生成的文档摘要", "本文是镇长在燃气安全整治动员会上的讲话稿，讲话部署了入户排查和联合执法。"];
    page.push("以上内容由AI自动生成，可能存在偏差，请以原文为准", TITLE, "同志们：", ...wrap(OPENING));
    page.push(...wrap(BODY.slice(0, cutAt)), "", "第 1 页 / 共 6 页", "", ...wrap(BODY.slice(cutAt)));
    for (const p of [BODY2, ...MORE, CLOSING]) page.push(...wrap(p));
    expect(blocksOf(page)).toEqual([[OPENING, BODY, BODY2, ...MORE, CLOSING]]);
  });

  it("joins a number cut by a wrap without a space", () => {
    const page = [
      TITLE,
      "同志们：",
      OPENING,
      "全年共发生事故19起、死亡14人，同比分别下降17.4%和1",
      "2.5%，没有发生较大事故。",
      CLOSING,
    ];
    expect(blocksOf(page)[0]).toContain("全年共发生事故19起、死亡14人，同比分别下降17.4%和12.5%，没有发生较大事故。");
  });
});

describe("a Traditional mirror of a collection", () => {
  it("removes the mirror's note, the list on the 目录 line and the page's headline; each speech keeps its title", () => {
    const second = "在全镇燃气安全专项整治推进会上的讲话";
    const page = ["【繁體鏡像】本頁由簡體原文自動轉換，僅供閱讀參考，轉換用字如有出入以原文為準　切換為簡體中文"];
    page.push("首頁 | 講話稿 | 主持詞 | 致辭 | 工作總結 | 心得體會", "您現在的位置：首頁 > 講話致辭 > 正文");
    page.push("全鎮燃氣安全專項整治講話稿（2篇）", "發佈時間：2025-06-06　瀏覽次數：2071");
    page.push("本文目錄：第1篇 動員部署會講話（鎮長）　第2篇 推進會講話（副鎮長）", "【第1篇】", TITLE, "鎮長　×××");
    page.push("（2025年4月7日）", "同志們：", OPENING, BODY, CLOSING, "【第2篇】", second, "副鎮長　×××", "同志們：");
    page.push("今天召開全鎮燃氣安全專項整治推進會，主要是查看進度、解決問題。", BODY2, CLOSING);
    const mined = mineText(page.join("\n"));
    expect(mined.speeches.map((s) => s.title)).toEqual([TITLE, second]);
    expect(mined.speeches[0]!.blocks.map((b) => b.text)).toEqual([OPENING, BODY, CLOSING]);
  });
});
