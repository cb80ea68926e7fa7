import { describe, expect, it } from "vitest";
import { isSpokenLine } from "./rejoin-spoken-lines";
import { textsOf } from "../testing/mined-page";
import { normaliseLines } from "./text-pipeline";
import { rejoinLines } from "./rejoin-lines";

// A village head's talk on autumn fire safety as a phone's voice input types it into a group chat (written for these
// tests): spaces for commas, no stop at a line's end, one line per paragraph, one sentence broken by the tool.
const OPENING =
  "大家晚上好啊 今天把各位组长叫过来 主要就说一下秋收防火的事 最近天干物燥 地里秸秆堆得到处都是 一个烟头就能烧一大片";
const CASE =
  "上个礼拜隔壁镇有户人家在院子里烧落叶 风一吹火星子飘到柴火垛上 房子烧掉了半间 幸亏人都在地里干活 这个教训大家要记住";
const PATROL =
  "从明天开始各组每天派人在田边转一转 看到有人烧秸秆的当场劝 劝不听的拍照片发给我 谁家的地谁家负责 包组干部要盯";
const TAIL = "到每一户 不能光打电话";
const HOMES =
  "还有就是家里的老人小孩 灶台边上不要堆柴火 电动车别拉线到屋里充电 这些事各组长挨家挨户去说 说一遍不行就说两遍";
const DUTY =
  "这个月村委会每天晚上都有人值班 手机二十四小时开着 有情况马上打电话 大家这段时间辛苦一下 把秋收平平安安收完";
const CLOSE = "好 就说这些 散会";
const TITLE = "秋收防火讲话";
const squeezed = (t: string) => t.replace(/ /g, "");

describe("a talk typed by voice input, one paragraph a line", () => {
  it("keeps each line a paragraph and puts the tail the tool broke off back on its sentence", () => {
    const out = textsOf([TITLE, OPENING, CASE, PATROL, TAIL, HOMES, DUTY]);
    expect(out).toEqual([OPENING, CASE, PATROL + TAIL, HOMES, DUTY].map(squeezed));
  });

  it("keeps a short line that opens as a speaker opens a paragraph apart", () => {
    const out = textsOf([TITLE, OPENING, CASE, PATROL, HOMES, DUTY, CLOSE]);
    expect(out).toContain(squeezed(DUTY));
    expect(out).toContain(squeezed(CLOSE));
  });
});

describe("a talk with spaces for its stops", () => {
  it("keeps a short point of its own apart: only a tail opening on a broken phrase's last word goes back", () => {
    const point = "各家的灭火器 村里统一发 明天上午来领";
    const out = textsOf([TITLE, OPENING, CASE, PATROL, point, HOMES, DUTY]);
    expect(out).toEqual([OPENING, CASE, PATROL, point, HOMES, DUTY].map(squeezed));
  });

  it("but wrapped at its spaces to a width (a mail client, fmt), rejoins its paragraphs", () => {
    const paragraphs = [
      "今天召开全镇防汛工作会议 主要是 回顾去年汛期工作 分析今年形势 安排部署 下一阶段任务 刚才 镇水利站 通报了 去年全镇防汛情况 几位村支部书记 也谈了想法 讲得都很实在 我完全同意 下面 我再强调几点",
      "今年入汛以来 全镇降雨 比往年同期偏多三成 河道水位 持续偏高 部分山塘水库 已经接近汛限水位 加上 去年冲毁的 几段河堤 还没有完全修复 防汛形势 十分严峻 各村 各单位 绝不能有 麻痹思想和侥幸心理",
      "各村 要立即组织力量 对辖区内的 山塘水库 河道堤防 地质灾害隐患点 逐一进行排查 发现问题 立即整改 一时整改不了的 要落实 专人值守 制定 应急预案 确保 不漏一处 不留死角",
      "镇防汛办 要严格执行 二十四小时值班 和领导带班制度 值班人员 必须坚守岗位 手机 保持畅通 遇有险情 第一时间报告 第一时间处置 绝不允许 迟报漏报 瞒报",
      "防汛工作 事关群众生命财产安全 责任重于泰山 希望大家 以对人民群众高度负责的态度 把各项措施 抓实抓细抓到位 确保全镇 安全度汛 决不能 因为我们的工作不到位 让群众的生命财产 受到损失",
    ];
    // Each paragraph wrapped at its spaces, no line past 100 columns (a Chinese character two), as fmt does.
    const columns = (t: string) => [...t].reduce((n, c) => n + (c === " " ? 1 : 2), 0);
    const wrap = (p: string) =>
      p.split(" ").reduce<string[]>((lines, w) => {
        const cur = lines.at(-1);
        if (cur === undefined || columns(cur) + 1 + columns(w) > 100) lines.push(w);
        else lines[lines.length - 1] = `${cur} ${w}`;
        return lines;
      }, []);
    const page = ["在全镇防汛工作会议上的讲话", ...paragraphs.flatMap(wrap)];
    const out = rejoinLines(normaliseLines(page.map((text, i) => ({ text, lineNo: i + 1 })))).map((p) => p.text);
    for (const p of paragraphs) expect(out.some((b) => b.includes(squeezed(p)))).toBe(true);
  });
});

describe("which lines read as voice-typed", () => {
  it("takes a line of phrases parted by spaces, without stops", () => {
    expect(isSpokenLine(PATROL)).toBe(true);
  });

  it("takes no line of prose with stray spaces in it, nor a letter-spaced line", () => {
    // A copied PDF's or a scan's line: its spaces are strays, its commas and stop are there.
    const prose =
      "今年以来 全县共排查整治隐患1200余项，其中重大 隐患12项已全部完成 整改，各乡镇要继续 加大工作力度，确保不留死角。";
    expect(isSpokenLine(prose)).toBe(false);
    const spaced = "安 全 生 产 责 任 重 于 泰 山 各 级 各 部 门 要 切 实 扛 起 责 任 确 保 全 年 安 全 形 势 稳 定";
    expect(isSpokenLine(spaced)).toBe(false);
  });
});
