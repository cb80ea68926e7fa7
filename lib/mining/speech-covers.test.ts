import { describe, expect, it } from "vitest";
import { REASON_AFTERWORD, REASON_HOST } from "./speech-afterwords";
import { REASON_COVER, REASON_COVER_NOTE } from "./speech-covers";
import { mineText } from "./text-pipeline";

// Documents written for these tests: a set of meeting materials with a cover, a 通知 that prints a speech, a 简报
// that reports a meeting and then prints the speech under 附：.
const TITLE = "在全县危化品安全专项整治推进会上的讲话";
const OPENING = "今天召开全县危化品安全专项整治推进会，主要是通报前段整治情况，部署下一阶段工作。";
const BODY = "各乡镇要对辖区内的加油站、化工企业逐家开展隐患排查，建立问题台账，明确整改责任人和整改时限。";
const BODY2 = "县应急局要会同有关部门开展联合执法，对拒不整改的企业依法责令停产停业整顿，坚决做到动真碰硬。";
const SPEECH = [TITLE, "县长 李明", "同志们：", OPENING, "一、抓好隐患排查", BODY, "二、严格执法检查", BODY2];

const texts = (text: string) => mineText(text).speeches.map((s) => s.blocks.map((b) => b.text));

describe("covers and notes in front of a speech", () => {
  it("removes a cover of short labels above the title", () => {
    const cover = [
      "会议材料之二",
      "会议名称",
      "全县危化品安全专项整治推进会",
      "会议时间",
      "2024年5月8日",
      "主持人",
      "副县长 王强",
    ];
    const mined = mineText([...cover, ...SPEECH].join("\n"));
    expect(mined.speeches).toHaveLength(1);
    expect(mined.speeches[0]!.title).toBe(TITLE);
    expect(mined.speeches[0]!.blocks[0]!.text).toBe(OPENING);
    const kept = mined.speeches[0]!.blocks.map((b) => b.text);
    expect(kept.filter((t) => cover.some((c) => t === c.replace(/\s/g, "")))).toEqual([]);
    // The labels the noise model takes first (会议名称, no longer passing for a name) go as chrome; the rest as a cover.
    expect(mined.removed.map((r) => r.text)).toContain("会议名称");
    expect(mined.removed.filter((r) => r.reason === REASON_COVER).map((r) => r.text)).toContain("副县长王强");
  });

  it("removes menu words left between the page's chrome above the title, and keeps the speech's header", () => {
    const page = ["文库网", "首页", "资料分类", "排行榜", "我要上传", "登录 | 注册", "", ...SPEECH];
    const mined = mineText(page.join("\n"));
    expect(mined.speeches).toHaveLength(1);
    const [speech] = mined.speeches;
    expect(speech!.title).toBe(TITLE);
    expect(speech!.speaker).toBe("县长李明");
    expect(speech!.blocks[0]!.text).toBe(OPENING);
    expect(mined.removed.filter((r) => r.reason === REASON_COVER).map((r) => r.text)).toEqual(
      expect.arrayContaining(["资料分类", "我要上传"]),
    );
  });

  it("keeps a main title above a ——subtitle", () => {
    const mined = mineText(["压实责任 守牢底线", `——${TITLE}`, "同志们：", OPENING, BODY].join("\n"));
    expect(mined.removed.filter((r) => r.reason === REASON_COVER)).toEqual([]);
  });

  it("removes a 通知 that prints the speech, and a 简报's report before 附：", () => {
    const notice = [
      "关于印发李明同志在全县危化品安全专项整治推进会上讲话的通知",
      "各乡镇人民政府，县直各有关单位：",
      "现将李明同志在全县危化品安全专项整治推进会上的讲话印发给你们，请认真贯彻落实。",
      "县安委会办公室",
      "2024年5月10日",
    ];
    const report = [
      "全县危化品安全专项整治推进会召开",
      "5月8日上午，全县危化品安全专项整治推进会在县政府召开，县长李明出席会议并讲话。",
      "会议要求，各乡镇、各部门要以更加务实的作风推进整治，确保各项任务按期完成。",
      `附：${TITLE}`,
    ];
    for (const front of [notice, report]) {
      const mined = mineText([...front, ...SPEECH.slice(front === report ? 1 : 0)].join("\n"));
      expect(mined.speeches).toHaveLength(1);
      expect(mined.speeches[0]!.title).toBe(TITLE);
      expect(mined.removed.some((r) => r.reason === REASON_COVER_NOTE)).toBe(true);
    }
  });

  it("removes a poster's lead-in that hands over to the speech, and what the poster adds after 以上。", () => {
    const lead = ["求一篇危化品整治推进会的讲话稿", "谢邀。这篇是我去年给县长写的，供参考。", "全文如下（有删改）："];
    const tail = [
      "同志们，危化品安全责任重于泰山，希望大家抓好落实。",
      "以上。再说两点体会：",
      "1.开头要短。",
      "码字不易，点个赞吧。",
    ];
    const mined = mineText([...lead, ...SPEECH, ...tail].join("\n"));
    expect(mined.speeches).toHaveLength(1);
    const kept = mined.speeches[0]!.blocks.map((b) => b.text);
    expect(kept[kept.length - 1]).toBe(tail[0]);
    expect(kept).not.toContain(lead[1]);
    expect(mined.removed.filter((r) => r.reason === REASON_AFTERWORD).map((r) => r.text)).toContain("1.开头要短。");
  });

  it("removes a forwarding note above the speech and a 以上讲话稿… note after its closing", () => {
    const note = ["各位好：", "附上县长上周在推进会上的讲话全文，请各乡镇组织学习。", "县应急局 王芳"];
    const closing = "同志们，危化品安全责任重于泰山，希望大家抓好落实。";
    const mined = mineText([...note, ...SPEECH, closing, "以上讲话稿请各村今天转发到网格群，谢谢！"].join("\n"));
    expect(mined.speeches).toHaveLength(1);
    const kept = mined.speeches[0]!.blocks.map((b) => b.text);
    expect(kept[0]).toBe(OPENING);
    expect(kept[kept.length - 1]).toBe(closing);
  });

  it("removes a recording's host lines around the speech and its stage directions", () => {
    const host = "主持人（县政府办主任）：下面，请县长讲话，大家欢迎。";
    const after = "主持人：刚才，县长作了重要讲话，请大家认真抓好落实。";
    const lines = [...SPEECH.slice(0, 2), host, "（掌声）", ...SPEECH.slice(2, 5), `${BODY}（笑声）`, after];
    const mined = mineText(lines.join("\n"));
    const kept = mined.speeches[0]!.blocks.map((b) => b.text);
    expect(kept).toEqual([OPENING, "一、抓好隐患排查", BODY]);
    expect(mined.removed.filter((r) => r.reason === REASON_HOST).map((r) => r.text)).toEqual([host, after]);
    // A 主持词 is the host's own text: its lines stay.
    const script = ["全县安全生产工作会议主持词", "主持人：同志们，现在开会。", OPENING, "主持人：下面，请县长讲话。"];
    expect(mineText(script.join("\n")).speeches[0]!.blocks.map((b) => b.text)).toContain("主持人：同志们，现在开会。");
  });

  it("keeps two speeches of a collection, and a speech that mentions a 通知", () => {
    const second = ["在全县安全生产月启动仪式上的讲话", "同志们：", "今天我们在这里启动今年的安全生产月活动。", BODY];
    expect(texts([...SPEECH, ...second].join("\n"))).toHaveLength(2);
    const mentions = [
      "在全县安全生产工作会议上的讲话",
      "同志们：",
      "县政府已将今年的工作方案印发给你们，请认真抓好落实。",
      BODY,
    ];
    expect(texts([...mentions, ...SPEECH].join("\n"))).toHaveLength(2);
  });

  it("drops an encyclopedia entry whose lead defines its own name over the speech it gives as its example", () => {
    const entry = [
      "安全生产讲话稿",
      "安全生产讲话稿是领导干部在安全生产工作会议上讲话时所使用的文稿，属于机关公文中的讲话类文体。",
      "中文名",
      "安全生产讲话稿",
    ];
    const mined = mineText([...entry, ...SPEECH].join("\n"));
    expect(mined.speeches.map((s) => s.title)).toEqual([TITLE]);
    expect(mined.removed.map((r) => r.text)).toContain(entry[1]);
    // A speech whose first paragraph names its subject first is no entry: 安全生产 is not its title.
    const speech = [
      "在全县安全生产月启动仪式上的讲话",
      "同志们：",
      "安全生产是民生大事，今天我们启动安全生产月活动。",
      BODY,
    ];
    expect(texts([...speech, ...SPEECH].join("\n"))).toHaveLength(2);
  });

  // An outside review's case (of ab9fd45): a 演讲稿 may open on its own title.
  it("keeps a speech that opens on its own title, which names no kind of text", () => {
    const first = ["篇一：安全在我心中", "安全在我心中，是一句朴素的话，却承载着千万个家庭的幸福。", BODY];
    const second = ["篇二：安全生产从我做起", "尊敬的各位领导、亲爱的工友们：", OPENING, BODY, BODY2];
    const speeches = mineText([...first, ...second].join("\n")).speeches;
    expect(speeches[0]!.blocks.map((b) => b.text)).toContain(first[1]);
    expect(speeches).toHaveLength(2);
  });
});
