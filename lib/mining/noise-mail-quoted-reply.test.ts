import { describe, expect, it } from "vitest";
import { COUNTY_CLOSING, COUNTY_SPEECH, COUNTY_SPEECH_BLOCKS, COUNTY_TITLE } from "../testing/county-speech-lines";
import { speechesOf, textsOf } from "../testing/mined-page";
import { markQuotedReply } from "./noise-mail-earlier";
import { markEmailHeaders } from "./noise-mail-signature";

// Files written for these tests in the shape of set 132's forwarded e-mail: a county office's reply carrying a
// speech, signed by its clerk over the request it answers, quoted by the mail client.

const REPLY_HEADERS = [
  "From: 某某县政府综合办 <zhb@example.gov.cn>",
  "To: 某某县应急局 <yjj@example.gov.cn>",
  "Subject: 回复：县长讲话稿",
  "Date: Thu, 6 Mar 2025 16:40:12 +0800",
  "",
  "张科长：讲话稿已整理好，附在下面，请查收。",
  "",
];
const ATTRIBUTION = '> 在 2025-03-06 09:12:40，"某某县应急局" <yjj@example.gov.cn> 写道：';
const REQUEST = "> 综合办：上午会上县长的讲话稿请发我们一份，局里要印发各乡镇。谢谢！";

/** The verdicts the page rules give a file before the quoted reply's rule: its mail headers. */
function marked(texts: string[]): (string | null)[] {
  const verdict: (string | null)[] = texts.map(() => null);
  markEmailHeaders(texts, verdict);
  markQuotedReply(texts, verdict);
  return verdict;
}

describe("a reply that quotes the request it answers under the speech", () => {
  it("drops the clerk's sign-off, the client's attribution and the quoted request", () => {
    const page = [...REPLY_HEADERS, ...COUNTY_SPEECH, "", "综合办　孙某某", "", ATTRIBUTION, REQUEST];
    expect(speechesOf(page).map((s) => s.title)).toEqual([COUNTY_TITLE]);
    expect(textsOf(page)).toEqual(COUNTY_SPEECH_BLOCKS);
  });

  it("drops a sign-off of the sender's name alone, when the sender's header names her", () => {
    const page = [...REPLY_HEADERS, ...COUNTY_SPEECH, "", "孙丽", ATTRIBUTION, REQUEST];
    page[0] = "From: 孙丽 <sunli@example.gov.cn>";
    const verdict = marked(page);
    expect(verdict[page.indexOf("孙丽")]).toBe("邮件签名");
    expect(verdict[page.indexOf(ATTRIBUTION)]).toBe("邮件引用头");
    expect(verdict[page.indexOf(REQUEST)]).toBe("邮件往来（其他邮件）");
  });

  it("keeps a speech's own signature over the quote: a unit and a name the sender's header does not name", () => {
    for (const own of ["县应急管理局　王某强", "县长　王某强", "2025年3月6日"]) {
      const page = [...REPLY_HEADERS, ...COUNTY_SPEECH, own, "", ATTRIBUTION, REQUEST];
      const verdict = marked(page);
      expect(verdict[page.indexOf(own)]).toBeNull();
      expect(verdict[page.indexOf(REQUEST)]).toBe("邮件往来（其他邮件）");
    }
  });

  it("keeps the speech's closing words over the quote, even where the sender's header names the same words", () => {
    const page = [...REPLY_HEADERS, ...COUNTY_SPEECH, "谢谢大家", ATTRIBUTION, REQUEST];
    page[0] = "From: 谢谢大家 <x@example.gov.cn>";
    expect(marked(page)[page.indexOf("谢谢大家")]).toBeNull();
  });

  it("keeps a speech that reads out a quoted letter, in a file that is no e-mail", () => {
    const page = [
      ...COUNTY_SPEECH.slice(0, -1),
      "前几天，一位老安全员给我发来一封邮件，我念一段：",
      "> 在 2025-03-01 21:30，老周 <zhou@example.com> 写道：",
      "> 村里的气瓶该换的要换，不能等出了事再说。",
      ...COUNTY_SPEECH.slice(-1),
    ];
    expect(marked(page).every((v) => v === null)).toBe(true);
  });

  it("keeps a speech that the reply quotes whole under a short note, a long one or a short one", () => {
    const short = [
      "在消防安全宣传月启动仪式上的致辞",
      "同志们：",
      "今天我们在这里启动消防安全宣传月活动，目的是让防火知识进村入户。希望各单位抓好宣传，守住安全底线。",
    ];
    for (const speech of [COUNTY_SPEECH, short]) {
      const quoted = speech.map((t) => `> ${t}`);
      const page = [...REPLY_HEADERS.slice(0, 5), "稿子看过了，没有意见。", "综合办　孙某某", ATTRIBUTION, ...quoted];
      const verdict = marked(page);
      expect(verdict[page.indexOf(quoted.at(-1)!)]).toBeNull();
      expect(verdict[page.indexOf("综合办　孙某某")]).toBeNull();
    }
  });

  it("keeps a forwarded speech that reads out a message (…他写道：, its > lines, then the speech's closing)", () => {
    const lead = "在3月1日晚上21:30，一位老安全员给我发来一封邮件，他写道：";
    const letter = [
      "> 村里的气瓶该换的要换，不能等出了事再说。",
      "> 我们会接着一户一户地查，查到一处改一处。",
      "> 群众说，有人上门查，心里就踏实。",
    ];
    const speech = (quote: string[]) => [...COUNTY_SPEECH.slice(0, -1), lead, ...quote, ...COUNTY_SPEECH.slice(-1)];
    // Two quoted lines (the reply's rule) and three (the thread's): a time alone names no mail client's header.
    for (const quote of [letter.slice(0, 2), letter]) {
      const texts = textsOf([...REPLY_HEADERS, ...speech(quote)]).join("\n");
      for (const t of [lead, ...quote]) expect(texts).toContain(t.replace(/^> /, ""));
    }
    // A client's attribution read out inside the speech: the speech's closing below the quote keeps it.
    const client = "> 在 2025-03-01 21:30，老周 <zhou@example.com> 写道：";
    const page = [...REPLY_HEADERS, ...COUNTY_SPEECH.slice(0, -1), client, ...letter.slice(0, 2), COUNTY_CLOSING];
    expect(
      marked(page)
        .slice(REPLY_HEADERS.length)
        .every((v) => v === null),
    ).toBe(true);
  });
});
