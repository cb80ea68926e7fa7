import { describe, expect, it } from "vitest";
import { removalReason } from "../testing/page-noise";
import { mineText } from "./text-pipeline";

// A QQ group's text export written for these tests: a clerk pastes a head teacher's speech to the staff in several
// messages, each under the time and his name with his number; his own word on the posting comes right after the
// speech's closing, before anyone else speaks.
const TITLE = "在秋季开学安全工作会议上的讲话";
const OPENING =
  "今天召开秋季开学安全工作会议，主要是通报暑期校园安全检查情况，部署开学前后的安全工作。刚才，总务处作了通报，我完全同意。";
const CHECK =
  "开学前，总务处要对教学楼、宿舍、食堂和实验室开展一次全面检查，重点查电路、消防器材和楼梯护栏，发现问题立即整改。";
const DUTY =
  "班主任是本班学生安全第一责任人，任课教师对课堂安全负直接责任，值周教师要落实巡查责任，对失职造成事故的严肃追责。";
const CLOSING = "老师们，校园安全无小事。希望大家从点滴做起，共同守护全校师生的平安，谢谢大家！";
const CLERK = "2024-08-26 9:03:40 育才中学-王主任(2345678901)";
const at = (time: string, who = "育才中学-王主任(2345678901)") => `2024-08-26 ${time} ${who}`;

const page = (afterClosing: string[]) =>
  [
    "消息记录（此消息记录为文本格式，不支持重新导入）",
    "消息对象:全县中学办公室交流群",
    "",
    at("9:01:02", "实验中学-李老师(3456789012)"),
    "谁有开学安全工作会议的讲话稿？",
    "",
    CLERK,
    TITLE,
    "各位老师：",
    OPENING,
    "",
    at("9:04:12"),
    "一、抓好开学前排查",
    CHECK,
    "",
    at("9:04:30", "实验中学-李老师(3456789012)"),
    "太感谢了！",
    "",
    at("9:05:33"),
    "二、压实安全责任",
    DUTY,
    CLOSING,
    "",
    at("9:06:10"),
    ...afterClosing,
    "",
    at("9:07:00", "实验中学-李老师(3456789012)"),
    "收到，学习了",
  ].join("\n");

const blocksOf = (text: string) => mineText(text).speeches.flatMap((s) => s.blocks.map((b) => b.text));

describe("the poster's note on his posting, right after the speech's closing", () => {
  it("removes it (发完了 / 传群文件), the closing naming the hearers as 老师们，…", () => {
    const note = "发完了，文档我晚点传群文件。";
    const mined = mineText(page([note]));
    expect(mined.speeches.flatMap((s) => s.blocks.map((b) => b.text))).toEqual([
      OPENING,
      "一、抓好开学前排查",
      CHECK,
      "二、压实安全责任",
      DUTY,
      CLOSING,
    ]);
    expect(removalReason(mined.removed, note)).toBe("发帖人在讲话后的留言");
  });

  it("keeps what a speech could add there: a request for others' papers, a point added on", () => {
    const ask = "请各年级会后把word版安全预案报总务处。";
    expect(blocksOf(page([ask]))).toContain(ask);
    const more = "另外，校车接送的安全也要抓紧，各年级要把乘车学生名单报总务处。";
    expect(blocksOf(page([more]))).toContain(more);
  });
});
