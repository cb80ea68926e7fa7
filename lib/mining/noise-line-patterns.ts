// The line patterns of the whole-line noise rules (noise-line-rules.ts): what a site's boilerplate lines look like.
export const URL_RE =
  /(?:https?:\/\/|www\.)[A-Za-z0-9\-._~%/?#=&+:]+|(?<![A-Za-z0-9@#.\-])[A-Za-z0-9\-]{2,63}(?:\.[A-Za-z0-9\-]{1,63})*\.(?:com|cn|net|org|cc|top|vip|info|xyz)(?:\.cn)?(?:\/[A-Za-z0-9\-._~%/?#=&+]*)?(?![A-Za-z0-9])/gi;

export const CHROME_STRONG_RE =
  /发表于\s*\d{4}[-/年]|复制链接|显示全部楼层|只看该作者|阅读模式|上一主题|下一主题|本版积分规则|返回列表|发新帖|电梯直达|倒序浏览|^(?:签名档|个性签名)$|^赞\s*\d{1,6}\s*踩\s*\d{1,6}|^本帖最后由.{1,30}于.{4,30}编辑$|^\S{1,20}\s*当前(?:离线|在线)$/;

export const WECHAT_RE =
  /点击(?:上方|下方)?蓝字|关注我们|长按(?:识别|扫描|扫码)|识别二维码|阅读原文|分享到朋友圈|设为星标|点个在看|打开APP|APP内(?:打开|阅读)|下载客户端|更多(?:报道|精彩|资讯)请关注[^。，]{0,12}(?:客户端|APP|公众号)|^(?:本场)?直播(?:已)?结束[，,！!。]\s*感谢(?:您的|大家的)?(?:关注|观看|收看)|发自我的(?:iPhone|iPad|手机|华为|小米)|转发的邮件|原始邮件|Forwarded message/i;
export const PAYWALL_RE =
  /需要登录|登录后|请登录|注册后|立即注册|后才可以|回帖|付费|会员专享|开通会员|开通VIP|VIP会员|试读|预览结束|剩余.{0,12}未读|阅读全文|查看全文|展开全文|收起全文|全文阅读|下载全文|查看完整|完整版|免费下载|下载本文|文档下载|下载文档|下载地址|点击下载|立即下载|下载券|下载积分|立即开通|本文仅|隐藏内容|继续阅读|查看更多/;
/** A site's download prompt: 下载文档到电脑… on a short line, a 范文 page's …下载到电脑，方便收藏和打印, 4 积分 下载, 下载本文 ↓
 *  …讲话.docx（Word版，3页） over the file it offers. */
export const DOWNLOAD_PROMPT_RE =
  /^(?=.{0,40}$).*下载(?:文档|本文|全文)到(?:电脑|手机)|下载到电脑[，,]?方便收藏|^\d+\s*(?:积分|下载券|金币)\s*下载$|^(?:下载本文|下载全文|下载文档|点击下载|立即下载|本文下载)\s*[↓：:>»]*\s*[^。！？]{2,60}\.(?:docx?|pdf|wps)(?:\s*[（(][^（）()]{0,20}[)）])?$/i;

/** A reader's button that unfolds the rest of the text (展开全文 ∨, 继续阅读): the text runs on across it. */
export const REASON_EXPANDER = "展开全文按钮";
export const EXPANDER_RE =
  /^[\s∨∧▼▽⌄﹀>»…·.↓]*(?:展开全文|展开全部|展开阅读全文|继续阅读|点击展开|展开剩余\d{0,3}%?|阅读全文|查看全文|全文阅读|点击查看更多)[\s∨∧▼▽⌄﹀>»…·.↓]*$/;
export const SOURCE_LABEL_RE =
  /(?:来源|出处|作者|原文链接|本文链接|转载自|文章来源|信息来源|责任编辑|编辑|责编|审核|校对|监制|排版|发布时间|更新时间|发布日期|发表时间|时间|日期|浏览次数|阅读次数|浏览|阅读|点击数?|字数|投稿|供稿|发文部门|发文机关|拟稿人|流转状态|审核意见|导出时间)[：:]|(?:初审|复审|终审)[：:]\s*[\u4e00-\u9fff]{2,4}(?=[\s）)]|$)/g;
