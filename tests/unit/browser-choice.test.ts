// Issue 10, item 18: the e2e tests' browser: the system's Chromium first, @sparticuz/chromium (installed by
// `npm install`) as the fallback, E2E_BROWSER to force one, and a clear Chinese message when neither exists.
import { describe, expect, it } from "vitest";
import {
  browserFromEnv,
  browserPreference,
  bundledChromium,
  chooseBrowser,
  CHROMIUM_ARGS,
  NO_BROWSER_MESSAGE,
} from "../../e2e/support/browser";

const BUNDLED = { executablePath: "/tmp/chromium", args: ["--no-zygote", ...CHROMIUM_ARGS] };
const sources = (system: string | null, bundled: typeof BUNDLED | null) => {
  const calls = { bundled: 0 };
  return {
    calls,
    system: () => system,
    bundled: async () => {
      calls.bundled++;
      return bundled;
    },
  };
};

describe("chooseBrowser", () => {
  it("prefers the system Chromium and leaves the bundled one packed", async () => {
    const s = sources("/usr/bin/chromium", BUNDLED);
    expect(await chooseBrowser("auto", s)).toEqual({
      kind: "system",
      executablePath: "/usr/bin/chromium",
      args: CHROMIUM_ARGS,
    });
    expect(s.calls.bundled).toBe(0);
  });

  it("falls back to the bundled Chromium when the system has none", async () => {
    expect(await chooseBrowser("auto", sources(null, BUNDLED))).toEqual({ kind: "bundled", ...BUNDLED });
  });

  it("uses the bundled one when forced, even with a system Chromium", async () => {
    expect((await chooseBrowser("bundled", sources("/usr/bin/chromium", BUNDLED)))?.kind).toBe("bundled");
  });

  it("finds nothing when system is forced and missing, or when neither exists", async () => {
    expect(await chooseBrowser("system", sources(null, BUNDLED))).toBeNull();
    expect(await chooseBrowser("auto", sources(null, null))).toBeNull();
    expect(NO_BROWSER_MESSAGE).toMatch(/找不到可用于端到端测试的 Chromium 浏览器/);
    expect(NO_BROWSER_MESSAGE).toMatch(/npm install/);
    expect(NO_BROWSER_MESSAGE).toMatch(/apt-get install -y chromium fonts-noto-cjk/);
  });
});

describe("browserPreference", () => {
  it("reads E2E_BROWSER and refuses other values in Chinese", () => {
    expect(browserPreference(undefined)).toBe("auto");
    expect(browserPreference(" Bundled ")).toBe("bundled");
    expect(browserPreference("system")).toBe("system");
    expect(() => browserPreference("firefox")).toThrow(/E2E_BROWSER 只能是/);
  });
});

describe("the bundled Chromium", () => {
  it("unpacks from node_modules, without the flags that would weaken the tests or break a second context", async () => {
    const bundled = await bundledChromium();
    expect(bundled).not.toBeNull();
    expect(browserFromEnv(JSON.stringify({ kind: "bundled", ...bundled }))?.executablePath).toBe(
      bundled!.executablePath,
    );
    expect(bundled!.args).toEqual(expect.arrayContaining(["--no-sandbox", "--no-zygote"]));
    expect(bundled!.args).not.toContain("--disable-web-security");
    expect(bundled!.args).not.toContain("--single-process");
  }, 60_000);
});
