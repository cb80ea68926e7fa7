# -*- coding: utf-8 -*-
"""10.html - Discuz! X3.5 forum thread; the speech is the first post, UTF-8."""

TID = '218734'

HEAD = r'''<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>分享一篇企业安全生产表态发言（自己写的，欢迎拍砖） - 安全文案交流 -  安环人社区 -  Powered by Discuz!</title>
<link href="https://bbs.anhuanren.net/thread-218734-1-1.html" rel="canonical" />
<meta name="keywords" content="分享一篇企业安全生产表态发言（自己写的，欢迎拍砖）" />
<meta name="description" content=" 本帖最后由 安监小陈 于 2025-6-12 08:47 编辑 前几天园区开安全生产目标责任书签订会，我们老总的表态发言稿是我起草的 ... 分享一篇企业安全生产表态发言（自己写的，欢迎拍砖） ,安环人社区" />
<meta name="generator" content="Discuz! X3.5" />
<meta name="author" content="Discuz! Team and Comsenz UI Team" />
<meta name="copyright" content="2001-2025 Tencent Cloud." />
<meta name="MSSmartTagsPreventParsing" content="True" />
<meta http-equiv="MSThemeCompatible" content="Yes" />
<base href="https://bbs.anhuanren.net/" /><link rel="stylesheet" type="text/css" href="data/cache/style_1_common.css?Q7x" /><link rel="stylesheet" type="text/css" href="data/cache/style_1_forum_viewthread.css?Q7x" /><script type="text/javascript">var STYLEID = '1', STATICURL = 'static/', IMGDIR = 'static/image/common', VERHASH = 'Q7x', charset = 'utf-8', discuz_uid = '0', cookiepre = 'Ahr7_2132_', cookiedomain = '', cookiepath = '/', showusercard = '1', attackevasive = '0', disallowfloat = 'newthread', creditnotice = '1|威望|,2|金钱|,3|贡献|', defaultstyle = '', REPORTURL = 'aHR0cHM6Ly9iYnMuYW5odWFucmVuLm5ldC90aHJlYWQtMjE4NzM0LTEtMS5odG1s', SITEURL = 'https://bbs.anhuanren.net/', JSPATH = 'data/cache/', CSSPATH = 'data/cache/style_', DYNAMICURL = '';</script>
<script src="data/cache/common.js?Q7x" type="text/javascript"></script>
<meta name="application-name" content="安环人社区" />
<meta name="msapplication-tooltip" content="安环人社区" />
<script src="data/cache/forum.js?Q7x" type="text/javascript"></script>
<style id="diy_style" type="text/css"></style>
</head>

<body id="nv_forum" class="pg_viewthread" onkeydown="if(event.keyCode==27) return false;">
<div id="append_parent"></div><div id="ajaxwaitid"></div>
<div id="toptb" class="cl">
<div class="wp">
<div class="z"><a href="javascript:;"  onclick="setHomepage('https://bbs.anhuanren.net/');">设为首页</a><a href="https://bbs.anhuanren.net/"  onclick="addFavorite(this.href, '安环人社区');return false;">收藏本站</a></div>
<div class="y">
<a id="switchblind" href="javascript:;" onclick="toggleBlind(this)" title="开启辅助访问" class="switchblind">开启辅助访问</a>
<a href="javascript:;" id="switchwidth" onclick="widthauto(this)" title="切换到宽版" class="switchwidth">切换到宽版</a>
</div>
</div>
</div>

<div id="hd">
<div class="wp">
<div class="hdc cl"><h2><a href="./" title="安环人社区"><img src="static/image/common/logo.png" alt="安环人社区" border="0" /></a></h2><script src="static/js/logging.js?Q7x" type="text/javascript"></script>
<form method="post" autocomplete="off" id="lsform" action="member.php?mod=logging&amp;action=login&amp;loginsubmit=yes&amp;infloat=yes&amp;lssubmit=yes" onsubmit="return lsSubmit();">
<div class="fastlg cl">
<span id="return_ls" style="display:none"></span>
<div class="y pns">
<table cellspacing="0" cellpadding="0">
<tr>
<td><label for="ls_username">帐号</label></td>
<td><input type="text" name="username" id="ls_username" class="px vm xg1"  value="用户名/Email" onfocus="if(this.value == '用户名/Email'){this.value = '';this.className = 'px vm';}" onblur="if(this.value == ''){this.value = '用户名/Email';this.className = 'px vm xg1';}" tabindex="901" /></td>
<td class="fastlg_l"><label for="ls_cookietime"><input type="checkbox" name="cookietime" id="ls_cookietime" class="pc" value="2592000" tabindex="903" />自动登录</label></td>
<td>&nbsp;<a href="javascript:;" onclick="showWindow('login', 'member.php?mod=logging&action=login&viewlostpw=1')">找回密码</a></td>
</tr>
<tr>
<td><label for="ls_password" class="z psw_w">密码</label></td>
<td><input type="password" name="password" id="ls_password" class="px vm" autocomplete="off" tabindex="902" /></td>
<td class="fastlg_l"><button type="submit" class="pn vm" tabindex="904" style="width: 75px;"><em>登录</em></button></td>
<td>&nbsp;<a href="member.php?mod=register" class="xi2 xw1">立即注册</a></td>
</tr>
</table>
</div>
</div>
</form>
</div>

<div id="nv">
<a href="javascript:;" id="qmenu" onmouseover="delayShow(this, function () {showMenu({'ctrlid':'qmenu','pos':'34!','ctrlclass':'a','duration':2});showForummenu(31);})">快捷导航</a>
<ul><li id="mn_portal" ><a href="portal.php" hidefocus="true" title="Portal"  >门户<span>Portal</span></a></li><li class="a" id="mn_forum" ><a href="forum.php" hidefocus="true" title="BBS"  >论坛<span>BBS</span></a></li><li id="mn_N1a2b" ><a href="https://bbs.anhuanren.net/wenku/" hidefocus="true"  >安全文库</a></li><li id="mn_N7c0d" ><a href="https://bbs.anhuanren.net/kaoshi/" hidefocus="true"  >注安考试</a></li><li id="mn_home" ><a href="home.php" hidefocus="true" title="Space"  >家园<span>Space</span></a></li><li id="mn_misc_ranklist" ><a href="misc.php?mod=ranklist" hidefocus="true" title="Ranklist"  >排行榜<span>Ranklist</span></a></li></ul>
</div>
<div id="scbar" class="cl">
<form id="scbar_form" method="post" autocomplete="off" onsubmit="searchFocus($('scbar_txt'))" action="search.php?searchsubmit=yes" target="_blank">
<table cellspacing="0" cellpadding="0">
<tr>
<td class="scbar_txt_td"><input type="text" name="srchtxt" id="scbar_txt" value="请输入搜索内容" autocomplete="off" x-webkit-speech speech /></td>
<td class="scbar_type_td"><a href="javascript:;" id="scbar_type" class="xg1" onclick="showMenu(this.id)" hidefocus="true">搜索</a></td>
<td class="scbar_btn_td"><button type="submit" name="searchsubmit" id="scbar_btn" sc="1" class="pn pnc" value="true"><strong class="xi2">搜索</strong></button></td>
<td class="scbar_hot_td">
<div id="scbar_hot">
<strong class="xw1">热搜: </strong>
<a href="search.php?mod=forum&amp;srchtxt=JSA%E5%88%86%E6%9E%90&amp;formhash=4d1a7c22&amp;searchsubmit=true&amp;source=hotsearch" target="_blank" class="xi2" sc="1">JSA分析</a>
<a href="search.php?mod=forum&amp;srchtxt=%E5%8F%8C%E9%87%8D%E9%A2%84%E9%98%B2&amp;formhash=4d1a7c22&amp;searchsubmit=true&amp;source=hotsearch" target="_blank" class="xi2" sc="1">双重预防</a>
<a href="search.php?mod=forum&amp;srchtxt=%E7%89%B9%E6%AE%8A%E4%BD%9C%E4%B8%9A%E7%A5%A8&amp;formhash=4d1a7c22&amp;searchsubmit=true&amp;source=hotsearch" target="_blank" class="xi2" sc="1">特殊作业票</a>
<a href="search.php?mod=forum&amp;srchtxt=%E6%B3%A8%E5%AE%89%E7%9C%9F%E9%A2%98&amp;formhash=4d1a7c22&amp;searchsubmit=true&amp;source=hotsearch" target="_blank" class="xi2" sc="1">注安真题</a>
</div>
</td>
</tr>
</table>
</form>
</div>
</div>
</div>

<div id="wp" class="wp">
<script type="text/javascript">var fid = parseInt('31'), tid = parseInt('218734');</script>
<script src="data/cache/forum_viewthread.js?Q7x" type="text/javascript"></script>
<script type="text/javascript">zoomstatus = parseInt(1);var imagemaxwidth = '600';var aimgcount = new Array();</script>
<style id="diy_style" type="text/css"></style>
<!--[diy=diynavtop]--><div id="diynavtop" class="area"></div><!--[/diy]-->
<div id="pt" class="bm cl">
<div class="z">
<a href="./" class="nvhm" title="首页">安环人社区</a> <em>&raquo;</em><a href="forum.php">论坛</a> <em>&rsaquo;</em> <a href="forum.php?gid=2">安全管理</a> <em>&rsaquo;</em> <a href="forum-31-1.html">安全文案交流</a> <em>&rsaquo;</em> <a href="thread-218734-1-1.html">分享一篇企业安全生产表态发言（自己写的，欢迎拍砖）</a>
</div>
</div>

<div id="ct" class="wp cl">
<div id="pgt" class="pgs mbm cl ">
<div class="pgt"><div class="pg"><strong>1</strong><a href="thread-218734-2-1.html">2</a><label><input type="text" name="custompage" class="px" size="2" title="输入页码，按回车快速跳转" value="1" onkeydown="if(event.keyCode==13) {window.location='forum.php?mod=viewthread&tid=218734&amp;extra=page%3D1&amp;page='+this.value;; doane(event);}" /><span title="共 2 页"> / 2 页</span></label><a href="thread-218734-2-1.html" class="nxt">下一页</a></div></div>
<span class="y pgb" id="visitedforums"><a href="forum-31-1.html">返回列表</a></span>
<a id="newspecial" onmouseover="$('newspecial').id = 'newspecialtmp';this.id = 'newspecial';showMenu({'ctrlid':this.id})" onclick="showWindow('newthread', 'forum.php?mod=post&action=newthread&fid=31')" href="javascript:;" title="发新帖"><img src="static/image/common/pn_post.png" alt="发新帖" /></a>
<a id="post_reply" onclick="showWindow('reply', 'forum.php?mod=post&action=reply&fid=31&tid=218734')" href="javascript:;" title="回复"><img src="static/image/common/pn_reply.png" border="0" alt="回复" /></a>
</div>

<div id="postlist" class="pl bm">
<table cellspacing="0" cellpadding="0">
<tr>
<td class="pls ptn pbn">
<div class="hm ptn">
<span class="xg1">查看:</span> <span class="xi1">2316</span><span class="pipe">|</span><span class="xg1">回复:</span> <span class="xi1">9</span>
</div>
</td>
<td class="plc ptm pbn vwthd">
<div class="y">
<a href="forum.php?mod=viewthread&amp;action=printable&amp;tid=218734" title="打印" target="_blank"><img src="static/image/common/print.png" alt="打印" class="vm" /></a>
<a href="forum.php?mod=redirect&amp;goto=nextoldset&amp;tid=218734" title="上一主题"><img src="static/image/common/thread-prev.png" alt="上一主题" class="vm" /></a>
<a href="forum.php?mod=redirect&amp;goto=nextnewset&amp;tid=218734" title="下一主题"><img src="static/image/common/thread-next.png" alt="下一主题" class="vm" /></a>
</div>
<h1 class="ts">
<a href="forum.php?mod=forumdisplay&amp;fid=31&amp;filter=typeid&amp;typeid=112">[讲话稿]</a>
<span id="thread_subject">分享一篇企业安全生产表态发言（自己写的，欢迎拍砖）</span>
</h1>
<span class="xg1">
<a href="thread-218734-1-1.html" onclick="return copyThreadUrl(this, '安环人社区')" >[复制链接]</a>
</span>
</td>
</tr>
</table>

<table cellspacing="0" cellpadding="0" class="ad">
<tr>
<td class="pls">
</td>
<td class="plc">
</td>
</tr>
</table>
'''