export const SOURCE_START_RE =
  /^(?:【?(?:来源|出处|来自|作者|原文链接|本文链接|转载自|文章来源|信息来源|责任编辑|编辑|责编|审核|监制|校对|发布时间|更新时间|发布日期|发表时间|浏览次数|阅读次数|点击数|标题|发文部门|拟稿人|审核意见|导出时间)[：:])/;

/** Links to other pages: 上一篇：…讲话 looks like a title but is navigation. */
export const NAV_RE =
  /^(?:(?:前一篇|后一篇)(?=\s*[：:])|上一篇|下一篇|(?:上一条|下一条|上一则|下一则)(?=\s*[：:])|上一主题|下一主题|相关推荐|相关文章|相关阅读|相关(?:范文|文档|资料|链接|视频|专题|页面|笔记)(?=\s*[：:])|(?:相关(?:文件|政策|新闻|报道)|政策解读)(?=\s*[：:][^。！？]*$)|相关解读(?=\s*[：:]\s*(?:[【《\[]|图解|一图|图说)[^。！？]*$)|推荐阅读|猜你喜欢|(?:猜你|你可能)(?:还)?(?:感兴趣|喜欢)(?:的(?:文章|内容|范文))?(?=\s*[：:])|热门推荐|热门文章|延伸阅读|最新文章|更多范文|往期推荐|往期回顾|精彩推荐|精选推荐)\s*[：:]?/;
/** A site's link to another page set between paragraphs: 【延伸阅读】…讲话稿 / 精选范文：…表态发言 / 进入专题：…. */
export const RECOMMEND_LINE_RE =
  /^(?:[【\[](?:延伸阅读|扩展阅读|拓展阅读|小编推荐|编辑推荐|相关阅读|推荐阅读|精选范文|猜你喜欢|热门推荐|相关推荐|精彩推荐|相关文章|热门文章|专题)[】\]]|(?:延伸阅读|小编推荐|编辑推荐|精选范文|热门推荐|精彩推荐|(?:点击)?进入专题|相关专题)[：:]|(?:扩展阅读|拓展阅读)[：:](?=[^。！？]{2,40}$))\s*\S/;
export const SITE_STRONG_RE =
  /copyright|版权所有|©|all rights reserved|ICP备|ICP证|公网安备|备案号|powered by|技术支持[：:]|主办单位[：:]|承办单位[：:]/i;
export const SITE_RE =
  /免责声明|网站地图|关于我们|设为首页|加入收藏|返回首页|当前位置|您的位置|相关推荐|猜你喜欢|相关文章|^(?:类似|相似|同类)(?:文章|范文)(?:\s*更多)?$|推荐阅读|热门文章|延伸阅读|最新文章|本文标签|标签[：:]|TAGS|本站|上一篇|下一篇|【字体|字号[：:]/i;
export const COPY_NOTE_RE =
  /如有侵权|侵权请联系|转载请注明|版权归原作者|版权声明|本文由.{0,20}(?:整理|发布|提供|编辑|原创)|^[（(]本(?:资料|材料|讲义|课件)由[^（）()]{2,30}(?:整理|汇编|编写|编辑|提供)[^（）()]*[）)]$|本文来源|本文来自|仅供参考|仅供学习|格式为Word版|下载后?可(?:任意|自由)?编辑|本文为Word文档|word格式可编辑|仅代表作者(?:本人|个人)?的?观点|仅代表作者本人|信息存储空间服务|仅提供信息发布平台|不代表本(?:站|网|平台)的?(?:观点|立场)|未经(?:本人|作者)?(?:授权|许可)[，,]?(?:不得|禁止|严禁|请勿|谢绝)转载|本文(?:为|系).{0,20}原创|原创稿件|^(?:此|本)篇?(?:范文|文档|文章)由(?:用户|网友|会员)(?:上传|投稿|提供)|^[^。]{0,20}本站不保证(?:其|本文|该文)?(?:内容)?的?(?:准确|真实|完整)|(?:简体|繁体|简繁|繁简)(?:中文|字|原文)?(?:自动)?(?:转换|转为|转成)|如有错漏|仅供阅读参考/i;
export const BREADCRUMB_RE = /^(?:首页|主页|网站首页)\s*[>›»/]|[>›»]\s*(?:正文|讲话稿|范文|发言稿)$/;
/** A path of three parts or more, one a site's word, the last maybe the page's title (知了问答 > 生活 > 公文写作). */
export const PATH_RE = /^[^\s>›»。，]{1,12}(?:\s*[>›»]\s*[^\s>›»。，]{1,12}){1,}\s*[>›»]\s*[^>›»。]{1,60}$/;
export const PATH_WORD_RE =
  /首页|主页|网站|频道|栏目|新闻|资讯|问答|知道|文库|论坛|博客|百科|生活|职场|文秘|公文|范文|讲话稿|主持词|政务|要闻|动态|中心|专题/;
/** A news page's lead above the speech it reprints: 现将…全文刊发如下, or a whole line naming the texts it publishes. */
export const NEWS_LEAD_RE =
  /现将.{0,12}(?:刊发|刊登|刊载|摘登|整理|发布|转发|印发|公布)如下|^[现特]将[^。！？]{0,30}(?:讲话|主持词|发言|致辞)稿?(?:全文|原文|实录|摘要)?(?:刊发|刊登|刊载|摘登|发布)如下(?:[，,]供[^。！？]{0,8}参考)?\s*[：:]?$/;
export const REPORTED_MEETING_RE =
  /^\d{1,2}月\d{1,2}日.{0,80}召开.{0,80}(?:出席|参加)(?:会议|活动|仪式)并(?:作|发表)?(?:重要)?讲话/;
/** What a word processor or an office system leaves in copied text: 带格式的: 字体…, a bracketed notice. */
export const EDITING_RESIDUE_RE =
  /^(?:带格式的?|已删除|已插入|已移动)\s*[:：]|^【(?:保密提示|免责声明|特别提示|版权声明)】/;
/** A news headline that announces the speech (…（附讲话全文）) or a chat export's title (…的聊天记录). */
export const ANNOUNCES_RE = /[（(]?附(?:讲话)?全文[)）]?$|的聊天记录$|^@\S/;

/** A pull quote set off from the text (金句：…, 划重点：…), repeating a sentence of it; or a lone summary label. */
export const PULL_QUOTE_RE =
  /^(?:[【\[][^】\]]{1,6}[】\]])?(?:金句|划重点|小编划重点|内容摘要|内容提要|正文)[：:】\]]?$|^(?:[【\[][^】\]]{1,6}[】\]])?(?:金句|划重点)[：:]/;
