# -*- coding: utf-8 -*-
"""08.html - news-portal article page (人民网-like layout), UTF-8."""
import json

HEAD = r'''<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="renderer" content="webkit">
<title>在全县安全生产暨防汛工作会议上的讲话--沣州频道--沣江网</title>
<meta name="keywords" content="安全生产,防汛,棠溪县">
<meta name="description" content="今天，县委、县政府召开全县安全生产暨防汛工作会议，主要任务是深入分析当前安全生产和防汛形势，对近期重点工作进行再动员、再部署。">
<meta name="filetype" content="0">
<meta name="publishedtype" content="1">
<meta name="pagetype" content="1">
<meta name="catalogs" content="F_30417">
<meta name="contentid" content="F_40218376">
<meta name="publishdate" content="2025-06-18">
<meta name="author" content="F_1207">
<meta name="source" content="来源：棠溪县融媒体中心">
<meta name="editor" content="林晓雯、赵一鸣">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" href="https://www.fengjiangnet.cn/css/2024/common.css?v=3">
<link rel="stylesheet" href="https://www.fengjiangnet.cn/css/2024/article.css?v=7">
<style>
.rm_txt_con p{font-size:18px;line-height:1.9;margin:0 0 18px;text-indent:2em;color:#222}
.rm_txt_con figure{margin:10px 0 22px;text-align:center}
.rm_txt_con figcaption{font-size:14px;color:#666;line-height:1.6;margin-top:6px;text-indent:0}
.share-bar a{display:inline-block;width:30px;height:30px;margin-left:6px;background:url(https://www.fengjiangnet.cn/img/2024/share.png) no-repeat;text-indent:-999em;overflow:hidden}
.cmt-item{padding:14px 0;border-bottom:1px solid #eee}
.cmt-item .cmt-name{color:#2d6cb5;font-weight:700}
.cmt-item .cmt-meta{color:#999;font-size:13px}
</style>
<script type="application/ld+json">%%LDJSON%%</script>
<script>
window.__ARTICLE_DATA__ = %%STATE%%;
</script>
</head>
<body>
<div class="top-bar">
  <div class="w1200 clearfix">
    <div class="fl"><a href="https://www.fengjiangnet.cn/" target="_blank">沣江网首页</a><a href="https://fz.fengjiangnet.cn/" target="_blank">沣州频道</a><a href="https://fz.fengjiangnet.cn/szyw/" target="_blank">时政</a><a href="https://fz.fengjiangnet.cn/jj/" target="_blank">经济</a><a href="https://fz.fengjiangnet.cn/sh/" target="_blank">社会</a><a href="https://fz.fengjiangnet.cn/wl/" target="_blank">文旅</a><a href="https://v.fengjiangnet.cn/" target="_blank">视频</a></div>
    <div class="fr"><a href="https://app.fengjiangnet.cn/" target="_blank">沣江新闻客户端</a><span class="sep">|</span><a href="https://passport.fengjiangnet.cn/login" target="_blank">登录</a></div>
  </div>
</div>
<div class="header w1200 clearfix">
  <a class="logo fl" href="https://fz.fengjiangnet.cn/"><img src="https://www.fengjiangnet.cn/img/2024/logo_fz.png" alt="沣江网沣州频道"></a>
  <div class="search fr"><input type="text" placeholder="请输入搜索内容"><button type="button">搜索</button></div>
</div>
<div class="w1200 route"><a href="https://www.fengjiangnet.cn/" target="_blank">沣江网</a>&gt;&gt;<a href="https://fz.fengjiangnet.cn/" target="_blank">沣州频道</a>&gt;&gt;<a href="https://fz.fengjiangnet.cn/szyw/" target="_blank">时政要闻</a></div>
<div class="w1200 main clearfix">
  <div class="col col-1 fl">
    <h1>%%TITLE%%</h1>
    <div class="col-1-1 clearfix">
      <div class="fl">2025年06月18日08:46&nbsp;|&nbsp;来源：<a href="https://www.tangxi-rmt.cn/" target="_blank">棠溪县融媒体中心</a></div>
      <div class="fr share-bar"><span>分享到：</span><a class="wx" href="javascript:;" title="分享到微信">微信</a><a class="wb" href="javascript:;" title="分享到微博">微博</a><a class="qzone" href="javascript:;" title="分享到QQ空间">QQ空间</a><a class="fontsize" href="javascript:;">小字号</a></div>
    </div>
    <div class="rm_txt_con cf">
'''

