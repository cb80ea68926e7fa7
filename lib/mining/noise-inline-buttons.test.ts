// A phone page's fold button (...展开全文 ∨) left inside a sentence where the page folded the text: cut out, the
// sentence kept whole; a speech's own words on reading a document in full stay.
import { describe, expect, it } from "vitest";
import type { Ctx } from "./noise-fragments";
import { cutInlineButtons } from "./noise-inline-buttons";
import { REASON_EXPANDER } from "./noise-line-patterns";
import { mineText } from "./text-pipeline";

const ctx = (): Ctx => ({ removed: [] }) as unknown as Ctx;

describe("a fold button inside a sentence", () => {
  it("cuts ...展开全文 ∨ out of the sentence it folded, and keeps the sentence whole", () => {
    const c = ctx();
    const line = "隐患整改不到位，到了汛期就可能...展开全文∨酿成大祸，各乡镇务必月底前全部清零。";
    expect(cutInlineButtons(line, 12, c)).toBe("隐患整改不到位，到了汛期就可能酿成大祸，各乡镇务必月底前全部清零。");
    expect(c.removed).toEqual([{ text: "...展开全文∨", reason: REASON_EXPANDER, lineNo: 12 }]);
    for (const [fold, rest] of [
      ["…阅读全文>", "确保不留死角。"],
      ["展开剩余62%▼", "要逐一登记造册。"],
    ]) {
      const cut = cutInlineButtons(`对辖区内的自建房${fold}${rest}`, 3, ctx());
      expect(cut).toBe(`对辖区内的自建房${rest}`);
    }
  });

  it("keeps a speaker's words on reading in full, and a fold that opens or ends the line", () => {
    for (const own of [
      "会后，各单位要组织干部继续阅读全文件汇编，逐条对照检查。",
      "在“掌上应急”APP里点击“展开全文”就能看到全部整改清单。",
      "登录系统→查看全文→逐项签收，三个步骤一个都不能少。",
      "这份通报大家回去要认真阅读全文……每一起事故都要对照反思。",
      "有的同志拿到文件只看标题……阅读全文的很少，这种作风要不得。",
      "对各类隐患要早发现……展开全部门联合执法，形成工作合力。",
      "有的稿子念到一半就说“此处省略”。。。查看全文才发现漏洞百出。",
      "...展开全文∨",
      "前面做的工作...展开全文∨",
    ]) {
      expect(cutInlineButtons(own, 3, ctx()), own).toBe(own);
    }
  });

  it("mends the paragraph of a 融媒体 page's 文字实录", () => {
    const page = [
      "在全县第三季度安全生产例会上的讲话",
      "同志们：",
      "今天召开全县第三季度安全生产例会，主要任务是通报前三季度安全生产情况，部署第四季度工作。",
      "有的单位觉得离年底还早，心思就放到别的工作上去了。我提醒一句：出了事，前面做的工作...展开全文 ∨全部归零。大家一定要绷紧这根弦。",
      "同志们，安全生产只有起点没有终点。让我们共同努力，确保全县安全形势持续稳定。",
    ];
    const { speeches, removed } = mineText(page.join("\n"));
    const texts = speeches.flatMap((s) => s.blocks.map((b) => b.text));
    expect(texts).toContain(
      "有的单位觉得离年底还早，心思就放到别的工作上去了。我提醒一句：出了事，前面做的工作全部归零。大家一定要绷紧这根弦。",
    );
    expect(removed.map((r) => r.reason)).toContain(REASON_EXPANDER);
  });
});

describe("a fold's count of the text left, with no arrow", () => {
  it("cuts 展开剩余45% set apart after a clause's mark, the sentence kept whole", () => {
    const c = ctx();
    const line = "要对辖区内的出租屋逐户走访， 展开剩余45% 重点查看电动车停放和充电情况。";
    expect(cutInlineButtons(line, 5, c)).toBe("要对辖区内的出租屋逐户走访，重点查看电动车停放和充电情况。");
    expect(c.removed.map((r) => [r.text.trim(), r.reason])).toEqual([["展开剩余45%", REASON_EXPANDER]]);
  });

  it("keeps a speaker's 展开剩余…% run on from his verb or into its object", () => {
    for (const own of [
      "各乡镇要抓紧展开剩余30%的排查任务，确保月底前全部完成。",
      "一季度已完成七成，下一步，展开剩余30%的路段施工要错开汛期。",
    ]) {
      expect(cutInlineButtons(own, 3, ctx()), own).toBe(own);
    }
  });
});
