import { describe, expect, it } from "vitest";
import { keptLines as kept, removalReason, removeNoiseFromPage } from "../testing/page-noise";
import { mineText } from "./text-pipeline";

// Pages written for these tests in the shapes of an eighteenth batch: an office system's mail printout that
// forwards a speech under a note of its own, and a writing platform's column post pasted from Markdown.
const TITLE = "在全县元旦春节前安全生产检查部署会上的讲话";
const OPENING =
  "元旦春节将至，今天召开这个部署会，就是要对节前安全生产检查作出安排，确保全县群众过一个平安祥和的节日。";
const BODY = "各乡镇要对辖区内人员密集场所逐一过筛，重点查疏散通道是否畅通、消防设施是否完好、电气线路是否老化。";
const CLOSING = "同志们，节日安全无小事，希望大家立即行动起来，把各项检查措施落到实处。";

const mail = [
  "××县协同办公系统　邮件打印",
  "==============================",
  "发件人：县安委办 ×××",
  "收件人：各乡镇（街道）安办",
  "主　题：转发：×××主任在节前安全生产检查部署会上的讲话",
  "附　件：1.检查表.xlsx(28KB)；2.分组安排.docx(19KB)",
  "==============================",
  "各单位：",
  "　　现将县安委办×××主任在全县元旦春节前安全生产检查部署会上的讲话",
  "转发给你们，请认真学习贯彻，并于×月×日前报送检查情况。",
  "县安委办　××",
  "2024年12月2×日",
  "------------ 原始文稿 ------------",
  TITLE,
  "县安委办主任　×××",
  "同志们：",
  OPENING,
  BODY,
  CLOSING,
  "附件：1.节前安全生产检查表",
  "　　　2.节前安全生产检查分组安排",
  "------------------------------",
  "本邮件由××县协同办公系统发送，请勿直接回复。",
  "如您不是指定收件人，请立即删除本邮件并通知发件人。",
];

describe("a mail printout that forwards a speech", () => {
  it("removes a labelled rule, the attachment list item by item, and the mail system's footer", () => {
    const { kept: lines, removed } = removeNoiseFromPage(mail);
    for (const line of ["------------ 原始文稿 ------------", "------------------------------"])
      expect(removalReason(removed, line)).toBe("分隔线");
    expect(removalReason(removed, "　　　2.节前安全生产检查分组安排")).toBe("附件");
    expect(removalReason(removed, "本邮件由××县协同办公系统发送，请勿直接回复。")).toBe("邮件页脚");
    expect(removalReason(removed, "如您不是指定收件人，请立即删除本邮件并通知发件人。")).toBe("邮件页脚");
    expect(lines.slice(-4)).toEqual(["同志们：", OPENING, BODY, CLOSING]);
  });

  it("reads the header's attachment field as a field: the note under it is not an attachment", () => {
    const { removed } = removeNoiseFromPage(mail);
    expect(removalReason(removed, "附　件：1.检查表.xlsx(28KB)；2.分组安排.docx(19KB)")).toBe("附件");
    expect(removalReason(removed, "各单位：")).not.toBe("附件");
    expect(removalReason(removed, "县安委办　××")).not.toBe("附件");
  });

  it("mines one speech under its own title, the forwarding note (现将…讲话 / 转发给你们) removed", () => {
    const { speeches } = mineText(mail.join("\n"));
    expect(speeches.map((s) => s.title)).toEqual([TITLE]);
    expect(speeches[0]!.blocks.map((b) => b.text)).toEqual([OPENING, BODY, CLOSING]);
  });
});

describe("a column post pasted from Markdown", () => {
  const post = [
    "【讲话稿】局长在节前安全检查部署会上的讲话（附提纲，可直接改用）",
    "老×说公文 · 2024-12-0× 09:41 · 阅读 2.1k",
    "本文已收录于专栏《笔杆子素材箱》，该专栏共收录讲话稿×篇，订阅专栏可查看全部内容",
    "---",
    `# ${TITLE}`,
    "同志们：",
    OPENING,
    "***",
    BODY,
    CLOSING,
    "---",
    "作者简介",
    "老×说公文，在机关从事文字工作十余年，专注讲话稿素材整理，欢迎关注交流。",
    "",
    "关注作者　　私信",
  ];

  it("removes Markdown rules, the column note, and the author's bio under its label", () => {
    const { kept: lines, removed } = removeNoiseFromPage(post);
    expect(removalReason(removed, "---")).toBe("分隔线");
    expect(removalReason(removed, "***")).toBe("分隔线");
    expect(removalReason(removed, post[2]!)).toBe("网站页眉页脚");
    expect(removalReason(removed, "作者简介")).toBe("来源作者信息");
    expect(removalReason(removed, post[12]!)).toBe("来源作者信息");
    expect(lines).toContain(OPENING);
    expect(lines).toContain(CLOSING);
  });

  it("keeps a speech's own sentence about a column", () => {
    expect(kept([TITLE, "同志们：", "县融媒体中心要开设安全生产专栏，每周刊发一期典型案例。", BODY])).toEqual([
      TITLE,
      "同志们：",
      "县融媒体中心要开设安全生产专栏，每周刊发一期典型案例。",
      BODY,
    ]);
  });
});
