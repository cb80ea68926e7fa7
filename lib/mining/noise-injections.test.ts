import { describe, expect, it } from "vitest";
import { removeNoiseFromPage as run } from "../testing/page-noise";
import { normaliseText } from "./normalise";
import { mineText } from "./text-pipeline";

describe("inline injections are cut and the sentence kept whole", () => {
  it("pinyin residue of a Traditional converter, one report per occurrence", () => {
    const r = run("剛才，兩位局長分別通報(bào)了汛期降雨趨勢和防汛準(zhǔn)備情況，講得很好。");
    expect(r.kept).toEqual(["剛才，兩位局長分別通報了汛期降雨趨勢和防汛準備情況，講得很好。"]);
    expect(r.removed.map((x) => x.text)).toEqual(["（bào）", "（zhǔn）"]);
    expect(r.removed[0]!.reason).toContain("拼音");
  });

  it("leaves brackets that are not pinyin alone", () => {
    const text = "各乡镇（街道）要落实责任（见附件1），做好QQ群（tongzhi）通知。";
    expect(run(text).kept).toEqual([normaliseText(text)]);
  });

  it("a full stop between two characters, a page number between dashes", () => {
    const r = run("骑自行车的.人比较多，我们必须从— 2 —思想深处认识到这项工作的重要性。");
    expect(r.kept).toEqual(["骑自行车的人比较多，我们必须从思想深处认识到这项工作的重要性。"]);
    expect(r.removed.map((x) => x.reason)).toEqual(["插入字间的圆点", "页码"]);
  });

  it("keeps decimal points and numbered items", () => {
    const text = "事故起数下降12.5%，第3.2条规定的要求要落实。";
    expect(run(text).kept).toEqual([normaliseText(text)]);
  });

  it("a viewer's chunk numbers that split a word, and the 1、 opening the series", () => {
    const text = [
      "1、冬季安全生产讲话 同志们：要深入开展安全检查，一个角落挨一个角落地搞好隐",
      "2、患排查整改，把事故消除在萌芽状态。要加强职工安全教育，提高职工安全生产技能和紧急逃生避",
      "3、险能力。",
    ].join("\n");
    const r = run(text);
    expect(r.removed.map((x) => x.text)).toEqual(["1、", "2、", "3、"]);
    expect(r.kept.join("")).toContain("搞好隐患排查整改");
    expect(r.kept.join("")).toContain("逃生避险能力。");
  });

  it("keeps a numbered list whose items end their sentences", () => {
    const text = "要做到以下几点：\n1、要经常检查刹车；\n2、过马路时要一慢二看。";
    expect(run(text).removed).toEqual([]);
  });

  it("a site's slogan and address repeated inside the text", () => {
    const text =
      "某某之家—每日更新 www.example-mishu.com区委书记在会议上的讲话同志们：今天我们召开动员部署会，我们必须从— 1 —某某之家—每日更新 www.example-mishu.com思想深处认识到这项工作的重要性。";
    const r = run(text);
    expect(r.kept.join("")).toBe(
      "区委书记在会议上的讲话同志们：今天我们召开动员部署会，我们必须从思想深处认识到这项工作的重要性。",
    );
    expect(r.removed.filter((x) => x.reason.startsWith("水印"))).toHaveLength(2);
  });

  it("a 文章标题： label with its copy of the title, and a viewer marker", () => {
    const r = run("冬季安全生产讲话 文章标题：冬季安全生产讲话 ...wd... 同志们：冬季来临，各单位要抓好安全生产。");
    expect(r.kept.join("")).toBe("冬季安全生产讲话同志们：冬季来临，各单位要抓好安全生产。");
    expect(r.removed.map((x) => x.reason).sort()).toEqual(["文档标记", "网页信息栏（文章标题）"]);
  });

  it("a page title pasted inside a sentence, while the speech's own title line stays", () => {
    const title = "乡镇安全生产工作会议讲话稿范文";
    const text = [
      title,
      "同志们：",
      `各乡镇要压实属地责任，${title}深入开展隐患排查整治，确保全镇安全形势持续稳定。`,
    ].join("\n");
    const r = run(text);
    expect(r.kept).toEqual([
      title,
      "同志们：",
      "各乡镇要压实属地责任，深入开展隐患排查整治，确保全镇安全形势持续稳定。",
    ]);
    expect(r.removed).toEqual([{ text: title, reason: "插入正文的网页标题", lineNo: 3 }]);
  });

  it("an editor's note in brackets", () => {
    const r = run("要严格落实安全生产责任制（编者注：此处略去具体名单）。会上还表彰了先进单位（有删节）。");
    expect(r.kept).toEqual(["要严格落实安全生产责任制。会上还表彰了先进单位。"]);
    expect(r.removed.map((x) => x.reason)).toEqual(["编者注", "编者注"]);
  });

  it("a teaser that repeats the opening of the one-line text below it", () => {
    const opening = "在全市建筑施工安全生产工作会议上的讲话同志们：今天召开这次会议，这既是当前安全生产工作的需要";
    const text = `${opening}\n\n${opening}，也是营造安全稳定社会环境的需要。当前我市安全生产形势十分严峻。`;
    const r = mineText(text);
    expect(r.removed.map((x) => x.reason)).toContain("重复的摘要行");
    expect(r.speeches[0]!.blocks.filter((b) => b.text.includes("今天召开这次会议"))).toHaveLength(1);
  });
});

// In the shapes of set 12: a 公众号 copy with a reading aid's pinyin, a copy-protected 文库 page.
describe("a reading aid's pinyin and a page's copy codes", () => {
  const texts = (page: string[]) => mineText(page.join("\n")).speeches.flatMap((s) => s.blocks.map((b) => b.text));
  const HEAD = ["在全县防汛工作会议上的讲话", "同志们："];

  it("cuts a word's pinyin in either bracket, keeping the word", () => {
    const line = "要组织力量对水库、堤坝（dī bà）、涵闸(hán zhá)等隐患(yǐn huàn)部位开展拉网式排查，发现问题立即整改。";
    expect(texts([...HEAD, line])).toContain(
      "要组织力量对水库、堤坝、涵闸等隐患部位开展拉网式排查，发现问题立即整改。",
    );
  });

  it("cuts codes of mixed letters and digits and codes between stars, not a standard's number or PM2.5", () => {
    const line = "各企业要严格落实Xq8Lm2危化品储存管理制度，★☆★hxwk★☆★对重大危险源实行包保责任制。";
    expect(texts([...HEAD, line])).toContain("各企业要严格落实危化品储存管理制度，对重大危险源实行包保责任制。");
    const kept = "要对照GB30871标准和PM2.5监测要求，严格特殊作业审批，5G基站和iPhone用户也要纳入宣传范围。";
    expect(texts([...HEAD, kept])).toContain(kept);
  });
});
