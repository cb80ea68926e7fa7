// Builds the Next.js app when the sources changed since the last build (a content hash is kept in .next/).
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const INPUTS = [
  "app",
  "components",
  "lib",
  "public",
  "proxy.ts",
  "next.config.ts",
  "postcss.config.mjs",
  "tsconfig.json",
  "package.json",
  "package-lock.json",
  "prisma/schema.prisma",
];
const SKIP = new Set(["node_modules", ".next", "generated"]);
const STAMP = path.join(ROOT, ".next", "jgt-source-hash");

function walk(p: string, out: string[]) {
  if (!existsSync(p)) return;
  if (statSync(p).isDirectory()) {
    for (const name of readdirSync(p).sort()) if (!SKIP.has(name)) walk(path.join(p, name), out);
  } else out.push(p);
}

export function sourceHash(): string {
  const files: string[] = [];
  for (const input of INPUTS) walk(path.join(ROOT, input), files);
  const h = createHash("sha256");
  for (const f of files) h.update(path.relative(ROOT, f)).update("\0").update(readFileSync(f)).update("\0");
  return h.digest("hex");
}

export function buildIsCurrent(): boolean {
  return (
    existsSync(STAMP) &&
    existsSync(path.join(ROOT, ".next", "BUILD_ID")) &&
    readFileSync(STAMP, "utf8") === sourceHash()
  );
}

export function ensureBuild(log: (s: string) => void = console.log): void {
  if (buildIsCurrent()) return;
  log("正在构建应用（首次启动或代码有更新时需要 1–3 分钟）…");
  const hash = sourceHash();
  const r = spawnSync(process.execPath, [path.join(ROOT, "node_modules", "next", "dist", "bin", "next"), "build"], {
    cwd: ROOT,
    stdio: "inherit",
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
  });
  if (r.status !== 0) throw new Error("构建失败，请查看上面的输出。");
  writeFileSync(STAMP, hash);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    ensureBuild();
  } catch (e) {
    console.error((e as Error).message);
    process.exit(1);
  }
}
