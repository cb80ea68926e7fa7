import { describe, expect, it } from "vitest";
import { DUMMY_HASH, hashPassword, verifyPassword } from "./password";

describe("hashPassword / verifyPassword", () => {
  it("verifies the password it hashed", async () => {
    const stored = await hashPassword("安全生产-2024!");
    expect(stored).toMatch(/^scrypt\$\d+\$8\$1\$[A-Za-z0-9_-]{22}\$[A-Za-z0-9_-]{43}$/);
    await expect(verifyPassword("安全生产-2024!", stored)).resolves.toBe(true);
  });

  it("rejects a wrong password", async () => {
    const stored = await hashPassword("correct horse battery");
    await expect(verifyPassword("correct horse batterY", stored)).resolves.toBe(false);
    await expect(verifyPassword("", stored)).resolves.toBe(false);
  });

  it("salts: two hashes of the same password differ and both verify", async () => {
    const a = await hashPassword("same-password");
    const b = await hashPassword("same-password");
    expect(a).not.toBe(b);
    expect(a.split("$")[4]).not.toBe(b.split("$")[4]);
    await expect(verifyPassword("same-password", a)).resolves.toBe(true);
    await expect(verifyPassword("same-password", b)).resolves.toBe(true);
  });

  it("returns false for malformed stored hashes", async () => {
    const good = await hashPassword("pw-123456");
    const [, n, r, p, salt, key] = good.split("$");
    const malformed = [
      "",
      "not-a-hash",
      `bcrypt$${n}$${r}$${p}$${salt}$${key}`, // wrong scheme
      `scrypt$${n}$${r}$${p}$${salt}`, // missing part
      `scrypt$${n}$${r}$${p}$${salt}$${key}$extra`, // extra part
      `scrypt$${n}$${r}$${p}$${salt.slice(2)}$${key}`, // damaged salt
    ];
    for (const stored of malformed) {
      await expect(verifyPassword("pw-123456", stored), stored).resolves.toBe(false);
    }
  });

  it("DUMMY_HASH is well-formed but matches nothing", async () => {
    expect(DUMMY_HASH.split("$")).toHaveLength(6);
    await expect(verifyPassword("", DUMMY_HASH)).resolves.toBe(false);
    await expect(verifyPassword("AAAAAAAA", DUMMY_HASH)).resolves.toBe(false);
  });
});
