import { describe, expect, it } from "vitest";
import { formatSize } from "@/components/ui/format-size";

describe("formatSize", () => {
  it("picks the unit a person expects (no more 19531.3 KB)", () => {
    expect(formatSize(0)).toBe("0 B");
    expect(formatSize(512)).toBe("512 B");
    expect(formatSize(1536)).toBe("1.5 KB");
    expect(formatSize(19531.3 * 1024)).toBe("19.1 MB");
    expect(formatSize(150 * 1024 * 1024)).toBe("150 MB");
    expect(formatSize(2048)).toBe("2 KB");
    expect(formatSize(-1)).toBe("—");
  });
});
