import { describe, expect, it } from "vitest";
import { GENRES, speechGenre } from "./genre";

const speech = (title: string | null, ...texts: string[]) => ({ title, blocks: texts.map((text) => ({ text })) });

describe("speechGenre", () => {
  it("reads the genre from the title first", () => {
    expect(speechGenre(speech("在全县安全生产工作会议上的主持词", "同志们，现在开会。"))).toBe("主持词");
    expect(speechGenre(speech("在全市防汛工作会议上的表态发言", "同志们："))).toBe("表态发言");
    expect(speechGenre(speech("在安全生产月启动仪式上的致辞", "同志们："))).toBe("致辞");
    expect(speechGenre(speech("关于开展安全生产大检查的通知", "各乡镇（街道）："))).toBe("通知/方案");
    expect(speechGenre(speech("全镇燃气安全专项整治实施方案", "为切实做好燃气安全工作……"))).toBe("通知/方案");
    expect(speechGenre(speech("在全县安全生产工作会议上的讲话", "现在开会。"))).toBe("讲话");
  });

  it("takes the genre word nearest the title's end (a breadcrumb, a decoration after it)", () => {
    expect(speechGenre(speech(">范文>致辞讲话>领导讲话稿>县长安全生产讲话稿", "同志们："))).toBe("讲话");
    expect(speechGenre(speech("关于贯彻落实上级通知精神的讲话", "同志们："))).toBe("讲话");
    expect(speechGenre(speech("全区消防工作会上的致辞【篇二】", "同志们："))).toBe("致辞");
  });

  it("keeps a speech that mentions a notice and a plan a 讲话", () => {
    const talk = speech(
      null,
      "同志们：",
      "县里已经下发了通知，制定了专项整治方案，各乡镇要认真抓好落实。",
      "下面，我讲三点意见。",
    );
    expect(speechGenre(talk)).toBe("讲话");
  });

  it("reads a host's script without a title from its cues", () => {
    const host = speech(
      null,
      "同志们：",
      "现在开会。今天的会议共有三项议程：一是通报全县安全生产形势；二是签订目标责任书；三是请县长讲话。",
      "下面，进行第一项议程，请县应急局局长通报情况。",
      "会议到此结束，散会。",
    );
    expect(speechGenre(host)).toBe("主持词");
  });

  it("reads a subordinate unit's pledge from its cues", () => {
    const pledge = speech(
      null,
      "尊敬的各位领导：",
      "刚才，县长作了重要讲话，我们完全拥护。下面，我代表城关镇作如下表态：",
      "一是坚决扛起属地责任，我们将把安全生产摆在首位。",
      "请各位领导放心，我们一定保证完成全年目标任务！",
    );
    expect(speechGenre(pledge)).toBe("表态发言");
  });

  it("reads an address to guests from its cues", () => {
    const address = speech(
      null,
      "尊敬的各位领导、各位来宾，女士们、先生们：",
      "在这金秋时节，我谨代表主办方，向出席今天活动的各位来宾表示热烈的欢迎！",
      "最后，预祝本次活动圆满成功！",
    );
    expect(speechGenre(address)).toBe("致辞");
  });

  it("reads a notice by its document number and closing formula", () => {
    const notice = speech(
      null,
      "县安委办〔2024〕12号",
      "各乡镇（街道）、县直有关单位：",
      "为进一步做好汛期安全生产工作，经研究，决定在全县范围内开展安全隐患大排查。",
      "附件：1.隐患排查登记表",
      "特此通知。",
    );
    expect(speechGenre(notice)).toBe("通知/方案");
  });

  it("takes an untitled text as a 讲话 when it reads as one, else 其他", () => {
    expect(
      speechGenre(
        speech(null, "同志们：", "今天召开这次会议，主要是分析形势、部署工作。下面，我讲三点意见。", "一、提高认识"),
      ),
    ).toBe("讲话");
    // A speech that uses one host's phrase in passing stays a speech.
    expect(speechGenre(speech(null, "同志们：", "刚才，下面请各单位认真传达会议精神。", "各单位要压实责任。"))).toBe(
      "讲话",
    );
    expect(speechGenre(speech(null, "2024年第三季度全县规模以上工业企业产值统计表显示，产值同比增长百分之六。"))).toBe(
      "其他",
    );
  });

  it("returns one of the listed genres", () => {
    expect(GENRES).toContain(speechGenre(speech(null)));
  });
});
