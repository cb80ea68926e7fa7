import { describe, expect, it } from "vitest";
import { mineText } from "../../lib/mining/text-pipeline";

// Pages written for these tests: a self-media post that reprints a team leader's pre-shift talk with his points
// marked by emoji (💡提示：…, 📌要点：…, ✏️心得：…), and a 写材料 account's model speech with its tip boxes on how to
// write such a text (✍ 写作思路：…, 👉 写作提示：…, ✒️ 范文点评：…, 【写作要点】…).
const mine = (lines: string[]) => mineText(lines.join("\n"));
const texts = (lines: string[]) => mine(lines).speeches.flatMap((s) => s.blocks.map((b) => b.text));

describe("an emoji-marked line under a speech's section", () => {
  it("keeps the speaker's own points marked with a glyph and a bare label", () => {
    const points = [
      "💡提示：登高作业一律放在上午九点前干完，九点以后只干地面上的活，谁也不准正午上塔。",
      "📌要点：觉得胸闷、头晕、手脚发麻的，立刻停下来，到阴凉处歇着，同时告诉我或者安全员。",
      "✏️心得：我在电工班干了十八年，最深的体会就是，安全上多说一句，事故就少一分。",
    ];
    const lines = [
      "在夏季高温检修班前会上的讲话",
      "输电运检班班长　覃国栋",
      "各位师傅：",
      "今天最高气温37度，开工之前，我把今天的安全事项跟大家交代一下。",
      "一、今天的活",
      "上午我们班负责两基铁塔的绝缘子更换，下午配合变电班做开关柜检修。",
      points[0]!,
      "二、防暑降温",
      "绿豆汤和藿香正气水已经放在工具车上了，大家每隔一个小时喝一次水。",
      points[1]!,
      points[2]!,
      "好了，大家把安全带、验电器检查一遍，开工！",
    ];
    const got = texts(lines).join("\n");
    for (const p of points) expect(got).toContain(p.replace(/^\S+?(?=[提要心])/u, ""));
    expect(mine(lines).removed.some((x) => x.reason === "范文写作提示")).toBe(false);
  });

  it("still takes an account's tip on writing, under a glyph or in a box's brackets", () => {
    const tips = [
      "✍ 写作思路：讲形势先摆数字后点问题，同比数据和身边案例一起用，比空喊形势严峻有分量。",
      "👉 写作提示：部署任务要有时间节点和具体对象，这一段的颗粒度可以照着写。",
      "【写作要点】结尾三两句收住即可，全篇念下来十分钟左右。",
      "✒️ 范文点评：结构是形势、重点、责任三段式，适合县区分管领导使用。",
    ];
    const lines = [
      "在全区2025年燃气安全工作会议上的讲话",
      "区人民政府副区长　严书文",
      "同志们：",
      "今天召开全区燃气安全工作会议，主要是通报燃气安全检查情况，部署下一步工作。刚才，区住建局通报了检查情况，我都同意。",
      "一、认清形势",
      "去年全区共发生燃气事故4起，虽然没有造成人员死亡，但餐饮场所违规使用液化气的问题仍然突出。",
      tips[0]!,
      "二、抓住重点",
      "5月底前，各街道要对辖区餐饮场所逐一上门检查，重点查软管老化、报警器缺失和违规存放钢瓶问题。",
      tips[1]!,
      tips[2]!,
      "同志们，燃气安全关系千家万户，希望大家把各项措施抓实抓细。",
      tips[3]!,
    ];
    const r = mine(lines);
    const got = texts(lines).join("\n");
    for (const t of tips) {
      expect(got).not.toContain(t.replace(/^\S+\s/u, "").slice(0, 12));
      expect(r.removed.find((x) => x.text.replace(/\s/g, "") === t.replace(/\s/g, ""))?.reason).toBe("范文写作提示");
    }
    expect(got).toContain(
      "5月底前，各街道要对辖区餐饮场所逐一上门检查，重点查软管老化、报警器缺失和违规存放钢瓶问题。",
    );
  });
});
