import { describe, expect, it } from "vitest";
import { afterSignInPath, HOME_PATH, safeNextPath, signInPath } from "./next-path";

const ORIGIN = "http://127.0.0.1:3000";

describe("safeNextPath", () => {
  it("keeps same-origin paths with their query and fragment", () => {
    expect(safeNextPath("/library", ORIGIN)).toBe("/library");
    expect(safeNextPath("/library?q=%E5%AE%89%E5%85%A8&page=2#top", ORIGIN)).toBe(
      "/library?q=%E5%AE%89%E5%85%A8&page=2#top",
    );
    expect(safeNextPath("/speeches/abc", ORIGIN)).toBe("/speeches/abc");
  });

  it("accepts an absolute URL on the app's own origin", () => {
    expect(safeNextPath(`${ORIGIN}/corpus?x=1`, ORIGIN)).toBe("/corpus?x=1");
  });

  it.each([
    "/\\evil.example/",
    "\\\\evil.example/",
    "/\t/evil.example/",
    "/\n/evil.example/",
    "//evil.example/",
    "///evil.example/",
    "https://evil.example/",
    "http://127.0.0.1:3001/library",
    "https://127.0.0.1:3000/library",
    "javascript:alert(1)",
    "data:text/html,hi",
    "http://user:pw@127.0.0.1:3000/",
  ])("refuses %j", (next) => {
    expect(safeNextPath(next, ORIGIN)).toBe("/");
  });

  it("decoded and encoded backslash forms: the first leaves, the second stays a harmless path", () => {
    expect(safeNextPath(decodeURIComponent("/%5Cevil.example/"), ORIGIN)).toBe("/");
    expect(safeNextPath("/%5Cevil.example/", ORIGIN)).toBe("/%5Cevil.example/");
  });

  it("falls back to / for missing, repeated or oversized values", () => {
    expect(safeNextPath(undefined, ORIGIN)).toBe("/");
    expect(safeNextPath("", ORIGIN)).toBe("/");
    expect(safeNextPath(["/a", "/b"], ORIGIN)).toBe("/");
    expect(safeNextPath(`/${"a".repeat(2001)}`, ORIGIN)).toBe("/");
  });

  it("without a known origin, relative paths still pass and absolute URLs do not", () => {
    expect(safeNextPath("/library?x=1")).toBe("/library?x=1");
    expect(safeNextPath("library")).toBe("/library");
    expect(safeNextPath("https://evil.example/")).toBe("/");
  });
});

describe("afterSignInPath", () => {
  it("goes straight to the library instead of the root page, which only redirects there", () => {
    expect(afterSignInPath(undefined, ORIGIN)).toBe(HOME_PATH);
    expect(afterSignInPath("/", ORIGIN)).toBe("/library");
    expect(afterSignInPath("https://evil.example/", ORIGIN)).toBe("/library");
    expect(afterSignInPath("/corpus?x=1", ORIGIN)).toBe("/corpus?x=1");
  });
});

describe("signInPath", () => {
  it("asks sign-in to come back to a page of ours, query included", () => {
    expect(signInPath("/speeches/abc")).toBe("/login?next=%2Fspeeches%2Fabc");
    const next = (path: string) => new URL(signInPath(path), "http://x").searchParams.get("next");
    expect(next("/library?q=a&b=c#top")).toBe("/library?q=a&b=c#top");
    expect(next("/library?q=%E5%AE%89%E5%85%A8&page=2")).toBe("/library?q=%E5%AE%89%E5%85%A8&page=2");
  });

  it.each([
    "//evil.com",
    "//evil.com/speeches/abc",
    "https://evil.com/speeches/abc",
    "http://app.invalid/speeches/abc",
    "/\\evil.com",
    "\\\\evil.com",
    "\\/evil.com",
    "javascript:alert(1)",
  ])("drops %j and signs in without a way back", (next) => {
    expect(signInPath(next)).toBe("/login");
  });

  it("signs in without a way back when there is no page, or only the root", () => {
    expect(signInPath(null)).toBe("/login");
    expect(signInPath(undefined)).toBe("/login");
    expect(signInPath("")).toBe("/login");
    expect(signInPath("/")).toBe("/login");
  });
});