TAIL = r'''
<div id="postlistreply" class="pl"><div id="post_new" class="viewthread_table" style="display: none"></div></div>
</div>

<form method="post" autocomplete="off" name="modactions" id="modactions">
<input type="hidden" name="formhash" value="4d1a7c22" />
<input type="hidden" name="optgroup" />
<input type="hidden" name="operation" />
<input type="hidden" name="listextra" value="page%3D1" />
<input type="hidden" name="page" value="1" />
</form>

<div class="pgs mtm mbm cl">
<div class="pg"><strong>1</strong><a href="thread-218734-2-1.html">2</a><label><input type="text" name="custompage" class="px" size="2" title="输入页码，按回车快速跳转" value="1" onkeydown="if(event.keyCode==13) {window.location='forum.php?mod=viewthread&tid=218734&amp;extra=page%3D1&amp;page='+this.value;; doane(event);}" /><span title="共 2 页"> / 2 页</span></label><a href="thread-218734-2-1.html" class="nxt">下一页</a></div>
<span class="pgb y"><a href="forum-31-1.html">返回列表</a></span>
<a id="newspecialtmp" onmouseover="$('newspecial').id = 'newspecialtmp';this.id = 'newspecial';showMenu({'ctrlid':this.id})" onclick="showWindow('newthread', 'forum.php?mod=post&action=newthread&fid=31')" href="javascript:;" title="发新帖"><img src="static/image/common/pn_post.png" alt="发新帖" /></a>
</div>

<!--fastpost_start-->
<div id="f_pst" class="pl bm bmw">
<form method="post" autocomplete="off" id="fastpostform" action="forum.php?mod=post&amp;action=reply&amp;fid=31&amp;tid=218734&amp;extra=page%3D1&amp;replysubmit=yes&amp;infloat=yes&amp;handlekey=fastpost" onSubmit="return fastpostvalidate(this)">
<table cellspacing="0" cellpadding="0">
<tr>
<td class="pls">
</td>
<td class="plc">
<span id="fastpostreturn"></span>
<div class="cl">
<div id="fastsmiliesdiv" class="y"><div id="fastsmiliesdiv_data"><div id="fastsmilies"></div></div></div><div class="hasfsl" id="fastposteditor">
<div class="tedt mtn">
<div class="bar">
<span class="y">
<a href="forum.php?mod=post&amp;action=reply&amp;fid=31&amp;tid=218734" onclick="return switchAdvanceMode(this.href)">高级模式</a>
</span><script src="data/cache/seditor.js?Q7x" type="text/javascript"></script>
<div class="fpd">
<a href="javascript:;" title="文字加粗" class="fbld">B</a>
<a href="javascript:;" title="设置文字颜色" class="fclr" id="fastpostforecolor">Color</a>
<a id="fastpostimg" href="javascript:;" title="图片" class="fmg">Image</a>
<a id="fastposturl" href="javascript:;" title="添加链接" class="flnk">Link</a>
<a id="fastpostquote" href="javascript:;" title="引用" class="fqt">Quote</a>
<a id="fastpostcode" href="javascript:;" title="代码" class="fcd">Code</a>
<a href="javascript:;" class="fsml" id="fastpostsml">Smilies</a>
</div></div>
<div class="area">
<div class="pt hm">
您需要登录后才可以回帖 <a href="member.php?mod=logging&amp;action=login" onclick="showWindow('login', this.href)" class="xi2">登录</a> | <a href="member.php?mod=register" class="xi2">立即注册</a>
</div>
</div>
</div>
</div>
<div id="seccheck_fastpost">
</div>

<input type="hidden" name="formhash" value="4d1a7c22" />
<input type="hidden" name="usesig" value="" />
<input type="hidden" name="subject" value="  " />
<p class="ptm pnpost">
<a href="home.php?mod=spacecp&amp;ac=credit&amp;op=rule&amp;fid=31" class="y" target="_blank">本版积分规则</a>
<button type="button" onclick="showWindow('login', 'member.php?mod=logging&action=login&guestmessage=yes')"  name="replysubmit" id="fastpostsubmit" class="pn pnc vm" value="replysubmit" tabindex="5"><strong>发表回复</strong></button>
<label for="fastpostrefresh"><input id="fastpostrefresh" type="checkbox" class="pc" />回帖后跳转到最后一页</label>
</p>
</div>
</td>
</tr>
</table>
</form>
</div>
<!--fastpost_end-->

<div id="visitedforums_menu" class="visited_menu" style="display: none"></div>
</div>

<div id="ft" class="wp cl">
<div id="flk" class="y">
<p>
<a href="archiver/" >Archiver</a><span class="pipe">|</span><a href="forum.php?mobile=yes" >手机版</a><span class="pipe">|</span><a href="forum.php?mod=misc&action=showdarkroom" >小黑屋</a><span class="pipe">|</span><strong><a href="https://bbs.anhuanren.net/" target="_blank">安环人社区</a></strong>
( <a href="javascript:;" target="_blank">苏ICP备16052318号-1</a> )
</p>
<p class="xs0">
GMT+8, 2025-6-18 21:05<span id="debuginfo">
, Processed in 0.071362 second(s), 29 queries
.
</span>
</p>
</div>
<div id="frt">
<p>Powered by <strong><a href="https://www.discuz.vip/" target="_blank">Discuz!</a></strong> <em>X3.5</em></p>
<p class="xs0">&copy; 2001-2025 <a href="https://code.dismall.com/" target="_blank">Discuz! Team</a>.</p>
</div>
</div>
<div id="scrolltop">
<span hidefocus="true"><a title="返回顶部" onclick="window.scrollTo('0','0')" class="scrolltopa" ><b>返回顶部</b></a></span>
<span>
<a href="forum-31-1.html" hidefocus="true" class="returnlist" title="返回列表"><b>返回列表</b></a>
</span>
</div>
<script type="text/javascript">_attachEvent(window, 'scroll', function () { showTopLink(); });checkBlind();</script>
</body>
</html>
'''


