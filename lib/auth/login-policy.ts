// The sign-in lockout policy, as numbers and sentences (no database here; lib/auth/login-throttle.ts applies it).
//
// Per (user name, client address) pair: FREE_TRIES failures cost nothing; each further failure starts a wait of
// FIRST_WAIT_MS, doubling per failure up to MAX_WAIT_MS, during which that pair's attempts are refused without
// checking the password. Success or an administrator's password reset clears the pair; failures are forgotten
// after PAIR_MEMORY_MS without one. Per address, separately: ADDRESS_MAX_FAILURES failures in ADDRESS_WINDOW_MS
// refuse further attempts from it, except for pairs that signed in successfully within KNOWN_PAIR_MS, so one
// office behind one gateway is not locked out by a single person guessing.

const envInt = (name: string, fallback: number) => {
  const n = Number(process.env[name] ?? fallback);
  return Number.isInteger(n) && n > 0 ? n : fallback;
};

export const FREE_TRIES = envInt("LOGIN_FREE_TRIES", 5);
export const FIRST_WAIT_MS = 1000;
export const MAX_WAIT_MS = 15 * 60 * 1000;
export const PAIR_MEMORY_MS = 24 * 60 * 60 * 1000;
export const ADDRESS_MAX_FAILURES = envInt("LOGIN_ADDRESS_MAX_FAILURES", 100);
export const ADDRESS_WINDOW_MS = 15 * 60 * 1000;
export const KNOWN_PAIR_MS = 30 * 24 * 60 * 60 * 1000;

/** Throttling key for requests whose address is unknown (no socket address and no trusted proxy). */
export const UNKNOWN_ADDRESS = "unknown";

/** The wait that the `failures`-th consecutive failure starts (0 while free tries remain). */
export function waitAfter(failures: number): number {
  if (failures < FREE_TRIES) return 0;
  const doublings = Math.min(failures - FREE_TRIES, 30);
  return Math.min(FIRST_WAIT_MS * 2 ** doublings, MAX_WAIT_MS);
}

/** "1 秒", "45 秒", "2 分钟", "15 分钟" (rounded up, never "0 秒"). */
export function formatWait(ms: number): string {
  const seconds = Math.max(1, Math.ceil(ms / 1000));
  return seconds < 60 ? `${seconds} 秒` : `${Math.ceil(seconds / 60)} 分钟`;
}

const FORGOT = "如果忘记了密码，请联系管理员重置密码";

/** After a wrong user name or password, `failures` being the pair's count including this one. */
export function wrongPasswordMessage(failures: number): string {
  const left = FREE_TRIES - failures;
  if (left > 0) return `用户名或密码不正确，请重新输入（还可再试 ${left} 次，之后每次失败都要等待更久才能再试）。`;
  return `用户名或密码不正确。失败次数过多，请等待 ${formatWait(waitAfter(failures))}后再试；${FORGOT}。`;
}

export function pairWaitMessage(retryAfterMs: number): string {
  return `登录失败次数过多，请等待 ${formatWait(retryAfterMs)}后再试；${FORGOT}。`;
}

export function addressLimitMessage(retryAfterMs: number): string {
  return (
    `您所在网络地址的登录失败次数过多，请等待 ${formatWait(retryAfterMs)}后再试；` +
    "近 30 天在此地址成功登录过的账号不受此限制。"
  );
}
