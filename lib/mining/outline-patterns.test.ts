import { describe, expect, it } from "vitest";
import {
  speakerFromTitle,
  cleanTitle,
  dateOfLine,
  endsSentence,
  firstSentenceEnd,
  isClosingStart,
  isOpeningStart,
  isHeaderSalutation,
  isSalutation,
  isSpeakerLine,
  isTitleLine,
  parseCn,
  parseEnumerator,
  speakerAndDate,
  splitRunInSalutation,
} from "./outline-patterns";
import { markersFor } from "./outline-markers";

describe("outline numbering", () => {
  it("parses Chinese numbers up to 九十九", () => {
    expect(["一", "十", "十一", "二十", "二十三", "九十九"].map(parseCn)).toEqual([1, 10, 11, 20, 23, 99]);
    expect(parseCn("二三")).toBeNull();
  });

  it("recognises every numbering style with its number", () => {
    const cases: [string, string, number][] = [
      ["一、加强领导", "cn-dun", 1],
      ["十二、其他", "cn-dun", 12],
      ["第三，压实责任", "di", 3],
      ["二是强化监管", "shi", 2],
      ["四要严格执法", "yao", 4],
      ["（五）强化保障", "cn-paren", 5],
      ["(二)强化保障", "cn-paren", 2],
      ["3.抓好排查", "num-dot", 3],
      ["3、抓好排查", "num-dot", 3],
      ["（12）其他", "num-paren", 12],
      ["②强化值守", "circled", 2],
    ];
    for (const [text, family, n] of cases) expect(parseEnumerator(text), text).toMatchObject({ family, n });
  });

  it("does not take dates, decimals or ordinary words for numbers", () => {
    for (const t of ["2024年工作", "1.5亿元", "第一季度", "一季度", "十分重要", "一方面"])
      expect(parseEnumerator(t), t).toBeNull();
  });

  it("spells the markers of a number in a style", () => {
    expect(markersFor("yao", 3)).toEqual(["三要"]);
    expect(markersFor("di", 2)).toEqual(["第二，", "第二、"]);
    expect(markersFor("cn-paren", 11)).toEqual(["（十一）"]);
  });
});

describe("sentences", () => {
  it("finds sentence ends, closing quotes included", () => {
    expect(endsSentence("要常抓不懈。”")).toBe(true);
    expect(endsSentence("谢谢大家!")).toBe(true);
    expect(endsSentence("要做到")).toBe(false);
    expect(endsSentence("安全第一；")).toBe(false);
    expect(firstSentenceEnd("一是抓排查。”二是")).toBe(7);
    expect(firstSentenceEnd("没有句号")).toBe(-1);
  });
});