TAIL = r'''
      <div class="edit cf">(责编：林晓雯、赵一鸣)</div>
    </div>
    <div class="share-bottom clearfix">
      <span class="share-tit">分享让更多人看到</span>
      <div class="share-bar"><a class="wx" href="javascript:;">微信</a><a class="wb" href="javascript:;">微博</a><a class="qzone" href="javascript:;">QQ空间</a><a class="copylink" href="javascript:;">复制链接</a></div>
    </div>
    <div class="box_news">
      <h2>相关新闻</h2>
      <ul>
        <li><a href="https://fz.fengjiangnet.cn/n2/2025/0617/c30417-40217795.html" target="_blank">棠溪县召开防汛抗旱指挥部全体成员会议</a></li>
        <li><a href="https://fz.fengjiangnet.cn/n2/2025/0612/c30417-40213302.html" target="_blank">沣州市部署“安全生产月”重点工作</a></li>
        <li><a href="https://fz.fengjiangnet.cn/n2/2025/0605/c30417-40207761.html" target="_blank">柳湾乡：汛前排查地灾隐患点二十余处</a></li>
      </ul>
    </div>
    <div class="comment" id="rm_comment">
      <div class="cmt-hd clearfix"><h2 class="fl">网友评论</h2><span class="fr">共<em>12</em>条评论</span></div>
      <div class="cmt-form">
        <textarea placeholder="文明上网，理性发言"></textarea>
        <div class="cmt-btns clearfix"><span class="fl">请遵守互联网相关法律法规，文明理性发言</span><button class="fr" type="button">发表评论</button></div>
      </div>
      <div class="cmt-list">
        <div class="cmt-item">
          <div class="cmt-user"><img src="https://www.fengjiangnet.cn/img/2024/avatar_default.png" alt=""><span class="cmt-name">棠溪老周</span><span class="cmt-loc">湖南沣州</span></div>
          <p class="cmt-txt">柳湾乡那几个地灾点去年就说要治理，希望今年汛前能真正落实，别等出事再补救。</p>
          <div class="cmt-meta"><span class="cmt-time">2025-06-18 09:21</span><a href="javascript:;" class="cmt-reply">回复</a><a href="javascript:;" class="cmt-like">赞(23)</a></div>
        </div>
        <div class="cmt-item">
          <div class="cmt-user"><img src="https://www.fengjiangnet.cn/img/2024/avatar_default.png" alt=""><span class="cmt-name">沣州网友7K2Q</span><span class="cmt-loc">湖南长沙</span></div>
          <p class="cmt-txt">讲得实在！经营性自建房确实该好好查一查，我们镇上好几家门面都是加层盖的。</p>
          <div class="cmt-meta"><span class="cmt-time">2025-06-18 10:02</span><a href="javascript:;" class="cmt-reply">回复</a><a href="javascript:;" class="cmt-like">赞(11)</a></div>
        </div>
        <div class="cmt-item">
          <div class="cmt-user"><img src="https://www.fengjiangnet.cn/img/2024/avatar_default.png" alt=""><span class="cmt-name">青石板路</span><span class="cmt-loc">广东深圳</span></div>
          <p class="cmt-txt">在外打工也关注家乡，汛期一定要注意安全，转移群众要提前！</p>
          <div class="cmt-meta"><span class="cmt-time">2025-06-18 13:47</span><a href="javascript:;" class="cmt-reply">回复</a><a href="javascript:;" class="cmt-like">赞(6)</a></div>
        </div>
      </div>
      <div class="cmt-more"><a href="javascript:;">查看全部12条评论</a></div>
    </div>
  </div>
  <div class="col col-2 fr">
    <div class="box_r">
      <h3>24小时排行</h3>
      <ol>
        <li><a href="https://fz.fengjiangnet.cn/n2/2025/0618/c30418-40218402.html" target="_blank">沣州高铁东站改造工程进入主体施工阶段</a></li>
        <li><a href="https://fz.fengjiangnet.cn/n2/2025/0617/c30417-40217654.html" target="_blank">全市“双抢”农机调度会召开</a></li>
        <li><a href="https://fz.fengjiangnet.cn/n2/2025/0617/c30419-40217233.html" target="_blank">棠溪黄桃进入采摘季</a></li>
      </ol>
    </div>
    <div class="box_r">
      <h3>图说沣州</h3>
      <a href="https://fz.fengjiangnet.cn/n2/2025/0616/c30421-40215520.html" target="_blank"><img src="https://fz.fengjiangnet.cn/NMediaFile/2025/0616/FZ202506161512337A.jpg" alt=""><span>沣江夜色</span></a>
    </div>
  </div>
</div>
<div class="footer">
  <div class="w1200">
    <p><a href="https://www.fengjiangnet.cn/about/" target="_blank">网站简介</a> | <a href="https://www.fengjiangnet.cn/gg/" target="_blank">广告服务</a> | <a href="https://www.fengjiangnet.cn/lx/" target="_blank">联系我们</a> | <a href="https://www.fengjiangnet.cn/tg/" target="_blank">招聘信息</a></p>
    <p>沣江网版权所有，未经书面授权禁止使用</p>
    <p>Copyright &copy; 2011-2026 by www.fengjiangnet.cn. all rights reserved</p>
    <p>互联网新闻信息服务许可证编号：43120250017&nbsp;&nbsp;违法和不良信息举报电话：0739-5263014</p>
  </div>
</div>
<script src="https://www.fengjiangnet.cn/js/2024/jquery-3.6.0.min.js"></script>
<script src="https://www.fengjiangnet.cn/js/2024/share.js?v=5"></script>
<script src="https://www.fengjiangnet.cn/js/2024/comment.js?v=12"></script>
</body>
</html>
'''

