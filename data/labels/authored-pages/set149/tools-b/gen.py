# -*- coding: utf-8 -*-
"""Builds writer b's pages 06-10 and their gold labels from speeches.py.

usage: python3 gen.py            (writes ../NN.txt, ../gold/NN.json, perfect.json)
"""
import json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
from speeches import SPEECHES  # noqa: E402

NBSP = "\u00a0"
IDS = "\u3000\u3000"   # full-width paragraph indent

# page -> (encoding, BOM bytes, newline)
PAGE_SPECS = {
    "06": ("utf-8", b"", "\n"),
    "07": ("gb18030", b"", "\r\n"),
    "08": ("utf-8", b"\xef\xbb\xbf", "\n"),
    "09": ("utf-16-le", b"\xff\xfe", "\r\n"),
    "10": ("gb18030", b"", "\n"),
}

NO_LINE_START = set("，。、；：！？”’）》」』】,.;:!?)")
SPAN = re.compile(r"⟦(L:)?(.*?)⟧")


def strip_spans(text):
    return SPAN.sub("", text)


def render_inline(text):
    """Page form of a paragraph and the noise strings it carries."""
    noise = []

    def rep(m):
        noise.append(m.group(2))
        return ("\n" + m.group(2) + "\n") if m.group(1) else m.group(2)
    return SPAN.sub(rep, text), noise


def wrap(text, width, first_indent):
    """Hard wrap mid-sentence at a fixed width, as a narrow phone view copied to text does."""
    assert "⟦" not in text
    out, line, w = [], first_indent, len(first_indent)
    for i, ch in enumerate(text):
        line += ch
        w += 1
        nxt = text[i + 1] if i + 1 < len(text) else ""
        # the phone view never starts a line with closing punctuation (it overhangs instead)
        if w >= width and nxt not in NO_LINE_START:
            out.append(line)
            line, w = "", 0
    if line:
        out.append(line)
    return "\n".join(out)


def speech_sequence(sp):
    """Ordered items a page must show for one speech: (kind, text[, extra])."""
    seq = [("title", sp["title"])]
    seq += [("unlabelled", b) for b in sp["byline"]]
    seq.append(("unlabelled", sp["salutation"]))
    for b in sp["blocks"]:
        if b[0] == "h":
            seq.append(("heading", b[2], b[1]))
        else:
            seq.append(("paragraph", strip_spans(b[2]), b[1]))
    return seq


def render_speech(sp, indent=IDS, head_indent="", blank=False, join=None, wrap_at=None,
                  inserts=None, byline_first=False, title_indent=""):
    """Returns (list of text chunks, one per line group; list of noise strings)."""
    inserts = inserts or {}
    lines, noise = [], []
    head = [title_indent + sp["title"]]
    by = list(sp["byline"])
    head = (by + head) if byline_first else (head + by)
    lines += head
    if blank:
        lines.append("")
    lines.append(sp["salutation"])
    body = []            # rendered blocks, one string each
    pending = ""         # a run-in heading waiting for its paragraph
    for i, b in enumerate(sp["blocks"]):
        for n in inserts.get(i, []):
            assert not pending
            body.append(("noise", n))
            noise.append(n)
        if b[0] == "h":
            level, text, runin = b[1], b[2], b[3]
            if runin is None:
                body.append(("block", head_indent + text))
            else:
                if pending:   # a glued heading followed by a run-in sub-heading
                    pending += text + runin
                else:
                    pending = (indent if join is None else "") + text + runin
            continue
        text, ns = render_inline(b[2])
        noise += ns
        if wrap_at and not pending:
            text = wrap(text, wrap_at, indent)
            body.append(("block", text))
        elif pending:
            body.append(("block", pending + text))
            pending = ""
        else:
            body.append(("block", (indent if join is None else "") + text))
    assert not pending
    if join is not None:
        assert all(k == "block" for k, _ in body)
        lines.append(join + join.join(t for _, t in body))
    else:
        for k, t in body:
            lines.append(t)
            if blank:
                lines.append("")
    return lines, noise


