# -*- coding: utf-8 -*-
"""06.html - old TRS-style municipal government CMS page, GBK."""
from html import escape

TEMPLATE = r'''<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gbk" />
<meta http-equiv="X-UA-Compatible" content="IE=EmulateIE7" />
<title>在全市安全生产工作会议上的讲话_领导讲话_澄阳市人民政府</title>
<meta name="SiteName" content="澄阳市人民政府" />
<meta name="SiteDomain" content="www.chengyang.gov.cn" />
<meta name="SiteIDCode" content="3618000012" />
<meta name="ColumnName" content="领导讲话" />
<meta name="ColumnType" content="领导讲话" />
<meta name="ArticleTitle" content="在全市安全生产工作会议上的讲话" />
<meta name="PubDate" content="2025-02-28 16:05" />
<meta name="ContentSource" content="市应急管理局" />
<meta name="Keywords" content="安全生产 工作会议 讲话" />
<meta name="Author" content="市应急管理局" />
<meta name="Description" content="在全市安全生产工作会议上的讲话" />
<meta name="Url" content="http://www.chengyang.gov.cn/zwgk/ldjh/202502/t20250228_4417391.html" />
<link href="../../../images/cy_style.css" rel="stylesheet" type="text/css" />
<style type="text/css">
<!--
body {margin-left:0px;margin-top:0px;margin-right:0px;margin-bottom:0px;background:#e9eef4 url(../../../images/cy_bg.jpg) repeat-x top;}
td,div,p {font-size:12px;font-family:"宋体";}
.hui12 {font-size:12px;color:#5f5f5f;line-height:22px;}
.bai14 {font-size:14px;color:#ffffff;font-weight:bold;}
.bt_title {font-size:22px;font-weight:bold;color:#b20000;line-height:36px;font-family:"微软雅黑","黑体";}
.bt_content {font-size:16px;line-height:32px;color:#222222;}
.lm_title {font-size:14px;color:#0b4a8b;font-weight:bold;}
a:link {color:#333333;text-decoration:none;}
a:visited {color:#333333;text-decoration:none;}
a:hover {color:#c00000;text-decoration:underline;}
.nav a:link,.nav a:visited {color:#ffffff;font-size:15px;font-weight:bold;}
-->
</style>
<script type="text/javascript" src="../../../images/jquery-1.8.3.min.js"></script>
<script type="text/javascript" src="../../../images/cy_common.js"></script>
<script language="javascript">
<!--
function doZoom(size){
	document.getElementById('zoom').style.fontSize=size+'px';
	document.getElementById('zoom').style.lineHeight=(size*2)+'px';
}
function doPrint(){
	var str="<html><head><meta http-equiv='Content-Type' content='text/html; charset=gbk'><title>打印</title></head><body>";
	str+=document.getElementById('printArea').innerHTML;
	str+="</body></html>";
	var w=window.open('','_blank');w.document.write(str);w.document.close();w.print();
}
//-->
</script>
</head>

<body>
<!--头部 begin-->
<table width="1002" border="0" align="center" cellpadding="0" cellspacing="0" bgcolor="#FFFFFF">
  <tr>
    <td height="28" background="../../../images/cy_topbg.gif">
	<table width="98%" border="0" align="center" cellpadding="0" cellspacing="0">
      <tr>
        <td width="45%" align="left" class="hui12"><script language="javascript">
var d=new Date();var w=["日","一","二","三","四","五","六"];
document.write("今天是："+d.getFullYear()+"年"+(d.getMonth()+1)+"月"+d.getDate()+"日 星期"+w[d.getDay()]);
</script></td>
        <td width="55%" align="right" class="hui12"><a href="#" onclick="this.style.behavior='url(#default#homepage)';this.setHomePage('http://www.chengyang.gov.cn');return false;">设为首页</a> | <a href="javascript:window.external.AddFavorite('http://www.chengyang.gov.cn','澄阳市人民政府')">加入收藏</a> | <a href="javascript:void(0);" id="cy_wza">无障碍浏览</a> | <a href="javascript:void(0);" id="cy_zzms">长者模式</a> | <a href="http://m.chengyang.gov.cn/" target="_blank">手机版</a></td>
      </tr>
    </table></td>
  </tr>
  <tr>
    <td height="150" background="../../../images/cy_banner.jpg"><table width="96%" border="0" align="center" cellpadding="0" cellspacing="0">
      <tr>
        <td width="70%"><img src="../../../images/cy_logo.png" width="520" height="86" alt="澄阳市人民政府" /></td>
        <td width="30%" align="right"><form name="searchform" method="get" action="http://search.chengyang.gov.cn/was5/web/search" target="_blank">
          <input name="searchword" type="text" id="searchword" value="请输入关键字" size="22" onfocus="if(this.value=='请输入关键字')this.value='';" />
          <input type="image" src="../../../images/cy_search.gif" align="absmiddle" />
          <input type="hidden" name="channelid" value="261738" />
        </form></td>
      </tr>
    </table></td>
  </tr>
  <tr>
    <td height="40" background="../../../images/cy_navbg.gif"><table width="96%" border="0" align="center" cellpadding="0" cellspacing="0" class="nav">
      <tr>
        <td align="center"><a href="../../../">首　页</a></td>
        <td align="center"><img src="../../../images/cy_navline.gif" width="2" height="40" /></td>
        <td align="center"><a href="../../../zwgk/">政务公开</a></td>
        <td align="center"><img src="../../../images/cy_navline.gif" width="2" height="40" /></td>
        <td align="center"><a href="../../../zwfw/">政务服务</a></td>
        <td align="center"><img src="../../../images/cy_navline.gif" width="2" height="40" /></td>
        <td align="center"><a href="../../../hdjl/">互动交流</a></td>
        <td align="center"><img src="../../../images/cy_navline.gif" width="2" height="40" /></td>
        <td align="center"><a href="../../../zjcy/">走进澄阳</a></td>
        <td align="center"><img src="../../../images/cy_navline.gif" width="2" height="40" /></td>
        <td align="center"><a href="../../../ztzl/">专题专栏</a></td>
      </tr>
    </table></td>
  </tr>
</table>
<!--头部 end-->
<table width="1002" border="0" align="center" cellpadding="0" cellspacing="0" bgcolor="#FFFFFF">
  <tr>
    <td height="8"></td>
  </tr>
</table>
<table width="1002" border="0" align="center" cellpadding="0" cellspacing="0" bgcolor="#FFFFFF">
  <tr>
    <td width="220" valign="top" style="padding-left:10px;">
	<!--左侧栏目 begin-->
	<table width="210" border="0" cellspacing="0" cellpadding="0">
      <tr>
        <td height="36" background="../../../images/cy_lmbg.gif" class="bai14" style="padding-left:40px;">政务公开</td>
      </tr>
      <tr>
        <td style="border:1px solid #c9d7e6;padding:6px 0px;"><table width="90%" border="0" align="center" cellpadding="0" cellspacing="0">
          <tr><td height="30" style="border-bottom:1px dashed #cccccc;"><img src="../../../images/cy_dot.gif" /> <a href="../../ldjj/">市政府领导</a></td></tr>
          <tr><td height="30" style="border-bottom:1px dashed #cccccc;"><img src="../../../images/cy_dot.gif" /> <a href="../../ldhd/">领导活动</a></td></tr>
          <tr><td height="30" style="border-bottom:1px dashed #cccccc;"><img src="../../../images/cy_dot.gif" /> <a href="../"><font color="#c00000">领导讲话</font></a></td></tr>
          <tr><td height="30" style="border-bottom:1px dashed #cccccc;"><img src="../../../images/cy_dot.gif" /> <a href="../../zfwj/">政府文件</a></td></tr>
          <tr><td height="30" style="border-bottom:1px dashed #cccccc;"><img src="../../../images/cy_dot.gif" /> <a href="../../zcjd/">政策解读</a></td></tr>
          <tr><td height="30"><img src="../../../images/cy_dot.gif" /> <a href="../../rsxx/">人事信息</a></td></tr>
        </table></td>
      </tr>
      <tr><td height="10"></td></tr>
      <tr>
        <td><a href="http://www.chengyang.gov.cn/hdjl/szxx/" target="_blank"><img src="../../../images/cy_szxx.jpg" width="210" height="60" border="0" alt="市长信箱" /></a></td>
      </tr>
      <tr><td height="6"></td></tr>
      <tr>
        <td><a href="http://www.chengyang.gov.cn/zwgk/xxgk/" target="_blank"><img src="../../../images/cy_xxgk.jpg" width="210" height="60" border="0" alt="政府信息公开" /></a></td>
      </tr>
    </table>
	<!--左侧栏目 end-->
	</td>
    <td width="772" valign="top">
	<table width="100%" border="0" cellspacing="0" cellpadding="0">
      <tr>
        <td height="34" style="border-bottom:2px solid #0b4a8b;" class="hui12"><img src="../../../images/cy_home.gif" width="16" height="16" align="absmiddle" />&nbsp;您当前的位置：<a href="../../../">首页</a>&nbsp;&gt;&nbsp;<a href="../../">政务公开</a>&nbsp;&gt;&nbsp;<a href="../">领导讲话</a></td>
      </tr>
    </table>
	<div id="printArea">
	<table width="96%" border="0" align="center" cellpadding="0" cellspacing="0">
      <tr>
        <td height="70" align="center" class="bt_title"><font color="#b20000">%%TITLE%%</font></td>
      </tr>
      <tr>
        <td height="32" align="center" class="hui12" style="border-bottom:1px solid #dddddd;">发布时间：2025-02-28 16:05&nbsp;&nbsp;&nbsp;&nbsp;来源：市应急管理局&nbsp;&nbsp;&nbsp;&nbsp;浏览次数：<script language="javascript" src="http://www.chengyang.gov.cn/counter/count.jsp?id=4417391"></script><span id="cy_click">1362</span>&nbsp;&nbsp;&nbsp;&nbsp;【字体：<a href="javascript:doZoom(18)">大</a> <a href="javascript:doZoom(16)">中</a> <a href="javascript:doZoom(14)">小</a>】</td>
      </tr>
      <tr>
        <td height="12"></td>
      </tr>
      <tr>
        <td class="bt_content" id="zoom" style="padding:0px 10px;">
<!--<$[CONTENT]>begin--><div class=TRS_Editor><style type="text/css">
.TRS_Editor P{margin-top:-5px;margin-bottom:12px;line-height:2;font-family:宋体;font-size:12pt;}.TRS_Editor DIV{margin-top:-5px;margin-bottom:12px;line-height:2;font-family:宋体;font-size:12pt;}.TRS_Editor TD{margin-top:-5px;margin-bottom:12px;line-height:2;font-family:宋体;font-size:12pt;}.TRS_Editor TH{margin-top:-5px;margin-bottom:12px;line-height:2;font-family:宋体;font-size:12pt;}.TRS_Editor SPAN{margin-top:-5px;margin-bottom:12px;line-height:2;font-family:宋体;font-size:12pt;}.TRS_Editor FONT{margin-top:-5px;margin-bottom:12px;line-height:2;font-family:宋体;font-size:12pt;}.TRS_Editor UL{margin-top:-5px;margin-bottom:12px;line-height:2;font-family:宋体;font-size:12pt;}.TRS_Editor LI{margin-top:-5px;margin-bottom:12px;line-height:2;font-family:宋体;font-size:12pt;}.TRS_Editor A{margin-top:-5px;margin-bottom:12px;line-height:2;font-family:宋体;font-size:12pt;}</style>
%%BODY%%
</div><!--<$[CONTENT]>end-->
		</td>
      </tr>
      <tr>
        <td height="20"></td>
      </tr>
    </table>
	</div>
	<table width="96%" border="0" align="center" cellpadding="0" cellspacing="0">
      <tr>
        <td height="36" align="right" class="hui12" style="border-top:1px solid #dddddd;"><a href="javascript:doPrint()">【打印本页】</a>&nbsp;&nbsp;<a href="javascript:window.close()">【关闭窗口】</a>&nbsp;&nbsp;</td>
      </tr>
    </table>
	<!--相关信息 begin-->
	<table width="96%" border="0" align="center" cellpadding="0" cellspacing="0">
      <tr>
        <td height="30" class="lm_title" style="border-bottom:1px solid #0b4a8b;">相关信息</td>
      </tr>
      <tr>
        <td class="hui12" style="line-height:26px;padding-top:4px;">
		<img src="../../../images/cy_dot.gif" /> <a href="./202501/t20250124_4398203.html" target="_blank">春节前安全生产和消防安全检查工作部署会议讲话要点</a>&nbsp;&nbsp;2025-01-24<br />
		<img src="../../../images/cy_dot.gif" /> <a href="./202412/t20241219_4371562.html" target="_blank">在全市冬季森林防火工作电视电话会议上的讲话</a>&nbsp;&nbsp;2024-12-19<br />
		<img src="../../../images/cy_dot.gif" /> <a href="./202411/t20241108_4350817.html" target="_blank">在全市城镇燃气安全专项整治推进会上的讲话</a>&nbsp;&nbsp;2024-11-08
		</td>
      </tr>
    </table>
	<!--相关信息 end-->
	</td>
  </tr>
</table>
<!--底部 begin-->
<table width="1002" border="0" align="center" cellpadding="0" cellspacing="0" bgcolor="#FFFFFF">
  <tr>
    <td height="46" align="center" style="border-top:3px solid #0b4a8b;" class="hui12">相关链接：
	<select name="select1" style="width:170px;" onchange="if(this.options[this.selectedIndex].value!=''){window.open(this.options[this.selectedIndex].value);}">
      <option value="" selected="selected">----省级政府网站----</option>
      <option value="http://www.jxszf.gov.cn/">省人民政府</option>
      <option value="http://yjt.jxszf.gov.cn/">省应急管理厅</option>
      <option value="http://fgw.jxszf.gov.cn/">省发展和改革委员会</option>
    </select>
	<select name="select2" style="width:170px;" onchange="if(this.options[this.selectedIndex].value!=''){window.open(this.options[this.selectedIndex].value);}">
      <option value="" selected="selected">----市直部门网站----</option>
      <option value="http://fgw.chengyang.gov.cn/">市发展和改革委员会</option>
      <option value="http://gaj.chengyang.gov.cn/">市公安局</option>
      <option value="http://czj.chengyang.gov.cn/">市财政局</option>
      <option value="http://zrzyj.chengyang.gov.cn/">市自然资源局</option>
      <option value="http://sthjj.chengyang.gov.cn/">市生态环境局</option>
      <option value="http://jtysj.chengyang.gov.cn/">市交通运输局</option>
    </select>
	<select name="select3" style="width:170px;" onchange="if(this.options[this.selectedIndex].value!=''){window.open(this.options[this.selectedIndex].value);}">
      <option value="" selected="selected">----县(市、区)网站----</option>
      <option value="http://www.chengnan.gov.cn/">澄南区人民政府</option>
      <option value="http://www.beiling.gov.cn/">北岭县人民政府</option>
      <option value="http://www.yuanxi.gov.cn/">沅西县人民政府</option>
      <option value="http://www.shiqiao.gov.cn/">石桥市人民政府</option>
    </select>
	</td>
  </tr>
  <tr>
    <td height="110" align="center" bgcolor="#0b4a8b" style="color:#ffffff;line-height:24px;"><table border="0" align="center" cellpadding="0" cellspacing="0">
      <tr>
        <td width="90" align="center"><a href="javascript:void(0);"><img src="../../../images/cy_dzjg.png" width="55" height="64" border="0" alt="党政机关" /></a></td>
        <td align="center" style="color:#ffffff;line-height:24px;"><a href="../../../wzdt/" style="color:#ffffff">网站地图</a> | <a href="../../../lxwm/" style="color:#ffffff">联系我们</a> | <a href="../../../sybz/" style="color:#ffffff">使用帮助</a> | <a href="../../../yssm/" style="color:#ffffff">隐私声明</a><br />
          主办：澄阳市人民政府办公室&nbsp;&nbsp;&nbsp;承办：澄阳市政务服务数据管理局<br />
          地址：澄阳市迎宾大道88号&nbsp;&nbsp;邮编：341900&nbsp;&nbsp;联系电话：0796-8221345<br />
          网站标识码：3618000012&nbsp;&nbsp;<a href="javascript:void(0);" style="color:#ffffff">赣ICP备12004381号</a>&nbsp;&nbsp;<img src="../../../images/cy_ga.png" width="16" height="16" align="absmiddle" /> <a href="javascript:void(0);" style="color:#ffffff">赣公网安备 36180202000117号</a></td>
        <td width="110" align="center"><span id="_jiucuo_" sitecode="3618000012"><img src="../../../images/cy_jiucuo.png" width="110" height="55" border="0" alt="政府网站找错" /></span></td>
      </tr>
    </table></td>
  </tr>
</table>
<!--底部 end-->
<script type="text/javascript">
var _trs_uv = "cyszf_2025", _trs_dt = "2025-02-28";
</script>
<script type="text/javascript" src="../../../images/trs_ta.js"></script>
</body>
</html>
'''

