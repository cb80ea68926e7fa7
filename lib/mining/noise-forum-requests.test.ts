import { describe, expect, it } from "vitest";
import {
  COUNTY_CHECK,
  COUNTY_DUTY,
  COUNTY_SPEECH,
  COUNTY_SPEECH_BLOCKS,
  COUNTY_SPEECH_HEAD,
  COUNTY_TITLE,
} from "../testing/county-speech-lines";
import { speechesOf, textsOf } from "../testing/mined-page";
import { mineText } from "./text-pipeline";

// A Discuz X thread opened by a request (a page written for these tests): the asker's post, with his motto under it,
// asks for a speech; a reader answers with a line about the text he gives, the speech and his own signature; the asker
// thanks him in a later floor, his motto under it again.

const card = (name: string, floor: string, time: string) => [
  name,
  "主题 5 | 帖子 47 | 积分 131",
  "发消息",
  floor,
  `发表于 ${time} | 只看该作者`,
];
const BUTTONS = ["回复", "使用道具　举报", ""];
const REQUEST =
  "各位前辈好，下个月县里要开全县安全生产工作会议，县长要作讲话，我负责起草，大概十来分钟。领导说要有数据、有措施，别写成空话套话。有没有写过类似稿子的？求分享，万分感谢！";
const MOTTO = "心有猛虎，细嗅蔷薇。";
const LEAD = "这是前年给邻县写的，地名和数字都换过了，你对照本县实际改改再用：";
const PLUG = "写材料是门手艺。公众号：笔耕老周";

const thread = (request: string[], speech: string[], lead = LEAD, plug = PLUG) => [
  ...card("山城小文书", "楼主", "2024-9-2 08:31:15"),
  ...request,
  MOTTO,
  ...BUTTONS,
  ...card("笔耕老周", "沙发", "2024-9-2 10:05:40"),
  lead,
  ...speech,
  "以上供参考，觉得有用的顶一下。",
  plug,
  "回复 支持 反对",
  "使用道具　举报",
  "",
  ...card("山城小文书", "板凳", "2024-9-2 11:20:03"),
  "收到，太及时了，谢谢老师！",
  MOTTO,
  ...BUTTONS,
];