FIG1 = '''<figure class="pic"><img src="https://fz.fengjiangnet.cn/NMediaFile/2025/0618/FZ202506180846051A.jpg" width="600" alt=""><figcaption>6月16日，棠溪县召开全县安全生产暨防汛工作会议。棠溪县融媒体中心记者 邹睿 摄</figcaption></figure>'''
FIG2 = '''<figure class="pic"><img src="https://fz.fengjiangnet.cn/NMediaFile/2025/0618/FZ202506180846052B.jpg" width="600" alt=""><figcaption>县应急管理局工作人员在柳湾乡清点防汛物资。（资料图）</figcaption></figure>'''


def render(speeches, strip_fn):
    s = speeches[0]
    P = '<p style="text-indent: 2em;">%s</p>'
    out = [FIG1]
    out.append('<p style="text-align: center;">%s</p>' % s['pre'][0])
    out.append('<p style="text-align: center;">%s</p>' % s['pre'][1])
    out.append('<p>%s</p>' % s['salute'])
    k = 0
    for it in s['body']:
        k += 1
        if it[0] == 'p':
            out.append(P % it[2])
        elif it[0] == 'h':
            out.append(P % ('<strong>%s</strong>' % it[2]))
        else:
            out.append(P % ('<strong>%s</strong>%s' % (it[2], it[4])))
        if k == 8:
            out.append(FIG2)
    body = '\n'.join('      ' + c for c in out)
    first = s['body'][0][2]
    ld = {"@context": "https://schema.org", "@type": "NewsArticle",
          "headline": s['title'], "datePublished": "2025-06-18T08:46:00+08:00",
          "author": {"@type": "Organization", "name": "棠溪县融媒体中心"},
          "publisher": {"@type": "Organization", "name": "沣江网"},
          "description": first[:60] + "……",
          "image": ["https://fz.fengjiangnet.cn/NMediaFile/2025/0618/FZ202506180846051A.jpg"]}
    state = {"id": 40218376, "nodeId": 30417, "title": s['title'], "subTitle": "",
             "source": "棠溪县融媒体中心", "editor": "林晓雯、赵一鸣",
             "pubTime": "2025-06-18 08:46:05", "commentCount": 12, "shareCount": 96,
             "summary": first[:48], "keywords": ["安全生产", "防汛", "棠溪县"],
             "paragraphs": len(s['body']), "cover": "FZ202506180846051A.jpg"}
    head = HEAD.replace('%%LDJSON%%', json.dumps(ld, ensure_ascii=False)) \
               .replace('%%STATE%%', json.dumps(state, ensure_ascii=False)) \
               .replace('%%TITLE%%', s['title'])
    return head + body + TAIL, []
