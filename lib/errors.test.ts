import { describe, expect, it } from "vitest";
import { AppError, isAppError, type AppErrorCode } from "./errors";

describe("AppError", () => {
  it("maps every code to its HTTP status", () => {
    const expected: Record<AppErrorCode, number> = {
      unauthenticated: 401,
      forbidden: 403,
      not_found: 404,
      invalid_input: 400,
      conflict: 409,
      rate_limited: 429,
      too_large: 413,
      unsupported: 415,
      unavailable: 503,
      internal: 500,
    };
    for (const [code, status] of Object.entries(expected) as [AppErrorCode, number][]) {
      const e = new AppError(code, "提示", { field: "x" });
      expect([e.code, e.status, e.message, e.details, e.name]).toEqual([
        code,
        status,
        "提示",
        { field: "x" },
        "AppError",
      ]);
    }
  });

  it("isAppError tells AppErrors from other errors", () => {
    expect(isAppError(new AppError("conflict", "冲突"))).toBe(true);
    expect(isAppError(new Error("x"))).toBe(false);
    expect(isAppError({ code: "conflict", status: 409 })).toBe(false);
  });
});