IND = '&nbsp;&nbsp;&nbsp;&nbsp;'


def render(speeches, strip_fn):
    s = speeches[0]
    L = []
    L.append('<p align="center"><font face="楷体_GB2312" size="4">%s</font></p>' % escape(s['pre'][0], quote=False))
    L.append('<p align="center"><font face="楷体_GB2312" size="4">%s</font></p>' % escape(s['pre'][1], quote=False))
    L.append('<font face="仿宋_GB2312" size="4">')
    L.append('%s<br>' % s['salute'])
    n = 0
    for it in s['body']:
        if it[0] == 'p':
            t = strip_fn(it[2])
            n += 1
            if n == 2:
                # hard line break inside the paragraph (pasted from a PDF typeset copy)
                k = t.index('没有发生')
                L.append(IND + t[:k] + '<br>\n' + t[k:] + '<br>')
            elif n == 3:
                # an editor split this paragraph across two <font> runs
                k = t.index('；') + 1
                L.append(IND + t[:k] + '</font><font face="仿宋_GB2312" size="4" color="#000000">' + t[k:] + '<br>')
            else:
                L.append(IND + t + '<br>')
        elif it[0] == 'h' and it[1] == 1:
            L.append(IND + '<font face="黑体">%s</font><br>' % it[2])
        elif it[0] == 'h':
            L.append(IND + '<font face="楷体_GB2312"><b>%s</b></font><br>' % it[2])
        else:
            raise ValueError(it)
    L.append('&nbsp;</font>')
    body = '\n'.join(L)
    html_text = TEMPLATE.replace('%%TITLE%%', s['title']).replace('%%BODY%%', body)
    html_text = html_text.replace('\r\n', '\n').replace('\n', '\r\n')
    return html_text, []   # (html, inline noise)
