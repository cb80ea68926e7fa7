// A part of the mining benchmark in a fresh process, started the way bench/run.ts starts each benchmark (node with
// this process's tsx loader), timed by the parent from the spawn to the child's result: its first line on stdout that
// starts with "{", one JSON object. Its stderr goes to ours.
import { spawn } from "node:child_process";
import { performance } from "node:perf_hooks";

export async function runFresh<T>(
  script: string,
  env: Record<string, string> = {},
): Promise<{ result: T; seconds: number }> {
  const start = performance.now();
  const child = spawn(process.execPath, [...process.execArgv, script], {
    cwd: process.cwd(),
    stdio: ["ignore", "pipe", "inherit"],
    env: { ...process.env, ...env },
  });
  let pending = "";
  // Set in the stream's callback (an object, so that the checks below are not narrowed away).
  const found: { line?: string; seconds?: number } = {};
  child.stdout!.on("data", (chunk: Buffer) => {
    pending += chunk.toString();
    const lines = pending.split("\n");
    pending = lines.pop()!;
    for (const line of lines) {
      if (found.line === undefined && line.startsWith("{")) {
        found.seconds = (performance.now() - start) / 1000;
        found.line = line;
      } else process.stderr.write(line + "\n"); // anything else the child printed
    }
  });
  const code = await new Promise<number | null>((resolve, reject) => {
    child.once("error", reject);
    child.once("exit", resolve);
  });
  const { line, seconds } = found;
  if (code !== 0 || line === undefined || seconds === undefined)
    throw new Error(`${script} 失败（退出码 ${code}），见上面的输出。`);
  try {
    return { result: JSON.parse(line) as T, seconds };
  } catch {
    throw new Error(`${script} 的输出不是 JSON：${line.slice(0, 300)}`);
  }
}
