// What the authored-pages test (tests/unit/authored-pages.test.ts) expects beyond the goals: the sets fixed in part,
// the noise strings still inside a block, and the pages whose speeches miss a gold title, each with its reason.

/** Sets scored blind and fixed in part (README): what was measured after their fixes, as bounds. */
export const FIXED_IN_PART: Record<
  string,
  { pages: number; noiseLeak: number; speechCount: number; retained: number }
> = {
  set4: { pages: 10, noiseLeak: 0.045, speechCount: 1, retained: 1 },
  // Page 07 lost its bytes to a wrong decoder and a replacement character: its text cannot come back (README).
  set6: { pages: 10, noiseLeak: 0.05, speechCount: 1, retained: 0.9 },
  // set17/04: in a chat export, a member's thanks without a sender line of its own, and the poster's note after the
  // speech's closing, read as the speech's text.
  set17: { pages: 10, noiseLeak: 0.015, speechCount: 1, retained: 1 },
  // set22/09: a 实施方案 printed after the speech, which its writer (asked to) counted as a unit of its own and
  // the miner removes as the speech's attachment, as set 6's writer labelled one (README).
  set22: { pages: 10, noiseLeak: 0.005, speechCount: 0.9, retained: 0.89 },
  // set45/03: a 范文（三） that a paywall hides after its opening, which its writer kept as a cut speech and the miner
  // drops as the site's teaser (as set 22's writer labelled one).
  set45: { pages: 10, noiseLeak: 0, speechCount: 0.9, retained: 0.985 },
  // set48/10: two replies quote a line of the speech (…现场监护……), which its writer listed as noise: the quote's
  // words are the speech's own. 09: a Word page's footnote mark (25%[1]) stays in its sentence.
  set48: { pages: 10, noiseLeak: 0.005, speechCount: 1, retained: 0.993 },
  // set50/07: an office's print with a table of figures inside the speech, which its writer listed as noise; kept on
  // purpose, as set13/05's (a speech's own figures are its text).
  set50: { pages: 10, noiseLeak: 0.066, speechCount: 1, retained: 1 },
  // set51/09: a meeting file's 主持词, which its writer counted as noise and the miner reads as a speech of its own
  // (a 主持词 is a genre the library keeps, as the earlier sets' writers labelled theirs).
  set51: { pages: 10, noiseLeak: 0.054, speechCount: 0.9, retained: 1 },
  // set52/01: a 发言材料汇编 whose last two 表态发言 are headed by their unit alone (县交通运输局：), read as the
  // third speech's last paragraphs; its page number — 10 —, removed, counts as a leak since the scorer finds its
  // digits inside a sentence's 100%.
  set52: { pages: 10, noiseLeak: 0.008, speechCount: 0.9, retained: 0.995 },
  // set57/04: a 公众号's lead quotation above the speech (“专项整治不是一阵风，要一抓到底。”), which paraphrases a
  // sentence of it and stays; 03: a preview's last three characters (并逐级), cut alone on their line, go with it.
  set57: { pages: 10, noiseLeak: 0.005, speechCount: 1, retained: 0.993 },
  // set64/04: a company paper's masthead printed again inside a paragraph at its page break, a photo's caption split
  // over two lines above its credit; 07: a 公众号 headline that pandoc made a Heading 1, read as a first speech.
  set64: { pages: 10, noiseLeak: 0.046, speechCount: 0.9, retained: 1 },
  // set67/03: a table of figures inside the speech with its caption 表1　…, which its writer listed as noise; kept on
  // purpose, as set13/05's and set50/07's (a speech's own figures are its text).
  set67: { pages: 10, noiseLeak: 0.088, speechCount: 1, retained: 1 },
  // set74/08: a 纪委 site's 廉政 banner line; 04: its bulleted 提纲's entries and 07: its banner's theme, removed, whose
  // words the speech's headings and sentences say (the scorer finds them inside).
  set74: { pages: 10, noiseLeak: 0.026, speechCount: 1, retained: 1 },
  // set83/04: a blog's 文章目录, removed, whose entries are the speech's headings behind the bullets (• ◦ ▪) the
  // scorer drops; 10: the village secretary's short answer to a villager between his messages in a chat export.
  set83: { pages: 10, noiseLeak: 0.025, speechCount: 1, retained: 1 },
  // set85/10: its writer kept a Markdown export's ** bold in his labels, which the miner takes out (retained 0.944);
  // 03: two slides' bullets and 09: an OA 公告's 各部门、各车间：, removed, whose words the speech says.
  set85: { pages: 10, noiseLeak: 0.007, speechCount: 1, retained: 0.944 },
  // set86/06: a page without line breaks, whose writer listed its 同志们： as noise (the validator lets no line stand
  // partly labelled); the scorer finds it in the closing's 同志们，.
  set86: { pages: 10, noiseLeak: 0.006, speechCount: 1, retained: 1 },
  // set91/09: a Big5 page whose writer listed its 老師們、同志們： as noise (the validator reads Simplified salutations
  // only); the scorer finds it in the closing's 老师们，同志们，.
  set91: { pages: 10, noiseLeak: 0.005, speechCount: 1, retained: 1 },
  // set94/08: a shared document's sidebar 目录, its entries cut short (看清形势，把握安全生产的主…), removed; the scorer
  // finds each entry, its … dropped, in the heading it abbreviates.
  set94: { pages: 10, noiseLeak: 0.023, speechCount: 1, retained: 1 },
  // set95/05: a reply's quote of the speech, removed, whose writer ended it in " ..."; the scorer drops the dots and
  // finds the rest in the speech's own paragraph (as set94/08's sidebar).
  set95: { pages: 10, noiseLeak: 0.004, speechCount: 1, retained: 1 },
  // set96/02: a 公报's page number · 10 ·, removed, whose digits the scorer finds in the speech's 10·3; 06: an online
  // document's outline panel, removed, whose entries cut short with … are the starts of the speech's own headings.
  set96: { pages: 10, noiseLeak: 0.018, speechCount: 1, retained: 1 },
  // set97/03: a 微博 tag #安全生产月#, cut, whose words the speech itself says.
  set97: { pages: 10, noiseLeak: 0.004, speechCount: 1, retained: 1 },
  // set98/06: a Traditional 同志們：, listed as noise, whose words open the closing's sentence; 10: a feed's HTML
  // entities (&ldquo; &nbsp;), which its writer kept in the text and the miner decodes.
  set98: { pages: 10, noiseLeak: 0.004, speechCount: 1, retained: 0.962 },
  // set99/10: a reply's quote ending " ...", removed, whose words open a paragraph of the speech (as set59/05's).
  set99: { pages: 10, noiseLeak: 0.003, speechCount: 1, retained: 1 },
  // set100/05: a template site's 文档目录 sidebar (▪ 一、…), removed, whose entries are the speech's headings behind
  // the bullet the scorer drops (as set83/04's).
  set100: { pages: 10, noiseLeak: 0.029, speechCount: 1, retained: 1 },
  // set102/10: a table of figures inside the speech with its caption 表1　…, which its writer listed as noise; kept on
  // purpose, as set13/05's, set50/07's and set67/03's (a speech's own figures are its text).
  set102: { pages: 10, noiseLeak: 0.039, speechCount: 1, retained: 1 },
  // set107/02 and 03: pages without a line of their own for the salutation, whose writer listed 同志们： as noise (as
  // set86/06's); the scorer finds it in the closing's 同志们，.
  set107: { pages: 10, noiseLeak: 0.011, speechCount: 1, retained: 1 },
  // set108/05: a shared doc's 目录 pane, removed, whose entries cut off with … are the starts of the speech's own
  // headings; 08: a converter's Traditional originals, removed, which the scorer folds into the Simplified text kept.
  set108: { pages: 10, noiseLeak: 0.063, speechCount: 1, retained: 1 },
  // set109/05: a recording's copy whose writer kept （掌声） and 【此处录音不清】 inside the paragraphs, which the miner cuts
  // as 现场记录 and as a transcriber's note (every other writer listed them as noise).
  set109: { pages: 10, noiseLeak: 0, speechCount: 1, retained: 0.977 },
  // set111/10: 同志们： glued to the title, listed as noise, found by the scorer in the closing's 同志们， (as set107's).
  set111: { pages: 10, noiseLeak: 0.005, speechCount: 1, retained: 1 },
  // set113/06: a 文库 page's counters 1 / 4 and 2 / 4, removed, whose digits the scorer finds in the speech's 21.4% and
  // 24小时 (as set52/01's page number).
  set113: { pages: 10, noiseLeak: 0.011, speechCount: 1, retained: 1 },
  // set115/09: page numbers - 12 - and - 14 -, cut from the lines they were glued to, whose digits the scorer finds in
  // the speech's 1.2万 and 14起 (as set113/06's).
  set115: { pages: 10, noiseLeak: 0.014, speechCount: 1, retained: 1 },
  // set116/08: a draft's deleted paragraph and words (删除线 lost in the text copy), which nothing marks as deleted; 07:
  // two 要… tasks a fixed-width booklet ran together (no shape tells them from one point's two sentences).
  set116: { pages: 10, noiseLeak: 0.026, speechCount: 1, retained: 0.993 },
  // set119/09: its writer kept the HTML entities (&ldquo;) in the gold text, which the miner decodes.
  set119: { pages: 10, noiseLeak: 0, speechCount: 1, retained: 0.972 },
  // set120: three 范文 sites' ads for writing services (辅导/速成班/定制 with a hotline or WeChat), whose words are a safety
  // speech's own (一对一帮扶, 咨询热线): the rule for them took headings and titles and was removed. Its ▸ contents lines
  // and 07's stage directions are removed, and 09's banner, but the scorer finds their words in the speech's own text.
  set120: { pages: 10, noiseLeak: 0.052, speechCount: 1, retained: 1 },
  // set121/06: a portal's banner slogan between two points, which no shape tells from a speech's own saying or part heading.
  set121: { pages: 10, noiseLeak: 0.006, speechCount: 1, retained: 1 },
  // set122/08: a table of the speech's own figures, kept on purpose (as set13/05's); 02's ▸ outline lines, removed, whose
  // words the scorer finds in the headings.
  set122: { pages: 10, noiseLeak: 0.048, speechCount: 1, retained: 1 },
  // set123/06: a 公众号's 36人划线 mark between two sentences of a paragraph.
  set123: { pages: 10, noiseLeak: 0.006, speechCount: 1, retained: 1 },
  // set124/01: a 范文 site's ▶ call (…点这里免费领取《…》) between two paragraphs, whose only evidence beside its pointer is
  // words a speech uses: a rule for it took a speech's own ▶ points and was narrowed to calls among the page's chrome.
  set124: { pages: 10, noiseLeak: 0.006, speechCount: 1, retained: 1 },
  set125: { pages: 10, noiseLeak: 0, speechCount: 1, retained: 1 },
  // set126/05: one injected 【…】 search phrase that does not end in a genre word (…责任追究), which a speech's own
  // campaign names in 【】 look like; only those ending in 讲话/发言/致辞… are cut.
  set126: { pages: 10, noiseLeak: 0.005, speechCount: 1, retained: 0.993 },
  // set127/07: a 图为 caption dropped into the middle of a sentence, with no mark where it ends.
  set127: { pages: 10, noiseLeak: 0.006, speechCount: 1, retained: 1 },
  set128: { pages: 10, noiseLeak: 0, speechCount: 1, retained: 1 },
  set129: { pages: 10, noiseLeak: 0, speechCount: 1, retained: 1 },
  set130: { pages: 10, noiseLeak: 0, speechCount: 1, retained: 1 },
  // set131/02: a site's watermark (笔墨范文网 bimofw.com) inside a sentence, cut but for the name's first two characters.
  set131: { pages: 10, noiseLeak: 0, speechCount: 1, retained: 0.994 },
  set132: { pages: 10, noiseLeak: 0, speechCount: 1, retained: 1 },
  // set133/04: a Word file's table of the month's figures inside the speech, kept on purpose (as set13/05's); 10: page
  // numbers ·23· and ·25·, removed, whose digits the scorer finds in the speech's 23座 and 25% (as set113/06's).
  set133: { pages: 10, noiseLeak: 0.058, speechCount: 1, retained: 1 },
  set134: { pages: 10, noiseLeak: 0, speechCount: 1, retained: 1 },
  // set135/09: a phone's voice typing glued two pairs of paragraphs with no space or stop at the join.
  set135: { pages: 10, noiseLeak: 0, speechCount: 1, retained: 1 },
  set136: { pages: 10, noiseLeak: 0, speechCount: 1, retained: 1 },
  set137: { pages: 10, noiseLeak: 0, speechCount: 1, retained: 1 },
  set138: { pages: 10, noiseLeak: 0, speechCount: 1, retained: 1 },
  set139: { pages: 10, noiseLeak: 0, speechCount: 1, retained: 1 },
  set140: { pages: 10, noiseLeak: 0, speechCount: 1, retained: 1 },
  set141: { pages: 10, noiseLeak: 0, speechCount: 1, retained: 1 },
  set142: { pages: 10, noiseLeak: 0, speechCount: 1, retained: 1 },
  set143: { pages: 10, noiseLeak: 0, speechCount: 1, retained: 1 },
  set144: { pages: 10, noiseLeak: 0, speechCount: 1, retained: 1 },
  set145: { pages: 10, noiseLeak: 0, speechCount: 1, retained: 1 },
  set146: { pages: 10, noiseLeak: 0, speechCount: 1, retained: 1 },
  set147: { pages: 10, noiseLeak: 0, speechCount: 1, retained: 1 },
  // set148/07: a portal's name pasted twice inside sentences and nowhere in its head or foot (榆川消防网).
  set148: { pages: 10, noiseLeak: 0.004, speechCount: 1, retained: 1 },
  set149: { pages: 10, noiseLeak: 0, speechCount: 1, retained: 1 },
  // set150: scored blind at the session's end and not fixed (its README): 07's 相关信息 box after the speech.
  set150: { pages: 10, noiseLeak: 0.014, speechCount: 1, retained: 1 },
};

