import { describe, expect, it } from "vitest";
import { z } from "zod";
import { dayProblem, optionalDay } from "./day";

const refusal = (schema: z.ZodType, value: unknown) => {
  const r = schema.safeParse(value);
  return r.success ? null : r.error.issues[0]!.message;
};

describe("dayProblem", () => {
  it("accepts real days, 29 February only in a leap year", () => {
    for (const d of ["2025-03-01", "2024-02-29", "2000-02-29", "2026-12-31", "1949-10-01", "2100-01-31"])
      expect(dayProblem("会议日期", d), d).toBeNull();
  });

  it("names the impossible day or month with the field's label", () => {
    expect(dayProblem("会议日期", "2026-02-30")).toBe("会议日期无效：2026年2月没有30日。");
    expect(dayProblem("会议日期", "2025-02-29")).toBe("会议日期无效：2025年2月没有29日。");
    expect(dayProblem("会议日期", "1900-02-29")).toBe("会议日期无效：1900年2月没有29日。");
    expect(dayProblem("讲话日期", "2026-04-31")).toBe("讲话日期无效：2026年4月没有31日。");
    expect(dayProblem("起始日期", "2026-03-00")).toBe("起始日期无效：2026年3月没有0日。");
    expect(dayProblem("起始日期", "2026-13-01")).toBe("起始日期无效：没有13月。");
    expect(dayProblem("起始日期", "2026-00-10")).toBe("起始日期无效：没有0月。");
  });

  it("refuses other spellings and days outside 1949–2100", () => {
    expect(dayProblem("会议日期", "2026/02/03")).toBe("会议日期格式应为 2025-03-01。");
    expect(dayProblem("会议日期", "2026-2-3")).toBe("会议日期格式应为 2025-03-01。");
    expect(dayProblem("会议日期", "1900-01-01")).toBe("会议日期超出了合理的范围。");
    expect(dayProblem("会议日期", "2101-01-01")).toBe("会议日期超出了合理的范围。");
  });
});

describe("optionalDay", () => {
  const schema = optionalDay("会议日期");

  it("reads a day as UTC midnight; empty and null are no day; its own output parses again", () => {
    const d = schema.parse(" 2024-02-29 ");
    expect(d?.toISOString()).toBe("2024-02-29T00:00:00.000Z");
    expect(schema.parse(d)).toBe(d);
    expect(schema.parse("")).toBeNull();
    expect(schema.parse("  ")).toBeNull();
    expect(schema.parse(null)).toBeNull();
  });

  it("refuses an impossible day instead of rolling it over", () => {
    expect(refusal(schema, "2026-02-30")).toBe("会议日期无效：2026年2月没有30日。");
    expect(refusal(schema, 20260230)).toBe("会议日期格式应为 2025-03-01。");
    expect(refusal(schema, new Date("1900-01-01T00:00:00Z"))).toBe("会议日期超出了合理的范围。");
  });
});