/** A paper's mark alone on its line over the text it abridges (〔摘要〕, 【节选】, — 全文 —): the title says as much. */
export const EXCERPT_MARK_RE =
  /^(?:[〔【\[［（(]|[—–－-]{1,2})\s*(?:讲话)?(?:摘要|摘登|节选|全文|原文)\s*(?:[〕】\]］）)]|[—–－-]{1,2})$/;
/** A site's disclaimer under its label (免责声明: 本站所有范文均来源于网友投稿…, 平台声明：…由作者负责), however long it runs. */
export const DISCLAIMER_RE = /^[【\[]?(?:(?:免责|版权|特别|郑重|法律|平台|网站)声明|免责条款)[】\]]?\s*[:：]/;
/** A page's summary of the document under its label (内容简介：本文档收录…): the site's, never the speech's. */
export const SUMMARY_LABEL_RE = /^[【\[]?(?:内容|文档|文章|资料)(?:简介|摘要|提要|概要)[】\]]?\s*[：:]\s*\S/;
/** A host script's cue on a line of its own: （领导讲话）, （签约仪式）, （通报情况）, （全体起立）, （签订责任书）. */
export const HOST_CUE_RE =
  /^[（(][^（）()，。：:；！？\d]{0,8}(?:讲话|致辞|发言|宣读|通报|签约|签订|颁奖|颁发|鼓掌|掌声|起立|奏国歌|仪式|情况|议程|播放|观看|退场|入场|(?:签订|签署)[^（）()，。]{1,6})[）)]$/;
/** A form's button at the start of a line ([提交评论] 请文明发言。, 【发表评论】): the page's controls and their notice. */
export const BUTTON_START_RE =
  /^[【\[](?:(?:提交|发表|发布)?(?:评论|留言)|提交|发表|登录|注册|搜索|下载|收藏|分享|举报|点赞)[】\]]/;

export const AD_BOOKS_RE = /《[^》\n]{1,30}》作者/g;
export const AD_RE =
  /公文写作|写作培训|写作课|培训班|培训课程|课程|直播间?|训练营|网课|讲座报名|报名|优惠|折扣|限时|特价|扫码|二维码|加微信|添加微信|VIP|会员|下载券|购买|抢购|领取|免费领|咨询|代写|原创首发/i;
