import { describe, expect, it } from "vitest";
import { meetingTypeOfSpeech, meetingTypeOfTitle } from "./meeting-type";

describe("meetingTypeOfTitle", () => {
  it.each([
    ["在2024年第一季度安全生产会议上的讲话", "季度例会"],
    ["在全区2024年第一季度安全生产工作会议上的讲话", "季度例会"],
    ["在2020年全县安全生产工作会议上的讲话", "安全生产工作会议"],
    ["市长在2024年全市安全生产工作会议上的讲话", "安全生产工作会议"],
    ["2024年安全生产整治会讲话", "专项部署会"],
    ["在市安委会全体（扩大）会议上的发言", "安委会全体会议"],
    ["在县安全生产委员会全体会议上的讲话", "安委会全体会议"],
    ["在全县安全生产警示教育大会上的讲话", "警示教育大会"],
    ["在2025年“安全生产月”活动启动仪式上的讲话", "安全生产月启动仪式"],
  ])("%s → %s", (title, type) => {
    expect(meetingTypeOfTitle(title)).toBe(type);
  });

  it("gives null for a title that names no meeting type, and for none", () => {
    expect(meetingTypeOfTitle("在全县经济工作会议上的讲话")).toBeNull();
    expect(meetingTypeOfTitle("")).toBeNull();
    expect(meetingTypeOfTitle(null)).toBeNull();
  });
});

describe("meetingTypeOfSpeech", () => {
  it("takes the meeting's type, else reads the titles in order; 其他 counts as unknown", () => {
    expect(meetingTypeOfSpeech("季度例会", "在全县安委会全体会议上的讲话")).toBe("季度例会");
    expect(meetingTypeOfSpeech("其他", "全县安委会全体会议", "讲话")).toBe("安委会全体会议");
    expect(meetingTypeOfSpeech(null, null, "在全县警示教育大会上的讲话")).toBe("警示教育大会");
    expect(meetingTypeOfSpeech(null, "务虚会", "讲话")).toBeNull();
  });
});
