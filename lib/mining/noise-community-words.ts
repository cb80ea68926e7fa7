// What Q&A sites, forums and readers' pages write around a text they share: the asker's plea and the answer's
// badges, a reader's thanks and an author's appeal, a forum's floors, signatures and replies. Whole-line patterns,
// judged by lineNoiseReason (noise-line-rules.ts) with the length and sentence limits it sets.
/** A post's date and time as forums and comment boxes print it (2024-4-18 21:40, 2010-07-20 09:02:10): a source to
 *  build the rules that read stamped lines with. */
export const POST_TIME = String.raw`\d{4}[-/.]\d{1,2}[-/.]\d{1,2}\s+\d{1,2}:\d{2}(?::\d{2})?`;
/** An answerer's sign-off under the text he gave, a line of nothing else: 以上，纯手打不易，望采纳。有不明白的可以追问。,
 *  码字不易，求采纳, 有疑问欢迎追问. It must hold his word (望/求采纳, 手打, 追问): a speech's 以上建议，请采纳。 has none. */
const ANSWER_SIGNOFF_RE =
  /^(?=.*(?:[望求]采纳|手打|追问))(?:(?:以上|纯?手打(?:不易)?|(?:码字|原创|打字)不易|[望求]采纳|(?:如|若)?有(?:不明白|不懂|不清楚|疑问|问题)的?(?:地方)?(?:可以|欢迎|请|再)?追问)[，,、。！!~～\s]*)+$/;
/** A Q&A site: the asker's plea, the answer's badges and the reader's thanks; an answerer's bracketed word to the asker
 *  inside the text (【题主注意：…】); his sign-off. */
