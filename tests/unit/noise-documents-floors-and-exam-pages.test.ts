import { describe, expect, it } from "vitest";
import { isTitleLine } from "@/lib/mining/outline-patterns";
import { mineText } from "@/lib/mining/text-pipeline";

// Pages written for these tests in the shapes of sets 96–99: an online shared document with its revisions and
// comments, a gazette's issue with its 目录 and another 通知's tail, a shared 专栏 with a poster's labels, a village
// forum's floors, a forwarded e-mail, a 申论 training page, a 汇编 with a section left out, a 头条号 article.
const TITLE = "在全乡秋冬季安全生产工作会议上的讲话";
const OPENING = "今天召开全乡秋冬季安全生产工作会议，主要任务是分析当前形势，部署今冬明春的安全防范工作。";
const BODY = "各村要对独居老人、出租房和小作坊逐户排查，发现私拉电线、违规充电的，当场督促整改。";
const BODY2 = "乡综合执法队要把安全检查纳入日常巡查，对屡查屡犯的经营户依法处理，决不能只发通知了事。";
const CLOSING = "同志们，冬季防火防中毒任务很重，希望大家把各项措施落到实处，确保全乡平安过冬。";
const SPEECH = [TITLE, "同志们：", OPENING, "一、抓好隐患排查", BODY, BODY2, CLOSING];
const mined = (lines: string[]) => mineText(lines.join("\n"));
const blocksOf = (lines: string[]) => mined(lines).speeches.map((s) => s.blocks.map((b) => b.text));

describe("an online shared document", () => {
  it("its editor's chrome, paired revision tags and the comment list after the text go", () => {
    const page = ["某某文档 · 乡安全会讲话稿（征求意见稿）", "王明、李华 等2人可编辑　|　1人正在查看"];
    page.push("文件　编辑　插入　格式　表格　审阅　工具", "修订模式：显示标记的最终状态　|　批注 2 条", "");
    page.push("目录大纲", "一、抓好隐患排查…", "", TITLE, "同志们：", OPENING, "一、抓好隐患排查");
    page.push(
      "各村要对独居老人、出租房和小作坊逐户排查，发现[删除 王明]乱接[/删除][插入 王明]私拉[/插入][批注1]电线、违规充电的，当场督促整改。",
    );
    page.push(BODY2, CLOSING, "", "——— 批注 ———", "[批注1] 王明（党政办） 11月2日 09:15");
    page.push("按乡安办的说法统一改为私拉电线。", "　↳ 李华（乡安办） 11月2日 09:40：同意，已核对。");
    page.push("[批注2] 李华（乡安办） 11月2日 10:02", "建议补一句：对发生火灾的村取消年度评先资格。");
    const { speeches } = mined(page);
    expect(speeches.map((s) => s.title)).toEqual([TITLE]);
    expect(speeches[0]!.blocks.map((b) => b.text)).toEqual([OPENING, "一、抓好隐患排查", BODY, BODY2, CLOSING]);
  });

  it("a speech's own words about editing, menus and brackets stay", () => {
    const own = "文件印发以后，各村要把编辑好的宣传材料插入村务公开栏，格式统一、表格清楚。";
    const page = [...SPEECH.slice(0, 5), own, "[删除]键不能乱按，这是我们常说的笑话，要紧的是把隐患删掉。", CLOSING];
    expect(blocksOf(page)[0]).toContain(own);
    expect(blocksOf(page)[0]).toContain("[删除]键不能乱按，这是我们常说的笑话，要紧的是把隐患删掉。");
  });
});

describe("a gazette's issue and a 汇编", () => {
  const toc = ["目　　录", "【县政府文件】", "某县人民政府关于调整防汛指挥部成员的通知…………（2）", "【领导讲话】"];
  toc.push(`${TITLE}…………………张三（5）`, "【部门文件】", "某县应急管理局关于印发检查计划的通知…（9）", "");
  it("a 目录 with its sections and bracketed page numbers, and the tail of the 通知 before the speech, go", () => {
    const tail = [
      "成员因工作变动需要调整的，由所在单位提出意见，按程序报批。",
      "各乡镇要参照本通知，及时调整本级防汛指挥机构。",
    ];
    const page = ["某县人民政府公报", ...toc, ...tail, "", "某县人民政府", "2024年5月6日", "（此件公开发布）", ""];
    page.push("【领导讲话】", "", ...SPEECH);
    const { speeches } = mined(page);
    expect(speeches.map((s) => s.title)).toEqual([TITLE]);
    expect(speeches[0]!.blocks.map((b) => b.text)).toEqual(SPEECH.filter((t, k) => k > 1));
  });

  it("a speech that quotes a notice and ends on its own date keeps its lines", () => {
    const own = "各村要按照县政府印发的通知要求，及时调整本级防汛指挥机构，本通知下发后一周内报乡里。";
    const page = ["某乡人民政府", "2024年5月6日", "", ...SPEECH.slice(0, 5), own, CLOSING];
    expect(blocksOf(page)[0]).toContain(own);
  });

  it("a section the 汇编 leaves out goes with its note", () => {
    const page = ["目　　录", `1.${TITLE}………张三（1）`, "2.某乡2024年安全生产责任书（样本）………（5）", ""];
    page.push(...SPEECH, "", "2.某乡2024年安全生产责任书（样本）", "（责任书样本略，详见会议材料）");
    expect(blocksOf(page)).toEqual([SPEECH.filter((t, k) => k > 1)]);
  });

  it("a title that ends 结束时的讲话 reads as a title; a sentence about that speech does not", () => {
    expect(isTitleLine("在全乡秋冬季安全生产工作会议结束时的讲话")).toBe(true);
    expect(isTitleLine("乡党委书记在会议结束时的讲话很实在，大家要认真领会。")).toBe(false);
  });
});

