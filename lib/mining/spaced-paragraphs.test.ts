import { describe, expect, it } from "vitest";
import { REASON_SPACED_PARAGRAPHS, REASON_WRAP_SPACES, splitSpacedLine } from "./spaced-paragraphs";
import type { InferredSplit } from "./types";

const split = (text: string, inferred?: InferredSplit[]) =>
  splitSpacedLine({ text, lineNo: 7 }, inferred).map((l) => l.text);

const OPENING =
  "岁末年初，各类生产经营活动进入高峰期，人员流动加大，安全风险明显增多，大家务必保持清醒头脑，把困难估计得更充分一些。";
const HEAD1 = "一、坚持关口前移，加强风险防范";
const HEAD2 = "二、压实各方责任，守牢安全底线";
const BODY2 =
  "各类企业要对照清单逐项整改，主要负责人要亲自带队检查，发现问题立即整改，做到整改措施、责任、资金、时限和预案五到位。";

describe("splitSpacedLine: web copy that lost its paragraph breaks", () => {
  it("cuts at spaces after a sentence end, before a salutation or an outline number, and after a heading", () => {
    const inferred: InferredSplit[] = [];
    const line = `区长在全区安全生产工作会议上的讲话 同志们： ${OPENING} ${HEAD1} ${HEAD2} ${BODY2}`;
    expect(split(line, inferred)).toEqual([
      "区长在全区安全生产工作会议上的讲话",
      "同志们：",
      OPENING,
      HEAD1,
      HEAD2,
      BODY2,
    ]);
    expect(inferred).toEqual([{ lineNo: 7, reason: REASON_SPACED_PARAGRAPHS, parts: 6 }]);
  });

  it("sets a heading glued to the sentence before it apart from both, where only a space follows it", () => {
    // 下面，我讲两点意见。一、… 岁末年初…: the heading has no space before it, one after it.
    const line = `同志们：今天召开这次会议，下面，我讲两点意见。${HEAD1} ${OPENING}${HEAD2} ${BODY2}`;
    expect(split(line)).toEqual(["同志们：今天召开这次会议，下面，我讲两点意见。", HEAD1, OPENING, HEAD2, BODY2]);
    // A numbered lead sentence in bold (一是…。 then its text) is no heading of this kind.
    const lead = `${OPENING}一是严格落实值班制度。 各单位要安排专人值守。`;
    expect(split(lead)).toEqual([lead]);
  });

  it("sets apart a title that names its meeting between a one-line page's menu and its date line", () => {
    const title = "在全县2024年冬季安全生产工作会议上的讲话";
    const line = `××县人民政府 首页 政务公开 您的位置：首页 > 领导讲话 ${title} 发布日期：2024-11-28 同志们： ${OPENING}`;
    const parts = split(line);
    expect(parts).toContain(title);
    expect(parts).toContain(OPENING);
    // inside a sentence the words stay where they are
    const sentence = `会议强调，各地要认真学习 在全省安全生产工作会议上的讲话精神，抓好贯彻落实，${OPENING}`;
    expect(split(sentence)).toEqual([sentence]);
  });

  it("reads half-width punctuation and ideographic spaces as the store wrote them", () => {
    const a = "今天,我们召开全镇安全生产工作会议,主要任务是总结去年工作,部署今年任务。";
    const b = "刚才,镇安监办通报了全镇安全生产形势,各村作了表态发言,讲得都很好。";
    expect(split(`${a}\u3000\u3000${b}`)).toEqual([a, b]);
  });

  it("leaves ordinary spaced text alone: names, English, numbers, a space before 。", () => {
    const inferred: InferredSplit[] = [];
    const names =
      "参加今天会议的有县委常委、副县长 张 三，县安委会成员单位主要负责人 李 四 等同志，以及各乡镇分管领导。";
    expect(split(names, inferred)).toEqual([names]);
    const english =
      "The meeting opened at 9 a.m. and closed at noon. Everyone agreed to report back on 15 March 2024 please.";
    expect(split(english, inferred)).toEqual([english]);
    const spaceBeforeStop = "各单位要认真履行安全生产监督管理职责，及时消除各类隐患，杜绝火灾、爆炸和交通事故的发生 。";
    expect(split(spaceBeforeStop, inferred)).toEqual([spaceBeforeStop]);
    expect(inferred).toEqual([]);
  });

  it("leaves a letter-spaced line (an OCR scan) whole, sentence ends included", () => {
    const spaced =
      "再 过 几 天 ， 全 市 就 将 进 入 主 汛 期 。 今 天 召 开 这 次 会 议 ， 主 要 是 部 署 防 汛 工 作 。";
    expect(split(spaced)).toEqual([spaced]);
    // Mostly letter-spaced with a few glued words: still one line.
    const mixed = "再过 几 天 ， 全 市 就将 进 入 主 汛 期 。 今 天 召 开 这次 会 议 ， 主 要 是 部 署 防 汛 工 作 。";
    expect(split(mixed)).toEqual([mixed]);
  });

  it("keeps the space inside a tracked change's bracket ([删除: …])", () => {
    const line = `${OPENING.slice(0, 30)}[删除: 三家](王芳)[插入: 十一家](王芳)${OPENING.slice(30)}`;
    expect(split(line)).toEqual([line]);
  });

  it("keeps the space after a numbered lead sentence in bold inside its paragraph", () => {
    const line =
      "要紧紧扭住事故易发多发的重点行业不放，实施精准攻坚。一是危化品安全。 严格落实危险化学品企业安全生产的各项规定，突出抓好储存、运输等关键环节。";
    expect(split(line)).toEqual([line]);
  });
});

