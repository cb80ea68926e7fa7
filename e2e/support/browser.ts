// Finds a Chromium to drive. First choice: PLAYWRIGHT_CHROMIUM_EXECUTABLE, the system's (/usr/bin/chromium), or
// Playwright's own download where one exists (Playwright's download does not work on our machines, so we never
// trigger it). Fallback: the headless Chromium that `npm install` brings inside @sparticuz/chromium, unpacked to
// the temp folder on first use. E2E_BROWSER=system|bundled forces one of the two (default: auto).
// The choice is resolved once, asynchronously, by scripts/e2e.ts (and the composer benchmark), and handed to
// playwright.config.ts — which is synchronous — in the E2E_CHROMIUM environment variable.
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

/** @sparticuz/chromium's flags (made for AWS Lambda) that we leave out: two would weaken what the tests check
 * (same-origin policy, mixed content), and --single-process closes the whole browser when the first browser
 * context closes (Playwright opens one per test). */
const LEFT_OUT_ARGS = new Set(["--disable-web-security", "--allow-running-insecure-content", "--single-process"]);

export type BrowserKind = "system" | "bundled";
export type BrowserChoice = { kind: BrowserKind; executablePath: string; args: string[] };
export type BrowserPreference = "auto" | BrowserKind;

/** The environment variable that carries the resolved choice to playwright.config.ts (JSON of BrowserChoice). */
export const BROWSER_ENV = "E2E_CHROMIUM";

/** The system's Chromium (synchronous): PLAYWRIGHT_CHROMIUM_EXECUTABLE, the usual paths, Playwright's own. */
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

/** The Chromium inside @sparticuz/chromium, unpacked on first use; null when the package is missing or fails. */
export async function bundledChromium(): Promise<{ executablePath: string; args: string[] } | null> {
  try {
    const { default: bundled } = await import("@sparticuz/chromium");
    bundled.setGraphicsMode = false; // no WebGL needed: skips the SwiftShader flags
    const executablePath = await bundled.executablePath();
    if (!executablePath || !existsSync(executablePath)) return null;
    const args = [...new Set([...bundled.args.filter((a) => !LEFT_OUT_ARGS.has(a)), ...CHROMIUM_ARGS])];
    return { executablePath, args };
  } catch {
    return null;
  }
}

export function browserPreference(value: string | undefined = process.env.E2E_BROWSER): BrowserPreference {
  const v = (value ?? "").trim().toLowerCase();
  if (v === "" || v === "auto") return "auto";
  if (v === "system" || v === "bundled") return v;
  throw new Error(`E2E_BROWSER 只能是 auto、system 或 bundled（现在是“${value}”）。`);
}

type Sources = {
  system: () => string | null;
  bundled: () => Promise<{ executablePath: string; args: string[] } | null>;
};

/** The system Chromium first, the bundled one as fallback; `preference` forces one of them. Null: neither. */
export async function chooseBrowser(preference: BrowserPreference, sources: Sources): Promise<BrowserChoice | null> {
  if (preference !== "bundled") {
    const executablePath = sources.system();
    if (executablePath) return { kind: "system", executablePath, args: CHROMIUM_ARGS };
    if (preference === "system") return null;
  }
  const bundled = await sources.bundled();
  return bundled ? { kind: "bundled", ...bundled } : null;
}

/** Resolves the browser once for this process (E2E_CHROMIUM when a parent resolved it already). */
export async function resolveChromium(): Promise<BrowserChoice | null> {
  return browserFromEnv() ?? chooseBrowser(browserPreference(), { system: findChromium, bundled: bundledChromium });
}

/** The choice handed down by scripts/e2e.ts, if any. */
export function browserFromEnv(value: string | undefined = process.env[BROWSER_ENV]): BrowserChoice | null {
  if (!value) return null;
  const parsed = JSON.parse(value) as BrowserChoice;
  return existsSync(parsed.executablePath) ? parsed : null;
}

export function describeBrowser(choice: BrowserChoice): string {
  return choice.kind === "system"
    ? `系统 Chromium（${choice.executablePath}）`
    : `npm 自带的 Chromium（@sparticuz/chromium，已解压到 ${choice.executablePath}）`;
}

export const NO_BROWSER_MESSAGE = [
  "找不到可用于端到端测试的 Chromium 浏览器。",
  "`npm install` 会装上 @sparticuz/chromium 自带的浏览器：请确认 npm install 已完整执行（未使用 --omit=dev）；",
  "或安装系统浏览器（Debian/Ubuntu：sudo apt-get install -y chromium fonts-noto-cjk），",
  "或设置 PLAYWRIGHT_CHROMIUM_EXECUTABLE 为浏览器可执行文件的路径。E2E_BROWSER=system 时只用系统浏览器。",
  "No Chromium browser was found for the end-to-end tests: neither a system Chromium nor the one bundled in",
  "@sparticuz/chromium (run a full `npm install`, without --omit=dev), nor PLAYWRIGHT_CHROMIUM_EXECUTABLE.",
].join("\n");