describe("a thread that asks for a speech", () => {
  it("keeps only the answer's speech: no request, motto, lead-in or plug", () => {
    const page = thread([REQUEST], COUNTY_SPEECH);
    expect(speechesOf(page).map((s) => s.title)).toEqual([COUNTY_TITLE]);
    expect(textsOf(page)).toEqual(COUNTY_SPEECH_BLOCKS);
  });

  it("gives each its own reason", () => {
    const { removed } = mineText(thread([REQUEST], COUNTY_SPEECH).join("\n"));
    const reasonOf = (text: string) => removed.find((r) => r.text === text)?.reason;
    expect([REQUEST, MOTTO, LEAD, PLUG].map(reasonOf)).toEqual([
      "论坛求助帖（求材料的帖子，不是讲话）",
      "帖子签名",
      "问答网站文字",
      "帖子签名",
    ]);
  });

  it("drops a request of two lines, not the speech's", () => {
    const request = [
      "下个月县里开全县安全生产工作会议，县长要讲十来分钟，材料催得紧，我这边一点头绪都没有。",
      "有没有现成的？跪求，万分感谢！",
    ];
    const texts = textsOf(thread(request, COUNTY_SPEECH));
    expect(texts).toEqual(COUNTY_SPEECH_BLOCKS);
  });

  it("keeps the poster's first floor that opens his speech, short as it is", () => {
    // No request: the speech's title and salutation head the first floor, and its opening asks the room.
    const opening = "今天请大家来，就是要问一句：有没有信心把今年的安全生产抓好？我看有！";
    const page = [
      ...card("山城小文书", "楼主", "2024-9-2 08:31:15"),
      COUNTY_TITLE,
      "同志们：",
      opening,
      ...BUTTONS,
      ...card("山城小文书", "沙发", "2024-9-2 08:35:02"),
      "一、压实责任",
      COUNTY_DUTY,
      "二、抓好排查",
      COUNTY_CHECK,
      ...BUTTONS,
    ];
    expect(textsOf(page)).toEqual(expect.arrayContaining([opening, COUNTY_DUTY, COUNTY_CHECK]));
  });

  it("keeps a speech's own last line naming an account, and its words to the room on adapting a plan", () => {
    const account = "县应急管理局公众号每周公布一批曝光企业，大家要常看。";
    const teams = "你们回去结合本单位实际改改，抓紧报上来：";
    const speech = [...COUNTY_SPEECH_HEAD, "二、抓好排查", teams, COUNTY_CHECK, account];
    const texts = textsOf(thread([REQUEST], speech, LEAD, ""));
    expect(texts).toEqual(expect.arrayContaining([teams, account]));
  });

  it("keeps the slogan the poster set under each of his speeches, no short post's motto", () => {
    const slogan = "安全生产，警钟长鸣。";
    const page = [
      ...card("山城小文书", "楼主", "2024-9-2 08:31:15"),
      ...COUNTY_SPEECH_HEAD,
      "二、抓好排查",
      COUNTY_CHECK,
      slogan,
      ...BUTTONS,
      ...card("山城小文书", "沙发", "2024-9-2 08:35:15"),
      "在全县消防安全工作会议上的讲话",
      "副县长　×××",
      "同志们：",
      "今天召开全县消防安全工作会议，主要是部署今冬明春火灾防控工作。",
      "一、压实责任",
      COUNTY_DUTY,
      slogan,
      ...BUTTONS,
      ...card("笔耕老周", "板凳", "2024-9-2 10:05:40"),
      "学习了，感谢分享！",
      ...BUTTONS,
    ];
    expect(speechesOf(page)[0]!.blocks.map((b) => b.text)).toContain(slogan);
  });

  it("keeps a short first floor that thanks its guests: thanks are no plea for a text", () => {
    // A birthday toast, no title or salutation: it thanks the room (万分感谢) and asks it to eat, never for a text.
    const toast = "今天是家父七十大寿，承蒙各位亲友远道而来，我们全家万分感谢！酒菜简单，不成敬意，请大家吃好喝好！";
    const reply =
      "说得实在。寿宴致辞一般分三层：先谢来宾，再说说老人，最后送上祝福。中间可以加一两句老人年轻时的往事，比如怎么拉扯大几个孩子，这样更有温度。整体别超过三分钟，大家都等着开席呢，讲长了反而不好。另外，称呼要照顾到家里的长辈、老人的老同事和远道来的亲戚，别漏了人。";
    const page = [
      ...card("山城小文书", "楼主", "2024-9-2 08:31:15"),
      toast,
      ...BUTTONS,
      ...card("笔耕老周", "沙发", "2024-9-2 10:05:40"),
      reply,
      ...BUTTONS,
    ];
    expect(textsOf(page)[0]).toBe(toast);
    // Its words to the room (请大家) keep it too when it asks the room a plea's words (有没有…现成的).
    const asks = "今天请大家来，就是想问问：修村道这件事，有没有现成的好办法？大家敞开说，万分感谢！";
    expect(textsOf(page.map((t) => (t === toast ? asks : t)))[0]).toBe(asks);
  });

  it("keeps the speech's closing slogan that a reader echoes in his own short post", () => {
    // A slogan above two posts' buttons, but the posts are two authors': a signature is one poster's.
    const slogan = "安全生产，警钟长鸣！";
    const page = [
      ...card("山城小文书", "楼主", "2024-9-2 08:31:15"),
      ...COUNTY_SPEECH_HEAD,
      "二、抓好排查",
      COUNTY_CHECK,
      slogan,
      ...BUTTONS,
      ...card("笔耕老周", "沙发", "2024-9-2 10:05:40"),
      slogan,
      ...BUTTONS,
      ...card("山城小文书", "板凳", "2024-9-2 10:30:05"),
      "在全县消防安全工作会议上的讲话",
      "同志们：",
      "今天召开全县消防安全工作会议，主要是部署今冬明春火灾防控工作。",
      "一、压实责任",
      COUNTY_DUTY,
      ...BUTTONS,
    ];
    expect(speechesOf(page)[0]!.blocks.map((b) => b.text)).toContain(slogan);
  });

  it("keeps the speech's last sentence naming a QQ group, over its post's buttons", () => {
    const qq = "报名请加QQ群：735216480，或者到各村委会现场报名。";
    const page = [
      ...card("山城小文书", "楼主", "2024-9-2 08:31:15"),
      ...COUNTY_SPEECH_HEAD,
      qq,
      ...BUTTONS,
      ...card("笔耕老周", "沙发", "2024-9-2 10:05:40"),
      "支持，已报名！",
      ...BUTTONS,
    ];
    expect(textsOf(page)).toContain(qq);
  });

  it("reads the asker's motto as his under a later floor that quotes the answer, its header badged 楼主", () => {
    const page = thread([REQUEST], COUNTY_SPEECH);
    const at = page.indexOf("收到，太及时了，谢谢老师！");
    // Discuz X: the asker's header carries the badge, and the quoted post's header stands right under it.
    page[at - 1] = "楼主| 发表于 2024-9-2 11:20:03 | 只看该作者";
    page.splice(at, 0, "笔耕老周 发表于 2024-9-2 10:05", "这是前年给邻县写的，地名和数字都换过了……");
    const { removed } = mineText(page.join("\n"));
    expect(removed.filter((r) => r.text === MOTTO).map((r) => r.reason)).toEqual(["帖子签名", "帖子签名"]);
  });
});
