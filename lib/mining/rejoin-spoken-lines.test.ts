import { describe, expect, it } from "vitest";
import { isSpokenLine } from "./rejoin-spoken-lines";
import { textsOf } from "../testing/mined-page";

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