# ---------------------------------------------------------------- the pages
# Items: ("n", line) chrome line -> noise; ("", ) blank line; ("s", key, opts) a speech.

def page06():
    return [
        ("n", "澜声新闻"),
        ("n", "首页　要闻　时事　政务　财经　思想　生活　视频"),
        ("n", "澜声号 > 政务 > 苍岭应急发布"),
        ("",),
        ("n", "苍岭市长韩启明：以“零容忍”态度抓好隐患整改 守牢安全生产底线"),
        ("n", "苍岭应急发布"),
        ("n", "2024-03-13 09:41" + NBSP + NBSP + "来源：澜声新闻·澜声号·政务"),
        ("n", "+关注"),
        ("n", "摘要：今天召开全市安全生产工作会议，主要任务是总结去年全市安全生产工作，分析当前形势……"),
        ("",),
        ("n", "原标题：在全市安全生产工作会议上的讲话"),
        ("n", "3月12日，苍岭市召开全市安全生产工作会议，市长韩启明出席会议并讲话。现将讲话全文刊发如下。"),
        ("n", "[图片]"),
        ("n", "▲全市安全生产工作会议现场。图/苍岭应急发布"),
        ("",),
        ("s", "A", dict(indent=IDS, blank=True, inserts={4: ["展开全文", "打开澜声新闻App，查看更多高清图片 >"]})),
        ("n", "责任编辑：周岚　校对：刘洁"),
        ("n", "澜声新闻报料：021-6298 3317"),
        ("n", "本文为澜声号作者或机构在澜声新闻上传并发布，仅代表该作者或机构观点，不代表澜声新闻的观点或立场，澜声新闻仅提供信息发布平台。申请澜声号请用电脑访问http://renzheng.lanshengnews.cn。"),
        ("n", "举报"),
        ("n", "在看 36　　赞 112"),
        ("",),
        ("n", "相关推荐"),
        ("n", "三、层层压实责任｜东港经开区化工园区安全整治“回头看”"),
        ("n", "苍岭：节前安全生产大检查发现并整改隐患1270处"),
        ("n", "全市安全生产工作会议召开 部署今年重点任务"),
        ("n", "临溪区：用好“安全码”让隐患无处藏身"),
        ("",),
        ("n", "热门评论"),
        ("n", "暂无评论，快来抢沙发吧"),
        ("n", "下载澜声新闻客户端"),
        ("n", "关于澜声　在澜声工作　联系我们　广告合作　版权声明　隐私政策"),
        ("n", "沪ICP备17093418号-3" + NBSP + NBSP + "增值电信业务经营许可证：沪B2-20170528"),
        ("n", "© 2014-2024 澜声新闻 版权所有"),
    ]


def page07():
    return [
        ("n", "笃行学苑"),
        ("n", "首页 | 学思想 | 学政策 | 专题学习 | 我的"),
        ("n", "当前位置：专题学习 > 安全生产月 > 学习资料"),
        ("n", "安全生产会议讲话稿学习资料（两篇）"),
        ("n", "来源：笃行学苑·基层治理频道　　发布时间：2024-06-20　　阅读 2.1万"),
        ("n", "学习积分：今日已获 17 分 · 文章学习 +1 · 有效阅读满 1 分钟再得 1 分"),
        ("n", "▶ 点击收听　06:42"),
        ("n", "导读：本期汇编县、镇两级安全生产会议讲话稿各一篇，供基层干部学习参考。"),
        ("n", "篇一"),
        ("s", "B", dict(indent=IDS, inserts={6: ["学习积分 +1　已有效学习 1 分钟"]})),
        ("n", "篇二"),
        ("s", "C", dict(indent=IDS, join=IDS)),
        ("n", "（责任编辑：何思远）"),
        ("n", "本文已累计为你获得学习积分 2 分"),
        ("n", "点赞 315　　收藏　　分享"),
        ("n", "推荐学习"),
        ("n", "一、坚持人民至上 筑牢安全防线｜专题微党课"),
        ("n", "安全生产月丨这些应急避险知识请收好"),
        ("n", "（一）压实“三管三必须”责任 基层怎么干？"),
        ("n", "发表观点"),
        ("n", "写下你的学习心得……"),
        ("n", "笃行学苑 © 2024　京ICP备20051863号"),
    ]


