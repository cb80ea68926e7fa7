import { describe, expect, it } from "vitest";
import {
  COUNTY_CLOSING,
  COUNTY_DUTY,
  COUNTY_OPENING,
  COUNTY_SITUATION,
  COUNTY_SPEECH_BLOCKS,
  COUNTY_SPEECH_HEAD,
  COUNTY_SPEECH_REST,
  COUNTY_TITLE,
} from "../testing/county-speech-lines";
import { textsOf } from "../testing/mined-page";
import { mineText } from "./text-pipeline";

// Pages written for these tests in the shapes of set 44's: a 范文 collection whose second title runs into 同志们：, a
// forum whose poster's card names his rank, a news page stitched from two pages, a Traditional mirror with its note on
// the conversion, a blog carrying a school's 国旗下讲话, a 文库 preview with the site's name under each page number, a
// village talk's numbered list under an advert. Guards hold what such rules must leave: a speech's 【广告】 item, a
// short line of its own, a percentage after a wrap, a viewer's chunk numbers.

const titlesOf = (page: string[]) => mineText(page.join("\n")).speeches.map((s) => s.title);

describe("a collection whose next title runs into its salutation", () => {
  const second = "在公司有限空间作业安全警示教育会上的讲话";
  const page = [
    "安全生产会议讲话稿通用2篇",
    "篇一",
    ...COUNTY_SPEECH_HEAD,
    ...COUNTY_SPEECH_REST,
    "【下载本文完整版Word文档（共2篇，约2800字）】",
    "篇二",
    `${second}同志们：`,
    "这次警示教育会，就是要让大家把有限空间作业的风险真正放在心上。下面我讲几点意见。",
    "一要认清形势，吸取教训",
    COUNTY_SITUATION,
    "二要压实责任，严格考核",
    COUNTY_DUTY,
  ];

  it("opens a speech of its own at the glued title", () => {
    expect(titlesOf(page)).toEqual([COUNTY_TITLE, second]);
  });

  it("takes a date in brackets at a title's end as the speech's date", () => {
    const speech = mineText([`${COUNTY_TITLE}（2024年1月8日）`, "同志们：", COUNTY_OPENING, COUNTY_CLOSING].join("\n"))
      .speeches[0]!;
    expect([speech.title, speech.date]).toEqual([COUNTY_TITLE, "2024年1月8日"]);
  });
});

describe("what an outside review found the first draft of these rules took (guards)", () => {
  it("keeps a host's cue run into 同志们： inside the host's script, and a list's 国旗下讲话 inside the speech", () => {
    const host = [
      "全县安全生产工作会议主持词",
      "同志们：",
      "现在开会。首先，请县应急管理局局长通报全县安全生产情况。",
      "下面，请县委书记张军同志作总结讲话同志们：刚才，王县长作了很好的讲话，大家要认真抓好落实。",
    ];
    expect(titlesOf(host)).toHaveLength(1);
    const school = [
      "在全县中小学校园安全工作会议上的讲话",
      "同志们：",
      COUNTY_OPENING,
      "一、把安全教育抓在日常",
      "各校要抓好三个载体：",
      "开好每周的国旗下讲话",
      "上好每月一次的安全教育课",
      "二、把隐患排查抓在经常",
      COUNTY_DUTY,
    ];
    expect(titlesOf(school)).toHaveLength(1);
    const headings = mineText(school.join("\n")).speeches[0]!.blocks.filter((b) => b.kind === "heading");
    expect(headings.map((b) => b.text)).toContain("二、把隐患排查抓在经常");
  });

  it("keeps a 【广告】 item that names a hotline, and a month's date stays in the title", () => {
    const item = "【广告】对户外广告牌、店招店牌逐一开展安全检测，市民发现隐患可拨打热线12345";
    expect(textsOf([COUNTY_TITLE, "同志们：", COUNTY_OPENING, item, COUNTY_CLOSING]).join("")).toContain("热线12345");
    const speech = mineText([`${COUNTY_TITLE}（2024年1月）`, "同志们：", COUNTY_OPENING, COUNTY_CLOSING].join("\n"))
      .speeches[0]!;
    expect(speech.date).toBeNull();
  });

  it("keeps the speech's own words under a page number when they name no site", () => {
    const page = [
      "平安沙河网 > 基层动态 > 正文",
      "在全镇平安建设工作会议上的讲话",
      "同志们：",
      "今天召开全镇平安建设工作会议，主要是部署下一阶段工作。建设更高水平的",
      "第1页共2页",
      "平安沙河",
      "是我们全镇上下的共同目标。网格员要把安全隐患排查作为日常工作的重点。",
      "平安沙河网 版权所有 主办：沙河镇综治中心",
    ];
    expect(textsOf(page).join("")).toContain("平安沙河是我们全镇上下的共同目标");
  });
});

