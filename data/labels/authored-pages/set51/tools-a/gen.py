# -*- coding: utf-8 -*-
"""Generate set51a pages 01.txt-05.txt and gold/NN.json.  Run: /usr/bin/python3 tools/gen.py"""
import json
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from speeches import S01, S02, S03, S04, S05  # noqa: E402

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def logical_lines(items):
    """Printed lines of a speech: list of (kind, text)."""
    out = []
    for it in items:
        k = it[0]
        if k == 'T':
            out.append(('T', it[1]))
        elif k == 'S':
            out.append(('S', it[1]))
        elif k == 'H':
            out.append(('H', it[1]))
        elif k == 'R':
            out.append(('P', it[1] + '。' + it[2]))
        elif k == 'P':
            out.append(('P', it[1]))
    return out


def gold_for(fname, speeches, noise):
    titles, heads, paras = [], [], []
    for items in speeches:
        for it in items:
            k = it[0]
            if k == 'T':
                titles.append(it[1])
            elif k == 'H':
                heads.append({'text': it[1], 'level': it[2]})
            elif k == 'R':
                heads.append({'text': it[1], 'level': it[3]})
                paras.append({'text': it[2], 'category': it[4], 'truncated': False})
            elif k == 'P':
                paras.append({'text': it[1], 'category': it[2], 'truncated': False})
    seen, nz = set(), []
    for n in noise:
        n = n.strip()
        if len(n) >= 4 and n not in seen:
            seen.add(n)
            nz.append(n)
    return {'file': fname, 'speeches': len(titles), 'titles': titles, 'headings': heads,
            'paragraphs': paras, 'noise': nz}


def write(fname, lines, noise, speeches, encoding, eol):
    text = eol.join(lines) + eol
    data = text.encode(encoding)  # strict: fails on unencodable chars
    if encoding == 'utf-16-le':
        data = b'\xff\xfe' + data
    with open(os.path.join(ROOT, fname), 'wb') as f:
        f.write(data)
    # every noise string must really be in the page
    for n in noise:
        assert n.strip() in text, (fname, n)
    g = gold_for(fname, speeches, noise)
    with open(os.path.join(ROOT, 'gold', fname.split('.')[0] + '.json'), 'w', encoding='utf-8') as f:
        json.dump(g, f, ensure_ascii=False, indent=1)
        f.write('\n')


def wrap(s, width, indent=''):
    """Hard-wrap a string at `width` characters (first line carries indent)."""
    s = indent + s
    return [s[i:i + width] for i in range(0, len(s), width)]


def split_n(s, n):
    """Split s into n nearly equal pieces (preview re-wrap)."""
    L = len(s)
    cuts = [round(L * i / n) for i in range(n + 1)]
    return [s[cuts[i]:cuts[i + 1]] for i in range(n)]


# --------------------------------------------------------------------------- 01
def page01():
    noise = []
    L = []

    def N(s):
        noise.append(s)
        L.append(s)

    for s in ['百度首页', '登录 注册', '新闻 网页 贴吧 知道 网盘 图片 视频 地图 文库 资讯 采购 百科',
              '百度知道 > 社会民生 > 其他社会话题']:
        N(s)
    L.append('')
    N('求一篇县长在全县安全生产和消防工作会议上的讲话稿，2000字左右，急用！！')
    N('下周县里要开安全生产和消防工作会，办公室让我先起个草，实在没头绪，有没有好心人给个参考，万分感谢')
    N('悬赏20财富值')
    N('岚溪小办事员 | 浏览2734次 | 2024-02-19 09:41')
    N('我有更好的答案')
    N('邀请更多人回答')
    L.append('')
    N('最佳答案')
    N('笔杆子老周')
    N('推荐于2024-02-20 08:15')
    N('采纳率：87%  擅长：公文写作 机关事务 申论')
    N('以下供参考，具体数字按你们县的实际情况改：')
    L.append('')
    for k, t in logical_lines(S01):
        L.append(t)
    L.append('')
    N('本回答由提问者推荐')
    N('已赞过 已踩过')
    N('你对这个回答的评价是？')
    L.append('评论')
    N('收起')
    N('赞 216 | 踩 9')
    L.append('举报')
    L.append('')
    N('其他回答（2）')
    N('晨风徐来2023 | 2024-02-19 10:26')
    N('建议去文库搜一下，关键词就用“县长 安全生产 消防 讲话”，现成的不少，改改就能用。')
    N('赞 3 | 评论')
    L.append('举报')
    N('江畔老张 | 2024-02-21 15:07')
    N('给你一段开头，我们镇去年开会用过的：')
    N('今天，我们在这里召开全镇安全生产暨森林防火工作会议，主要任务是传达市县两级会议精神，回顾去年全镇安全生产工作，部署今年春防期间的重点任务。')
    N('赞 11 | 评论 2')
    L.append('举报')
    L.append('')
    N('相关问题')
    N('县长在安全生产工作会议上的讲话稿怎么写 1个回答')
    N('消防工作会议上领导讲话开头怎么说比较好 4个回答')
    N('乡镇安全生产工作会议主持词 2个回答')
    N('安全生产月启动仪式讲话稿哪里有 3个回答')
    L.append('')
    N('为您推荐：')
    N('安全生产讲话稿 领导讲话稿范文 消防工作总结 会议主持词')
    N('©2024 Baidu  使用百度前必读  知道协议  企业推广')
    return L, noise


