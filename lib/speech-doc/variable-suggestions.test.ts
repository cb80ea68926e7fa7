import { describe, expect, it } from "vitest";
import { variableSuggestions } from "./variable-suggestions";

describe("variableSuggestions", () => {
  it("takes the meeting's name, date and place", () => {
    const s = variableSuggestions({
      date: "2026-11-30",
      meeting: { title: "全县安全生产工作会议", date: "2026-12-03", location: "县政府三楼会议室" },
    });
    expect(s).toEqual({ meetingName: "全县安全生产工作会议", date: "2026年12月3日", place: "县政府三楼会议室" });
  });

  it("falls back to the speech's own date and leaves out what nobody said", () => {
    expect(variableSuggestions({ date: "2027-01-09", meeting: null })).toEqual({ date: "2027年1月9日" });
    expect(variableSuggestions({ date: null, meeting: { title: " ", date: null, location: null } })).toEqual({});
  });
});
