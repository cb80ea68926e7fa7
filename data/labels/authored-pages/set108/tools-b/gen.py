#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Writes the five pages of set 108b (06.txt-10.txt) and their gold (gold/NN.json) from one source.

Every page is a list of lines built from chrome (each chrome line is registered as noise or is an allowed
short/punctuation line) and from the speech items in speeches.py. The gold is collected from the same items,
so page and gold cannot drift. Everything is invented.
"""
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from speeches import SPEECHES, TRAD08  # noqa: E402

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


class Page:
    def __init__(self, nn, encoding, eol):
        self.nn, self.encoding, self.eol = nn, encoding, eol
        self.lines = []
        self.titles, self.headings, self.paragraphs, self.noise = [], [], [], []

    def raw(self, line=""):
        """a line that is not labelled: blank, punctuation only, short, or an allowed speaker/date line"""
        self.lines.append(line)

    def chrome(self, line, indent=""):
        """a chrome line, listed whole as noise"""
        self.lines.append(indent + line)
        self.noise.append(line.strip())

    def speech(self, items, pindent="", hindent="", tindent="", dup=None, after_par=None):
        """render one speech; dup maps a line's text to a Traditional original shown first (listed as noise)"""
        dup = dup or {}
        for it in items:
            kind = it[0]
            if kind == "T":
                text = it[1]
                if text in dup:
                    self.chrome(dup[text], tindent)
                self.lines.append(tindent + text)
                self.titles.append(text)
            elif kind in ("S", "D", "G"):
                self.lines.append(tindent + it[1])
            elif kind == "H":
                level, text = it[1], it[2]
                if text in dup:
                    self.chrome(dup[text], hindent)
                self.lines.append(hindent + text)
                self.headings.append({"text": text, "level": level})
            elif kind == "P":
                cat, text = it[1], it[2]
                if text in dup:
                    self.chrome(dup[text], pindent)
                self.lines.append(pindent + text)
                self.paragraphs.append({"text": text, "category": cat, "truncated": False})
                if after_par:
                    after_par(self, len(self.paragraphs))
            elif kind == "R":
                level, head, cat, rest = it[1], it[2], it[3], it[4]
                self.lines.append(pindent + head + "。" + rest)
                self.headings.append({"text": head, "level": level})
                self.paragraphs.append({"text": rest, "category": cat, "truncated": False})
                if after_par:
                    after_par(self, len(self.paragraphs))
            else:
                raise ValueError(kind)

    def write(self):
        text = self.eol.join(self.lines) + self.eol
        with open(os.path.join(ROOT, self.nn + ".txt"), "wb") as f:
            f.write(text.encode(self.encoding))
        gold = {
            "file": self.nn + ".txt",
            "speeches": len(self.titles),
            "titles": self.titles,
            "headings": self.headings,
            "paragraphs": self.paragraphs,
            "noise": self.noise,
        }
        with open(os.path.join(ROOT, "gold", self.nn + ".json"), "w", encoding="utf-8", newline="\n") as f:
            json.dump(gold, f, ensure_ascii=False, indent=1)
            f.write("\n")


