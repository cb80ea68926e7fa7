// Word lists behind the noise rules: template-site names and forum chrome words, with the regexes built from them.

/** The reason given for a source, author or copy note removed, whichever rule finds it. */
export const REASON_SOURCE_NOTE = "来源作者信息";
/** A paywall's or a login's prompt, and a viewer's count of the pages it leaves unread. */
export const PAYWALL = "付费/登录提示";
/** A reviser's deleted words and his insertion marks (the inserted words are kept), whichever draft format. */
export const REVISION_DELETED = "修订痕迹（删除的文字）";
export const REVISION_INSERTED = "修订痕迹（插入标记）";

/** Template and 范文 sites whose names get stamped into copied text. */
export const KNOWN_SITES = [
  "老秘网",
  "中词库",
  "第一范文网",
  "范文先生网",
  "好范文网",
  "范文大全网",
  "范文网",
  "文秘帮",
  "文秘网",
  "公文易",
  "一起公文网",
  "公文素材库",
  "中国公文网",
  "秘书工作网",
  "第一公文网",
  "公文写作网",
  "公文派",
  "写材料网",
  "材料狗",
  "瑞文网",
  "学习啦",
  "出国留学网",
  "应届毕业生网",
  "无忧考网",
  "百度文库",
  "道客巴巴",
  "豆丁网",
  "原创力文档",
  "人人文库",
  "金锄头文库",
  "360文库",
  "文档之家",
  "淘豆网",
  "书业网",
  "爱问共享资料",
  "文库吧",
  "三一文库",
  "中华文本库",
  "笔杆网",
  "范文118",
  "语文迷",
];

export const KNOWN_SITES_RE = new RegExp([...KNOWN_SITES].sort((a, b) => b.length - a.length).join("|"), "g");

const CHROME_WORDS = [
  "关灯",
  "开灯",
  "开启左侧",
  "关闭左侧",
  "复制链接",
  "发表于",
  "显示全部楼层",
  "阅读模式",
  "打印",
  // a portal's print button under the article (关闭窗口 alone may be a typhoon checklist's item)
  "打印本页",
  "打印此页",
  // a 范文 site's button under each text
  "复制全文",
  "上一主题",
  "下一主题",
  "上一篇",
  "下一篇",
  "本版积分规则",
  "返回列表",
  "发新帖",
  "快速回复",
  "回复",
  "引用",
  "举报",
  "反馈",
  "投诉",
  "广告",
  "纠错",
  "收藏",
  "分享",
  "点赞",
  "评分",
  "粉丝",
  "关注",
  "帖子",
  "主题",
  "积分",
  "金币",
  "排行榜",
  "作者专栏",
  "楼主",
  "沙发",
  "板凳",
  "地板",
  "只看该作者",
  "倒序浏览",
  "电梯直达",
  "回帖",
  "登录",
  "注册",
  "立即注册",
  "找回密码",
  "马上注册",
  "签到",
  "私信",
  "发帖",
  "精华",
  "置顶",
  "查看",
  "阅读",
  "评论",
  "字号",
  "默认",
  "护眼",
  "夜间",
  "手机版",
  "小黑屋",
  "首页",
  "论坛",
  "返回顶部",
  "返回目录",
  // a phone page's back button
  "返回",
  "扫一扫",
  // a government site's QR code: 扫一扫在手机打开当前页
  "在手机打开当前页",
  "在手机上打开当前页",
  "分享到",
  "朋友圈",
  "QQ空间",
  "新浪微博",
  "微信",
  "复制",
  "链接",
  "点击",
  "加载更多",
  "展开",
  "收起",
  "打赏",
  "转藏",
  "献花",
  "认领",
  "浏览",
  "个人中心",
  "消息",
  "设置",
  "退出",
  "楼层",
  "跳转",
  "新窗口打开",
  "只看大图",
  "使用道具",
  "高级模式",
  "本帖",
  "最后由",
  "编辑",
  "学习了",
  "感谢",
  "在看",
  "阅读原文",
  "写留言",
  "留言",
  "赞赏",
  "转发",
  "喜欢",
  // a reader's verdict on an AI summary (👍 有用　👎 无用)
  "有用",
  "无用",
  // a thread's fold button and an advert's call under it
  "收起回复",
  "立即查看",
  // a blog post's line: which of the platform's lists it was sent to
  "已投稿到",
  // an office app's announcement: who has read it, and its button (已读 23 / 未读 5, 确认收到)
  "已读",
  "未读",
  "人已读",
  "人未读",
  "确认收到",
  // a comment's stamp (04-18 09:47　IP属地：××　回复　赞 36)
  "IP属地",
  // an encyclopedia's buttons by each section (编辑 · 播报) and under its headline
  "播报",
  "上传视频",
  // a list's button that shows other items (相关文档 … 换一换)
  "换一换",
  "换一批",
];
export const CHROME_RE = new RegExp(
  [...CHROME_WORDS].sort((a, b) => b.length - a.length).join("|") +
    "|[\\d\\s|｜/·•:：\\[\\]【】()（）<>《》»›\\-_#.,，、]+",
  "g",
);