describe("splitSpacedLine: PDF text whose line wraps became spaces", () => {
  // A PDF page wrapped at 24 characters, the first line of each paragraph indented by two.
  const P1 =
    "今年以来，全市各级各部门认真贯彻落实上级关于安全生产的决策部署，扎实开展安全生产专项整治三年行动，全市安全生产形势总体平稳，事故起数和死亡人数实现双下降。但是也要清醒看到，一些企业主体责任落实不到位，部分行业领域风险隐患交织叠加。";
  const HEAD = "一、提高政治站位，深刻认识做好当前安全生产工作的极端重要性";
  const P2 =
    "安全生产事关人民群众生命财产安全，事关改革发展稳定大局。各级各部门要始终坚持人民至上、生命至上，把安全生产摆在更加突出的位置，以更严的要求、更实的举措，坚决防范遏制重特大事故发生。";
  function wrapped(p: string): string[] {
    const out = [p.slice(0, 22)];
    for (let i = 22; i < p.length; i += 24) out.push(p.slice(i, i + 24));
    return out;
  }

  it("cuts at every wrap space and puts each paragraph back together", () => {
    const inferred: InferredSplit[] = [];
    const line = [...wrapped(P1), ...wrapped(HEAD), ...wrapped(P2)].join(" ");
    expect(split(line, inferred)).toEqual([P1, HEAD, P2]);
    expect(inferred).toEqual([{ lineNo: 7, reason: REASON_WRAP_SPACES, parts: 3 }]);
  });

  it("ends a paragraph at a colon and before the outline number that follows it", () => {
    const lead = "为抓好当前工作，确保全市安全生产形势持续稳定，下面，我讲三点意见：";
    const line = [...wrapped(P1.slice(0, 72) + lead), ...wrapped(HEAD), ...wrapped(P2)].join(" ");
    expect(split(line)).toEqual([P1.slice(0, 72) + lead, HEAD, P2]);
  });
});

describe("splitSpacedLine: a portal's credit line on a page copied onto one line", () => {
  const CLOSE = "同志们，汛期安全责任重大。希望大家扎实抓好各项措施落实，确保全县平安度汛！";
  const TIP = "【防汛提示】汛期雨水增多，请不要在河边、低洼处逗留，遇到险情请立即拨打110。";

  it("ends a line after （责任编辑：…） standing whole between two spaces", () => {
    expect(split(`${CLOSE} （责任编辑：周岚） ${TIP}`)).toEqual([CLOSE, "（责任编辑：周岚）", TIP]);
    expect(split(`${CLOSE} 【编辑：李青　审核：王川】 相关阅读：`)).toEqual([
      CLOSE,
      "【编辑：李青　审核：王川】",
      "相关阅读：",
    ]);
  });

  it("keeps an office's note of who reviews, the speaker's words going on after it", () => {
    const line = `${CLOSE} （审核：县应急局） 各乡镇的方案要在月底前报送，逐项对照落实。`;
    expect(split(line)).toEqual([CLOSE, "（审核：县应急局） 各乡镇的方案要在月底前报送，逐项对照落实。"]);
  });
});