/** A phone number: a landline with its area code (its number whole, or in two groups as a news app prints its tip
 *  line, 021-6298 3317), a mobile, a 400 line. */
export const PHONE_RE = /(?<!\d)(?:0\d{2,3}-?\d{7,8}|0\d{2,3}-\d{3,4}[ -]\d{4}|1[3-9]\d{9}|400-?\d{3}-?\d{4})(?!\d)/;
export const EMAIL_RE = /[\w.+-]+(?:@|#|＠)[\w-]+\.(?:com|cn|net|org)|e-?mail[：:]/i;
export const CONTACT_LABEL_RE =
  /(?:电话|手机|热线|传真|邮箱|QQ|微信号|公众号|订阅号)\s*(?:[：:]|号码?|\d|[A-Za-z])|关注.{0,16}(?:公众号|订阅号)|(?:公众号|订阅号)$|地址[：:]|邮编|客服|联系人|联系我们|商务合作|运营中心|投稿邮箱/i;

/** A 公众号 article's byline under its headline: 原创, the author and the account, the date and time posted, the
 *  province (发表于…): 原创 平安云溪 平安云溪 2025年09月24日 18:05 湖南, or ××发布 2024-04-09 18:30 发表于××省. */
export const ACCOUNT_BYLINE_RE =
  /^原创\s*\S.{0,40}?\d{4}[-年/.]\d{1,2}[-月/.]\d{1,2}日?\s*\d{1,2}:\d{2}(?:\s*(?:发表于)?[^\s\d。，！？]{1,8})?$|^[^。，！？]{0,40}\d{4}[-年/.]\d{1,2}[-月/.]\d{1,2}日?\s*\d{1,2}:\d{2}\s*发表于[^\s\d。，！？]{1,8}$/;
/** A picture's caption (▲图为会议现场, 图为…, 图1　…情况, a 公众号's 图丨… (not a table's 图丨表…), （图片来源：…）, 【图解】一图读懂…, a clip's 【视频片段】县长：…　▶ 01:26 with its time mark, no speaker's 刚才/我/大家): the picture did not survive the copy. */
export const CAPTION_RE =
  /^(?:[【\[](?:图解|组图|图集|图片|长图|海报|视频|音频|H5)[】\]](?=[^。！？；]*$)|[【\[](?:视频|音频)(?:片段|节选|剪辑)[】\]](?![^。！？；]*(?:刚才|我|大家))(?=[^。！？；]*\d:\d{2}$)|[▲△]\s*(?:图|照片|资料图|(?:\d{1,2}月\d{1,2}日[，,])?[^，。！？]{0,30}现场$|[^，。！？]{0,16}(?:摄|供图)$)|(?:[（(]\s*)?(?:图为|图片为|图片来源|图片由|资料图|图\s*\d{0,2}\s*(?:[：:]|[丨｜](?!\s*表))|图\s*\d{1,2}(?:[-.．]\d{1,2})?(?:\s+(?=[^\s。！？；，]{2,40}$)|(?=[^\s。！？；，\d和与及、是为中][^\s。！？；，]{1,39}$))))/;

export const SEPARATOR_RE = /^[-=_*~—―─━═·•.。#+\s]{5,}$/;
/** ——— or —— alone, or an omission's …… alone: a short rule or a gap, unless it carries on a sentence above. */
export const SHORT_RULE_RE = /^(?:[—―─━═]{2,4}|…{1,2}|-{2,4})$/;
/** A document's distribution lines (版记): 抄送：…, 报送：…; a speech never opens a line with them. */
export const DISTRIBUTION_RE = /^(?:抄送|报送|抄报|分送|主送)[：:]/;
/** A 简报's 报：… / 送：… / 发：… over a list of offices (市安委办，县委、县人大、县政府主要领导): every item names an
 *  office, none says what to do (报：整改情况每月底前报县安委办, 送：专家服务到乡镇、到企业 are a speech's own steps). */
const SHORT_DISTRIBUTION_RE = /^[报送发][：:](.+)$/;
const OFFICE_RE = /^[^到对将把向由从按]{1,14}(?:委|局|办|政府|单位|部门|领导|人大|政协|街道|委员会)$/;
export function isOfficeList(t: string): boolean {
  const items = SHORT_DISTRIBUTION_RE.exec(t)?.[1]!.split(/[，、,；;]/);
  return !!items && items.length >= 2 && items.every((item) => OFFICE_RE.test(item.trim()));
}

/** 【议题三】审议《…办法（草案）》: a meeting report's label over each item it reports, the item's name after it and no
 *  sentence; a speaker says 第三个议题 in his words, and brackets no number of an item. */
export const AGENDA_ITEM_RE = /^[【[]议题[一二三四五六七八九十\d]{1,3}[】\]]\s*[^。！？!?]{0,60}$/;

/** A page's labelled metadata: a saved page's 页面标题, an online document's 文档所有者：…, a work log's 接收人：…. */
export const META_LABEL_RE =
  /^(?:(?:本文|文章)?(?:标签|关键词|关键字)|分类|tags?|所属栏目|栏目|原标题|原文标题|页面标题|网页标题|热搜|热门搜索|热搜词|热门标签|大家都在搜)[：:]|^(?:最后)?(?:修改|创建|保存)(?:时间|日期)[：:]\s*\d{4}|^(?:文档所有者|所有者|协作者|创建者|最后修改人?|最近编辑|所在位置|所在文件夹)[：:]|^(?:接收人|抄送人)[：:][^。；]*[、，,\s][^。；]*$/i;
export const EDITOR_NOTE_CHARS = 400; // the longest line taken whole as an editor's note (noise-inline-asides.ts)
/** An editor's note above or below what a site reprints (编者按：…, 【编者按】…, a blog's 博主按：…, 小编点评：…, 编后语：…,
 *  a line of 小编提示：… on adapting the text): the site's voice; so is a note keeper's 【我的批注】. */
export const EDITOR_NOTE_RE =
  /^(?:[【\[](?:编者按|编者的话|编者注|编者说明|小编按|博主按|楼主按|编后语?|(?:小编|编者|编辑)点评|我的批注)[】\]]|(?:编者按|编者的话|编者注|编者说明|小编按|博主按|楼主按|按(?=[：:]\s*(?:这是|此文|本文|以下|该文|这篇))|编后语|(?:小编|编者|编辑)点评|小编(?:有话)?说|(?:小编|编辑)(?:友情)?(?:提示|提醒)(?=[：:][^。！？]{0,40}(?:讲话稿|范文|本文|文中|数据|使用)[^。！？]{0,30}(?:替换|修改|参考|调整)[^。！？]*[。！？]?$)|博主回复|[★☆※]\s*(?:备用|备注|自用|存档)|导读(?=[：:].{0,80}?(?:本文|本篇|范文|供[^。]{0,8}参考)))[：:])\s*\S/;

/** A search engine's notice over its cached copy of a page (这是…的快照, 以下搜索关键词已被高亮显示), a web archive's
 *  under its copy (本页为…保存的历史版本): no speech speaks of the copy it is read from. */
export const SNAPSHOT_RE =
  /^这是.{0,160}的快照|网页快照|^快照(?:谨|仅|与|日期|时间)|^本快照|关键[词字]已被高亮|被抓取时的|在此期间可能已经?更改|^查看当前页面$|^本页面?[为是].{0,40}(?:存档|归档|保存)的(?:历史)?(?:版本|副本|快照)/;
/** ⊙中共××镇委员会办公室⊙: a scan's reading of a round seal stamped between the lines, the office's name between the
 *  glyphs OCR makes of the seal's star (⊙, ☉), or between any ring glyph with the seal's own 印/章 after the name. A
 *  compilation's ornaments (◎县应急管理局◎ over each unit's remarks, ●单位● bullets) mark no seal, and a speech's heading
 *  may open with one (◎一、…): those stay. */
export const SEAL_LINE_RE =
  /^(?:[⊙☉]\s*[^\s。，；！？、]{2,30}(?:委员会|办公室|人民政府|政府|党委|委|局|办|厅|公司|中心)(?:\s*[（(]?(?:印|章|公章)[)）]?)?\s*[⊙☉]|[⊙◎○●☉]\s*[^\s。，；！？、]{2,30}(?:委员会|办公室|人民政府|政府|党委|委|局|办|厅|公司|中心)\s*[（(]?(?:印|章|公章)[)）]?\s*[⊙◎○●☉])$/;
