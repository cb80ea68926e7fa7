import { describe, expect, it } from "vitest";
import { mineText } from "../../lib/mining/text-pipeline";

// A page written for these tests in the shape of a Q&A site's answer that quotes a speech: the answerer's remark and
// his plea for a like below the speech's closing (which addresses 老师们, no closing the miner knows), then the
// site's buttons.
const SPEECH = [
  "在全校2025年春季开学安全工作会议上的讲话",
  "县第二中学校长　熊启明",
  "老师们：",
  "今天召开春季开学安全工作会议，主要是部署开学前后的校园安全工作。刚才，政教处通报了寒假期间的安全检查情况，我都同意。",
  "一、把形势看得更清一些",
  "寒假期间，全县发生学生溺水和燃放烟花受伤事件各1起，虽然不在我校，但教训就在身边。新学期我校住校生比去年增加了120人，宿舍和食堂的安全压力明显加大。",
  "二、把隐患查得更细一些",
  "开学前，总务处要对教学楼、宿舍、食堂和实验室逐一检查，重点查电线老化、护栏松动和消防器材失效问题，发现隐患当天登记、限期整改。",
  "老师们，孩子们的平安是每个家庭最大的期盼，请各处室、各年级组会后立即行动，把今天部署的任务逐项落实到位。",
];
const BUTTONS = ["编辑于 2025-02-20 22:41・IP 属地湖南", "赞同 128", "21 条评论", "分享", "收藏"];
const mine = (lines: string[]) => mineText(lines.join("\n"));
const texts = (lines: string[]) =>
  mine(lines)
    .speeches.flatMap((s) => s.blocks.map((b) => b.text))
    .join("\n");

describe("the answerer's plea for a like at the end of the page's text", () => {
  it("takes the remark and plea out below the speech", () => {
    for (const plea of [
      "这篇不长，念下来十分钟左右，适合一般的开学部署会。觉得有用的话点个赞吧。",
      "这篇是去年替学校改的稿子，单位和人名都换了，大家如果觉得有帮助，记得点个赞再走。",
    ]) {
      const r = mine([...SPEECH, plea, ...BUTTONS]);
      expect(texts([...SPEECH, plea, ...BUTTONS])).not.toContain(plea);
      expect(r.removed.find((x) => x.text === plea)?.reason).toBe("讲话之后的附言");
    }
  });

  it("keeps a speech's own call to pass a notice on, and a plea-like line followed by more of the speech", () => {
    const own = "请大家把这份安全提醒转发到班级家长群，让每一位家长都看到。";
    expect(texts([...SPEECH, own, ...BUTTONS])).toContain(own);
    const inside = "这些做法如果觉得有用，各年级组可以点赞推广，互相学习。";
    const lines = [...SPEECH.slice(0, 6), inside, ...SPEECH.slice(6), ...BUTTONS];
    expect(texts(lines)).toContain(inside);
  });
});