describe("a forum thread whose poster's card names his rank", () => {
  const replies = [
    "写得实在，第二条讲得好，雨季防治水确实是头等大事。",
    "感谢楼主分享，正好下周要给领导写讲话，先收藏了。",
  ];
  const page = [
    "煤海老兵",
    "UID 48127",
    "中级会员",
    "发表于 2024-7-8 08:41 | 只看该作者",
    "楼主",
    ...COUNTY_SPEECH_HEAD,
    ...COUNTY_SPEECH_REST,
    "回复 使用道具 举报",
    "井下老王",
    "发表于 2024-7-8 09:15 | 只看该作者",
    "沙发",
    replies[0]!,
    "回复 支持 反对",
    "xiaoli_anjian",
    "发表于 2024-7-8 10:02 | 只看该作者",
    "板凳",
    replies[1]!,
    "回复 支持 反对",
  ];

  it("takes the other members' replies as replies", () => {
    expect(textsOf(page)).toEqual(COUNTY_SPEECH_BLOCKS);
  });
});

describe("pages a site or a viewer joined", () => {
  it("reads a news page's reprinted head after its page links as the page's, the text flowing on", () => {
    const headline = "我县召开县安委会2024年第二次全体会议";
    const info = "2024-06-13 08:41　来源：县融媒体中心　阅读：1287";
    const cut = "各乡镇要对辖区内危险化学品、建筑施工、消防等重点行业领域开展一次全覆盖排查，";
    const rest = "建立隐患台账，实行闭环管理，确保整改到位。";
    const page = [
      headline,
      info,
      ...COUNTY_SPEECH_HEAD,
      "二、抓好排查",
      cut,
      "共2页：上一页 [1] [2] 下一页",
      headline,
      info,
      rest,
    ];
    expect(textsOf([...page, COUNTY_CLOSING])).toEqual([
      ...COUNTY_SPEECH_BLOCKS.slice(0, 4),
      cut + rest,
      COUNTY_CLOSING,
    ]);
  });

  it("reads the site's name under a preview's page number as the page's, its chrome starting with it", () => {
    const page = [
      "千页文库 - 海量文档免费下载",
      "千页文库 > 行业资料 > 安全",
      "在全县建筑施工安全专项整治部署会上的讲话",
      "同志们：",
      "　　今天召开全县建筑施工安全专项整治部署会，目的是分析当前形势，对专项整治工作进行",
      "全面部署。今年一至五月，全县建筑施工领域发生",
      "第1页共6页",
      "千页文库",
      "生产安全事故两起、死亡两人，虽然总量不大，但都是高处坠落，暴露出的问题带有共性。",
    ];
    expect(textsOf(page).join("")).not.toContain("千页文库");
    expect(textsOf(page).join("")).toContain("领域发生生产安全事故两起");
  });

  it("leaves a short line of the text's own under a page number", () => {
    const page = [
      "千页文库 - 海量文档免费下载",
      "千页文库 > 行业资料 > 安全",
      COUNTY_TITLE,
      "同志们：",
      COUNTY_OPENING,
      "第1页共6页",
      "安全第一",
      COUNTY_CLOSING,
    ];
    expect(textsOf(page).join("")).toContain("安全第一");
  });

  it("keeps a list's number under an advert that ends mid-word, and a percentage after a wrap", () => {
    const items = [
      "二、咱们村要干好这几件事",
      "1.先把隐患摸清楚。村干部和网格员分成4个组，挨家挨户上门查，重点看化粪池和液化气瓶。",
      "2.有问题马上改。胶管老化的，村里统一联系燃气公司上门更换金属波纹管。",
      "3.燃气报警器家家都要装。村里跟燃气公司谈好了，报警器每台补贴50块钱，剩下的自己出。",
      "【下载完整Word版】　单篇下载：￥3.00　会员免费　已有2036人开通",
      "4.有人晕倒不能盲目救。千万不要盲目下去救，先打119、120，再喊人拿绳子。",
    ];
    const blocks = mineText([COUNTY_TITLE, "乡亲们：", COUNTY_OPENING, ...items, COUNTY_CLOSING].join("\n"))
      .speeches[0]!.blocks;
    expect(blocks.filter((b) => b.kind === "heading").map((b) => b.text)).toContain("4.有人晕倒不能盲目救。");
    const wrapped = [
      "今年1至4月，全县共发生道路交通事故35起，同比分别下降",
      "12.5%和20%，总体保持平稳，但问题仍然不少。",
    ];
    expect(textsOf([COUNTY_TITLE, "同志们：", COUNTY_OPENING, ...wrapped, COUNTY_CLOSING]).join("")).toContain(
      "下降12.5%和20%",
    );
  });

  it("still takes a document viewer's chunk numbers out where they rise through the text", () => {
    const page = [
      COUNTY_TITLE,
      "同志们：",
      "今天召开全县安全生产工作会议，主要是分析当前形势，部署下一阶段重点工作。刚才，县应急管理局通报",
      "2、了有关情况，我完全同意。今年以来，全县安全生产形势总体平稳，但事故总量仍然偏大，部分企业主体",
      "3、责任落实不到位，安全隐患依然不少，形势不容乐观。",
      COUNTY_CLOSING,
    ];
    expect(textsOf(page).join("")).toContain("县应急管理局通报了有关情况");
    expect(textsOf(page).join("")).toContain("部分企业主体责任落实不到位");
  });
});

