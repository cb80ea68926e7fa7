// Finds a Chromium to drive: PLAYWRIGHT_CHROMIUM_EXECUTABLE, the system's (/usr/bin/chromium), or Playwright's
// own download where one exists. Playwright's download does not work on our machines, so we never trigger it.
import { existsSync } from "node:fs";
import { chromium } from "@playwright/test";

const SYSTEM_CANDIDATES = [
  "/usr/bin/chromium",
  "/usr/bin/chromium-browser",
  "/usr/bin/google-chrome",
  "/snap/bin/chromium",
];

/** Flags for a headless Chromium on our machines: no sandbox as root, no GPU, and no background connections
 * (the closed network refuses them). Shared by the end-to-end tests and the composer benchmark. */
export const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-dev-shm-usage",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

export function findChromium(): string | null {
  const fromEnv = process.env.PLAYWRIGHT_CHROMIUM_EXECUTABLE;
  if (fromEnv) return existsSync(fromEnv) ? fromEnv : null;
  for (const p of SYSTEM_CANDIDATES) if (existsSync(p)) return p;
  try {
    const own = chromium.executablePath();
    if (own && existsSync(own)) return own;
  } catch {
    // Playwright has no browser of its own here
  }
  return null;
}

export const NO_BROWSER_MESSAGE = [
  "找不到可用于端到端测试的 Chromium 浏览器。",
  "请安装系统浏览器（Debian/Ubuntu：sudo apt-get install -y chromium fonts-noto-cjk），",
  "或设置 PLAYWRIGHT_CHROMIUM_EXECUTABLE 为浏览器可执行文件的路径。",
  "No Chromium browser was found for the end-to-end tests.",
  "Install the system browser (Debian/Ubuntu: sudo apt-get install -y chromium fonts-noto-cjk),",
  "or set PLAYWRIGHT_CHROMIUM_EXECUTABLE to the path of a Chromium executable.",
].join("\n");
