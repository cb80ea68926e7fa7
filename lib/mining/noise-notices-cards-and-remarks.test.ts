import { describe, expect, it } from "vitest";
import {
  COUNTY_CHECK,
  COUNTY_CLOSING,
  COUNTY_DUTY,
  COUNTY_OPENING,
  COUNTY_SITUATION,
  COUNTY_SPEECH,
  COUNTY_SPEECH_BLOCKS,
  COUNTY_SPEECH_HEAD,
  COUNTY_SPEECH_REST,
  COUNTY_TITLE,
  countySpeechWith,
} from "../testing/county-speech-lines";
import { oneSpeechTexts, speechesOf, textsOf } from "../testing/mined-page";
import { lineNoiseReason } from "./noise-line-rules";

// Pages written for these tests in the shapes of sets 91–94's: an app's prompt where a picture was, a caption credited
// to an office run into the paragraph under it, a reader's remarks after the speech, a reaction bar, a document site's
// numbered 温馨提示, a 推广 card framed by its labels, a sponsor's line, a star rating over the text, a 简报's other news
// after a speech closed by the recording note, a transcript's AI summary and 待办事项, an e-book reader's comments,
// section ends and sample chapters, an intranet's head printed again over its second page, a browser's image marker of
// an advert. Each line they drop was a block before; the guards keep a speech's own lines of the same look.

describe("a picture's place and its caption", () => {
  it("drops an app's prompt where a picture was", () => {
    expect(oneSpeechTexts(countySpeechWith("打开澄江日报 查看高清图片"))).toEqual(COUNTY_SPEECH_BLOCKS);
  });

  it("drops a caption credited to an office under [图片], not gluing it to the paragraph below", () => {
    const page = [
      ...COUNTY_SPEECH_HEAD,
      "二、抓好排查",
      "[图片]",
      "6月3日，城关镇防汛应急演练现场。（城关镇应急办供图）",
      COUNTY_CHECK,
      "三、压实责任",
      COUNTY_DUTY,
      COUNTY_CLOSING,
    ];
    expect(oneSpeechTexts(page)).toEqual(COUNTY_SPEECH_BLOCKS);
  });

  it("drops a browser's image marker of an advert under its 广告 label", () => {
    expect(oneSpeechTexts(countySpeechWith("[广告]", "[图像: 南湖驾校 暑期学车 最快十五天拿证]"))).toEqual(
      COUNTY_SPEECH_BLOCKS,
    );
  });

  it("keeps a speaker's words on pictures, credits and 图像", () => {
    const own = [
      "打开“平安城关”小程序，可以查看全县隐患点的现场图片。",
      "各乡镇报送的演练照片，一律注明拍摄单位（如“城关镇应急办供图”），县里统一汇编。",
      "要用好视频监控，把重点部位的图像实时传到县指挥中心。",
    ];
    const texts = textsOf(countySpeechWith(...own)).join("");
    for (const t of own) expect(texts).toContain(t);
  });
});

describe("what a reader adds after the speech", () => {
  it("drops a reader's remarks under 读后… after the closing, numbered points and all", () => {
    const page = [
      ...COUNTY_SPEECH,
      "",
      "读后三点感想",
      "",
      "1. 层次清楚。先讲形势，再讲排查，最后讲责任，一看就懂。",
      "2. 数据扎实。每一项都有时限和对象，基层拿去就能用。",
      "3. 收尾利落。一句话收住，不拖泥带水。",
    ];
    expect(oneSpeechTexts(page)).toEqual(COUNTY_SPEECH_BLOCKS);
  });

  it("drops a reaction bar between the document's paragraphs", () => {
    const page = countySpeechWith("觉得写得好？点个赞  👍 25  |  👎 1  |  ★ 收藏  |  ⚑ 举报");
    expect(oneSpeechTexts(page)).toEqual(COUNTY_SPEECH_BLOCKS);
  });

  it("drops a reader's comment with its likes and replies, a section's end and a sample chapter's line", () => {
    const second = [
      "在全镇防汛工作会议上的讲话",
      "镇长　李明",
      "同志们：",
      "汛期将至，各村要立即开展一次山塘水库和地质灾害隐患点排查，发现问题立即整改，确保安全度汛。",
      "同志们，防汛工作责任重大，希望大家守土尽责，确保群众生命财产安全。",
    ];
    const page = [
      "第二章　县级篇（试读）",
      ...COUNTY_SPEECH_HEAD,
      "书友·江上清风：这段讲形势讲得实在，我们县也是这个情况。（赞 12 · 回复 3）",
      ...COUNTY_SPEECH_REST,
      "",
      "—— 本节完 ——",
      "",
      "第三章　乡镇篇（试读）",
      ...second,
    ];
    const speeches = speechesOf(page);
    expect(speeches).toHaveLength(2);
    expect(speeches[0]!.blocks.map((b) => b.text)).toEqual(COUNTY_SPEECH_BLOCKS);
    expect(speeches.flatMap((s) => s.blocks.map((b) => b.text)).join("")).not.toMatch(/书友|本节完|试读/);
  });

  it("keeps the speaker's words on readers, comments and sample copies", () => {
    const own = [
      "读后几点体会要写实，不要空对空，这次学习交流会上大家都要发言。",
      "网友“江上清风”留言说，外包队伍要管起来，这条留言点赞的有一百多人。",
      "第二章第三节（试读本）已经印发各乡镇，请各乡镇组织干部职工认真学习，月底前报送学习情况。",
    ];
    const texts = textsOf(countySpeechWith(...own)).join("");
    for (const t of own) expect(texts).toContain(t);
  });
});