# ====================================================================== 06
def page06():
    """a search engine's 网页快照 of a county portal"""
    p = Page("06", "gb18030", "\r\n")
    # --- the snapshot banner
    p.chrome("这是 搜源 对 http://www.fengyang.gov.cn/art/2024/4/19/art_1357_602118.html 的网页快照。它是网页在 2024年4月22日 06:13:49 的显示样子，是搜源抓取网页时对网页所作的备份。")
    p.chrome("此页面可能已经更改。请点击这里查看当前页面 ›　|　不带高亮显示的快照　|　纯文字版快照")
    p.chrome("高亮关键词：安全生产　全体会议　周立恒　讲话　（关键词在页面中以不同颜色标注）")
    p.chrome("搜源与网页 www.fengyang.gov.cn 的作者无关，不对其内容负责。快照时间：2024-04-22 06:13:49")
    p.raw("──────────────────────────────────────────────")
    # --- the county portal's chrome as it was cached
    p.chrome("枫阳县人民政府　www.fengyang.gov.cn　　今天是：2024年4月22日 星期一　多云 15～24℃")
    p.chrome("无障碍浏览 | 长者模式 | 繁體 | 手机版 | 政务微博 | 政务微信 | 个人登录 | 法人登录")
    p.chrome("首页 | 政务公开 | 政务服务 | 政民互动 | 数据开放 | 走进枫阳 | 专题专栏")
    p.chrome("站内搜索：请输入关键词　　高级检索")
    p.raw("搜索")
    p.chrome("当前位置：首页 > 政务公开 > 工作动态 > 领导讲话")
    p.raw("")
    p.chrome("周立恒在县安委会2024年第一次全体会议上的讲话")
    p.chrome("发布时间：2024-04-19 10:32　　来源：县应急管理局　　浏览次数：1367　　【字体：大 中 小】　【打印】　【关闭】")
    p.chrome("摘要：今天召开县安委会全体会议，主要任务是总结2023年全县安全生产工作，分析当前形势，部署今年重点任务。")
    p.raw("")
    # --- the speech
    p.speech(SPEECHES["06"], pindent="　　", tindent="")
    p.raw("")
    p.chrome("（责任编辑：方晓雯　　审核：程立）")
    p.chrome("【打印本页】　【关闭窗口】　【返回顶部】")
    p.chrome("分享到：微信　微博　QQ空间　复制链接")
    p.chrome("上一篇：县政府召开2024年防汛防台工作部署会")
    p.chrome("下一篇：关于2024年一季度全县安全生产形势的通报")
    p.chrome("相关链接")
    p.chrome("· 周立恒在全县安全生产月活动启动仪式上的讲话")
    p.chrome("· 在全县道路交通安全百日攻坚行动动员会上的讲话要点")
    p.chrome("· 县安委办关于开展城镇燃气安全专项整治的通知")
    p.raw("")
    p.chrome("主办：枫阳县人民政府办公室　承办：枫阳县大数据发展中心　地址：枫阳县文昌路1号　电话：0796-5521008")
    p.chrome("网站标识码：3611270011　赣ICP备12003571号-1　赣公网安备 36112702000118号")
    p.write()


# ====================================================================== 07
def page07():
    """a web-archive copy of a city 应急管理局 page"""
    p = Page("07", "utf-8", "\n")
    # --- the archive's toolbar
    p.chrome("时光网页存档馆 · WebShiguang　　输入网址或关键词")
    p.chrome("http://yjj.yunpu.gov.cn/art/2023/5/29/art_2207_417305.html　　前往")
    p.chrome("已存档 42 次，时间跨度：2021年3月8日 — 2024年11月2日")
    p.chrome("◀ 2022　｜　2023　｜　2024 ▶")
    p.chrome("2023年：三月(2) · 四月(3) · 五月(5) · 六月(4) · 七月(2) · 八月(6)")
    p.chrome("六月 2023：　1　●5　8　●14　19　22　●26　30")
    p.chrome("保存时间：2023年6月14日 08:41:12（北京时间）　　存档编号：20230614004112")
    p.chrome("关于本馆 | 常见问题 | 提交网址保存 | 隐藏工具栏 ✕")
    p.raw("══════════════════════════════════════════")
    # --- the archived portal's own chrome
    p.chrome("云浦市应急管理局")
    p.chrome("Yunpu Municipal Emergency Management Bureau")
    p.chrome("首页 | 机构概况 | 政务公开 | 应急动态 | 防灾减灾 | 安全生产 | 应急救援 | 互动交流")
    p.chrome("站内检索 [表单未存档]")
    p.chrome("您现在的位置：首页 > 应急动态 > 领导讲话")
    p.raw("")
    p.chrome("何振东局长在全市防汛暨汛期安全生产工作会议上的讲话")
    p.chrome("发布日期：2023-05-29　　信息来源：市应急管理局办公室　　阅读次数：[脚本未存档]")
    p.raw("")

    def img(pg, n):
        if n == 4:  # after the fourth paragraph: a photo the archive did not keep
            pg.chrome("[图片未存档：会议现场 /web/20230614004112im_/http://yjj.yunpu.gov.cn/picture/0/2305291642.jpg]")

    p.speech(SPEECHES["07"], pindent="　　", tindent="", after_par=img)
    p.raw("")
    p.chrome("【打印本页】【关闭窗口】")
    p.chrome("上一篇：全市应急管理系统“安全生产月”活动动员会召开")
    p.chrome("下一篇：何振东带队检查城南片区在建工地防汛工作")
    p.chrome("主办单位：云浦市应急管理局　地址：云浦市新城区政务中心B座7楼　邮编：318600")
    p.chrome("闽ICP备09031752号-2　网站标识码：3510210034")
    p.raw("══════════════════════════════════════════")
    p.chrome("本页为时光网页存档馆保存的历史版本，页面中的部分图片、脚本和样式可能未被保存。")
    p.write()


