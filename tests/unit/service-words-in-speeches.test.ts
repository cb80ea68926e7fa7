import { describe, expect, it } from "vitest";
import { mineText } from "../../lib/mining/text-pipeline";

// A safety speech says what a 范文 site's coaching advert says (一对一, 辅导, 培训班, 名师, 咨询热线, 投诉电话12315), in its
// titles, its outline headings and its lines with no final stop; none of it goes as an advert: a page written for
// these tests.
const page = (title: string, first: string, second: string, line: string) =>
  [
    title,
    "同志们：",
    "　　今天召开这次会议，主要任务是总结前段工作，安排部署下一阶段重点任务。",
    "一、统一思想认识",
    "　　近年来全县小微企业数量增长较快，安全管理基础薄弱，从业人员流动性大，必须引起高度重视。",
    "二、突出工作重点",
    first,
    "　　各乡镇要组织专家逐企业上门服务，帮助企业把隐患找准、把措施定实，做到整改一项销号一项。",
    second,
    "　　各有关部门要加强联合执法，对拒不整改的企业依法从严处理，形成有力震慑。",
    line,
    "　　同志们，安全责任重于泰山，希望大家守土尽责，确保全县安全形势持续稳定。",
  ].join("\n");

describe("a coaching advert's words in a speech", () => {
  it.each([
    [
      "在全县小微企业“专家一对一”免费咨询服务启动仪式上的讲话",
      "（一）实行专家一对一指导，开通企业安全咨询热线",
      "（二）严查“包过”“速成班”，公布投诉电话96520",
      "　　县应急局已开通安全咨询热线，企业有疑问可随时联系，我们安排专家开展一对一辅导",
    ],
    [
      "在全县“名师送教”暨安全培训班开班仪式上的讲话",
      "（一）办好免费培训班，开通在线咨询",
      "（二）严查“原价”“特价”虚假标价，畅通举报电话12315",
      "　　1.企业负责人安全培训班：9月3日开班，报名请联系县安监站",
    ],
  ])("stay the speech's title, headings and line: %s", (title, first, second, line) => {
    const speeches = mineText(page(title, first, second, line)).speeches;
    expect(speeches.map((s) => s.title)).toEqual([title]);
    const blocks = speeches[0]!.blocks;
    const headings = blocks.filter((b) => b.kind === "heading").map((b) => b.text);
    expect(headings).toEqual(expect.arrayContaining([first, second]));
    expect(blocks.map((b) => b.text).join("\n")).toContain(line.trim().slice(0, 20));
  });
});
