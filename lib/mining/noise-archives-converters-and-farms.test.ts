import { describe, expect, it } from "vitest";
import { removalReason } from "../testing/page-noise";
import { mineText } from "./text-pipeline";
import { withoutScriptOriginals } from "./decode-script-pairs";

// Pages written for these tests in the shapes of set 108's caches and converters: a web archive's copy with its note
// under the page, a Traditional page run through a converter that shows each original above its rendering, a page
// saved as HTML and stripped of its tags line by line, and a content farm's copy with its keyword-laden list header.
const TITLE = "在全县森林防火工作会议上的讲话";
const OPENING =
  "今天召开全县森林防火工作会议，主要是部署今冬明春森林防火工作。刚才，县林业局通报了今年以来的火情，我都同意。";
const SITUATION =
  "今年以来，全县共发生森林火情五起，过火面积较去年有所下降，但野外违规用火的问题仍然时有发生，防火形势依然严峻。";
const CHECK = "各乡镇要对林区周边的坟山、田埂和林缘地带开展一次拉网式排查，对查出的火灾隐患建立台账，限期整改到位。";
const DUTY = "各乡镇党政主要负责同志是本辖区森林防火第一责任人，要层层签订责任书，对失职失责导致火灾的，严肃追究责任。";
const CLOSING = "同志们，森林防火责任重于泰山。希望大家迅速行动起来，确保全县不发生重大森林火灾。";
const SPEECH = [TITLE, "同志们：", OPENING, "一、认清形势", SITUATION, "二、抓好排查", CHECK];
SPEECH.push("三、压实责任", DUTY, CLOSING);
const BLOCKS = [OPENING, "一、认清形势", SITUATION, "二、抓好排查", CHECK, "三、压实责任", DUTY, CLOSING];
const blocksOf = (page: string[]) => mineText(page.join("\n")).speeches.flatMap((s) => s.blocks.map((b) => b.text));

describe("a web archive's copy of a page", () => {
  it("drops the archive's note under the copied page", () => {
    const note = "本页面是网页存档站于2023年4月保存的历史版本，部分图片和样式可能没有保存下来。";
    const mined = mineText([...SPEECH, "", "══════════", note].join("\n"));
    expect(mined.speeches.flatMap((s) => s.blocks.map((b) => b.text))).toEqual(BLOCKS);
    expect(removalReason(mined.removed, note)).toBe("网页快照说明");
  });

  it("keeps a speech's sentence on saving records", () => {
    const said = "本页纸上的检查记录要保存好，各乡镇要把历史版本的巡护台账一并归档，确保查有所据。";
    expect(blocksOf([...SPEECH.slice(0, 5), said, ...SPEECH.slice(5)])).toContain(said);
  });
});

describe("a Traditional page shown in two scripts, line by line", () => {
  const trad = {
    opening:
      "今天召開全縣森林防火工作會議，主要是部署今冬明春森林防火工作。剛才，縣林業局通報了今年以來的火情，我都同意。",
    head: "一、認清形勢",
    closing: "同志們，森林防火責任重於泰山。希望大家迅速行動起來，確保全縣不發生重大森林火災。",
  };

  it("drops each Traditional original that stands above its Simplified rendering", () => {
    const page = [TITLE, "同志们：", trad.opening, OPENING, trad.head, "一、认清形势", SITUATION, "二、抓好排查"];
    page.push(CHECK, "三、压实责任", DUTY, trad.closing, CLOSING);
    const mined = mineText(page.join("\n"));
    expect(mined.speeches.flatMap((s) => s.blocks.map((b) => b.text))).toEqual(BLOCKS);
    expect(removalReason(mined.removed, trad.head)).toBe("繁体原文（双语对照）");
  });

  it("reads 「」 in the original as the rendering's “”", () => {
    const pairs = [
      ["要通過「森林衛士」小程序上報火情。", "要通过“森林卫士”小程序上报火情。", "要通过「森林卫士」小程序上报火情。"],
      ["各鄉鎮要加強巡查。", "各乡镇要加强巡查。", "各乡镇要加强巡查。"],
      ["確保不發生重大火災。", "确保不发生重大火灾。", "确保不发生重大火灾。"],
    ];
    const written = pairs.flatMap(([trad, simp]) => [trad!, simp!]).map((text, i) => ({ text, lineNo: i + 1 }));
    const converted = written.map((l, i) => (i % 2 ? l : { ...l, text: pairs[i / 2]![2]! }));
    expect(withoutScriptOriginals(written, converted).lines).toEqual(written.filter((_, i) => i % 2));
  });

  it("keeps every line of a page wholly in Traditional, and a line a speech says twice", () => {
    const page = [TITLE, "同志們：", trad.opening, trad.head, SITUATION, trad.closing];
    expect(blocksOf(page)).toEqual([OPENING, "一、认清形势", SITUATION, CLOSING]);
    const twice = "安全第一，预防为主。";
    const written = [twice, twice].map((text, i) => ({ text, lineNo: i + 1 }));
    expect(withoutScriptOriginals(written, written).lines).toHaveLength(2);
  });
});

describe("a page saved as HTML and stripped of its tags line by line", () => {
  it("drops a tag's attributes left alone on a line between two paragraphs", () => {
    const tail = '" alt="森林防火工作会议现场" width="600" height="400" border="0" />';
    const page = [...SPEECH.slice(0, 5), tail, ...SPEECH.slice(5)];
    expect(blocksOf(page)).toEqual(BLOCKS);
  });

  it("keeps a sentence with straight quotes and an equals sign", () => {
    const said = '要把"防火码"贴到每个进山路口，扫码登记率=登记人数/进山人数，各乡镇每周通报一次。';
    expect(blocksOf([...SPEECH.slice(0, 5), said, ...SPEECH.slice(5)])).toContain(said);
  });
});

describe("a content farm's copy under a list header spun from its keywords", () => {
  const list = ["1、2024年冬季森林防火工作会议讲话稿", "2、在全县森林防火工作会议上的讲话（精选4篇）"];
  list.push("3、森林防火动员会讲话稿范文", "4、在春季森林防火工作会议上的讲话");

  it("drops the header glued to the keywords and the numbered links under it: one speech", () => {
    const header = "森林防火讲话稿_防火工作会议讲话稿_领导讲话稿相关阅读：";
    const mined = mineText([...SPEECH, "", header, ...list].join("\n"));
    expect(mined.speeches).toHaveLength(1);
    expect(mined.speeches[0]!.blocks.map((b) => b.text)).toEqual(BLOCKS);
    expect(removalReason(mined.removed, list[3]!)).toBe("相关文章列表");
  });

  it("keeps a sentence on naming files with _ that ends on the reading it asks for", () => {
    const said = "上报材料统一按乡镇名_日期_隐患台账命名，并附相关资料：";
    const items = ["1、巡护人员花名册", "2、防火检查卡点值守表"];
    const texts = blocksOf([...SPEECH.slice(0, 5), said, ...items, ...SPEECH.slice(5)]);
    expect(texts.join("")).toContain("隐患台账命名，并附相关资料：");
    expect(texts.join("")).toContain("巡护人员花名册");
  });
});