# ====================================================================== 08
def page08():
    """a 繁體 page run through a browser 繁简转换/翻译 plugin in bilingual mode for some blocks"""
    p = Page("08", "utf-8", "\r\n")
    p.chrome("译　网页翻译 ▾　　翻译自：繁體中文 → 简体中文　｜　显示原文　｜　显示翻译　｜　双语对照 ✓　｜　始终翻译繁體中文　｜　✕")
    p.chrome("本页面已由“繁简通”插件转换（部分段落双语对照）。原网页：http://big5.xiqiao.gov.cn/gate/big5/www.xiqiao.gov.cn/zwgk/xzdt/202403/t20240313_88142.html")
    p.raw("")
    p.chrome("溪桥县人民政府门户网站")
    p.chrome("首页 | 政务公开 | 新闻中心 | 政务服务 | 互动交流 | 专题专栏 | 简体版")
    p.chrome("當前位置：首頁 > 新聞中心 > 鄉鎮動態")
    p.chrome("当前位置：首页 > 新闻中心 > 乡镇动态")
    p.raw("")
    p.chrome("锦塘镇召开城镇燃气安全专项整治工作部署会（附陈国栋镇长讲话全文）")
    p.chrome("发布时间：2024-03-13 16:05　　来源：锦塘镇人民政府　　浏览次数：742　　【大 中 小】")
    p.raw("")
    p.speech(SPEECHES["08"], dup=TRAD08)
    p.raw("")
    p.chrome("上一篇：锦塘镇开展春季森林防火专项检查")
    p.chrome("下一篇：县应急管理局到锦塘镇督导燃气安全整治工作")
    p.raw("")
    p.chrome("主办：溪桥县人民政府办公室　技术支持：溪桥县信息中心　网站标识码：4408230019")
    p.chrome("粤ICP备11009864号　粤公网安备 44082302000037号")
    p.chrome("译文由繁简通提供 · 仅供参考 · 反馈翻译问题 · 将“繁體中文”加入永不翻译列表")
    p.write()


# ====================================================================== 09
def page09():
    """an enterprise page saved as HTML, tags stripped naively, opened in a text editor"""
    p = Page("09", "utf-8", "\n")
    p.raw("")
    p.raw("")
    p.chrome("华堃建设集团有限公司 - 集团要闻 - 宋立群在集团2023年安全生产月启动仪式上的讲话", "\t")
    p.raw("")
    p.chrome('var _hmt = _hmt || [];(function(){var hm=document.createElement("script");hm.src="https://hm.tongjibao.cn/hm.js?8c1f4e27a0d9";var s=document.getElementsByTagName("script")[0];s.parentNode.insertBefore(hm,s);})();', "\t")
    p.chrome('body{margin:0;padding:0;font:14px/1.8 "Microsoft YaHei",Arial,sans-serif;color:#333}.topbar{height:32px;background:#0b4a8b;color:#fff}.nav li{float:left;padding:0 18px}.article-con p{text-indent:2em;margin:10px 0}', "\t")
    p.raw("")
    p.raw("")
    p.chrome("&nbsp;&nbsp;欢迎访问华堃建设集团有限公司官方网站！&nbsp;&nbsp;|&nbsp;&nbsp;设为首页&nbsp;&nbsp;|&nbsp;&nbsp;加入收藏&nbsp;&nbsp;|&nbsp;&nbsp;English", "\t\t")
    p.chrome("首页集团概况新闻中心工程业绩党建园地安全生产人力资源联系我们", "\t\t")
    p.chrome("onmouseover=\"this.className='on'\" onmouseout=\"this.className=''\">安全环保", "\t\t\t")
    p.raw("")
    p.chrome("当前位置：首页&nbsp;&gt;&gt;&nbsp;新闻中心&nbsp;&gt;&gt;&nbsp;集团要闻", "\t\t")
    p.chrome("&ldquo;守住红线&nbsp;安全回家&rdquo;&mdash;&mdash;宋立群在集团安全生产月启动仪式上的讲话", "\t\t")
    p.chrome("发布时间：2023-06-02&nbsp;&nbsp;&nbsp;来源：安全环保部&nbsp;&nbsp;&nbsp;作者：党群工作部&nbsp;&nbsp;&nbsp;浏览次数：document.write(hits_417)", "\t\t")
    p.chrome("【字体：大&nbsp;中&nbsp;小】&nbsp;&nbsp;【打印】&nbsp;&nbsp;【关闭】", "\t\t")
    p.raw("")

    def leftovers(pg, n):
        if n == 3:
            pg.chrome('" alt="安全生产月启动仪式现场" width="640" height="427" border="0" />', "\t\t\t")
        if n == 6:
            pg.chrome("&nbsp;", "\t\t\t")

    p.speech(SPEECHES["09"], pindent="\t\t\t　　", tindent="\t\t\t", after_par=leftovers)
    p.chrome('style="text-align:right;">（安全环保部&nbsp;供稿）', "\t\t\t")
    p.raw("")
    p.chrome("上一篇：&ldquo;华堃杯&rdquo;职工安全知识竞赛圆满落幕", "\t\t")
    p.chrome("下一篇：集团召开2023年二季度安全生产例会", "\t\t")
    p.raw("")
    p.chrome('$(function(){$(".nav li").hover(function(){$(this).addClass("on");},function(){$(this).removeClass("on");});$("#fontZoom a").click(function(){$(".article-con").css("font-size",$(this).data("size"));});});', "\t")
    p.raw("")
    p.chrome("版权所有&nbsp;&copy;&nbsp;2008-2023&nbsp;华堃建设集团有限公司&nbsp;&nbsp;地址：青溪市滨江大道888号&nbsp;&nbsp;电话：0579-85126600", "\t\t")
    p.chrome("苏ICP备10021836号-3&nbsp;&nbsp;&nbsp;技术支持：青溪网络", "\t\t")
    p.raw("")
    p.write()


