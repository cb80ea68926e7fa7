import { describe, expect, it } from "vitest";
import { formatDateTime, formatDay, formatDayOf } from "../../components/ui/format-date";

describe("dates shown in the UI", () => {
  it("are Beijing time whatever the machine's time zone", () => {
    expect(formatDayOf("2025-03-01T17:00:00.000Z")).toBe("2025-03-02");
    expect(formatDateTime("2025-03-01T17:05:09.000Z")).toBe("2025/3/2 01:05:09");
  });
  it("keep a stored calendar day as written", () => {
    expect(formatDay("2025-03-01T00:00:00.000Z")).toBe("2025-03-01");
    expect(formatDay(null)).toBe("—");
  });
});
