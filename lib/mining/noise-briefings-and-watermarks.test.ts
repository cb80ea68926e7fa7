import { describe, expect, it } from "vitest";
import { removalReason } from "../testing/page-noise";
import { mineText } from "./text-pipeline";
import { textsOf } from "../testing/mined-page";

// Pages written for these tests in the shapes of set 34's: a 简报 copied from a PDF, its news item and then the
// speech under 【领导讲话】, with the office's name over every page; the OCR of an app's long image with the app's
// name printed every few lines.
const TITLE = "在全县道路运输安全专项整治推进会上的讲话";
const OPENING =
  "今天召开这次会议，主要是贯彻落实省、市道路运输安全专项整治工作部署。刚才，县交通运输局通报了有关情况，我都同意。";
const SITUATION =
  "今年以来，全县共发生道路交通事故××起，死亡×人，同比分别下降，但部分运输企业主体责任落实不到位，问题仍然不少。";
const CHECK = "要聚焦“两客一危”、重型货车、农村客运等重点车辆，全面开展隐患排查，建立隐患台账，实行闭环管理。";
const CLOSING = "同志们，道路运输安全责任重大。希望大家以高度负责的态度，扎实抓好各项工作。";

describe("a 简报 with a news item above the speech under 【领导讲话】", () => {
  const page = ["安全生产工作简报", "第×期", "××县安全生产委员会办公室　　　　2024年5月20日", "本期要目"];
  page.push("●全县道路运输安全专项整治推进会召开", `●副县长×××${TITLE.slice(0, -3)}的讲话`, "");
  page.push(
    "全县道路运输安全专项整治推进会召开",
    "　　5月16日，全县道路运输安全专项整治推进会召开。副县长×××出席会议并讲话。",
  );
  page.push("", "【领导讲话】", "", TITLE, "副县长　×××", "同志们：", `　　${OPENING}`, `　　${SITUATION}`);
  page.push(
    "",
    "— 1 —",
    "",
    "××县安全生产委员会办公室",
    "",
    `　　${CHECK}`,
    "",
    "— 2 —",
    "",
    "××县安全生产委员会办公室",
  );
  page.push("", `　　${CLOSING}`, "报：市安委办，县委、县人大、县政府主要领导", "送：县安委会各成员单位");

  it("reads one speech: the contents, the news item, the label, the office's name over each page and 报： go", () => {
    const mined = mineText(page.join("\n"));
    expect(mined.speeches.map((s) => s.title)).toEqual([TITLE]);
    expect(textsOf(page)).toEqual([OPENING, SITUATION, CHECK, CLOSING]);
    expect(removalReason(mined.removed, "【领导讲话】")).toBe("简报其他栏目");
    expect(removalReason(mined.removed, "报：市安委办，县委、县人大、县政府主要领导")).toBe("公文版记");
  });

  it("keeps a speech above the column, its salutation run into its first paragraph", () => {
    const closing = "在全县安全生产工作会议上的总结讲话";
    const page = [
      TITLE,
      `同志们：${OPENING}`,
      `　　${SITUATION}`,
      `　　${CLOSING}`,
      "【领导讲话】",
      closing,
      "同志们：",
    ];
    page.push("　　刚才，×××书记作了重要讲话，讲得很全面、很深刻，我完全赞同。", `　　${CLOSING}`);
    expect(mineText(page.join("\n")).speeches.map((s) => s.title)).toEqual([TITLE, closing]);
  });

  it("keeps a speech's own steps that open with 报： or 送：", () => {
    const steps = ["查：各乡镇、各部门每月开展一次全面排查", "改：对排查出的隐患，责任单位限期整改到位"];
    steps.push("报：整改情况每月底前报县安委办", "送：专家服务到乡镇、到企业");
    const texts = textsOf([TITLE, "同志们：", OPENING, ...steps, CLOSING]).join("\n");
    for (const step of steps) expect(texts).toContain(step);
  });

  it("keeps a speech whose column label stands over its salutation, and a line opening with 送：", () => {
    const own = "送：温暖和安全知识进万家";
    expect(textsOf([TITLE, "【领导讲话】", "同志们：", OPENING, own, CLOSING])).toEqual([OPENING, own, CLOSING]);
  });
});

describe("an app's name printed every few lines through an OCR'd text", () => {
  it("removes the copies and the text flows across them", () => {
    const page = [
      TITLE,
      "同志们：",
      "今天召开这次会议，主要是贯彻落实省、市道路运输安全",
      "××范文 APP",
      "专项整治工作部署。",
    ];
    page.push(SITUATION, "××范文 APP", CHECK, "××范文 APP", CLOSING);
    const mined = mineText(page.join("\n"));
    expect(textsOf(page)).toEqual([
      "今天召开这次会议，主要是贯彻落实省、市道路运输安全专项整治工作部署。",
      SITUATION,
      CHECK,
      CLOSING,
    ]);
    expect(removalReason(mined.removed, "××范文 APP")).toBe("水印（网站名称和网址）");
  });

  it("keeps a refrain the speech repeats (…安全防护网) and a table's unit names after its row numbers", () => {
    const refrain = "织牢织密安全防护网";
    const kept = textsOf([TITLE, "同志们：", OPENING, refrain, SITUATION, refrain, CHECK, refrain, CLOSING]).join("\n");
    expect(kept.match(/织牢织密安全防护网/g)).toHaveLength(3);
    const table = [
      "序号",
      "牵头单位",
      "排查重点",
      "1",
      "县应急管理局",
      "危险化学品、非煤矿山",
      "2",
      "县交通运输局",
      "道路运输",
    ];
    table.push("3", "县应急管理局", "烟花爆竹经营单位");
    const cells = textsOf([TITLE, "同志们：", OPENING, "排查的重点行业和牵头单位如下：", ...table, CLOSING]).join("\n");
    expect(cells.match(/县应急管理局/g)).toHaveLength(2);
  });

  it("keeps a line the speech repeats that names no site", () => {
    const slogan = "安全第一 预防为主";
    const kept = textsOf([TITLE, "同志们：", OPENING, slogan, SITUATION, slogan, CHECK, slogan, CLOSING]).join("\n");
    expect(kept.match(/安全第一/g)).toHaveLength(3);
  });
});
