import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { SESSION_COOKIE } from "../auth/sessions";
import { clearSessionCookie, clientIp, isHttps, readCookie, sessionCookie } from "./cookies";

const req = (headers: Record<string, string> = {}, url = "http://localhost/api/x") => new Request(url, { headers });
const attrs = (cookie: string) => cookie.split("; ");

let savedSecure: string | undefined;
beforeEach(() => {
  savedSecure = process.env.COOKIE_SECURE;
  delete process.env.COOKIE_SECURE;
});
afterEach(() => {
  if (savedSecure === undefined) delete process.env.COOKIE_SECURE;
  else process.env.COOKIE_SECURE = savedSecure;
});

describe("readCookie", () => {
  it("finds a cookie among several, trimming spaces", () => {
    const r = req({ cookie: "theme=dark;  jgt_session=abc123 ; lang=zh" });
    expect(readCookie(r, "jgt_session")).toBe("abc123");
    expect(readCookie(r, "theme")).toBe("dark");
    expect(readCookie(r, "lang")).toBe("zh");
  });

  it("returns undefined when the cookie or the header is missing", () => {
    expect(readCookie(req({ cookie: "theme=dark" }), "jgt_session")).toBeUndefined();
    expect(readCookie(req(), "jgt_session")).toBeUndefined();
  });

  it("matches names exactly, not by prefix or suffix", () => {
    const r = req({ cookie: "xjgt_session=evil; jgt_session_old=old; jgt_session=real" });
    expect(readCookie(r, "jgt_session")).toBe("real");
  });

  it("keeps '=' inside the value and percent-decodes it", () => {
    expect(readCookie(req({ cookie: "a=b=c" }), "a")).toBe("b=c");
    expect(readCookie(req({ cookie: "name=%E5%AE%89%E5%85%A8" }), "name")).toBe("安全");
  });

  it("skips parts without '='", () => {
    expect(readCookie(req({ cookie: "garbage; jgt_session=t" }), "jgt_session")).toBe("t");
  });
});

describe("sessionCookie", () => {
  const expires = new Date("2030-01-02T03:04:05Z");

  it("is HttpOnly, SameSite=Lax, Path=/ with the expiry, and not Secure over plain HTTP", () => {
    const c = attrs(sessionCookie(req(), "tok_en-1", expires));
    expect(c[0]).toBe(`${SESSION_COOKIE}=tok_en-1`);
    expect(c).toContain("HttpOnly");
    expect(c).toContain("SameSite=Lax");
    expect(c).toContain("Path=/");
    expect(c).toContain(`Expires=${expires.toUTCString()}`);
    expect(c).not.toContain("Secure");
  });

  it("is Secure when x-forwarded-proto is https", () => {
    expect(attrs(sessionCookie(req({ "x-forwarded-proto": "https" }), "t", expires))).toContain("Secure");
    expect(attrs(sessionCookie(req({ "x-forwarded-proto": "https, http" }), "t", expires))).toContain("Secure");
  });

  it("is not Secure when x-forwarded-proto is http", () => {
    expect(attrs(sessionCookie(req({ "x-forwarded-proto": "http" }), "t", expires))).not.toContain("Secure");
  });

  it("encodes the token so it round-trips through readCookie", () => {
    const token = "a;b c=d";
    const header = sessionCookie(req(), token, expires).split("; ")[0];
    expect(readCookie(req({ cookie: header }), SESSION_COOKIE)).toBe(token);
  });
});

describe("clearSessionCookie", () => {
  it("empties the cookie with Max-Age=0 on the same path", () => {
    const c = attrs(clearSessionCookie(req()));
    expect(c[0]).toBe(`${SESSION_COOKIE}=`);
    expect(c).toContain("Max-Age=0");
    expect(c).toContain("Path=/");
    expect(c).toContain("HttpOnly");
    expect(c).not.toContain("Secure");
    expect(attrs(clearSessionCookie(req({ "x-forwarded-proto": "https" })))).toContain("Secure");
  });
});

describe("isHttps", () => {
  it("follows the request URL and the COOKIE_SECURE override", () => {
    expect(isHttps(req({}, "https://example.org/"))).toBe(true);
    expect(isHttps(req())).toBe(false);
    process.env.COOKIE_SECURE = "1";
    expect(isHttps(req())).toBe(true);
    process.env.COOKIE_SECURE = "0";
    expect(isHttps(req({ "x-forwarded-proto": "https" }))).toBe(false);
  });
});

describe("clientIp", () => {
  it("ignores X-Forwarded-For and X-Real-IP unless TRUST_PROXY is set", () => {
    const saved = process.env.TRUST_PROXY;
    delete process.env.TRUST_PROXY;
    try {
      expect(clientIp(req({ "x-forwarded-for": "203.0.113.7, 10.0.0.1", "x-real-ip": "10.0.0.9" }))).toBeNull();
    } finally {
      if (saved !== undefined) process.env.TRUST_PROXY = saved;
    }
  });
});
