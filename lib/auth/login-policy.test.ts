import { describe, expect, it } from "vitest";
import {
  FREE_TRIES,
  MAX_WAIT_MS,
  addressLimitMessage,
  formatWait,
  pairWaitMessage,
  waitAfter,
  wrongPasswordMessage,
} from "./login-policy";

describe("login policy", () => {
  it("gives five free tries, then waits of 1 s, 2 s, 4 s … capped at 15 minutes", () => {
    expect(FREE_TRIES).toBe(5);
    expect([1, 2, 3, 4].map(waitAfter)).toEqual([0, 0, 0, 0]);
    expect([5, 6, 7, 8].map(waitAfter)).toEqual([1000, 2000, 4000, 8000]);
    expect(waitAfter(14)).toBe(512_000);
    expect(waitAfter(15)).toBe(MAX_WAIT_MS);
    expect(waitAfter(10_000)).toBe(MAX_WAIT_MS);
  });

  it("formats waits in seconds or whole minutes, rounding up", () => {
    expect(formatWait(0)).toBe("1 秒");
    expect(formatWait(1000)).toBe("1 秒");
    expect(formatWait(1001)).toBe("2 秒");
    expect(formatWait(59_000)).toBe("59 秒");
    expect(formatWait(60_000)).toBe("1 分钟");
    expect(formatWait(61_000)).toBe("2 分钟");
    expect(formatWait(MAX_WAIT_MS)).toBe("15 分钟");
  });

  it("says how many tries remain, then how long to wait and that the administrator can reset the password", () => {
    expect(wrongPasswordMessage(1)).toBe(
      "用户名或密码不正确，请重新输入（还可再试 4 次，之后每次失败都要等待更久才能再试）。",
    );
    expect(wrongPasswordMessage(4)).toContain("还可再试 1 次");
    expect(wrongPasswordMessage(5)).toBe(
      "用户名或密码不正确。失败次数过多，请等待 1 秒后再试；如果忘记了密码，请联系管理员重置密码。",
    );
    expect(wrongPasswordMessage(12)).toContain("请等待 3 分钟后再试");
    expect(pairWaitMessage(90_000)).toBe(
      "登录失败次数过多，请等待 2 分钟后再试；如果忘记了密码，请联系管理员重置密码。",
    );
    expect(addressLimitMessage(600_000)).toContain("请等待 10 分钟后再试");
  });
});