describe("speech header lines", () => {
  it("recognises titles and cleans them", () => {
    for (const t of [
      "在全县安全生产工作会议上的讲话",
      "市长在2024年全市安全生产工作会议上的讲话范文",
      "在市安委会全体（扩大）会议上的发言",
      "安全生产工作会议讲话稿（精选5篇）",
      "——在全市防汛工作会议上的讲话",
      "第三篇：局长讲话",
      "【篇二】安全月启动仪式致辞",
      "◎ 致辞范本（丙）",
      "讲话稿范文（2）",
      "项目经理在城东自来水厂二期扩建工程开工仪式上的安全讲话",
    ]) {
      expect(isTitleLine(t), t).toBe(true);
    }
    for (const t of [
      "一、认真学习讲话",
      "刚才，书记作了重要讲话。",
      "要认真学习领会总书记的重要讲话",
      "全县上下，认真学习，深刻领会会议上的讲话",
      "◎ 致辞范本（甲）：",
      "学习传达省长在全省安全生产电视电话会议上的安全讲话",
    ]) {
      expect(isTitleLine(t), t).toBe(false);
    }
    expect(cleanTitle("第一篇：在全县会议上的讲话（两篇）")).toBe("在全县会议上的讲话");
    expect(cleanTitle("——在全市会议上的讲话范文")).toBe("在全市会议上的讲话");
    // a collection's marker after the title, a site's word count, a page's title and heading run together
    expect(cleanTitle("全镇安全生产会议上的讲话【篇二】")).toBe("全镇安全生产会议上的讲话");
    expect(cleanTitle("在全县燃气安全整治会上的讲话（全文3126字）")).toBe("在全县燃气安全整治会上的讲话");
    expect(cleanTitle("节前安全生产电视讲话节前安全生产电视讲话")).toBe("节前安全生产电视讲话");
    expect(cleanTitle("讲话讲话")).toBe("讲话讲话");
  });

  it("recognises salutations, also run into the opening", () => {
    for (const t of [
      "同志们：",
      "各位领导、同志们：",
      "同志们、朋友们：",
      "尊敬的各位领导、各位来宾：",
      "尊敬的各位领导：",
    ])
      expect(isSalutation(t), t).toBe(true);
    // by their posts: under a title only (in the body such a line opens a part of the speech or a sentence)
    for (const t of ["各位校长、各位老师：", "各位家长、同学们：", "全体教职工："]) {
      expect(isHeaderSalutation(t), t).toBe(true);
      expect(isSalutation(t), t).toBe(false);
    }
    expect(isHeaderSalutation("各位校长，你们是学校安全的第一责任人。")).toBe(false);
    // a speaker's label in an interview, not a salutation
    expect(splitRunInSalutation("校长：今年暑期我们重点排查了校舍。")).toBeNull();
    expect(isSalutation("同志们，安全生产责任重于泰山。")).toBe(false);
    expect(splitRunInSalutation("同志们：今天召开会议。")).toEqual(["同志们：", "今天召开会议。"]);
    expect(splitRunInSalutation("同志们：")).toBeNull();
  });

  it("recognises date and speaker lines", () => {
    expect(dateOfLine("2024年3月16日")).toBe("2024年3月16日");
    expect(dateOfLine("（二〇二四年三月十六日）")).toBe("二〇二四年三月十六日");
    expect(dateOfLine("2024-03-16")).toBe("2024-03-16");
    expect(dateOfLine("2024年3月16日召开会议")).toBeNull();
    expect(isSpeakerLine("罗清宇")).toBe(true);
    expect(isSpeakerLine("县委书记 张某某")).toBe(true);
    expect(isSpeakerLine("谢谢大家")).toBe(false);
    // A photo's caption or a player's button under the title passes for a bare name of four characters.
    expect(isSpeakerLine("会议现场")).toBe(false);
    expect(isSpeakerLine("听全文")).toBe(false);
    expect(isSpeakerLine("欧阳明华")).toBe(true);
    expect(isSpeakerLine("新闻办主任 ×××")).toBe(true);
    // Given names that hold such words stay names (an outside review's finding).
    for (const name of ["王正文", "李全文", "全文华", "高会议"]) expect(isSpeakerLine(name)).toBe(true);
    expect(speakerAndDate("罗清宇 2024年3月16日")).toEqual(["罗清宇", "2024年3月16日"]);
  });

  it("recognises openings and closings", () => {
    expect(isOpeningStart("刚才，X同志通报了情况")).toBe(true);
    expect(isOpeningStart("在……之际，召开会议")).toBe(true);
    expect(isOpeningStart("要加强领导")).toBe(false);
    expect(isClosingStart("同志们，让我们共同努力")).toBe(true);
    expect(isClosingStart("谢谢大家！")).toBe(true);
    expect(isClosingStart("同志们：")).toBe(false);
  });
});

describe("speakerFromTitle", () => {
  it("takes the speaker from the part of the title before 在", () => {
    expect(speakerFromTitle("县长在全县安全生产暨防汛工作会议上的讲话")).toBe("县长");
    expect(speakerFromTitle("张三同志在全市安委会全体会议上的讲话")).toBe("张三");
    expect(speakerFromTitle("第一篇：市长在2024年全市安全生产工作会议上的讲话")).toBe("市长");
    expect(speakerFromTitle("副市长×××在全市危险化学品安全生产工作推进会上的讲话")).toBe("副市长×××");
    // Not a Markdown mark, a meeting's name or another speech's (an outside review's findings).
    expect(speakerFromTitle("**在全县安全生产工作会议上的讲话**")).toBeNull();
    expect(speakerFromTitle("在全市安全生产工作会议暨××在建项目安全生产推进会上的讲话")).toBeNull();
    expect(speakerFromTitle("在传达学习×××同志在全省安全生产电视电话会议上的讲话精神时的讲话")).toBeNull();
    expect(speakerFromTitle("传达学习×××书记在全市安全生产工作会议上的讲话")).toBeNull();
  });
  it("finds none when the title names no one", () => {
    expect(speakerFromTitle("在2024年第一季度安全生产会议上的讲话")).toBeNull();
    expect(speakerFromTitle("2024年安全生产整治会讲话")).toBeNull();
    expect(speakerFromTitle(null)).toBeNull();
  });
});