def page08():
    return [
        ("n", "岚川融媒"),
        ("n", "首页　县内　视频　直播　问政　服务"),
        ("n", "▶ 视频｜以案为鉴 守牢底线——程立峰在全县安全生产警示教育大会上讲话（04:18）"),
        ("n", "正在直播　●　岚川县“安全生产月”应急救援演练　1.2万人观看"),
        ("n", "直播预告｜6月15日 19:30 《岚川新闻》"),
        ("",),
        ("n", "程立峰：以案为鉴 全面排查 坚决守牢安全生产底线"),
        ("n", "岚川融媒　2024-06-14 18:22　阅读 8635"),
        ("",),
        ("s", "D", dict(indent="", inserts={4: ["▶ 点击观看：警示教育片《代价》（12:05）"]})),
        ("",),
        ("n", "编辑：苏蔓　初审：钟晓　终审：罗建新"),
        ("n", "分享到：微信　朋友圈　微博"),
        ("n", "评论（36）"),
        ("n", "最热 | 最新"),
        ("n", "老街坊王师傅"),
        ("n", "书记讲到电动车充电，我们小区楼道里天天有人飞线充电，希望物业管一管。"),
        ("n", "06-13 20:41　IP属地：东陵　回复　👍 128"),
        ("n", "白沙砂石厂小刘"),
        ("n", "我们厂上周刚整改完边坡，安全员天天盯着，心里踏实多了"),
        ("n", "06-14 08:15　IP属地：东陵　回复　👍 56"),
        ("n", "山那边的风"),
        ("n", "农村道路弯多路窄，建议多装几个反光镜和护栏"),
        ("n", "06-14 09:02　回复　👍 31"),
        ("n", "查看更多评论 >"),
        ("n", "岚川县融媒体中心主办　东ICP备19027745号-1"),
    ]


def page09():
    return [
        ("n", "华岳建工三公司"),
        ("n", "【置顶】关于开展2024年“安全生产月”活动的通知（附活动方案）"),
        ("n", "各工区、各部门：为深入贯彻落实上级关于安全生产的决策部署，公司决定在6月份开展“安全生产月”活动……点击查看全文"),
        ("",),
        ("n", "点击蓝字　关注我们"),
        ("n", "安全生产月｜项目经理吴振东：盯紧现场 压实责任 确保项目安全形势持续稳定"),
        ("n", "华岳建工三公司　2024年06月04日 17:30　东陵"),
        ("n", "▲ 图为启动会现场"),
        ("n", "编者按：6月3日，滨湖大道快速化改造工程项目部召开“安全生产月”启动会暨二季度安全生产例会，项目经理吴振东作讲话。现将讲话内容整理刊发，供各项目学习借鉴。"),
        ("",),
        ("s", "E", dict(indent=IDS, wrap_at=30)),
        ("",),
        ("n", "— END —"),
        ("n", "文字｜项目部综合办　图片｜陈默　审核｜冯涛"),
        ("n", "往期精彩"),
        ("n", "一、强化“三基”建设｜三公司召开二季度安全生产工作会"),
        ("n", "2. 隐患随手拍：本月曝光问题及整改情况"),
        ("n", "项目动态｜滨湖大道项目首跨钢箱梁顺利吊装"),
        ("n", "分享　收藏　点赞　在看"),
    ]


