import { describe, expect, it } from "vitest";
import {
  COUNTY_CHECK,
  COUNTY_CLOSING,
  COUNTY_OPENING,
  COUNTY_SITUATION,
  COUNTY_TITLE,
} from "../../lib/testing/county-speech-lines";
import { textsOf } from "../../lib/testing/mined-page";
import { markMicroblogReposts } from "../../lib/mining/noise-app-comments";

// A news app's advert between two paragraphs, its 广告 label in front and its link's arrow after its button
// (广告　… 查看详情>), and the like count over the post's bare buttons (赞 96 / 收藏 / 分享).

const HEAD = [COUNTY_TITLE, "县长　×××", "同志们：", COUNTY_OPENING];

describe("a news app's in-feed advert and like count", () => {
  it("removes the advert line whose button ends in an arrow", () => {
    const texts = textsOf([
      ...HEAD,
      COUNTY_SITUATION,
      "广告　消防器材批发 灭火器/应急灯 包邮到家　查看详情>",
      COUNTY_CHECK,
      COUNTY_CLOSING,
    ]);
    expect(texts.join("\n")).not.toContain("灭火器");
    expect(texts).toEqual([COUNTY_OPENING, COUNTY_SITUATION, COUNTY_CHECK, COUNTY_CLOSING]);
  });

  it("removes the like count over the bare buttons", () => {
    const texts = ["声明：本文由入驻本平台的作者撰写，观点仅代表作者本人。", "赞 96", "收藏", "分享"];
    const verdict: (string | null)[] = ["来源作者信息", null, "论坛界面文字", "论坛界面文字"];
    markMicroblogReposts(texts, verdict);
    expect(verdict[1]).not.toBeNull();
  });

  it("keeps a count of likes beside lines that are no buttons", () => {
    const texts = [COUNTY_SITUATION, "赞 96", "收藏夹", COUNTY_CHECK];
    const verdict: (string | null)[] = [null, null, "网站页眉页脚", null];
    markMicroblogReposts(texts, verdict);
    expect(verdict[1]).toBeNull();
  });

  it("keeps a speech's point on adverts that asks to see the details", () => {
    const point = "广告牌要逐块检查，查看详情后登记在册，对松动、锈蚀的一律拆除，确保台风来临前整改到位。";
    const texts = textsOf([...HEAD, point, COUNTY_CLOSING]);
    expect(texts).toContain(point);
  });
});
