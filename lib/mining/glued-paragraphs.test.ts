import { describe, expect, it } from "vitest";
import { mineDocument } from "./mine-document";
import { REASON_GLUED_PARAGRAPHS } from "./glued-paragraphs";

const mine = (lines: string[], ownText = false) =>
  mineDocument("page.txt", new TextEncoder().encode(lines.join("\n")), { ownText });
const paragraphsOf = async (lines: string[], ownText = false) =>
  (await mine(lines, ownText)).speeches.flatMap((s) =>
    s.blocks.filter((b) => b.kind === "paragraph").map((b) => b.text),
  );

// A works meeting of an invented county; each paragraph on its own line, as a portal prints them.
const head = ["在全县夏季安全生产工作会议上的讲话", "县长　林北川", "（2024年6月3日）", "同志们："];
const opening =
  "今天召开全县夏季安全生产工作会议，主要是分析当前形势，部署下一阶段工作。刚才，几个部门作了发言，我都同意。";
const situation =
  "今年以来，全县安全生产形势总体平稳，但上月一家建材企业发生机械伤害事故，造成一人死亡，教训十分深刻。";
const hazards = "各乡镇要对辖区内的企业开展一次全面排查，重点查看有限空间、动火作业和粉尘涉爆场所，发现隐患立即整改。";
const duty =
  "各部门主要负责同志是本行业安全生产第一责任人，要把责任分解到岗位、落实到人头，层层签订责任书，做到守土有责。";
const emergency =
  "要做好防汛和防暑应急准备。各乡镇要修订完善应急预案，备足抽水泵、沙袋、救生衣等物资，落实24小时值班值守。";
const closing = "同志们，安全生产责任重于泰山。希望大家以更加务实的作风，抓好各项工作落实，确保全县安全形势持续稳定。";

describe("paragraphs a page ran together on one line", () => {
  it("cuts a line far longer than the others where a new demand about another matter starts, and reports it", async () => {
    const page = [...head, opening, situation, hazards, duty + emergency, closing];
    expect(await paragraphsOf(page)).toEqual([opening, situation, hazards, duty, emergency, closing]);
    const mined = await mine(page);
    expect(mined.inferredSplits?.map((s) => s.reason)).toContain(REASON_GLUED_PARAGRAPHS);
  });

  it("keeps a long paragraph whole when its second half goes on with the same matter", async () => {
    const more =
      "同时，要对排查出的隐患建立台账，明确整改责任人、整改措施和完成时限，整改一项、销号一项，绝不能边查边放。";
    const page = [...head, opening, situation, hazards + more, duty, emergency, closing];
    expect(await paragraphsOf(page)).toContain(hazards + more);
  });

  it("keeps a quoted notice whole: a new demand inside the quotation opens no paragraph of the speech", async () => {
    const notice =
      "上周，市安委会办公室下发紧急通知，明确指出：“今年以来全市共发生生产安全事故12起、死亡14人，同比分别上升20%和27%，" +
      "其中受限空间中毒窒息事故两起，教训十分深刻。各地要立即组织对受限空间作业单位开展拉网式排查，对未落实先通风、再检测、" +
      "后作业要求的，一律责令停止作业，隐患整改到位前不得复工。”";
    const page = [...head, opening, situation, notice, hazards, duty, emergency, closing];
    expect(await paragraphsOf(page)).toContain(notice);
  });

  it("keeps a point that goes on with 同时，要… about a close matter whole on a page that keeps its breaks", async () => {
    const roster =
      "同时，要严格落实领导带班和24小时值班制度，遇有突发情况，第一时间上报、第一时间处置，不得迟报、漏报、瞒报。";
    const page = [...head, opening, situation, hazards, duty + roster, emergency, closing];
    expect(await paragraphsOf(page)).toContain(duty + roster);
  });

  it("keeps the line whole in a clerk's own text, whose lines are its paragraphs", async () => {
    const page = [...head, opening, situation, hazards, duty + emergency, closing];
    expect(await paragraphsOf(page, true)).toContain(duty + emergency);
  });

  it("keeps two short sentences of a speech with short paragraphs as the one paragraph its line holds", async () => {
    const short = ["今天召开全县安全生产工作会议，部署下一阶段工作。", "近年来，全县事故起数和死亡人数持续下降。"];
    const two = "要聚焦重点行业领域开展隐患排查。要加强执法检查，对非法违法行为依法严厉打击。";
    const page = [...head, ...short, two, "要压实企业主体责任，推动负责人带头检查。", closing];
    expect(await paragraphsOf(page)).toContain(two);
  });
});
