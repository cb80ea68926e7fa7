import { describe, expect, it } from "vitest";
import { mineText } from "../../lib/mining/text-pipeline";

// A page written for these tests in the shape of a 头条/百家号-like article that reprints a speech: the post's headline,
// the account's card (its name, the post's time and place, a bare 关注 button), the poster's lead, then the speech
// with an ad card between its paragraphs (广告, a long headline, the advertiser, its button).
const HEADER = [
  "副县长讲话：防汛备汛一次讲透，三个重点一个不落（全文）",
  "材料小研习",
  "2025-05-12 07:35·湖南",
  "关注",
  "近日，清江县召开全县防汛备汛工作会议。本号整理了会上讲话全文，供各位同行学习参考，建议收藏。",
];
const SPEECH = [
  "在全县2025年防汛备汛工作会议上的讲话",
  "清江县人民政府副县长　龚立新",
  "同志们：",
  "今天召开全县防汛备汛工作会议，主要是分析今年防汛形势，部署汛前各项准备工作。刚才，县水利局通报了汛前检查情况，我都同意。",
  "一、清醒认识防汛形势",
  "据气象部门预测，今年汛期我县降雨偏多，出现区域性暴雨的可能性较大，全县38座小型水库中有9座存在不同程度的病险隐患。",
];
const AD = ["广告", "领导讲话稿写不出？3000篇防汛材料合集一键打包，乡镇县市各级会议全覆盖", "材料大师", "立即下载"];
const REST = [
  "二、扎实做好汛前准备",
  "5月底前，各乡镇要完成对辖区水库、山塘、堤防的全面排查，发现隐患立即整改，一时整改不了的要落实度汛措施。",
  "三、层层压实防汛责任",
  "各乡镇党政主要负责同志是本辖区防汛工作第一责任人，每座水库都要落实行政、技术、巡查三个责任人，名单在汛前向社会公布。县防指将组织明查暗访，对责任不落实、值守不到位的严肃问责。",
  "同志们，防汛工作责任重于泰山，希望大家以高度负责的态度，扎实做好各项工作，确保全县安全度汛。",
];
const mine = (lines: string[]) => mineText(lines.join("\n"));
const texts = (lines: string[]) =>
  mine(lines)
    .speeches.flatMap((s) => s.blocks.map((b) => b.text))
    .join("\n");

describe("a self-media post's header over the speech it reprints", () => {
  it("takes the account's card with its byline and bare 关注 button, and the headline and lead above the speech", () => {
    const r = mine([...HEADER, ...SPEECH, ...REST]);
    expect(r.speeches).toHaveLength(1);
    expect(r.speeches[0]!.title).toBe("在全县2025年防汛备汛工作会议上的讲话");
    const all = texts([...HEADER, ...SPEECH, ...REST]);
    expect(all).not.toMatch(/材料小研习|副县长讲话：|本号整理/);
    expect(r.removed.find((x) => x.text === "材料小研习")?.reason).toBe("公众号界面文字");
  });

  it("keeps a speech whose own short line stands over a dated line with no follow button", () => {
    const own = ["值班安排", "2025-05-12 08:00·县应急指挥中心", "汛期各乡镇实行24小时值班，值班电话必须有人接听。"];
    const lines = [...SPEECH, ...own, ...REST];
    expect(texts(lines)).toContain("汛期各乡镇实行24小时值班");
    expect(mine(lines).removed.find((x) => x.text === "值班安排")?.reason).not.toBe("公众号界面文字");
  });
});

describe("an ad card whose headline runs longer than a card's line", () => {
  it("takes the card, the advertiser's name under its headline included, down to its button", () => {
    const r = mine([...SPEECH, ...AD, ...REST]);
    expect(r.removed.find((x) => x.text === "材料大师")?.reason).toBe("广告");
    expect(texts([...SPEECH, ...AD, ...REST])).not.toMatch(/材料大师|3000篇/);
  });

  it("keeps the speech's long line under a bare 广告 label when no button ends the card", () => {
    // (Longer than a card's line, short enough for an ad's headline: only a button below would make it the ad's.)
    const own = "广告\n宣传栏要更新防汛避险常识，山洪易发区的村要把转移路线图贴到每家每户门口";
    const lines = [...SPEECH, ...own.split("\n"), ...REST];
    expect(texts(lines)).toContain("宣传栏要更新防汛避险常识，山洪易发区的村要把转移路线图贴到每家每户门口");
  });
});