# ====================================================================== 10
def page10():
    """a content-farm mirror that scraped the speech"""
    p = Page("10", "gb18030", "\n")
    p.chrome("范文之家网_安全讲话稿_校园安全讲话稿_开学安全会议讲话稿大全")
    p.chrome("设为首页　加入收藏　手机版　投稿　|　范文之家网 www.fanwenzj.net 免费范文下载")
    p.chrome("首页 | 讲话稿 | 工作总结 | 心得体会 | 述职报告 | 演讲稿 | 申请书 | 合同范本")
    p.chrome("您的位置：首页 > 讲话稿 > 安全讲话稿 > 校园安全讲话稿")
    p.raw("")
    p.chrome("【校园安全讲话稿】2024春季学期校园安全工作会议校长讲话稿范文（精选）")
    p.chrome("时间：2024-03-01 04:17:36　来源：网络整理　作者：佚名　阅读：3826次　栏目：安全讲话稿")
    p.chrome("本文由范文之家网自动采集于互联网，仅供学习参考，版权归原作者所有，如有侵权请联系删除。")
    p.chrome("导读：新学期即将开始，今天我们召开全体教职工校园安全工作会议，主要是总结上学期学校安全工作，部署本学期安全工作任务。小编为大家精心整理了校园安全讲话稿，欢迎阅读参考！")
    p.raw("")

    def inject(pg, n):
        if n == 4:
            pg.chrome("本文来源于范文之家网 www.fanwenzj.net，更多校园安全讲话稿请关注本站！")
        if n == 8:
            pg.chrome("【安全讲话稿_校园安全讲话稿_开学工作会议讲话稿】推荐阅读 >>")

    p.speech(SPEECHES["10"], pindent="　　", after_par=inject)
    p.raw("")
    p.chrome("本文由范文之家网于2024-03-01自动采集发布，原文地址已失效，如需删除请发邮件至 admin@fanwenzj.net")
    p.chrome("安全讲话稿_校园安全讲话稿_开学安全会议讲话稿相关阅读：")
    p.chrome("1、2024年春季开学校园安全工作会议校长讲话稿")
    p.chrome("2、在全县中小学安全工作会议上的讲话（精选3篇）")
    p.chrome("3、校园安全讲话稿800字范文")
    p.chrome("4、学校安全生产月活动启动仪式讲话稿")
    p.chrome("5、在防溺水安全教育专题会议上的讲话")
    p.chrome("6、春季开学校长安全讲话稿5篇")
    p.chrome("热门标签：安全讲话稿　校园安全　开学讲话　安全生产月讲话　防溺水讲话　消防安全　领导讲话稿　会议讲话　表态发言")
    p.raw("")
    p.chrome("Copyright © 2015-2024 范文之家网 All Rights Reserved.　粤ICP备15088213号")
    p.chrome("免责声明：本站部分内容来自网络自动采集，如侵犯您的权益，请联系 admin@fanwenzj.net 删除。")
    p.write()


def main():
    for f in (page06, page07, page08, page09, page10):
        f()


if __name__ == "__main__":
    main()
