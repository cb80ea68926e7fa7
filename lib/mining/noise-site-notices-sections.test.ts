import { describe, expect, it } from "vitest";
import { COUNTY_SPEECH, COUNTY_SPEECH_BLOCKS } from "../testing/county-speech-lines";
import { textsOf } from "../testing/mined-page";

// Pages written for these tests in the shape of set 141's portal page: a 相关解读 section under the speech, its links
// (a 图解, a 文字解读 repeating the opening, a 媒体解读 headline) and a 政策文件 box of documents' names, all on lines of
// their own with no blank line between them, over the portal's footer; a document's long name reads as text.
const section = [
  "【打印本页】　【关闭窗口】",
  "相关解读",
  "【图解】一图读懂全县安全生产工作会议精神",
  "【文字解读】今天召开全县安全生产工作会议，主要是分析当前形势，部署下一阶段重点工作……",
  "【媒体解读】压实责任链条 我县部署安全生产隐患排查整治",
  "政策文件",
  "××县安全生产委员会关于印发《2025年全县安全生产工作要点》的通知",
  "××县人民政府办公室关于进一步加强城镇燃气、电动自行车和高层建筑消防安全管理工作的实施意见",
];
const footer = [
  "上一篇：在全县防汛工作会议上的讲话",
  "您访问的链接即将离开“××县人民政府”门户网站，是否继续？",
  "网站地图 | 联系我们 | 隐私声明",
  "主办：××县人民政府办公室　　联系电话：0716-8856021",
];

describe("a portal's 相关解读 section under the speech", () => {
  it("drops the section's links and its 政策文件 box, and the footer under them", () => {
    const texts = textsOf([...COUNTY_SPEECH, ...section, ...footer]);
    expect(texts).toEqual(COUNTY_SPEECH_BLOCKS);
  });

  it("keeps a next speech headed by its speaker's bare name over its date", () => {
    const next = "刚才，县长对全县安全生产工作作了全面部署，我完全赞同，下面我就抓好落实再强调两点。";
    const page = [
      ...COUNTY_SPEECH,
      "相关解读",
      "【图解】一图读懂全县安全生产工作会议精神",
      "李明",
      "（2025年3月12日）",
      next,
    ];
    expect(textsOf(page)).toContain(next);
  });
});