def _user_panel(pid, uid, name, threads, posts, credits, group, regdate, online=False):
    return '''<td class="pls" rowspan="2">
<div id="favatar%(pid)s" class="pls favatar">
<a name="lastpost"></a><div class="pi">
<div class="authi"><a href="space-uid-%(uid)s.html" target="_blank" class="xw1">%(name)s</a>
</div>
</div>
<div class="p_pop blk bui card_gender_0" id="userinfo%(pid)s" style="display: none; margin-top: -11px;">
<div class="m z">
<div id="userinfo%(pid)s_ma"></div>
</div>
<div class="i y">
<div>
<strong><a href="space-uid-%(uid)s.html" target="_blank" class="xi2">%(name)s</a></strong>
<em>%(online)s</em>
</div><dl class="cl">
<dt>积分</dt><dd><a href="home.php?mod=space&amp;uid=%(uid)s&amp;do=profile" target="_blank" class="xi2">%(credits)s</a></dd>
</dl><div class="imgs"></div>
</div>
</div>
<div>
<div class="avatar" onmouseover="showauthor(this, 'userinfo%(pid)s')"><a href="space-uid-%(uid)s.html" class="avtm" target="_blank"><img src="https://bbs.anhuanren.net/uc_server/avatar.php?uid=%(uid)s&size=middle" /></a></div>
</div>
<div class="tns xg2"><table cellspacing="0" cellpadding="0"><th><p><a href="home.php?mod=space&uid=%(uid)s&do=thread&type=thread&view=me&from=space" class="xi2">%(threads)s</a></p>主题</th><th><p><a href="home.php?mod=space&uid=%(uid)s&do=thread&type=reply&view=me&from=space" class="xi2">%(posts)s</a></p>帖子</th><td><p><a href="home.php?mod=space&uid=%(uid)s&do=profile" class="xi2">%(credits)s</a></p>积分</td></table></div>

<p><em><a href="home.php?mod=spacecp&amp;ac=usergroup&amp;gid=13" target="_blank">%(group)s</a></em></p>


<p><span id="g_up%(pid)s" onmouseover="display('g_up%(pid)s_menu');setMenuPosition('g_up%(pid)s', 'g_up%(pid)s_menu', '12');"><img src="static/image/common/star_level3.gif" alt="Rank: 5" /><img src="static/image/common/star_level1.gif" alt="Rank: 5" /></span></p>
<dl class="pil cl">
	<dt>积分</dt><dd><a href="home.php?mod=space&uid=%(uid)s&do=profile" target="_blank" class="xi2">%(credits)s</a></dd>
	<dt>注册时间</dt><dd>%(regdate)s</dd>
</dl>
<dl class="pil cl"></dl><ul class="xl xl2 o cl">
<li class="pm2"><a href="home.php?mod=spacecp&amp;ac=pm&amp;op=showmsg&amp;handlekey=showmsg_%(uid)s&amp;touid=%(uid)s&amp;pmid=0&amp;daterange=2&amp;pid=%(pid)s&amp;tid=218734" onclick="showWindow('sendpm', this.href);" title="发消息" class="xi2">发消息</a></li>
</ul>
</div>
</td>''' % dict(pid=pid, uid=uid, name=name, threads=threads, posts=posts, credits=credits,
               group=group, regdate=regdate, online='当前在线' if online else '当前离线')


