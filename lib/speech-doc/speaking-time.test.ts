import { describe, expect, it } from "vitest";
import { formatDuration, lengthProgress, speakingMinutes, targetChars } from "./speaking-time";
import { DEFAULT_SETTINGS } from "./types";

const settings = (targetChars: number | null, targetMinutes: number | null, charsPerMinute = 220) => ({
  ...DEFAULT_SETTINGS,
  charsPerMinute,
  targetChars,
  targetMinutes,
});

describe("speakingMinutes", () => {
  it("divides characters by the rate", () => {
    expect(speakingMinutes(2200, 220)).toBe(10);
    expect(speakingMinutes(550, 220)).toBe(2.5);
    expect(speakingMinutes(0, 220)).toBe(0);
  });

  it("falls back to the default rate for a rate that is not a positive number", () => {
    for (const bad of [0, -5, Number.NaN, Number.POSITIVE_INFINITY]) {
      expect(speakingMinutes(2200, bad)).toBe(2200 / DEFAULT_SETTINGS.charsPerMinute);
    }
  });

  it("never goes negative", () => {
    expect(speakingMinutes(-10, 220)).toBe(0);
  });
});

describe("formatDuration", () => {
  it("says 不到 1 分钟 under a minute", () => {
    expect(formatDuration(0)).toBe("不到 1 分钟");
    expect(formatDuration(0.99)).toBe("不到 1 分钟");
    expect(formatDuration(Number.NaN)).toBe("不到 1 分钟");
  });

  it("rounds to the nearest minute", () => {
    expect(formatDuration(1)).toBe("约 1 分钟");
    expect(formatDuration(12.4)).toBe("约 12 分钟");
    expect(formatDuration(12.5)).toBe("约 13 分钟");
    expect(formatDuration(59.4)).toBe("约 59 分钟");
  });

  it("counts hours from 60 minutes", () => {
    expect(formatDuration(59.6)).toBe("约 1 小时");
    expect(formatDuration(60)).toBe("约 1 小时");
    expect(formatDuration(65)).toBe("约 1 小时 5 分钟");
    expect(formatDuration(125.2)).toBe("约 2 小时 5 分钟");
  });

  it("formats a typical speech", () => {
    expect(formatDuration(speakingMinutes(6600, 220))).toBe("约 30 分钟");
  });
});

describe("lengthProgress", () => {
  it("has no target, ratio or state when none is set", () => {
    expect(lengthProgress(3000, settings(null, null))).toEqual({ target: null, ratio: null, state: null });
    expect(lengthProgress(3000, settings(0, 0))).toEqual({ target: null, ratio: null, state: null });
  });

  it("uses the character target", () => {
    expect(lengthProgress(2000, settings(4000, null))).toEqual({ target: 4000, ratio: 0.5, state: "short" });
  });

  it("turns a duration into characters at the speech's rate", () => {
    expect(lengthProgress(3300, settings(null, 15))).toEqual({ target: 3300, ratio: 1, state: "ok" });
    expect(lengthProgress(3000, settings(null, 15, 200)).target).toBe(3000);
  });

  it("prefers the character target when both are set", () => {
    expect(lengthProgress(1000, settings(5000, 15)).target).toBe(5000);
  });

  it("is ok within ±10% and short or long beyond", () => {
    const s = settings(1000, null);
    expect(lengthProgress(899, s).state).toBe("short");
    expect(lengthProgress(900, s).state).toBe("ok");
    expect(lengthProgress(1000, s).state).toBe("ok");
    expect(lengthProgress(1100, s).state).toBe("ok");
    expect(lengthProgress(1101, s).state).toBe("long");
    expect(lengthProgress(0, s)).toEqual({ target: 1000, ratio: 0, state: "short" });
  });

  it("rounds a fractional target to whole characters", () => {
    expect(targetChars(settings(null, 12.5, 230))).toBe(2875);
    expect(targetChars(settings(null, 1 / 3, 220))).toBe(73);
  });
});
