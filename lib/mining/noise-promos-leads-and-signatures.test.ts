import { describe, expect, it } from "vitest";
import {
  COUNTY_CLOSING,
  COUNTY_SPEECH,
  COUNTY_SPEECH_BLOCKS,
  COUNTY_SPEECH_HEAD,
  COUNTY_SPEECH_REST,
  COUNTY_TITLE,
} from "../testing/county-speech-lines";
import { speechesOf, textsOf } from "../testing/mined-page";

// Pages written for these tests in the shapes of sets 86 and 87's: a portal's links to a related file and a policy's
// reading, a 公众号's 推广 card and its pull quote set off by 丨, a forum post's 签名档, a caption ending in （资料图）,
// a blogger's headline and note over the speech he shares, a park's news lead over the 致辞 it prints.

describe("a portal's links under the speech", () => {
  it("drops 相关文件： and 政策解读： lines", () => {
    const page = [
      ...COUNTY_SPEECH,
      "",
      "【打印本页】　　【关闭窗口】",
      "",
      "相关文件：澄溪县2024年安全生产工作要点",
      "政策解读：《澄溪县安全生产巡查办法》解读",
    ];
    expect(textsOf(page)).toEqual(COUNTY_SPEECH_BLOCKS);
  });

  it("keeps a speech's sentence on related policies", () => {
    const own = "相关政策要落实到位，各部门要把扶持资金用在企业安全改造上，不能挪作他用。";
    expect(textsOf([...COUNTY_SPEECH.slice(0, -1), own, COUNTY_CLOSING])).toContain(own);
  });
});

describe("a 公众号's card and pull quote inside the speech", () => {
  it("drops a 推广 card that ends in its button", () => {
    const page = [
      ...COUNTY_SPEECH_HEAD,
      "",
      "推广",
      "澄溪县2024年安全知识网络答题火热进行中",
      "答满10题即可参与抽奖，奖品有应急手电、救生哨",
      "长按识别二维码 立即参与 >",
      "",
      ...COUNTY_SPEECH_REST,
    ];
    expect(textsOf(page)).toEqual(COUNTY_SPEECH_BLOCKS);
  });

  it("drops a pull quote set off by 丨", () => {
    const page = [...COUNTY_SPEECH_HEAD, "", "金句丨汛期不过，防汛不止", "", ...COUNTY_SPEECH_REST];
    expect(textsOf(page)).toEqual(COUNTY_SPEECH_BLOCKS);
  });

  it("keeps a paragraph on spreading good practice", () => {
    const own = "要推广先进经验，把安全生产标准化建设好的企业树成样板，组织其他企业现场观摩学习。";
    expect(textsOf([...COUNTY_SPEECH.slice(0, -1), own, COUNTY_CLOSING])).toContain(own);
  });
});

describe("a forum post's signature and a caption", () => {
  it("drops a 签名档： line under the post", () => {
    const page = [
      ...COUNTY_SPEECH,
      "",
      "=============== 转贴完毕 ===============",
      "",
      "--",
      "签名档：湾仔打工仔，每天追尾班车的人。周末行山，平日潜水。",
      "",
      "[检举]　[引用]　[回复]　　赞 46　　收藏 9",
      "",
      "推 kelvin_ng: 原来内地开会讲话都是这个格式　　03/12 22:58",
    ];
    expect(textsOf(page)).toEqual(COUNTY_SPEECH_BLOCKS);
  });

  it("drops a caption ending in （资料图） between paragraphs", () => {
    const page = [
      ...COUNTY_SPEECH_HEAD,
      "",
      "[图片]",
      "浇注工段职工在开展班前安全确认（资料图）",
      "",
      ...COUNTY_SPEECH_REST,
    ];
    expect(textsOf(page)).toEqual(COUNTY_SPEECH_BLOCKS);
  });
});

describe("a blogger's headline and note over the speech he shares", () => {
  it("gives one speech, without the note", () => {
    const note =
      "在街道党政办干了快八年，每年开春都要给书记写一篇安全生产和消防的讲话。这篇是上个礼拜开会用的，书记基本没怎么动，我把人名地名改了改就贴上来了。同行要用的随便拿，数字一定要换成你们自己的，别整篇照搬。";
    const page = [
      "一篇街道安全会讲话稿（原创，同行拿去改）",
      "(2024-04-19 21:37:05)",
      "标签：安全生产　讲话稿　消防　街道　文秘　　分类：笔杆子的日常",
      "",
      `　　${note}`,
      "",
      COUNTY_TITLE,
      "街道党工委书记　邵卫东",
      "（2024年4月12日）",
      "",
      ...COUNTY_SPEECH.slice(2),
    ];
    const speeches = speechesOf(page);
    expect(speeches).toHaveLength(1);
    expect(speeches[0]!.title).toBe(COUNTY_TITLE);
    expect(speeches[0]!.blocks.map((b) => b.text)).toEqual(COUNTY_SPEECH_BLOCKS);
  });

  it("keeps two speeches a collection prints under their own titles", () => {
    const second = COUNTY_SPEECH.map((t) => (t === COUNTY_TITLE ? "在全县消防安全工作会议上的讲话" : t));
    expect(speechesOf([...COUNTY_SPEECH, "", ...second])).toHaveLength(2);
  });
});

describe("a news lead over the 致辞 it prints", () => {
  const lead =
    "6月3日上午，园区2024年“安全生产月”活动启动仪式在园区应急救援指挥中心广场举行。各部门负责人以及120余家企业代表共300余人参加仪式。园区管委会主任郑书航致辞。";

  it("drops the lead with the line that hands the speech over, captions between them", () => {
    const page = [lead, "▲启动仪式现场", "▲园区管委会主任郑书航致辞", "现将致辞全文刊发如下：", "", ...COUNTY_SPEECH];
    const speeches = speechesOf(page);
    expect(speeches).toHaveLength(1);
    expect(speeches[0]!.blocks.map((b) => b.text)).toEqual(COUNTY_SPEECH_BLOCKS);
  });

  it("keeps a speech's opening that tells of the day", () => {
    const own =
      "6月3日上午，我们在这里举行园区安全生产月启动仪式。刚才，市应急管理局领导作了讲话，我完全同意。下面，我讲三点意见。";
    const page = [COUNTY_TITLE, "园区管委会主任　郑书航", "同志们：", own, ...COUNTY_SPEECH.slice(4)];
    expect(textsOf(page)).toContain(own);
  });
});

describe("a short rule or an omission's mark alone on its line", () => {
  it("drops —— and …… between paragraphs", () => {
    const page = [...COUNTY_SPEECH_HEAD, "——", ...COUNTY_SPEECH_REST.slice(0, 2), "……", ...COUNTY_SPEECH_REST.slice(2)];
    expect(textsOf(page)).toEqual(COUNTY_SPEECH_BLOCKS);
  });

  it("keeps a …… that trails off a sentence above it", () => {
    const page = [
      ...COUNTY_SPEECH_HEAD.slice(0, -1),
      "今年以来，全县共排查隐患1326处，整改1208处",
      "……",
      ...COUNTY_SPEECH_REST,
    ];
    expect(textsOf(page).join("")).toContain("整改1208处……");
  });
});
