import { describe, expect, it } from "vitest";
import { mineText } from "../../lib/mining/text-pipeline";

// Pages written for these tests: an answer on a Q&A site quoting a township's speech with the answerer's comments
// under its paragraphs and an afterword below its end mark, and a note sharing a speech as a template with hints to
// whoever copies it.
const TITLE = "在全乡防汛和安全生产工作会议上的讲话";
const OPENING = "这次会议的主要任务是部署今年的防汛和安全生产工作。汛期临近，各村务必绷紧这根弦，不能有半点松懈。";
const SITUATION = "今年以来全乡没有发生较大事故，但是排查出的隐患还有十七处没有整改到位，其中山塘渗漏就有五处。";
const DUTY = "各村支部书记是本村防汛和安全工作的第一责任人，要把巡查的人、时、段一一落实到位，不能只挂在墙上。";
const CLOSING = "同志们，防汛和安全生产关系群众切身利益，希望大家守土尽责，确保全乡平安度汛。";
const text = (blocks: { text: string }[]) => blocks.map((b) => b.text).join("\n");

describe("notes that whoever passes a speech on puts into it", () => {
  it("cuts a comment in brackets that points up at the paragraph above", () => {
    const note = "（↑开头我一般只写两三句，交代清楚为什么开会就行）";
    const page = [
      TITLE,
      "同志们：",
      OPENING,
      note,
      "一、把形势看准",
      SITUATION,
      "（⬆这段数字要用自己乡里的）",
      DUTY,
      CLOSING,
    ];
    const { speeches } = mineText(page.join("\n"));
    const all = text(speeches[0]!.blocks);
    expect(all).not.toMatch(/↑|⬆|两三句|自己乡里/);
    expect(speeches[0]!.blocks.map((b) => b.text)).toEqual(expect.arrayContaining([OPENING, SITUATION, DUTY]));
  });

  it("cuts a template's hint to put one's own figures or trade at this place, keeping the sentence", () => {
    const before = "全年排查各类隐患××处，整改××处，整改率达到××%。";
    const after = "重点整治四类问题：一是电动车违规充电，二是消防通道占用，三是电梯维保不到位，四是高处作业不规范。";
    const page = [
      TITLE,
      "同志们：",
      OPENING,
      before + "【这里换成你们单位的数字就行】",
      after.replace("。", "（如果是工厂，此处可以改成设备和特种作业）。"),
      CLOSING,
    ];
    const { speeches } = mineText(page.join("\n"));
    const blocks = speeches[0]!.blocks.map((b) => b.text);
    expect(blocks).toContain(before);
    expect(blocks).toContain(after);
  });

  it("keeps a speech's own brackets that speak of a place or a change", () => {
    const own = "去年我们把老旧线路换成了阻燃电缆（这里指的是乡敬老院和中心小学两处），今年还要继续推进。";
    const own2 = "考核办法作了调整（原来的百分制改为等级制），请各村认真对照。";
    const page = [TITLE, "同志们：", OPENING, own, own2, CLOSING];
    const blocks = mineText(page.join("\n")).speeches[0]!.blocks.map((b) => b.text);
    expect(blocks).toContain(own);
    expect(blocks).toContain(own2);
  });
});

describe("an answerer's afterword below the page's end mark", () => {
  it("drops the afterword, its points set in sentences, below ——全文完——", () => {
    const page = [
      TITLE,
      "同志们：",
      OPENING,
      "一、把形势看准",
      SITUATION,
      "二、把责任扛起来",
      DUTY,
      CLOSING,
      "",
      "——全文完——",
      "",
      "稿子交上去领导只改了一个词。另外说两点体会：",
      "第一，数字要和分管领导汇报的一致，不然开会时容易出岔子；",
      "第二，别整段照搬上级文件，乡里的讲话就讲乡里的事。",
      "以上，觉得有用的话点个赞，之后再整理几篇防火的。",
      "编辑于 2024-05-20 21:14・IP 属地江西",
      "​赞同 118​",
      "​12 条评论",
      "​分享",
      "​收藏",
    ];
    const { speeches } = mineText(page.join("\n"));
    expect(speeches).toHaveLength(1);
    const all = text(speeches[0]!.blocks);
    expect(all).toContain(CLOSING);
    expect(all).not.toMatch(/领导只改了|数字要和分管|整段照搬|点个赞/);
  });

  it("keeps a second part whose heading stands alone below the end mark", () => {
    const page = [
      TITLE,
      "同志们：",
      OPENING,
      "一、把形势看准",
      SITUATION,
      CLOSING,
      "（完）",
      "第二，抓好汛前检查",
      "各村要在五月底前完成山塘水库、地质灾害点的汛前检查，发现问题立即整改。",
      "第三，落实转移预案",
      "危险区域群众的转移路线、安置地点和责任人，要在汛前逐户明确。",
      "各村要把预案发到每户群众手中，并组织一次转移演练。",
    ];
    const all = text(mineText(page.join("\n")).speeches.flatMap((s) => s.blocks));
    expect(all).toContain("各村要在五月底前完成山塘水库");
  });
});