def page10():
    return [
        ("n", "华澜通讯网"),
        ("n", "首页 > 时政 > 地方 > 正文"),
        ("n", "沈知远在全省安全生产电视电话会议上强调　坚决遏制重特大事故　守牢安全发展底线"),
        ("n", "2024-06-03 09:14:27" + NBSP + "来源：东陵日报"),
        ("n", "【字体：大 中 小】　【打印】　【关闭】"),
        ("n", "【编者按】5月28日，东陵省召开全省安全生产电视电话会议，副省长沈知远出席会议并讲话。本网全文刊发讲话，以飨读者。"),
        ("",),
        ("s", "F", dict(indent=IDS, head_indent="　　", title_indent="　　")),
        ("n", "（全文完）"),
        ("n", "第3页　共3页　上一页　1　2　3"),
        ("n", "【纠错】　【责任编辑：李芸】"),
        ("",),
        ("n", "相关新闻"),
        ("n", "【专题】东陵省安全生产治本攻坚三年行动"),
        ("n", "【深化隐患排查整治】全省组织专家“体检式”检查重点企业"),
        ("n", "东陵省应急管理厅部署汛期安全防范工作"),
        ("n", "网站地图 | 关于我们 | 联系我们 | 版权声明"),
        ("n", "华澜通讯网版权所有　未经授权禁止转载　京ICP备10064752号"),
    ]


PAGES = {"06": page06, "07": page07, "08": page08, "09": page09, "10": page10}


def build(page):
    """Returns (decoded page text with \\n line ends, gold dict, speech keys in order)."""
    lines, noise, keys = [], [], []
    for item in PAGES[page]():
        if item[0] == "n":
            lines.append(item[1])
            noise.append(item[1])
        elif item[0] == "":
            lines.append("")
        else:
            _, key, opts = item
            keys.append(key)
            ls, ns = render_speech(SPEECHES[key], **opts)
            lines += ls
            noise += ns
    text = "\n".join(lines) + "\n"
    gold = {"file": page + ".txt", "speeches": len(keys), "titles": [], "headings": [], "paragraphs": [], "noise": []}
    for k in keys:
        for it in speech_sequence(SPEECHES[k]):
            if it[0] == "title":
                gold["titles"].append(it[1])
            elif it[0] == "heading":
                gold["headings"].append({"text": it[1], "level": it[2]})
            elif it[0] == "paragraph":
                gold["paragraphs"].append({"text": it[1], "category": it[2], "truncated": False})
    gold["noise"] = noise     # one entry per chrome line or injected span, in page order
    return text, gold, keys


def encode(page, text):
    enc, bom, nl = PAGE_SPECS[page]
    return bom + text.replace("\n", nl).encode(enc)


def main():
    os.makedirs(os.path.join(OUT, "gold"), exist_ok=True)
    perfect = {"documents": []}
    for page in PAGES:
        text, gold, keys = build(page)
        with open(os.path.join(OUT, page + ".txt"), "wb") as f:
            f.write(encode(page, text))
        with open(os.path.join(OUT, "gold", page + ".json"), "w", encoding="utf-8") as f:
            json.dump(gold, f, ensure_ascii=False, indent=1)
            f.write("\n")
        doc = {"file": page + ".txt", "speeches": []}
        for k in keys:
            blocks = []
            for it in speech_sequence(SPEECHES[k]):
                if it[0] == "heading":
                    blocks.append({"kind": "heading", "level": it[2], "text": it[1]})
                elif it[0] == "paragraph":
                    blocks.append({"kind": "paragraph", "text": it[1], "category": it[2]})
            doc["speeches"].append({"title": SPEECHES[k]["title"], "blocks": blocks})
        perfect["documents"].append(doc)
        print(page, PAGE_SPECS[page][0], len(gold["paragraphs"]), "paragraphs", len(gold["noise"]), "noise")
    with open(os.path.join(HERE, "perfect.json"), "w", encoding="utf-8") as f:
        json.dump(perfect, f, ensure_ascii=False, indent=1)


if __name__ == "__main__":
    main()
