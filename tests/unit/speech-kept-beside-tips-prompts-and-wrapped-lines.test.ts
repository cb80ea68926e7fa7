import { describe, expect, it } from "vitest";
import {
  COUNTY_CHECK,
  COUNTY_SITUATION,
  COUNTY_SPEECH_HEAD,
  COUNTY_SPEECH_REST,
} from "../../lib/testing/county-speech-lines";
import { textsOf } from "../../lib/testing/mined-page";
import { mineText } from "../../lib/mining/text-pipeline";

// Guards from an outside review of the rules written for set 104's collection pages (4636975), and of the address
// rule the merge with fix-b made of them: a 公众号's reply prompt took a speech's paragraphs that tell people what an
// account answers; 小编提示 glued to a paragraph took the paragraph; items that lost their breaks were left run in as
// if set two to a paragraph; a pager's and a print's lines under a sentence ending at the margin were glued into the
// paragraph; a site's credit and call kept their addresses. The speech's text stays; the chrome still goes.

const joined = (blocks: string[]) => blocks.join("");
const withLine = (line: string) => [...COUNTY_SPEECH_HEAD, line, ...COUNTY_SPEECH_REST];

describe("a 公众号's reply-keyword prompt", () => {
  it("keeps a speech's paragraph on what an account answers, alone or at a paragraph's end", () => {
    for (const own of [
      "县消防救援大队开通了“平安消防”微信公众号，群众在公众号后台回复“隐患”，即可获取举报方式和办理流程。",
      `${COUNTY_CHECK}企业职工在公众号回复“考试”，免费获取模拟试题。`,
    ])
      expect(textsOf(withLine(own))).toContain(own);
  });

  it("still drops the prompt that gets the page's text, in its shapes", () => {
    for (const prompt of [
      "▼ 后台回复“防汛”，获取本期全部讲话稿Word版",
      "▼ 在公众号对话框回复“消防”，即可获取本期讲话稿合集",
      "后台回复关键词“应急”，获取20篇讲话稿合集",
    ]) {
      const blocks = textsOf(withLine(prompt));
      expect(joined(blocks)).not.toContain("回复");
      expect(blocks).toContain(COUNTY_CHECK);
    }
  });
});

describe("a site's tip to whoever copies the speech", () => {
  it("cuts a tip glued to a paragraph's start, and the paragraph stays", () => {
    const own = "今年全县要完成隐患整改一千二百项，其中重大隐患三十项，由县级领导逐项包案督办，整改不到位的不得销号。";
    const blocks = textsOf(withLine(`　　小编提示：文中数据均为示例，请替换为本单位的实际数据。${own}`));
    expect(blocks).toContain(own);
    expect(joined(blocks)).not.toContain("小编提示");
  });

  it("still drops a tip on a line of its own, in its shapes", () => {
    for (const tip of [
      "　　小编提示：本文中的数据请根据本单位实际情况修改后使用。",
      "　　小编友情提示：这篇讲话稿可结合本单位实际修改使用。",
      "　　编辑提示：讲话稿里的数字都是示例，请替换成本单位数据。",
    ]) {
      const blocks = textsOf(withLine(tip));
      expect(joined(blocks)).not.toContain("提示");
      expect(blocks).toContain(COUNTY_SITUATION);
    }
  });
});

describe("run-in items whose breaks were lost", () => {
  // Items whose heads share no words after the marker (a parallel list would show where a lost one starts).
  const items = [
    "一是紧盯燃气安全。全市餐饮场所要在年底前全部安装燃气泄漏报警装置，对使用瓶装液化气的逐户登记，严禁在地下室使用。",
    "二是整治电动自行车充电乱象。各小区要加快建设集中充电场所，物业企业要加强巡查，发现飞线充电的当场劝离、及时清理。",
    "三是守住高层建筑防线。高层住宅的消防通道要保持畅通，自动消防设施要委托专业机构定期维保，确保能够正常启动。",
    "四是管好人员密集场所。商场、医院、学校等场所每季度至少开展一次疏散演练，安全出口和疏散通道严禁锁闭、堵塞。",
    "五是清理九小场所隐患。各街道要组织网格员逐家检查电气线路和灭火器材，对住人的小作坊一律清理，发现问题当场整改。",
    "六是规范建筑工地用火。施工现场要严格执行动火审批制度，易燃材料要集中存放，工人宿舍要与作业区分开设置。",
  ];
  const page = (middle: string[]) => [
    "在全市冬春火灾防控工作会议上的讲话",
    "同志们：",
    "今天召开全市冬春火灾防控工作会议，主要是分析当前消防安全形势，部署冬春火灾防控工作。刚才，支队通报了情况，我都同意。",
    "一、清醒认识火灾防控形势",
    "入冬以来，全市火灾起数同比上升一成，电气火灾和电动自行车火灾占比较大，形势不容乐观。",
    "二、突出抓好重点领域火灾防控",
    ...middle,
    "三、压实火灾防控责任",
    "各区县政府要落实属地责任，行业部门要落实监管责任，对发生较大火灾的，严肃追究相关人员责任。",
    "同志们，冬春季节是火灾高发期。希望大家把各项措施落到实处，确保全市火灾形势平稳。",
  ];
  const blocksOf = (middle: string[]) => mineText(page(middle).join("\n")).speeches.flatMap((s) => s.blocks);
  const opens = (middle: string[]) => blocksOf(middle).map((b) => b.text.slice(0, 2));

  it("splits them where one item stands alone above (一是 / 二是三是 / 四是五是 / 六是)", () => {
    const lost = [items[0]!, items[1]! + items[2]!, items[3]! + items[4]!, items[5]!];
    expect(opens(lost)).toEqual(expect.arrayContaining(["一是", "二是", "三是", "四是", "五是", "六是"]));
    const yao = lost.map((p) => p.replace(/([一二三四五六])是/g, "$1要"));
    expect(opens(yao)).toEqual(expect.arrayContaining(["一要", "二要", "三要", "四要", "五要", "六要"]));
  });

  it("keeps a list set two to a paragraph from its first item", () => {
    const pairs = [items[0]! + items[1]!, items[2]! + items[3]!, items[4]! + items[5]!];
    const texts = blocksOf(pairs).map((b) => b.text);
    for (const p of pairs) expect(texts).toContain(p);
  });
});

