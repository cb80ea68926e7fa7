// Waits for a condition with a deadline (no fixed sleeps): polls every `everyMs` until `check` returns true.
export async function waitFor(
  what: string,
  check: () => boolean | Promise<boolean>,
  opts: { timeoutMs?: number; everyMs?: number } = {},
): Promise<void> {
  const deadline = Date.now() + (opts.timeoutMs ?? 20_000);
  for (;;) {
    if (await check()) return;
    if (Date.now() > deadline) throw new Error(`等待超时：${what}`);
    await new Promise((r) => setTimeout(r, opts.everyMs ?? 25));
  }
}
