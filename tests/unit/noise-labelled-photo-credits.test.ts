import { describe, expect, it } from "vitest";
import { mineText } from "../../lib/mining/text-pipeline";

// A page written for these tests in the shape of a study app's article view: the headline, the source, the lead
// handing the speech over, the picture's caption with its labelled credit (（图为…。摄影：…）), then the speech.
const page = (caption: string) =>
  [
    "学习平台",
    "何振邦在全乡冬季安全生产暨森林防火工作会议上的讲话",
    "来源：平溪县融媒体中心",
    "2024-11-08 10:12",
    "　　11月6日，龙口乡召开冬季安全生产暨森林防火工作会议。乡党委书记何振邦出席会议并讲话。现将讲话全文刊发如下。",
    caption,
    "在全乡冬季安全生产暨森林防火工作会议上的讲话",
    "龙口乡党委书记　何振邦",
    "（2024年11月6日）",
    "同志们：",
    "　　今天召开全乡冬季安全生产暨森林防火工作会议，主要是安排部署今冬明春的安全生产和森林防火工作。刚才，乡应急办通报了前三季度全乡安全生产情况，我都同意。",
    "一、正视当前形势",
    "　　今年以来，全乡没有发生较大以上生产安全事故，但道路交通事故仍有3起，农村自建房施工中也发生过一起高处坠落事故。入冬以后，野外用火明显增多，森林防火压力很大。",
    "二、抓实防火措施",
    "　　11月1日至次年4月30日为全乡森林防火期，各村要在进山路口设置检查卡点，落实专人值守，严禁带火种进山。",
    "　　同志们，冬季安全生产和森林防火任务艰巨，希望大家守土尽责，确保全乡群众生命财产安全。",
  ].join("\n");

describe("a picture's caption whose credit carries its label", () => {
  it("takes the caption out, so the headline heads no speech of its own", () => {
    for (const caption of ["（图为会议现场。摄影：韦思远）", "图为工作人员检查扑火物资。供图：龙口乡党政办"]) {
      const r = mineText(page(caption));
      expect(r.speeches).toHaveLength(1);
      expect(r.speeches[0]!.title).toBe("在全乡冬季安全生产暨森林防火工作会议上的讲话");
      expect(r.removed.find((x) => x.text === caption)?.reason).toBe("图片说明");
    }
  });

  it("keeps a speech's sentence on a picture that goes on past a colon", () => {
    const own =
      "　　图为去年春节期间山火扑救的现场照片。摄影：这就是麻痹大意的代价，一个烟头烧掉了三百亩林子，大家一定要记住这个教训。";
    const texts = mineText(
      page("（图为会议现场。摄影：韦思远）").replace("二、抓实防火措施", `${own}\n二、抓实防火措施`),
    )
      .speeches.flatMap((s) => s.blocks.map((b) => b.text))
      .join("\n");
    expect(texts).toContain("这就是麻痹大意的代价");
  });
});
