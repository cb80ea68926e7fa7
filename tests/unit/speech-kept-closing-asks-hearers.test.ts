import { describe, expect, it } from "vitest";
import { mineText } from "../../lib/mining/text-pipeline";
import { markReaderPleas } from "../../lib/mining/noise-reader-pleas";

// Pages written for these tests: speeches whose last paragraph asks the hearers, on the condition they found it of
// use, to keep a handbook, follow the town's account or study a practice, the last of the page's text (with or
// without a portal's footer below); and a post whose answerer asks for a like below the speech he quoted.
const HEAD = [
  "在全镇防汛安全知识培训会上的讲话",
  "镇党委副书记、镇长　韩明远",
  "同志们：",
  "今天举办全镇防汛安全知识培训会，主要是让村组干部和网格员掌握汛期巡查和转移避险的要领。刚才，县水利局的专家作了讲解，讲得很透彻。",
  "一、巡查要到位",
  "汛期各村要落实每日巡查制度，重点查山塘、河堤和地质灾害隐患点，发现险情第一时间上报镇防指。",
  "二、转移要果断",
  "遇到强降雨预警，危险区群众要提前转移，做到应转尽转、不落一人，转移后要有专人看守，防止群众擅自返回。",
];
const FOOTER = ["（责任编辑：覃小蕾）", "【打印本页】【关闭窗口】", "上一篇：镇里召开汛前检查工作会"];
const SITE_BUTTONS = ["编辑于 2025-05-12 21:08・IP 属地广西", "赞同 86", "12 条评论", "分享", "收藏"];
const mine = (lines: string[]) => mineText(lines.join("\n"));
const texts = (lines: string[]) => mine(lines).speeches.flatMap((s) => s.blocks.map((b) => b.text));

describe("a speech's closing that asks its hearers to keep, follow or study what was of use", () => {
  const closings = [
    "镇里给每个村印发了一本《防汛避险明白卡汇编》，大家如果觉得有用，回去可以收藏起来，挂在村部墙上经常看一看。",
    "镇里的“平安青溪”公众号每天发布雨情水情，大家要是觉得内容有帮助，就请点个关注，也转给家里的老人。",
    "上游两个村的做法，大家觉得好的、不错的，要多关注、多学习，回去结合本村实际抓好落实。",
    "这次印发的《防汛典型案例选编》，若是觉得有启发，可以收藏起来，组织村组干部反复学习。",
  ];
  const last = "同志们，防汛工作责任重于泰山，希望大家绷紧思想之弦，确保全镇安全度汛。";
  it("keeps the paragraph above the speech's last words, footer or none", () => {
    for (const closing of closings) {
      expect(texts([...HEAD, closing, last])).toContain(closing);
      expect(texts([...HEAD, closing, last, ...FOOTER])).toContain(closing);
    }
  });

  it("keeps it as the speech's last paragraph, or over its 散会", () => {
    for (const closing of closings.slice(1, 3)) {
      expect(texts([...HEAD, closing])).toContain(closing);
      expect(texts([...HEAD, closing, "散会！"])).toContain(closing);
      expect(texts([...HEAD, closing, ...FOOTER])).toContain(closing);
    }
  });

  it("still takes the answerer's plea for a like, and the poster's that names his post", () => {
    const pleas = [
      "这篇是去年替镇里改的稿子，人名地名都换了。觉得有用的话点个赞吧。",
      "码字不易，以上讲话稿对你有帮助的话，点赞收藏支持一下。",
      "喜欢的朋友点个关注，每周更新几篇防汛讲话稿～",
    ];
    for (const plea of pleas) {
      const lines = [...HEAD, last, plea, ...SITE_BUTTONS];
      expect(texts(lines)).toContain(last);
      expect(texts(lines)).not.toContain(plea);
      expect(mine(lines).removed.some((x) => x.text === plea)).toBe(true);
    }
  });
});

describe("the plea rule read alone", () => {
  it("marks the page's plea among the last lines, never the speaker's closing", () => {
    const lines = (last: string) => ["一、巡查要到位", "汛期各村要落实每日巡查制度，发现险情第一时间上报。", last];
    for (const plea of [
      "两篇都不长，念下来十分钟左右。觉得有用的话点个赞吧。",
      "码字不易，以上讲话稿对你有帮助的话，点赞收藏支持一下。",
      "喜欢的朋友点个关注，每周更新几篇防汛讲话稿～",
    ]) {
      const verdict: (string | null)[] = [null, null, null];
      markReaderPleas(lines(plea), verdict);
      expect(verdict[2]).toBe("讲话之后的附言");
    }
    for (const closing of [
      "镇里给每个村印发了一本《防汛避险明白卡汇编》，大家如果觉得有用，回去可以收藏起来，挂在村部墙上经常看一看。",
      "镇里的“平安青溪”公众号每天发布雨情水情，大家要是觉得内容有帮助，就请点个关注，也转给家里的老人。",
      "上游两个村的做法，大家觉得好的、不错的，要多关注、多学习，回去结合本村实际抓好落实。",
      "对他们的好做法，大家觉得不错的，要为他们点赞，回去认真学一学。",
    ]) {
      const verdict: (string | null)[] = [null, null, null];
      markReaderPleas(lines(closing), verdict);
      expect(verdict[2]).toBeNull();
    }
  });
});
