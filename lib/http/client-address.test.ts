import { describe, expect, it } from "vitest";
import { clientAddress, normaliseAddress, PEER_ENV, PEER_HEADER, trustedHops } from "./client-address";

const req = (headers: Record<string, string> = {}) => new Request("http://localhost/api/auth/login", { headers });
const stamped = { [PEER_ENV]: "1" };

describe("clientAddress without TRUST_PROXY", () => {
  it("is the stamped socket address; X-Forwarded-For and X-Real-IP are ignored", () => {
    const r = req({ [PEER_HEADER]: "198.51.100.4", "x-forwarded-for": "203.0.113.7", "x-real-ip": "10.0.0.9" });
    expect(clientAddress(r, stamped)).toBe("198.51.100.4");
    expect(clientAddress(req({ [PEER_HEADER]: "198.51.100.4", "x-forwarded-for": ", x" }), stamped)).toBe(
      "198.51.100.4",
    );
  });

  it("rotating X-Forwarded-For does not change the address", () => {
    const seen = new Set(
      ["1.1.1.1", "2.2.2.2", "3.3.3.3, 4.4.4.4"].map((xff) =>
        clientAddress(req({ [PEER_HEADER]: "198.51.100.4", "x-forwarded-for": xff }), stamped),
      ),
    );
    expect([...seen]).toEqual(["198.51.100.4"]);
  });

  it("does not believe a peer header in a process that did not stamp it", () => {
    expect(clientAddress(req({ [PEER_HEADER]: "198.51.100.4", "x-forwarded-for": "203.0.113.7" }), {})).toBeNull();
  });

  it("writes IPv4-mapped IPv6 as IPv4 and refuses junk", () => {
    expect(clientAddress(req({ [PEER_HEADER]: "::ffff:127.0.0.1" }), stamped)).toBe("127.0.0.1");
    expect(clientAddress(req({ [PEER_HEADER]: "::1" }), stamped)).toBe("::1");
    expect(clientAddress(req({ [PEER_HEADER]: "not-an-ip" }), stamped)).toBeNull();
  });
});

describe("clientAddress with TRUST_PROXY", () => {
  const env = (hops: string) => ({ ...stamped, TRUST_PROXY: hops });
  const through = (xff: string) => req({ [PEER_HEADER]: "10.0.0.2", "x-forwarded-for": xff });

  it("one proxy: the rightmost X-Forwarded-For entry, whatever the client put before it", () => {
    expect(clientAddress(through("203.0.113.7"), env("1"))).toBe("203.0.113.7");
    expect(clientAddress(through("6.6.6.6, 203.0.113.7"), env("1"))).toBe("203.0.113.7");
    expect(clientAddress(through("6.6.6.6, 203.0.113.7"), env("true"))).toBe("203.0.113.7");
  });

  it("two proxies: the second entry from the right", () => {
    expect(clientAddress(through("6.6.6.6, 203.0.113.7, 10.0.0.1"), env("2"))).toBe("203.0.113.7");
  });

  it("falls back to the socket address when the header is missing, short or malformed", () => {
    expect(clientAddress(req({ [PEER_HEADER]: "10.0.0.2" }), env("1"))).toBe("10.0.0.2");
    expect(clientAddress(through("203.0.113.7"), env("2"))).toBe("10.0.0.2");
    expect(clientAddress(through(", x"), env("1"))).toBe("10.0.0.2");
    expect(clientAddress(through("203.0.113.7, "), env("1"))).toBe("10.0.0.2");
  });
});

describe("trustedHops and normaliseAddress", () => {
  it("reads TRUST_PROXY", () => {
    expect(trustedHops({})).toBe(0);
    expect(trustedHops({ TRUST_PROXY: "0" })).toBe(0);
    expect(trustedHops({ TRUST_PROXY: "false" })).toBe(0);
    expect(trustedHops({ TRUST_PROXY: "1" })).toBe(1);
    expect(trustedHops({ TRUST_PROXY: "3" })).toBe(3);
    expect(() => trustedHops({ TRUST_PROXY: "yes" })).toThrow(/TRUST_PROXY/);
    expect(() => trustedHops({ TRUST_PROXY: "-1" })).toThrow(/TRUST_PROXY/);
  });

  it("accepts IPv4 and IPv6 only", () => {
    expect(normaliseAddress(" 203.0.113.7 ")).toBe("203.0.113.7");
    expect(normaliseAddress("2001:DB8::1")).toBe("2001:db8::1");
    expect(normaliseAddress("")).toBeNull();
    expect(normaliseAddress("evil.example")).toBeNull();
    expect(normaliseAddress(null)).toBeNull();
  });
});