const QA_WORDS_RE =
  /求大神|求一篇|跪求|有没有好心人[^。！？“”"]{0,6}(?:参考|一份|一篇|分享)|^邀请更多人回答$|^悬赏\s*\d{1,5}\s*(?:财富值|金币|C币)$|帮忙写(?:一篇|个)|^最佳答案|我有更好的答案|^其他(?:\d{1,3}条)?回答|\d+\s*个回答$|点个采纳|采纳一下|^(?:纯手打[，,、]?)?(?:有用的话|满意的话|觉得有用|如果有用)[，,]?(?:望|请|求)采纳[，,！!。~～]*(?:谢谢[！!。~～]*)?$|^已采纳$|^同问(?:[，,。！!]|$)|^追问[：:]|^追答[：:]|在线等[！!]*$|先谢过|感激不尽|[哪各请]位大神|大神们|被提问者采纳|^采纳率(?:[：:]|\s*\d{1,3}(?:\.\d)?\s*%\s*(?:获赞|粉丝|回答|关注|帮助))|^已帮助[\d.]+万?人$|^我来回答$|^擅长领域[：:]|^(?:有帮助|没帮助)\s*(?:[（(]\d{1,6}[)）])?$|对这个回答的评价|^本回答由.{0,12}(?:推荐|采纳)|^提问者[：:].{0,30}(?:\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|悬赏|积分|财富值|浏览)|^[【\[（(](?:题主|楼主)(?:请?注意|提醒)?[：:，,][^】\]）)]{2,80}[】\]）)]$/;
export const QA_RE = new RegExp(`${QA_WORDS_RE.source}|${ANSWER_SIGNOFF_RE.source}`);
/** An answer's byline: the time of answering set off at the end of the answerer's line (…　回答于 2024-09-26 21:17); a
 *  speech's 已书面回答于2024年6月30日 runs on in its sentence. */
export const ANSWERED_AT_RE = /(?:^|\s)回答于\s*\d{4}[-/.]\d{1,2}[-/.]\d{1,2}(?:\s+\d{1,2}:\d{2})?$/;
/** An answer's preface to the speech it wrote for the asker: 帮你写了一篇，按镇长的口吻…，数据你按你们镇的改; 给你一篇我们
 *  镇上用过的，地名和数字自己改改就能用：; 以下供参考，具体数字按你们县的实际情况改： (the last three only as a line
 *  introducing what follows, ending there: a speech says 给你一篇总结材料，… and 以为自己改改就能用。); the asker told
 *  to adapt it (…你结合自家情况改改，供参考：, 楼主自己按实际调整一下：), never 你们, in a line leading into what follows
 *  that speaks of the text handed over (稿, 这篇, 写的, 能用: a speech's 你的预案哪怕只改一下，…： hands nothing over). */
export const ANSWER_PREFACE_RE =
  /(?:帮|替|给)你(?:写|找|整理)了?|^给你(?:一|1)(?:篇|段|份)[^。！？!?]*[：:]$|按[^，。]{1,10}的?口吻|供你参考|你按你们|按你们[^，。！？]{1,3}的?实际(?:情况)?改[：:]?$|(?:自己|你)改改就(?:能用|行)[：:]$|^(?=.*(?:稿|这篇|这段|这份|写的|用过|供参考|能用|再用)).*?(?:你|楼主)(?!们)[^。！？，,]{0,12}(?:改改|改一下|调整一下)[^。！？]{0,10}[：:]$|贴不(?:全|下)[^。！？]{0,16}评论(?:区|里)?(?:补|续|贴)|分[两三四五六2-6]楼(?:发|贴)完?(?![\u4e00-\u9fff])/;
/** A site's appeal to its reader (如果这篇材料对您有帮助，欢迎打赏支持作者; 需要word版的评论区扣1，我私信发你; a 简书
 *  page's 小礼物走一走，来简书关注我, 还没有人赞赏，支持一下, 更多精彩内容，就在简书APP; a comment box's 写评论，说说你的
 *  看法…, which trails off where a 主持词's 请…说说您的看法。 ends; a poster's 觉得有用的顶一下 / 帮忙顶顶, a forum's
 *  word for bumping his thread): a speech asks nothing of a reader. A plea for a like (觉得有用的话点个赞) is left to
 *  its place at the page's end (noise-reader-pleas.ts): a speaker may ask his hearers to like what was of use. */
export const READER_APPEAL_RE =
  /对您有所?帮助|(?:打赏|赞赏)(?:支持|一下|作者)|支持(?:一下)?(?:作者|小编)|(?:点赞|在看|转发)(?:支持|鼓励)|欢迎(?:在)?评论区|评论区扣\s*\d|评论区见(?!缝)|私信(?:发|给)你|需要\s*[Ww][Oo][Rr][Dd]\s*版的?[^。，,]{0,6}(?:评论区|私信|留言)|小礼物走一走|还没有人赞赏|^(?=.{2,24}$)(?:写|写下|留下|添加)(?:一条|点)?(?:你|您)?的?(?:评论|留言)(?:[^。！？!?]*(?:…|\.{3})|\s*)$|^更多精彩内容[，,]?就在\S{0,6}APP$|(?:觉得|感觉)(?:有用|不错|还行|还可以)的?(?:话)?[，,]?(?:请|就|麻烦|帮忙)?(?:顶一下|顶一顶|顶顶|顶一个|帮顶|顶个帖)/;
/** A forum post's floor and signature: 沙发 / 板凳 / 3楼 / 回复 1# / 签名：. */
export const FORUM_FLOOR_RE =
  /^(?:(?:沙发|板凳|地板)(?![、，,。和与及等材砖])|\d{1,4}\s*(?:楼|#)(?:\s|$)|回复\s*\d{1,4}\s*#)/;
/** A forum's words no speech starts a line with: a post signature (签名：, 个性签名：), a reply to the thread's
 *  starter (楼主这段…), the poster's note on a post that continues the one above (接上楼，继续贴全文：). A speech's
 *  measure (签名档：…统一加注…) is no signature. */
export const FORUM_START_RE =
  /^(?:(?:个性)?签名档?[：:](?![^。！？]*(?:要|将|统一))|楼主(?!体)|(?:接上楼|接楼上|续上楼|承上楼)(?![：:][^楼]{20,}$)|接上帖|上接\s*\d{1,3}\s*(?:楼|#))/;
/** 回复 青禾小吏：…: a poster answering another inside his post. */
export const FORUM_REPLY_RE = /^回复\s*[^\s：:，。！？]{1,16}\s*[：:]/;
/** A comment under a floor (贴吧's 楼中楼): 一只写材料的猫：马克，明年用得上 2023-12-05 08:11 回复 — a name, its words and the
 *  time it was posted, and its button: a speech's line may end in a time (发生于2023-11-20 14:30), never in 回复. A
 *  reader's comment in an e-book reader: 书友·松间听雨：…。（赞 38 · 回复 5） — its counts of likes and replies at the end. */
export const STAMPED_COMMENT_RE =
  /^[^\s：:，。！？]{1,20}[：:].{1,150}?(?:\d{4}[-/]\d{1,2}[-/]\d{1,2}\s*\d{1,2}:\d{2}(?::\d{2})?\s*(?:回复|举报|赞)|[（(]\s*(?:赞|点赞)\s*\d{1,6}\s*[·•|｜,，\s]\s*(?:回复|评论)\s*\d{1,6}\s*[)）])$/;
/** A poster's card beside his floor: 笔杆子小刘 楼主 / 等级 9 公文达人 (the space is gone once normalised). */
export const FORUM_CARD_RE =
  /^[^\s，。！？：:、]{2,16}\s*楼主$|^等级\s*\d{1,2}\s*(?![^\s]*(?:风险|隐患|事故|危险|安全|响应|预警))[^\s，。！？：:]{2,8}$/;
/** A reading app's marks between the lines of a book it shows: how many readers underlined a passage (—— 1,206人划线
 *  ——), a reader's note on it (想法 · 书友7523：…) and the link to the rest of them (查看全部38条想法 ›). */
export const READER_MARKS_RE =
  /^[—–\-\s]*[\d,，.万]+\s*人划线(?:\s*[·•]\s*\d+\s*个想法)?[—–\-\s]*$|^想法\s*[·•]\s*[^\s：:]{1,20}[：:]|^查看全部\s*\d+\s*条(?:想法|评论|回复|笔记)/;
/** A sender's note over a text he forwards to colleagues (各位同事：现将×××区长…的讲话印发给大家，请认真学习), its
 *  address on its line, or sends round for comments (现将…（征求意见稿）发给你们，请…提出修改意见): read above the speech
 *  only (noise-appendix.ts), where a leader's 现将…发给大家 in his speech hands out material. */
export const FORWARD_NOTE_RE =
  /^(?:(?:@\S{1,12}\s*)?各[^：:，。]{1,20}[：:][^。]{0,80}?现将.{2,120}?(?:印发|转发|发送|发)给(?:大家|各位)|(?:各[^：:，。]{1,20}[：:])?\s*现将.{2,120}?发给你们.{0,60}?(?:修改意见|反馈意见|提出意见|意见建议))/;
/** A cadre-training or study platform around its course text: progress, credits, the quiz after the text, the
 *  course's pager (学习进度：35%, 课程编号：…, 课程文稿 over the text, 已学习 72%, 恭喜您…积分+1, 学习积分 +1, 课后习题,
 *  （单选题）, 提交答案, 上一节：… 下一节：…, [上一讲：…]　[下一讲：…]). A speech's own 积分 or 学习进度 inside a sentence is
 *  not taken. */
export const STUDY_PLATFORM_RE =
  /^(?:学习进度|已学时长|学习时长|主讲人|课程分类|课程简介|上线时间|课程编号)[：:]|^课程时长\s*\d|^学时\s*\d|^(?:视频|课件)\s*(?:文稿|笔记|讨论区)|^已学完|^[【\[]?(?:课程文稿|课程讲稿)[】\]]?$|^本课程配套(?:测试|练习)题|^(?:上一课|下一课)[：:]|恭喜您.{0,40}积分\s*[+＋]\s*\d|学习积分\s*[+＋]\s*\d{1,3}$|^已学习\s*\d{1,3}\s*%|^[【\[](?:答题提示|提示)[】\]].{0,60}(?:积分|答题|学习)|^[▶►]?\s*继续学习|收藏课程\s*$|^提交答案|^课后习题|[（(](?:单选题|多选题|判断题|填空题)[）)]|^(?:上一节|下一节)[：:][^。，！？；]{2,40}(?:\s+(?:上一节|下一节)[：:][^。，！？；]{2,40})?$|^(?:\s*[[【][上下]一[节讲课][：:][^。，！？；[\]【】]{2,40}[\]】]){1,2}$/;
/** A quiz's option (B．时限), read only under a question the platform marks (（单选题）). */
export const QUIZ_OPTION_RE = /^[A-H][．.、]\s*\S/;
/** The writer's credit under an entry or an article: （撰稿：×××）, （供稿：县应急管理局）. */
export const WRITER_CREDIT_RE = /^[（(](?:撰稿|供稿|编稿|撰写|执笔|整理)[：:][^（）()]{1,16}[）)]$/;
/** A 微博 thread's own lines: a long post's label (头条文章), a post's time and client (3-28 16:07 来自 HUAWEI Mate 60 Pro), its counts (转发 17　评论 6
 *  赞 72), a repost's comment with the chain it quotes (…//@××县发布:【2/6】…). */
export const MICROBLOG_LINE_RE =
  /^(?:头条文章|微博正文)$|^\d{1,2}-\d{1,2}\s*\d{1,2}:\d{2}\s*来自\s*\S|^[^“”"「」]{0,100}\/\/@[^\s:：”"」]{1,20}[:：]|^(?:\d{1,2}-\d{1,2}\s*\d{1,2}:\d{2}\s*)?(?:转发|评论|赞)\s*\d+(?:\s*(?:转发|评论|赞)\s*\d+){1,3}$/;
/** A page's lead above what it carries (导语：…出席会议并讲话。…推送讲话全文; 导读：…现将讲话全文刊发). */
export const LEAD_LABEL_RE = /^(?:导语|导读)[：:]/;
/** A document reader's toolbar (放大 缩小 全屏); after a colon, the words a speech lists. */
export const READER_TOOLBAR_RE = /^(?:放大|缩小|全屏|适合宽度|旋转)(?:\s*(?:放大|缩小|全屏|适合宽度|旋转)){2,}$/;
/** A 公众号's line about itself under an article (沣平应急丨××县应急管理局官方公众号。发布…): its short name, a bar,
 *  what it is, and a full stop (a speech's 沣平应急丨…公众号，去年共推送… goes on). */
export const ACCOUNT_INTRO_RE =
  /^[^，。！？\s]{2,10}\s*[丨|｜]\s*[^，。！？]{2,40}(?:官方)?(?:微信)?(?:公众号|公众平台|服务号|订阅号)[。.]/;