// Listed as noise by the pages' writer, and still inside a block, for reasons given here.
export const KNOWN_LEAKS = [
  // In the sets' order (set1, set10, …, set14, set2, …), as the pages are read.
  // set104/08: a reply's quotation of the speech, removed, cut off by the forum with " ..." (as set59/05's).
  "今天召开全镇安全生产暨森林防火工作会议，主要任务是传达县安委会第一次全体会议精神，总结去年工作，安排部署今年特别是春季的安全生产和森 ...",
  // set13/05: a table of the quarter's figures inside the speech, which its writer listed as noise. Kept on
  // purpose: a speech's own figures are its text (tab-cells.ts leaves tables of figures alone).
  "单位\t检查次数\t隐患数\t整改率",
  "城东街道\t46\t128\t92.2%",
  "城西街道\t38\t97\t88.7%",
  "××镇\t52\t164\t85.4%",
  "××工业园区\t61\t203\t90.9%",
  "合计\t197\t592\t89.2%",
  // set27/06: a filler word the writer listed as noise (这个，) where a recording's transcript left it in the
  // leader's words; the same two characters stand in many sentences.
  "这个，",
  // set3/03: an advert phrased as a question (？) with a number in it; no rule or evidence of ours reads it as noise.
  "🔥新房装修多少钱？输入面积，3秒免费获取报价 ▶",
  // set3/05: a summary cut off after the opening's first words: the opening itself holds it, so it "leaks" always.
  "今天，我们召开全市工贸行业粉尘防爆专项整治部署会，主要任务是深刻汲取……",
  // set43/02: a 公众号's one ▲ caption with no sign of a picture; a lone ▲ line naming people may be a speech's point.
  "▲社区工作人员夜查楼道里停放的电动车",
  // set56/07: a text box quoting the speech, removed with its source, whose quotation the speech itself says; 09: a
  // table cell 区应急管理局, removed with its table, which the speech's opening names. The scorer finds both inside.
  "“决不能用工人的生命换取工程的进度”",
  "区应急管理局",
  // set59/05: two replies' quotations of the speech, removed, cut off by the forum with " ..." (the scorer drops the
  // dots and finds the words in the speech).
  "要用好动态监控平台，对超速、疲劳驾驶、接打手机等违规行为实时提醒、及时纠正，每周汇总分析一次报警数据 ...",
  "同志们，安全是企业最大的效益，也是职工最大的福利 ...",
  // set61/01: a lynx link number, cut, whose digits the scorer finds in the speech's 2022年; 10: a menu's item,
  // removed, whose words 预警信息 the speech's own sentence says.
  "[22]",
  "-   预警信息",
  // set72/08: a reply's quotation of the speech, removed, cut off by the forum with …… (as set59/05's).
  "要立即组织一次汛前安全大排查。重点排查山塘水库、地质灾害隐患点……",
  // set82/08: a reply's quotation of the speech, removed, cut off by the forum with ... (as set59/05's).
  "安全这个事，说到底是责任落没落实。我还是那句老话...",
  // set84/10: a page number, removed, whose digits the scorer finds in the speech's 11月 (as set52/01's).
  "— 11 —",
  // set88/06: a .docx's table of the year's accidents inside the speech and its caption, which its writer listed as
  // noise. Kept on purpose, as set13/05's (a speech's own figures are its text).
  "表1　2023年全县生产安全事故分类统计",
  "事故类别",
  "起数（起）",
  "死亡（人）",
  "同比增减（起）",
  "道路运输类",
  "工矿商贸类",
  "其他行业类",
  // set88/10: an ad's one line under 廣告 with no button, between two paragraphs; a speech's own 广告 labels a
  // section over a measure naming its day just so (a review of 65a44b9), so no rule takes it.
  "澳門冬日美食嘉年華　一月二十六日至二月四日　濠畔會展中心見",
  // set89/03: a reply's ": " quotation of the speech, removed, whose words are the speech's (as set59/05's); 07: a
  // footnote mark, cut, whose digits the scorer finds in the speech's own 12.
  ": 去年发生实验室安全事件3起：一起是烘箱温控失灵引发冒烟，一起是学生违规倾倒废",
  ": 液导致管道腐蚀泄漏，还有一起是氢气钢瓶减压阀松动漏气。所幸处置及时，没有造成",
  "[12]",
];