/** A writing site's call to come back (千篇范文随心用，写材料就上某某范文网！): its wares praised (千篇, 海量, 随心用) or a
 *  site named at the line's end, after 就上 / 尽在 / 请访问. A speech's 写材料…就来不及了 or 请访问县政府网站查阅 is
 *  neither. */
export const SITE_PROMO_RE =
  /^(?=[^。！？]*(?:千篇|万篇|海量|随心用|任你选|应有尽有|一键下载|免费下载))[^。！？]*(?:范文|材料|公文|讲话稿)[^。！？]{0,12}(?:就上|就来|尽在|请认准|请访问|欢迎访问)[^。！？，、]{1,10}[！!。]?$|(?:范文|写材料|写稿子?|写公文|公文写作|找材料|讲话稿)[^。！？]{0,12}(?:就上|尽在|请认准|请访问|欢迎访问)[^。！？，、]{0,8}(?:网|站|文库|平台|APP|App|公众号|小程序|\.com|\.cn)[！!。]?$/;

/** 公文写作进阶课｜30天写出领导满意的讲话稿 >>立即报名: an advert's line ending in its call to act behind a link's arrows
 *  (or before them: 立即报名>>), which a template sets between two lines of a paragraph; a line without a clause's
 *  comma, or with the advert's headline set off by its bar (…速成班｜30天写出…，名师1对1批改，点击免费试听>>). A
 *  speaker may ask his audience to sign up (请各单位立即报名), but draws no link's arrows, and his sentence has its
 *  clauses (…报名工作已经启动，请各乡镇立即报名>>: the arrows a stray mark on it). */
export const ARROWED_OFFER_RE =
  /^(?:[^，,]*|[^，,｜|]+[｜|].*)(?:(?:>{2,3}|＞{2,3}|》》|»{1,2})\s*(?:立即|马上|点击|免费|现在)?(?:报名|抢购|购买|领取|咨询|试听|下单|订阅|预约)$|(?:立即|马上|点击|免费|现在)(?:报名|抢购|购买|领取|咨询|试听|下单|订阅|预约)\s*(?:>{2,3}|＞{2,3}|》》|»{1,2})$)/;
/** 想要更多“讲话稿”范文？点此查看 >> / 安全培训课件合集　点击进入→: a line that ends in a link's button and its arrows (点此
 *  查看, 点击进入), what it sends to asked or named before it with no clause of a sentence; a speaker asks his hearers to
 *  look something up in words (可在政务APP上点击查看), and draws no arrows. */
export const LINK_PROMPT_RE =
  /^[^，,。；;！!]{2,30}?\s*(?:点此|点击|点这里|戳这里|戳此)(?:查看|进入|阅读|浏览|获取|了解)(?:更多|全文|详情)?\s*(?:>{1,3}|＞{1,3}|》{1,2}|»{1,2}|→)$/;