describe("a document site's notices, cards and ratings", () => {
  it("drops a 温馨提示 over numbered notices on the document and the platform", () => {
    const page = [
      ...COUNTY_SPEECH,
      "",
      "温馨提示：",
      "1. 本文档共5页，以上为前2页的预览，下载后可查看全部内容。",
      "2. 本平台收取的是文档分享服务费，购买不代表获得该文档的著作权。",
      "3. 如认为文档侵犯了您的权益，请联系客服提交版权投诉。",
    ];
    expect(oneSpeechTexts(page)).toEqual(COUNTY_SPEECH_BLOCKS);
  });

  it("keeps a host's 温馨提示 over the meeting's own reminders", () => {
    const own = ["1. 会后请各乡镇主要负责同志留下，研究下周检查的分工。", "2. 散会时请从东侧楼梯有序离场。"];
    const texts = textsOf([...COUNTY_SPEECH, "", "温馨提示：", ...own]).join("");
    for (const t of own) expect(texts).toContain(t.replace(/\s+/g, ""));
  });

  it("drops a 推广 card framed by its label above and below it", () => {
    const page = countySpeechWith("▼ 推广 ▼", "秋季机关公文写作特训营报名中，前30名赠送讲话稿素材包 >>", "▲ 推广 ▲");
    expect(oneSpeechTexts(page)).toEqual(COUNTY_SPEECH_BLOCKS);
  });

  it("drops a sponsor's line under its label", () => {
    const page = countySpeechWith("—— 赞助链接 ——　消防器材批发，厂家直供，全国包邮，咨询热线 400-820-6617");
    expect(oneSpeechTexts(page)).toEqual(COUNTY_SPEECH_BLOCKS);
  });

  it("keeps a speech that speaks of 推广 and of sponsors' links", () => {
    const own = [
      "推广",
      "全县要推广“安全积分”做法，让职工主动报告身边的隐患。",
      "有的网站挂着“赞助链接”卖假冒灭火器，市场监管部门要依法查处。",
    ];
    const texts = textsOf(countySpeechWith(...own)).join("");
    expect(texts).toContain(own[1]);
    expect(texts).toContain(own[2]);
  });

  it("does not take a star rating with its score for the speech's title", () => {
    // The page's own title line is gone (a site's badge beside it made it an ad's): the rating was read as the title.
    const page = ["★★★★☆ 4.7分（会员评分）｜本文标签：安全生产  县长讲话", "", "县长　王启明", "2024年5月8日", ""];
    const speeches = speechesOf([...page, ...COUNTY_SPEECH.slice(2)]);
    expect(speeches).toHaveLength(1);
    expect(speeches[0]!.title ?? "").not.toContain("★");
    expect(speeches[0]!.blocks.map((b) => b.text)).toEqual(COUNTY_SPEECH_BLOCKS);
  });

  it("tells a rating, a menu bar, a search box and a user bar by their shape, wherever they stand", () => {
    // A line read as a wrapped piece of a sentence (inProse) or as a title (protected) is judged too.
    expect(lineNoiseReason("★★★★★ 4.9分（126人评价）｜标签：安全生产 讲话", true, false)).not.toBeNull();
    expect(lineNoiseReason("首页|工作总结|讲话致辞|心得体会|述职报告|会员中心", false, true)).not.toBeNull();
    expect(lineNoiseReason("搜一搜：请输入标题或关键词[搜索]", false, true)).not.toBeNull();
    expect(lineNoiseReason("欢迎您，办公室王芳|待办事项（3）|修改密码|安全退出", false, true)).not.toBeNull();
  });

  it("keeps a speech's own star ratings and its line about the home page", () => {
    expect(lineNoiseReason("★★★ 三星级企业12家", false, false)).toBeNull();
    expect(lineNoiseReason("首页要放安全提示", false, false)).toBeNull();
  });
});