def _post(pid, uid, name, stats, floor, posttime, message, sign=None, first=False):
    threads, posts, credits, group, regdate = stats
    pi_links = ('<span class="pipe">|</span><a href="forum.php?mod=viewthread&amp;tid=218734&amp;page=1&amp;authorid=%s" rel="nofollow">只看该作者</a>' % uid)
    if first:
        pi_links += ('<span class="none"><img src="static/image/common/arw_r.gif" class="vm" alt="回帖奖励" /></span>'
                     '<span class="pipe show">|</span><a href="forum.php?mod=viewthread&amp;tid=218734&amp;extra=page%3D1&amp;ordertype=1" class="show">倒序浏览</a>'
                     '<span class="pipe show">|</span><a href="javascript:;" onclick="readmode($(\'thread_subject\').innerHTML, 3456789);" class="show">阅读模式</a>')
    floor_html = ('<strong>\n<a href="thread-218734-1-1.html"   id="postnum%s" onclick="setCopy(this.href, \'帖子地址复制成功\');return false;">\n%s</a>\n</strong>' % (pid, floor))
    sig = ''
    if sign:
        sig = '<div class="sign" style="max-height:100px;maxHeightIE:100px;">%s</div>' % sign
    return '''<div id="post_%(pid)s" >
<table id="pid%(pid)s" class="plhin" summary="pid%(pid)s" cellspacing="0" cellpadding="0">
<tr>
%(panel)s
<td class="plc">
<div class="pi">
%(floor)s
<div class="pti">
<div class="pdbt">
</div>
<div class="authi">
<img class="authicn vm" id="authicon%(pid)s" src="static/image/common/online_member.gif" />
<em id="authorposton%(pid)s">发表于 %(time)s</em>
%(links)s
</div>
</div>
</div><div class="pct"><div class="pcb">
<div class="t_fsz">
<table cellspacing="0" cellpadding="0"><tr><td class="t_f" id="postmessage_%(pid)s">
%(message)s</td></tr></table>


</div>
<div id="comment_%(pid)s" class="cm">
</div>

<div id="post_rate_div_%(pid)s"></div>
</div>
</div>

</td></tr>
<tr><td class="plc plm">
%(sig)s
</td>
</tr>
<tr id="_postposition%(pid)s"></tr>
<tr>
<td class="pls"></td>
<td class="plc" style="overflow:visible;">
<div class="po hin">
<div class="pob cl">
<em>
<a class="fastre" href="forum.php?mod=post&amp;action=reply&amp;fid=31&amp;tid=218734&amp;repquote=%(pid)s&amp;extra=page%%3D1&amp;page=1" onclick="showWindow('reply', this.href)">回复</a>
</em>

<p>
<a href="javascript:;" onclick="showWindow('miscreport%(pid)s', 'misc.php?mod=report&rtype=post&rid=%(pid)s&tid=218734&fid=31', 'get', -1);return false;">举报</a>
</p>

</div>
</div>
</td>
</tr>
<tr class="ad">
<td class="pls">
</td>
<td class="plc">
</td>
</tr>
</table>
</div>''' % dict(pid=pid, panel=_user_panel(pid, uid, name, threads, posts, credits, group, regdate),
               floor=floor_html, time=posttime, links=pi_links, message=message, sig=sig)