/** Hard-wrapped every 34 characters, a paragraph's first line indented by two full-width spaces. */
const wrap = (para: string, n = 34) => {
  const out: string[] = [];
  for (let i = 0, first = true; i < para.length; first = false) {
    const k = first ? n - 2 : n;
    out.push((first ? "　　" : "") + para.slice(i, i + k));
    i += k;
  }
  return out;
};

describe("a pager's and a print's lines between the lines of a hard-wrapped speech", () => {
  const paras = [
    "今天召开全县道路交通安全工作会议，主要是通报今年以来全县道路交通安全形势，部署下一阶段重点工作。刚才，交警大队通报了情况，我都同意。",
    "今年以来，全县共发生道路交通事故二十余起，同比有所下降，但农村面包车超员、三轮车违法载人等问题依然突出，形势不容乐观。",
    "各乡镇要对辖区内的急弯陡坡、临水临崖路段开展一次全面排查。排查出的隐患要建立台账，落实整改责任人和整改时限，做到整改一处、销号一处。",
    "县交通运输局要加快推进农村公路安全生命防护工程建设。今年计划完成的三十公里护栏和警示标志，要在汛期前全部建成投用，确保发挥作用。",
    "同志们，道路交通安全事关群众生命财产安全。希望大家以高度负责的态度抓好各项工作，确保全县道路交通安全形势持续稳定。",
  ];
  const pager = "本页为全文第1页共3页如需阅读后续内容请点击下方下一页按钮继续浏览";
  const print = "县人民政府办公室二〇二五年三月印发第9期共印120份本页为第3页至第6页";
  const lines = (text: string[]) => ["在全县道路交通安全工作会议上的讲话", "", "同志们：", ...text];
  // The chrome lines sit right under a sentence that ends at the margin, over the next line of the paragraph.
  const at = (para: string[], line: string) => {
    const k = para.findIndex((l) => /。$/.test(l));
    return [...para.slice(0, k + 1), line, ...para.slice(k + 1)];
  };
  const wrapped = paras.map((p) => wrap(p));
  const page = lines([
    ...wrapped[0]!,
    ...wrapped[1]!,
    ...at(wrapped[2]!, pager),
    ...at(wrapped[3]!, print),
    ...wrapped[4]!,
  ]);

  it("drops them, and the paragraphs are whole", () => {
    const texts = textsOf(page);
    expect(joined(texts)).not.toContain("本页为");
    expect(joined(texts)).not.toContain("共印");
    expect(texts).toContain(paras[2]);
    expect(texts).toContain(paras[3]);
  });
});

describe("a web address a site set into a speech's sentence", () => {
  it("cuts the address of a site's credit and of its call to fetch more, and keeps the speech's own", () => {
    const credit = "各乡镇要在6月底前完成自查（稿源：笔墨公文网站www.bmgw.cn），县里7月份组织督查。";
    const call = "要明确专人负责、更多材料请到应急文档网站www.yjwd.net下载逐项抓好落实，确保按时完成。";
    const own = "考核细则已在县政府门户网站www.x-county.gov.cn公布，更多信息可登录县政府网查询。";
    const text = joined(textsOf([...COUNTY_SPEECH_HEAD, credit, call, own, ...COUNTY_SPEECH_REST]));
    expect(text).not.toMatch(/bmgw|yjwd/);
    expect(text).toContain("县里7月份组织督查。");
    expect(text).toContain("逐项抓好落实，确保按时完成。");
    expect(text).toContain(own);
  });
});