describe("a 简报's news after a speech that the recording note closes", () => {
  const briefing = (...afterSpeech: string[]) => [
    "澄江县安全生产简报",
    "2024年第5期",
    "",
    "【领导讲话】",
    "",
    COUNTY_TITLE,
    "县长　王启明",
    "（2024年5月8日）",
    "各位乡镇长、各位企业负责人：",
    COUNTY_OPENING,
    "一、认清形势",
    COUNTY_SITUATION,
    ...COUNTY_SPEECH_REST.slice(0, -1),
    "各位企业负责人，安全生产责任重于泰山。希望大家以高度负责的态度，扎实抓好各项工作。",
    ...afterSpeech,
    "",
    "【工作动态】",
    "",
    "城关镇开展防汛应急演练",
    "5月6日，城关镇组织200余名干部群众开展防汛应急演练，检验了预案的可操作性。",
    "",
    "河口乡排查经营性自建房",
    "5月7日，河口乡对辖区68栋经营性自建房逐栋排查，发现隐患11处，已整改9处。",
  ];

  it("drops the note and the other column's items", () => {
    const texts = textsOf(briefing("", "（县政府办公室根据录音整理，已经本人审阅）")).join("");
    expect(texts).not.toMatch(/根据录音整理|防汛应急演练|经营性自建房/);
    expect(texts).toContain("各位企业负责人，安全生产责任重于泰山。");
  });

  it("keeps a speech that speaks of its recording", () => {
    const own = "会议全程录音，会后由县政府办公室根据录音整理成纪要，印发各乡镇。";
    expect(textsOf(countySpeechWith(own)).join("")).toContain(own);
  });
});

describe("a meeting transcript's AI panels", () => {
  const chunk = (speaker: string, time: string, text: string) => ["", `${speaker}　${time}`, text];
  const transcript = (...panels: string[]) => [
    "王启明县长在全县安全生产工作会议上的讲话",
    "录音时长：00:21:40",
    "",
    ...panels,
    "",
    "【转写全文】",
    ...chunk("发言人1", "00:00:03", "好，我们开会了。下面请王县长讲话。"),
    ...chunk("发言人2", "00:00:20", COUNTY_OPENING + COUNTY_SITUATION),
    ...chunk("发言人2", "00:03:12", COUNTY_CHECK),
    ...chunk("发言人2", "00:06:40", COUNTY_DUTY + COUNTY_CLOSING),
    ...chunk("发言人1", "00:09:02", "好，散会。"),
  ];

  it("drops the AI summary and the to-do list under their bracketed labels", () => {
    const page = transcript(
      "【智能摘要】",
      "会议由县政府办公室主任主持。县长围绕安全生产作部署，要求开展隐患排查并压实党政责任。",
      "【待办事项】",
      "□ 5月20日前各乡镇上报隐患台账（负责人：县应急局）",
      "□ 各乡镇明确一名安全专干",
    );
    const texts = textsOf(page).join("");
    expect(texts).not.toMatch(/会议由县政府办公室主任主持|上报隐患台账|安全专干/);
    expect(texts).toContain(COUNTY_CHECK);
  });

  it("keeps a speech's own 待办事项 when no transcript surrounds it", () => {
    const own = ["【待办事项】", "□ 5月20日前各乡镇上报隐患台账", "□ 各乡镇明确一名安全专干"];
    const texts = textsOf(countySpeechWith(...own)).join("");
    expect(texts).toContain("5月20日前各乡镇上报隐患台账");
  });
});

describe("an intranet's head printed again over its second page", () => {
  it("drops the portal's name, menu and headline again after the page numbers in brackets", () => {
    const head = ["澄江集团有限公司 · 内部门户", "首页 | 集团新闻 | 通知公告 | 规章制度 | 办公系统", ""];
    const headline = "澄江集团召开一季度安全生产调度会";
    const page = [
      ...head,
      "当前位置：首页 > 集团新闻",
      "",
      headline,
      "",
      ...COUNTY_SPEECH_HEAD,
      "〔第 1 页 / 共 2 页〕  [下一页]",
      "",
      "（第2页）",
      "",
      ...head,
      "当前位置：首页 > 集团新闻",
      "",
      headline,
      "〔第 2 页 / 共 2 页〕  [上一页]",
      "",
      ...COUNTY_SPEECH_REST,
    ];
    const texts = textsOf(page);
    expect(texts.join("")).not.toMatch(/内部门户|调度会|集团新闻/);
    expect(texts).toEqual(expect.arrayContaining(COUNTY_SPEECH_BLOCKS));
  });
});