/** The pages (file names, in the sets' order) one of whose gold titles no speech carries.
 * set17/03: a school's slogan headline (防火又防险　平安伴我行) over a 国旗下讲话 reads as the page's, not the speech's.
 * set19/03: its writer kept the collection's ordinal (篇一：在全镇…表态发言), which the miner drops on purpose.
 * set22/09: its 实施方案, removed as the speech's attachment, keeps no title of its own. set40/02: a portal's
 * headline 县长×××在…上的讲话, kept whole as printed (as earlier sets' writers labelled it); its writer left the
 * speaker out, as did set41/05's for its 县委书记×××在…上的讲话 and set42/02's and 03's. Set 43's writers were
 * asked to leave the speaker out (区长周海涛在…, 王书记在…, 校长在…: kept whole); set43/10's answer prints no
 * title, and its writer made one up from the first sentence.
 */
export const MISSED_TITLE_FILES = [
  // set107/02: a page on one line whose headline 副区长…在…讲话 is kept as the fuller title (as set66/06's below).
  "02.txt",
  // set119/09: its writer kept the entities as &ldquo; (the miner reads them as “).
  "09.txt",
  // set120/08: a 表态发言 headed 乡镇党委书记在…表态发言, kept whole as the fuller title (as set40/02's).
  "08.txt",
  // set143/06: a portal's headline holds the main title and its ——在全省…的讲话 subtitle stands below the info bar;
  // the miner titles the speech by the headline alone, its writer by the two joined.
  "06.txt",
  "03_school-flag-talk-fire-traffic.txt",
  "03_fanwen-biaotai-5pian-big5.txt",
  "09_township-gas-plan.html",
  "10_heat_interview_bilingual.txt",
  "02.html",
  "05.html",
  "02.txt",
  "03.txt",
  "01.html",
  "02.txt",
  "03.txt",
  "05.txt",
  "06.html",
  "07.txt",
  "08.txt",
  "10.txt",
  // set45/03: its paywalled 范文（三）'s title goes with the teaser (above).
  "03.txt",
  // set52/01: its two units' titles (above); 05: its writer took the 纪要's headline for the speech's title.
  "01.txt",
  "05.txt",
  // set54/02: a village's …“大喇叭”广播稿 (a line ending 广播稿 is as often a sentence's wrapped half).
  "02.txt",
  // set59/08: a transcript's recording headline (…部署会), which its writer took for the speech's title.
  "08.txt",
  // set66/06: a page on one line, whose site headline (镇长在…讲话) stands apart from the speech's own title by
  // nothing but spaces, and is kept as the fuller title.
  "06.txt",
  // set86/06: the same (县委副书记在…讲话 run into the speech's own title by spaces).
  "06.txt",
];
