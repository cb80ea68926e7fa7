# -*- coding: utf-8 -*-
"""Builds pages 01-05 and gold/01-05.json of set147 (writer a) from speeches.py, plus tools-a/perfect.json.

A page is a list of lines; a line is a list of segments (kind, text):
  n = chrome/noise (each non-blank n segment becomes one gold noise entry)
  g = speech text that is gold (title / heading / paragraph or a piece of one)
  u = unlabelled speech line (speaker, date, salutation)
  w = whitespace or indentation only
Gold titles/headings/paragraphs are taken from speeches.py, never from the page.
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
from speeches import PAGES, SPEECHES  # noqa: E402

IND = "\u3000\u3000"   # full-width indent
NB = "\u00a0"          # no-break space
ZW = "\u200b"          # zero-width space
NO_LINE_START = "，。、；：？！」』）》”’"


def N(t): return ("n", t)
def G(t): return ("g", t)
def U(t): return ("u", t)
def W(t): return ("w", t)


class Sp:
    """Accessors into one speech of speeches.py."""
    def __init__(self, blocks):
        self.b = blocks
        self.T = [x[1] for x in blocks if x[0] == "title"]
        self.Us = [x[1] for x in blocks if x[0] == "u"]
        self.H = [x[2] for x in blocks if x[0] == "h"]
        self.P = [x[2] for x in blocks if x[0] == "p"]

    def t(self): return self.T[0]
    def u(self, i): return self.Us[i - 1]
    def h(self, i): return self.H[i - 1]
    def p(self, i): return self.P[i - 1]


def inj(text, pairs):
    """Split gold text after each anchor and insert a noise span there (anchors in order, each unique)."""
    segs, rest = [], text
    for anchor, noise in pairs:
        assert rest.count(anchor) == 1, (anchor, rest)
        i = rest.index(anchor) + len(anchor)
        segs += [G(rest[:i]), N(noise)]
        rest = rest[i:]
    segs.append(G(rest))
    return segs


def cut(text, anchor):
    """Split gold text after anchor into two pieces."""
    assert text.count(anchor) == 1, anchor
    i = text.index(anchor) + len(anchor)
    return text[:i], text[i:]


def wrap(segs, width, indent=IND):
    """Hard-wrap a list of segments into lines of `width` characters (indent on the first line only)."""
    chars = [(k, c) for k, t in segs for c in t]
    lines, first = [], True
    while chars:
        w = width - (len(indent) if first else 0)
        chunk, chars = chars[:w], chars[w:]
        while chars and chars[0][1] in NO_LINE_START:   # kinsoku: no closing punctuation at a line start
            chunk, chars = chunk + chars[:1], chars[1:]
        line = [W(indent)] if first and indent else []
        for k, c in chunk:
            if line and line[-1][0] == k:
                line[-1] = (k, line[-1][1] + c)
            else:
                line.append((k, c))
        lines.append(line)
        first = False
    return lines


def para(t, indent=IND):
    return [W(indent), G(t)] if indent else [G(t)]


# ====================================================================== page 01: Q&A site (问知网)
def page01():
    s = Sp(SPEECHES["01"][0])
    L = []
    nl = lambda *t: [L.append([N(x)]) if x else L.append([]) for x in t]
    nl("问知网_有问题，就来问知",
       "登录 | 注册 | 手机版",
       "首页　问题　专栏　知识商城　用户　　搜索问题或答案",
       "问知 > 社会民生 > 公文写作",
       "",
       "求一篇乡镇党委书记在安全生产暨森林防火会议上的讲话稿？1000字左右",
       "马上要开全镇安全生产暨森林防火工作会议了，书记让我两天内拿出讲话稿，要讲形势、讲隐患排查、讲责任落实，最好有点数据。先谢谢各位大神了！",
       f"悬赏{NB}20{NB}财富值 · 山中一株草 · 2024-03-04{NB}20:17 · 浏览{NB}2,317{NB}次",
       # teaser of the best answer (title + salutation + start of the opening, cut with ...)
       "最佳答案：在全镇安全生产暨森林防火工作会议上的讲话 同志们： 今天召开全镇安全生产暨森林防火工作会议，主要任务是总结去年工作，分析当前形势，部署今年...展开全部",
       "我来答　分享　举报",
       "3个回答",
       "#热议# 写材料最怕领导说的哪句话？",
       "",
       "笔耕不辍的老秘",
       "2024-03-05 · 超过126用户采纳过TA的回答",
       "关注",
       "展开全部",
       "给你写了一篇，按乡镇口径写的，里面的数据和村名你换成自己的：")
    L.append([G(s.t())])
    L.append([U(s.u(1))])
    L.append(para(s.p(1)))
    L.append([G(s.h(1))])
    L.append(para(s.p(2)))
    L.append(para(s.p(3)))
    L.append(para(s.p(4)))
    # heading 2 glued to its first paragraph with no space or punctuation
    L.append([G(s.h(2)), G(s.p(5).split("镇安办")[0])] + inj("镇安办" + s.p(5).split("镇安办", 1)[1],
                                                           [("逐一过筛子，", "「来源：问知网」")]))
    L.append(para(s.p(6)))
    L.append(para(s.p(7)))
    L.append([G(s.h(3))])
    L.append([W(IND)] + inj(s.p(8), [("我和镇长是全镇", "问知网")]))
    L.append(para(s.p(9)))
    L.append(para(s.p(10)))
    L.append(para(s.p(11)))
    nl("希望对你有帮助，满意请采纳哦~",
       "本回答被提问者采纳",
       "已赞过　已踩过<",
       "你对这个回答的评价是？",
       "评论　收起",
       "山中一株草　2024-03-05 10:41",
       "追问：太感谢了！能不能再加一句电动车充电的？",
       "笔耕不辍的老秘　2024-03-05 11:02",
       "追答：可以在第二部分加一句：“要对居民小区电动自行车飞线充电、楼道停放开展专项清理。”",
       "",
       "小城故事多",
       "2024-03-05",
       "网上搜“乡镇安全生产会议讲话”一大把，改改地名就能用，别自己熬夜写。",
       "赞 2　评论",
       "",
       "匿名用户",
       "2024-03-06",
       "提纲给你：一讲成绩和问题，二讲隐患排查整治，三讲责任落实和追责，每部分两三段，结尾表个态就够了。",
       "赞 0　评论",
       "",
       "下载问知APP，随时随地看好回答",
       "相关问题",
       "镇党委书记在全镇安全生产工作会议上的讲话（通用5篇）",
       "二、压实各方责任 确保措施落地见效——讲话稿小标题怎么拟？",
       "森林防火工作会议讲话稿开头怎么写？",
       "安全生产月活动领导讲话稿 2024",
       "为你推荐：",
       "【公文写作训练营】30天从小白到笔杆子，限时0元领取　广告",
       "",
       f"©2024{NB}Wenzhi.com　使用问知前必读　问知协议　隐私政策　皖ICP备17063321号-2")
    return L


# ====================================================================== page 02: forum thread (聚言贴吧)
def page02():
    s = Sp(SPEECHES["02"][0])
    L = []
    nl = lambda *t: [L.append([N(x)]) if x else L.append([]) for x in t]
    nl("聚言贴吧",
       "进入贴吧　全吧搜索　|　登录　注册",
       "公文写作吧",
       "关注：86412　贴子：523067",
       "看贴　图片　精品　视频　吧主推荐",
       "【分享】交通局长在“两客一危”专项整治推进会上的讲话（原创，自取）",
       "只看楼主　收藏　回复",
       "",
       "写材料的阿杰",
       "Lv9 笔杆子",
       "楼主",
       "前几天给局长写的，会已经开完了，单位名称都删了，需要的自取。字数限制，分两楼发。",
       "")
    L.append([G(s.t())])
    L.append([U(s.u(1))])
    L.append([U(s.u(2))])
    L.append([U(s.u(3))])
    L.append([G(s.p(1))])
    L.append([G(s.h(1)), G(s.p(2))])          # run-in 第一，
    L.append([G(s.p(3))])
    L.append([G(s.h(2)), G(s.p(4))])          # run-in 第二，
    a, b = cut(s.p(5), "对排查出的隐患建立问题清单、")
    L.append([G(a), N("（未完，见2楼）")])     # floor 1 ends mid-sentence
    nl("",
       "1楼 2023-11-12 21:06 来自Android客户端",
       "回复(4)",
       "小白学写材料: 马克，感谢楼主分享 2023-11-12 21:15 回复",
       "写材料的阿杰 回复 小白学写材料 :不客气，有用就好 2023-11-12 21:20 回复",
       "路过的公务猿: 楼主开头这段写得实在，拿走了 2023-11-13 08:02 回复",
       "还有1条回复，点击查看",
       "我也说一句",
       "",
       "写材料的阿杰",
       "Lv9 笔杆子",
       "楼主")
    L.append([N("接上楼："), G(b)])
    L.append([G(s.h(3))] + inj(s.p(6), [("超限超载、", "pilao")]))   # run-in 第三， with pinyin residue
    L.append([G(s.p(7))])
    L.append([G(s.h(4)), G(s.p(8))])          # run-in 第四，
    L.append([G(s.p(9))])
    L.append([G(s.p(10))])
    L.append([G(s.p(11))])
    nl("（全文完，转载请注明出处）",
       "",
       "2楼 2023-11-12 21:08 来自Android客户端",
       "回复(2)",
       "一只咸鱼在爬坡: 学习了，岁末年初正好用得上 2023-11-13 09:30 回复",
       "写材料的阿杰 回复 一只咸鱼在爬坡 :共同进步 2023-11-13 09:41 回复",
       "我也说一句",
       "",
       "老张不写稿",
       "Lv7 文思泉涌",
       "“第三，要保持严查严管的高压态势。”这部分能不能展开讲讲联合执法怎么写？",
       "3楼 2023-11-13 10:11 来自iPhone客户端",
       "",
       "写材料的阿杰",
       "Lv9 笔杆子",
       "楼主",
       "回复 老张不写稿 :可以加联合执法的次数、查处的案件数，领导喜欢有数据。",
       "4楼 2023-11-13 10:26 来自Android客户端",
       "",
       "风吹麦浪2022",
       "Lv4 初窥门径",
       "该楼层疑似违规已被系统折叠　隐藏此楼查看此楼",
       "5楼 2023-11-14 16:52",
       "",
       "发表回复",
       "您需要登录后才可以回帖　登录 | 注册",
       "©2023 聚言 吧主制度 吧务公开 贴吧协议 违法和不良信息举报电话：400-617-3208")
    return L


# ====================================================================== page 03: knowledge-sharing answer (知言)
def page03():
    s = Sp(SPEECHES["03"][0])
    L = []
    nl = lambda *t: [L.append([N(x)]) if x else L.append([]) for x in t]
    nl("知言 - 有问题，上知言",
       "首页　会员　发现　等你来答　　搜索　　提问",
       "",
       "县长在安委会全体会议上的讲话稿应该怎么写？有没有完整范文可以参考？",
       "公文写作　安全生产　机关工作",
       "关注者 1,026　被浏览 386,914",
       "关注问题　写回答　邀请回答　好问题 42　添加评论　分享",
       "查看全部 57 个回答",
       "",
       "江边写稿人",
       "县级应急管理部门 文字工作者",
       "1,322 人赞同了该回答",
       "谢邀。在县应急局办公室写了六年材料，县安委会全体会议的讲话每年至少写两篇。",
       "先说结论：县长的讲话不求辞藻，求的是“有数、有事、有人”——形势要有数据，任务要有具体的事，责任要落到具体的人。",
       "下面放一篇我去年年底给县长写的，已经脱敏，方括号里是我现在加的批注。",
       "———————————")
    L.append([G(s.t())])
    L.append([U(s.u(1))])
    L.append([U(s.u(2))])
    L.append([U(s.u(3))])
    L.append(para(s.p(1)))
    L.append([G(s.h(1))])
    L.append([W(IND), G(s.h(2))] + inj(s.p(2), [("连续五年未发生较大及以上事故，", "【批注：数据一定以应急局统计股为准，别自己算】")]))
    L.append([W(IND), G(s.h(3)), G(s.p(3))])
    L.append(para(s.p(4)))
    L.append([N("（↑这段案例县长亲自改过三遍，一定要用本地的事故，讲起来才有分量。）")])
    L.append(para(s.p(5)))
    L.append([G(s.h(4))])
    L.append(para(s.p(6)))
    L.append(para(s.p(7)))
    L.append(para(s.p(8)))
    L.append(para(s.p(9)))
    L.append([G(s.h(5))])
    L.append([W(IND)] + inj(s.p(10), [("县安委会各成员单位要按照", "【批注：“三个必须”原文照引，一个字都不要改】")]))
    L.append(para(s.p(11)))
    L.append(para(s.p(12)))
    nl("———————————",
       "几点体会：",
       "1. 开场别铺垫，三句话交代清楚开什么会、谁讲过了、我讲几点。",
       "2. 形势部分先讲成绩再讲问题，数字要找统计股核对。",
       "3. 任务部分按行业领域排，每个部门都能在里面找到自己的活。",
       "4. 结尾一句话收住，县长不喜欢喊口号。",
       "写材料没有捷径，多看多改，共勉。",
       "编辑于 2024-02-26 22:41",
       "发布于 2023-12-19 09:12",
       f"{ZW}赞同 1322{ZW}　{ZW}287 条评论{ZW}　{ZW}分享{ZW}　{ZW}收藏{ZW}　{ZW}喜欢{ZW}　{ZW}收起{ZW}",
       "",
       "287 条评论",
       "默认　最新",
       "江南小吏",
       "收藏了，年底正好要写，方括号里的批注比正文还有用。",
       "12-20 · 回复 · 赞 86",
       "半杯凉茶",
       "“有数、有事、有人”，记下了。",
       "12-21 · 回复 · 赞 41",
       "江边写稿人（作者）",
       "回复 半杯凉茶：共勉。",
       "12-21 · 回复 · 赞 9",
       "点击查看全部评论",
       "",
       "作者：江边写稿人",
       "链接：https://www.zhiyan-qa.com/question/47201386/answer/3315098274",
       "来源：知言",
       "著作权归作者所有。商业转载请联系作者获得授权，非商业转载请注明出处。")
    return L


# ====================================================================== page 04: QQ group chat export
def page04():
    s = Sp(SPEECHES["04"][0])
    L = []
    nl = lambda *t: [L.append([N(x)]) if x else L.append([]) for x in t]
    HZ = "2023-02-06 {} 城关二中-黄主任(1190438226)"
    LX = "2023-02-06 {} 东风中学-刘晓梅(2856103347)"
    ZL = "2023-02-06 {} 清河小学 周老师(3305817264)"
    nl("消息记录（此消息记录为文本格式，不支持重新导入）",
       "",
       "================================================================",
       "消息分组:我的群聊",
       "================================================================",
       "消息对象:全县中小学办公室主任交流群",
       "================================================================",
       "",
       LX.format("9:02:11"),
       "有没有哪位老师有开学安全工作会议的校长讲话稿？下午校长要用，急！",
       "",
       HZ.format("9:03:05"),
       "我去年写的，你拿去改改，分几条发",
       "",
       HZ.format("9:03:40"))
    L.append([G(s.t())])
    L.append([U(s.u(1))])
    L.append([G(s.p(1))])
    nl("", HZ.format("9:04:12"))
    L.append([G(s.h(1))])
    L.append([G(s.p(2))])
    L.append([G(s.p(3))])
    nl("", LX.format("9:04:30"), "[表情]太感谢了黄主任！", "", HZ.format("9:04:51"))
    L.append([G(s.p(4))])
    nl("", "2023-02-06 9:05:20 系统消息(10000)", "城关二中-黄主任 撤回了一条消息",
       "", HZ.format("9:05:33"))
    L.append([G(s.h(2))])
    L.append([G(s.p(5)), W(" "), G(s.p(6))])   # two paragraphs joined by a space in one message
    nl("", ZL.format("9:06:02"), "@城关二中-黄主任 能发个word版到群文件吗？", "", HZ.format("9:06:40"))
    L.append([G(s.p(7))])
    L.append([G(s.p(8))])
    nl("", ZL.format("9:06:58"), "[图片]", "", HZ.format("9:07:25"))
    L.append([G(s.h(3))])
    L.append([G(s.p(9))])
    L.append([G(s.p(10))])
    L.append([G(s.p(11))])
    nl("", HZ.format("9:08:10"), "发完了，word版我等会儿传群文件。",
       "", LX.format("9:08:36"),
       "[回复 城关二中-黄主任: 要修订完善学校突发事件应急预案，开学第一个月...]",
       "演练这段我们学校上周刚搞过，我先删了哈",
       "", "2023-02-06 9:10:02 红星中学 吴校(1723096580)",
       "黄主任的稿子一向扎实\U0001F44D",
       "", HZ.format("9:10:40"),
       "[表情]")
    return L


# ====================================================================== page 05: group post in Traditional script (豆莢), PDF copy
def page05():
    s = Sp(SPEECHES["05"][0])
    L = []
    nl = lambda *t: [L.append([N(x)]) if x else L.append([]) for x in t]
    nl("豆莢",
       "首頁　瀏覽發現　話題　小組　同城　　搜索你感興趣的內容和人...",
       "登錄/註冊",
       "",
       "職安健打工人",
       "【分享】內地廠長的「安全生產月」講話（已轉繁體）",
       "來自: 阿May做安全　2024-06-03 10:22:41",
       "公司在內地的廠區上星期開了安全生產月啟動大會，集團要求香港這邊的同事也看看廠長的講話。原稿是PDF，我複製出來用軟件轉成了繁體，排版有點亂，大家將就看。",
       "")
    W_ = 30

    def wp(t, footer_after=None, footer=None):
        lines = wrap([G(t)], W_)
        if footer_after is not None:
            lines.insert(footer_after, [N(footer)])
        L.extend(lines)

    L.append([W("　　　　"), G(s.t())])
    L.append([W("　　　　　　　　"), U(s.u(1))])
    L.append([U(s.u(2))])
    wp(s.p(1))
    L.append([W(IND), G(s.h(1))])
    wp(s.p(2))
    wp(s.p(3), 2, "第1頁 共3頁")          # PDF page footer between two lines of one sentence
    L.append([W(IND), G(s.h(2))])
    wp(s.p(4))
    wp(s.p(5))
    wp(s.p(6))
    wp(s.p(7), 1, "第2頁 共3頁")
    L.append([W(IND), G(s.h(3))])
    wp(s.p(8))
    wp(s.p(9))
    wp(s.p(10))
    nl("",
       "附：幾個內地用語，給香港同事參考",
       "◎隱患台賬：即記錄所有安全隱患及跟進進度的清單",
       "◎三級安全教育：廠級、車間級、班組級三層入職培訓",
       "◎持證上崗：特種作業人員要有相關牌照才可以開工",
       "",
       "23人 喜歡",
       "收藏　轉發　舉報",
       "",
       "最讚回應",
       "Kelvin工程狗　2024-06-03 11:05:17",
       "多謝分享！「人人查隱患」呢個做法我們地盤都可以試下。",
       "回應　讚(12)",
       "打工仔小明　2024-06-03 12:40:02",
       "原來內地講話係咁樣寫，一、二、三好有條理。",
       "回應　讚(3)",
       "阿May做安全　2024-06-03 12:55:10",
       "打工仔小明：原來內地講話係咁樣寫，一、二、三好有條理。",
       "係呀，他們的講話都係呢個格式，成績→問題→措施→責任。",
       "回應",
       "",
       "你的回應",
       "回應請先 登錄 , 或 註冊",
       "Copyright 2006－2024 doujia.net, all rights reserved 豆莢網絡科技有限公司　滬ICP備12047586號")
    return L


BUILDERS = {"01": page01, "02": page02, "03": page03, "04": page04, "05": page05}


def render(lines, nlc):
    return nlc.join("".join(t for _, t in line) for line in lines) + nlc


def noise_of(lines):
    seen, out = set(), []
    for line in lines:
        for k, t in line:
            if k == "n" and t.strip() and t.strip() not in seen:
                seen.add(t.strip())
                out.append(t.strip())
    return out


def gold_of(nn, lines):
    sps = SPEECHES[nn]
    titles, heads, paras = [], [], []
    for sp in sps:
        for b in sp:
            if b[0] == "title":
                titles.append(b[1])
            elif b[0] == "h":
                heads.append({"text": b[2], "level": b[1]})
            elif b[0] == "p":
                paras.append({"text": b[2], "category": b[1]})
    return {"file": f"{nn}.txt", "speeches": len(sps), "titles": titles, "headings": heads,
            "paragraphs": paras, "noise": noise_of(lines)}


def main():
    os.makedirs(os.path.join(OUT, "gold"), exist_ok=True)
    for nn, build in BUILDERS.items():
        meta = PAGES[nn]
        lines = build()
        text = render(lines, meta["newline"])
        data = meta["bom"] + text.encode(meta["encoding"], errors="strict")
        with open(os.path.join(OUT, f"{nn}.txt"), "wb") as f:
            f.write(data)
        gold = gold_of(nn, lines)
        with open(os.path.join(OUT, "gold", f"{nn}.json"), "w", encoding="utf-8") as f:
            json.dump(gold, f, ensure_ascii=False, indent=1)
            f.write("\n")
        print(nn, meta["encoding"], len(data), "bytes", len(gold["paragraphs"]), "paras", len(gold["noise"]), "noise")
    # perfect-miner output, built from the gold files only
    docs = []
    for nn in BUILDERS:
        with open(os.path.join(OUT, "gold", f"{nn}.json"), encoding="utf-8") as f:
            g = json.load(f)
        blocks = [{"kind": "heading", "level": h["level"], "text": h["text"]} for h in g["headings"]]
        blocks += [{"kind": "paragraph", "text": p["text"], "category": p["category"]} for p in g["paragraphs"]]
        sp = [{"title": g["titles"][0] if g["titles"] else "", "blocks": blocks}]
        sp += [{"title": t, "blocks": []} for t in g["titles"][1:]]
        docs.append({"file": g["file"], "speeches": sp})
    with open(os.path.join(HERE, "perfect.json"), "w", encoding="utf-8") as f:
        json.dump({"documents": docs}, f, ensure_ascii=False, indent=1)


if __name__ == "__main__":
    main()