# --------------------------------------------------------------------------- 02
def page02():
    noise = []
    docname = '在南塘街道社区安全生产工作会议上的讲话稿'
    head = []
    for s in ['道客巴巴', '首页 | 分类 | 排行 | 专辑 | 上传文档 | 登录 | 注册', docname + '.doc',
              '格式：DOC | 页数：5 | 上传日期：2024-04-08 16:22:31 | 浏览次数：1,306 | 下载积分：800',
              '加入阅览器 | 收藏 | 分享到：']:
        head.append(s)
        noise.append(s)
    # body lines, hard-wrapped at 40 chars
    body = []
    for k, t in logical_lines(S02):
        if k == 'T':
            body.append('          ' + t)
        elif k == 'S':
            body.append('　　' + t if t == '同志们：' else '              ' + t)
        elif k == 'H':
            body.append('　　' + t)
        else:
            body.extend(wrap(t, 40, '　　'))
    per = 8  # reader pages cut paragraphs wherever the page fills up
    npages = -(-len(body) // per)
    assert npages == 5, (len(body), npages)
    L = list(head)
    tools = ['放大 缩小 全屏', '下载文档到电脑，查找使用更方便']
    noise += tools
    for p in range(npages):
        nav = '< %d/%d >' % (p + 1, npages)
        noise.append(nav)
        L += ['', nav, tools[0], tools[1], '', docname]
        L += body[p * per:(p + 1) * per]
        L.append('')
    noise.append(docname)
    tail = ['本文档由 南塘小编 于 2024-04-08 上传，仅供学习交流使用',
            '相关文档',
            '社区消防安全工作会议讲话稿（2023）',
            '街道安全生产工作总结及下一年度计划',
            '老旧小区电动自行车安全隐患排查方案']
    for s in tail:
        L.append(s)
        noise.append(s)
    return L, noise


# --------------------------------------------------------------------------- 03
def page03():
    noise = []
    L = []

    def N(s):
        noise.append(s)
        L.append(s)

    N('矿长开讲｜安全这根弦，任何时候都不能松！')
    L.append('原创')
    N('宣传科 李娜')
    N('金石沟煤矿安全之声')
    N('2024年04月09日 07:30 山西')
    L.append('')
    N('▲ 二季度安全生产调度会现场')
    L.append('')
    for k, t in logical_lines(S03):
        if k == 'T':
            L.append(t)
        elif k == 'S' and t.startswith('矿长'):
            L.append('——' + t)
        else:
            L.append(t)
        L.append('')
    N('—END—')
    N('审核：王振华 | 编辑：李娜')
    L.append('')
    N('微信扫一扫关注该公众号')
    L.append('')
    N('继续滑动看下一个')
    N('轻触阅读原文')
    L.append('')
    N('向上滑动看下一个')
    L.append('')
    N('预览时标签不可点')
    L.append('')
    N('分享 19')
    N('赞 64')
    N('在看 27')
    L.append('')
    L.append('留言')
    N('写留言')
    N('精选留言')
    N('老井口 山西')
    N('矿长说得实在，支护间距这事确实该好好抓抓了。')
    L.append('12')
    N('安检员小周 山西')
    N('三违查处人次比去年多，说明查得更严了，支持！')
    L.append('7')
    return L, noise


# --------------------------------------------------------------------------- 04
def page04():
    noise = []
    L = []

    def N(s):
        noise.append(s)
        L.append(s)

    N('人民网首页 | 时政 | 地方 | 地方领导 | 观点 | 财经 | 社会 | 图片 | 视频 | 英文版')
    N('人民网 >> 地方领导 >> 领导讲话')
    L.append('')
    N('嵘州市住建局：以“零容忍”态度抓实建筑施工安全')
    N('来源：人民网－地方领导频道  2024年05月14日09:12')
    N('分享到：')
    L.append('')
    N('5月13日，嵘州市召开全市建筑施工安全生产工作会议，市住房和城乡建设局局长许明德在会上强调，要以“零容忍”态度抓实隐患整治，坚决遏制建筑施工事故多发势头。现将讲话全文刊发如下。')
    L.append('')
    for k, t in logical_lines(S04):
        L.append('　　' + t if k in ('P', 'H') or t == '同志们：' else t)
    L.append('')
    N('（责编：周静、韩立）')
    L.append('')
    N('分享让更多人看到')
    L.append('')
    N('推荐阅读')
    N('嵘州启动“安全生产月”系列活动 百余家企业参与')
    N('全市房屋市政工程质量安全提升行动现场会召开')
    N('嵘州：智慧工地平台让塔吊“装上眼睛”')
    N('高温天气下 户外作业人员防暑降温要做好')
    L.append('')
    N('返回顶部')
    N('人民日报社概况 | 关于人民网 | 报社招聘 | 招聘英才 | 广告服务 | 合作加盟 | 供稿服务 | 网站声明')
    N('人民网版权所有，未经书面授权禁止使用')
    N('Copyright (C) 1997-2024 by www.rmw-local.cn. all rights reserved')
    return L, noise


# --------------------------------------------------------------------------- 05
def page05():
    noise = []
    doctitle = '农村自建房安全专项整治推进会讲话（农业农村局）'
    L = []
    head = ['文库首页 > 行业资料 > 农林牧渔', doctitle + '.docx',
            '上传者：禾丰小农 | 2024-06-03 | 1.2万阅读 | 356下载 | 4.6分', '立即下载 | 加入收藏 | 分享']
    L += head
    noise += head
    L.append('')
    body = []
    for k, t in logical_lines(S05):
        if k == 'T':
            body.append('　　' + t)
        elif k in ('S', 'H'):
            body.append('　　' + t)
        else:
            n = 3 if len(t) > 80 else 2
            parts = split_n(t, n)
            body.append('　　' + parts[0])
            body.extend(parts[1:])
    per = 14
    npages = -(-len(body) // per)
    box = ['下载提示', '1. 本站不保证该用户上传的文档完整性，不预览、不比对内容而直接下载产生的反悔问题本站不予受理。',
           '2. 该文档所得收入（下载+内容+预览）归上传者、原创作者所有。', '3. 登录后可充值，立即自动返金币，充值渠道很便利',
           '特别说明：下载前务必先预览，自己验证一下是不是你要下载的文档。', '立即下载']
    noise.append(doctitle)
    for p in range(npages):
        L.append(doctitle)
        L += body[p * per:(p + 1) * per]
        foot = '第%d页 共%d页' % (p + 1, npages)
        L.append(foot)
        noise.append(foot)
        if p == npages // 2 - 1:
            L.append('')
            L += box
            noise += box
            L.append('')
    tail = ['本文档为【农村自建房安全专项整治推进会讲话（农业农村局）】，请使用软件OFFICE或WPS软件打开。',
            '相关文档推荐', '农村自建房安全隐患排查整治工作方案', '经营性自建房安全专项整治总结汇报']
    L += tail
    noise += tail
    return L, noise


def main():
    pages = [
        ('01.txt', page01, [S01], 'utf-8', '\n'),
        ('02.txt', page02, [S02], 'gb18030', '\r\n'),
        ('03.txt', page03, [S03], 'utf-8', '\n'),
        ('04.txt', page04, [S04], 'gbk', '\r\n'),
        ('05.txt', page05, [S05], 'utf-16-le', '\r\n'),
    ]
    for fname, fn, sp, enc, eol in pages:
        lines, noise = fn()
        write(fname, lines, noise, sp, enc, eol)
        han = sum(len(re.findall(r'[\u4e00-\u9fff]', ''.join(
            [it[1] for it in s if it[0] in 'TH'] + [it[1] + it[2] for it in s if it[0] == 'R']
            + [it[1] for it in s if it[0] == 'P']))) for s in sp)
        print(fname, enc, 'lines', len(lines), 'han', han)


if __name__ == '__main__':
    main()