describe("a poster's pages", () => {
  it("a 专栏's labels over two speeches and its lead-in about them go", () => {
    const second = "在全厂节后复工安全大会上的讲话";
    const page = ["专栏", "两篇安全会讲话稿（乡镇+工厂），自取", "学习  >  职场发展", "老王的笔记本"];
    page.push("", "前言：这两篇都是我从会议材料里复制出来的，换行有点乱，将就看。", "", "（一）乡镇篇", "");
    page.push(...SPEECH, "", "（二）工厂篇", "", second, "同志们：", BODY2, CLOSING);
    expect(mined(page).speeches.map((s) => s.title)).toEqual([TITLE, second]);
    expect(blocksOf(page).flat()).not.toContain("（一）乡镇篇");
  });

  it("a speech's own heading …篇 with prose under it stays", () => {
    const page = [...SPEECH.slice(0, 3), "（一）思想篇", BODY, "（二）行动篇", BODY2, CLOSING];
    expect(blocksOf(page)[0]).toContain("（一）思想篇");
  });

  it("a forum's menu row, the poster's name, his notes before each speech and a note on the room go", () => {
    const second = "乡应急办主任在村民安全大会上的讲话";
    const page = ["某某在线", "首页  论坛  乡里乡亲  二手市场  便民查询", "查看: 312 | 回复: 5", "山口老李"];
    page.push("发表于 2024-11-2 20:11 | 只看该作者", "昨晚村里开安全大会，我用手机录了，回来整理出来，意思没动。", "");
    page.push(...SPEECH.slice(0, 5), "（这里有人插嘴问煤炉放哪，支书说放院子里，接着往下讲）", BODY2, CLOSING, "");
    page.push("回复  举报", "", "山口老李", "发表于 2024-11-2 20:30 | 只看该作者");
    page.push("下面是乡里王主任讲的，有几句没听清，我按大意补的。", "", second, "", "乡亲们：", BODY, CLOSING);
    const { speeches } = mined(page);
    expect(speeches.map((s) => s.title)).toEqual([TITLE, second]);
    expect(speeches[0]!.blocks.map((b) => b.text)).toEqual([OPENING, "一、抓好隐患排查", BODY, BODY2, CLOSING]);
    expect(speeches[1]!.blocks.map((b) => b.text)).toEqual([BODY, CLOSING]);
  });

  it("a speaker's own bracketed aside and his first-person 我整理 stay", () => {
    const own = "（这次会上的材料，我整理了一份，会后发给各村。）";
    expect(blocksOf([...SPEECH.slice(0, 5), own, CLOSING])[0]).toContain(own);
  });
});

describe("a forwarded e-mail, an exam page and an app's article", () => {
  it("the forwarder's note under the subject, her signature and the printing note go", () => {
    const page = ["发件人: 张丽 <zl@example.com>", "发送时间: 2024年6月3日 17:26", "收件人: 各车间主任"];
    page.push(`主题: 转发: 乡长${TITLE}（请组织学习）`, "", "各位领导、同事：");
    page.push("现将乡长今天的讲话转发给大家，请各单位组织学习。", "", "谢谢！", "");
    page.push("张丽 | Zhang Li", "安全办 主任", "电话：0571-1234567", "", "-----原始邮件-----");
    page.push("发件人: 乡政府办公室", "主题: 讲话稿定稿", "", ...SPEECH, "", "乡政府办公室", "2024年6月3日 印发");
    const { speeches } = mined(page);
    expect(speeches.map((s) => s.title)).toEqual([TITLE]);
    expect(speeches[0]!.blocks.map((b) => b.text)).toEqual(SPEECH.filter((t, k) => k > 1));
  });

  it("a 申论 page's question, outline and review go, and so do the scoring marks", () => {
    const page = ["【题目】", "4.假如你是乡长，请在全乡安全会上作讲话。（40分）", "要求：", "（1）内容具体；"];
    page.push(
      "【思路点拨】",
      "第一部分：交代会议目的；",
      "第二部分：提出措施。",
      "【参考范文】",
      ...SPEECH.slice(0, 4),
    );
    page.push(`${BODY}【踩分点①】`, BODY2, CLOSING, "【名师点评】", "本文紧扣部署会这一场合，结构完整。");
    expect(blocksOf(page)).toEqual([SPEECH.filter((t, k) => k > 1)]);
  });

  it("a 头条号's window title, menu items, byline and app placeholder go", () => {
    const headline = "乡长讲话：安全没有旁观者，这三件事要抓紧";
    const page = [`${headline} - 某某头条`, "首页", "下载头条", "发布", "登录", "", headline];
    page.push("原创2024-03-18 09:42·某乡发布", "+ 关注", "", ...SPEECH.slice(0, 5));
    page.push("（此处已添加小程序，请到某某头条客户端查看）", BODY2, CLOSING);
    const { speeches } = mined(page);
    expect(speeches.map((s) => s.title)).toEqual([TITLE]);
    expect(speeches[0]!.blocks.map((b) => b.text)).toEqual(SPEECH.filter((t, k) => k > 1));
  });
});