def _quote(text, who=None, when=None, pid=None):
    if who:
        head = ('<font size="2"><a href="https://bbs.anhuanren.net/forum.php?mod=redirect&amp;goto=findpost&amp;pid=%s&amp;ptid=218734" target="_blank">'
                '<font color="#999999">%s 发表于 %s</font></a></font><br />\r\n' % (pid, who, when))
    else:
        head = ''
    return '<div class="quote"><blockquote>%s%s</blockquote></div><br />\r\n' % (head, text)


def render(speeches, strip_fn):
    s = speeches[0]
    M = []
    M.append('<i class="pstatus"> 本帖最后由 安监小陈 于 2025-6-12 08:47 编辑 </i><br />\r\n<br />\r\n')
    M.append('前几天园区开安全生产目标责任书签订会，我们老总的表态发言稿是我起草的，领导基本没改，分享出来给大家参考。写得不好的地方请各位老师多指教，别直接拿去用哈~<br />\r\n<br />\r\n')
    M.append('<div align="center"><font size="4"><strong>%s</strong></font></div>' % s['title'])
    M.append('<div align="center">%s</div><br />\r\n' % s['pre'][0])
    M.append('%s<br />\r\n' % s['salute'])
    for it in s['body']:
        if it[0] == 'p':
            M.append('　　%s<br />\r\n' % it[2])
        elif it[0] == 'h' and it[1] == 1:
            M.append('　　<strong>%s</strong><br />\r\n' % it[2])
        elif it[0] == 'h':
            M.append('　　<font color="#0000ff">%s</font><br />\r\n' % it[2])
        else:
            raise ValueError(it)
    M.append('<br />\r\n<font color="#808080">（完）</font><br />\r\n')
    M.append('<font color="#808080">PS：数字都改过了，涉及公司的具体情况大家按自己单位实际写。</font>')
    first = ''.join(M)

    SIGN1 = '安全无小事，防患于未然。<br />\r\n专注化工安全管理十年，欢迎交流。'
    posts = []
    posts.append(_post('3456789', '20431', '安监小陈', ('58', '412', '2087', '金牌会员', '2019-5-17'),
                       '楼主', '2025-6-12 08:31', first, SIGN1, first=True))
    # 沙发: Discuz auto-quote of the first post (first ~100 chars, formatting stripped, " ..." appended)
    q1 = ('前几天园区开安全生产目标责任书签订会，我们老总的表态发言稿是我起草的，领导基本没改，分享出来给大家参考。'
          '写得不好的地方请各位老师多指教，别直接拿去用哈~ 在园区安全生产目标责任书签订会议上的表态发言 岚泰化工有限公司 ...')
    posts.append(_post('3456801', '35517', '化工老兵', ('12', '1056', '3342', '论坛元老', '2016-3-2'),
                       '沙发', '2025-6-12 09:05',
                       _quote(q1, '安监小陈', '2025-6-12 08:31', '3456789') +
                       '结构很清楚，三段式，表态发言就该这么写，收藏了。',
                       '化工安全，人命关天'))
    q2 = '所有特殊作业一律实行作业票管理，严格执行风险辨识、能量隔离、气体分析和现场监护……'
    posts.append(_post('3456835', '48820', 'HSE_林工', ('3', '87', '265', '中级会员', '2021-9-28'),
                       '板凳', '2025-6-12 10:17',
                       _quote(q2) + '这条写得好，但建议再加一句承包商作业同样管理，我们园区去年出事的就是外包队伍。',
                       None))
    posts.append(_post('3456872', '20431', '安监小陈', ('58', '412', '2087', '金牌会员', '2019-5-17'),
                       '地板', '2025-6-12 11:40',
                       _quote('这条写得好，但建议再加一句承包商作业同样管理 ...', 'HSE_林工', '2025-6-12 10:17', '3456835') +
                       '谢谢林工，有道理，正式稿里其实加了，发上来的时候删掉了。',
                       SIGN1))
    q3 = '把考核结果与员工绩效工资挂钩……'
    posts.append(_post('3456930', '51273', '小白学安全', ('0', '9', '31', '新手上路', '2025-4-30'),
                       '<em>5</em><sup>#</sup>', '2025-6-13 14:22',
                       _quote(q3) + '请问这个考核具体怎么操作？有没有配套的考核细则可以参考一下，谢谢楼主！',
                       None))
    posts.append(_post('3457016', '35517', '化工老兵', ('12', '1056', '3342', '论坛元老', '2016-3-2'),
                       '<em>6</em><sup>#</sup>', '2025-6-14 08:09',
                       '考核细则论坛文库里有，搜“安全生产责任制考核办法”，一大堆。',
                       '化工安全，人命关天'))
    body = '\n'.join(posts)
    return HEAD + body + TAIL, []
