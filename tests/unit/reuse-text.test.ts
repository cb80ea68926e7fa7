// How a reuse warning and the confirm dialog read: a use before the speech's day 已于, one after it 将于.
import { describe, expect, it } from "vitest";
import { describeWarning, reuseTitle } from "../../components/composer/reuse-text";
import type { ReuseWarning } from "../../lib/speeches/types";

const warning = (over: Partial<ReuseWarning>): ReuseWarning => ({
  blockId: "b",
  speechId: "s",
  speechTitle: "在全县安全生产工作会议上的讲话",
  meetingId: "m",
  meetingTitle: "全县安全生产工作会议",
  meetingDate: "2025-03-01",
  date: "2025-03-01",
  later: false,
  usedAt: "2025-02-20T02:00:00.000Z",
  ...over,
});

describe("reuse warning text", () => {
  it("says 已于 for a use before the speech's day and 将于 for one after it", () => {
    expect(describeWarning(warning({}))).toBe(
      "同一讲话人已于2025-03-01在「全县安全生产工作会议」的讲话稿中使用过这段话。",
    );
    expect(describeWarning(warning({ date: "2025-04-10", later: true }))).toBe(
      "同一讲话人将于2025-04-10在「全县安全生产工作会议」的讲话稿中使用这段话。",
    );
  });

  it("names the speech when it has no meeting", () => {
    expect(describeWarning(warning({ meetingId: null, meetingTitle: null, meetingDate: null }))).toBe(
      "同一讲话人已于2025-03-01在讲话稿「在全县安全生产工作会议上的讲话」中使用过这段话。",
    );
  });

  it("titles the confirm dialog by what the warnings hold", () => {
    expect(reuseTitle([warning({})])).toBe("这段话讲话人最近用过");
    expect(reuseTitle([warning({ later: true })])).toBe("这段话讲话人近期将要使用");
    expect(reuseTitle([warning({ later: true }), warning({})])).toBe("这段话讲话人最近用过，近期还将使用");
  });
});