describe("notes a site sets above or inside the speech", () => {
  it("reads a Traditional mirror's note on its conversion as the site's, and finds the title run into 同志們：", () => {
    const page = [
      "發布時間：2024-05-23 16:20　來源：鎮黨政辦公室",
      "（本頁面由簡體頁面自動轉換生成，內容以簡體版為準）",
      "鎮長龐立軒在全鎮2024年防汛工作會議上的講話同志們：",
      COUNTY_OPENING,
      COUNTY_SITUATION,
      COUNTY_CLOSING,
    ];
    const speeches = mineText(page.join("\n")).speeches;
    expect(speeches.map((s) => s.title)).toEqual(["镇长庞立轩在全镇2024年防汛工作会议上的讲话"]);
    expect(speeches[0]!.blocks.map((b) => b.text)).toEqual([COUNTY_OPENING, COUNTY_SITUATION, COUNTY_CLOSING]);
  });

  it("gives a blog's school talk its own title, not the post's, and drops the blogger's note", () => {
    const title = "珍爱生命，安全出行——在第八周升旗仪式上的国旗下讲话";
    const talk = [
      "交通事故是威胁青少年生命安全的“头号杀手”。去年全县共发生涉及中小学生的道路交通事故11起。",
      "每一位同学都要绷紧安全这根弦，过马路走人行横道，不骑电动车，不乘坐无牌无证车。",
      "老师们、同学们，平安是回家最近的路。谢谢大家！",
    ];
    const page = [
      "[转载]国旗下讲话《珍爱生命安全出行》及一篇企业表态发言（存档）",
      "博主按：周一升旗仪式上校长的讲话，讲得实在，转来存档。",
      title,
      "双河中学校长　鲁振华",
      "老师们、同学们：",
      ...talk,
    ];
    const speeches = mineText(page.join("\n")).speeches;
    expect(speeches.map((s) => s.title)).toEqual([title]);
    expect(speeches[0]!.blocks.map((b) => b.text)).toEqual(talk);
  });

  it("reads a labelled advert with its contact as an advert, and keeps a speech's 【广告】 item", () => {
    const ad = "【广告】公文写作高级研修班火热报名中，3天学会写领导讲话稿，详询客服微信：gwp_kefu2024";
    const item = "【广告】查处虚假违法广告案件125件，罚没款300万元，有力维护了市场秩序。";
    const texts = textsOf([COUNTY_TITLE, "同志们：", COUNTY_OPENING, ad, item, COUNTY_CLOSING]);
    expect(texts).toEqual([COUNTY_OPENING, item, COUNTY_CLOSING]);
  });
});
