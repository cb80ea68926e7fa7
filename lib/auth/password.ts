// Password hashing with scrypt (a memory-hard KDF built into Node). Format: scrypt$N$r$p$salt$hash (base64url).
import { randomBytes, scrypt as scryptCb, timingSafeEqual, type ScryptOptions } from "node:crypto";

const scrypt = (password: string, salt: Buffer, keylen: number, opts: ScryptOptions) =>
  new Promise<Buffer>((resolve, reject) =>
    scryptCb(password, salt, keylen, opts, (err, key) => (err ? reject(err) : resolve(key))),
  );

// N = 2^15, r = 8: 32 MiB and ~60–100 ms a hash on our machines (OWASP's recommended minimum is N = 2^17 with
// r = 8, p = 1 or an equivalent; we trade a little for sign-in latency on 2-core servers: raise with the env var).
const N = Number(process.env.SCRYPT_N ?? 2 ** 15);
const R = 8;
const P = 1;
const KEY_LEN = 32;

export { MIN_PASSWORD_LENGTH } from "./password-rules";

export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(16);
  const key = await scrypt(password, salt, KEY_LEN, { N, r: R, p: P, maxmem: 256 * N * R });
  return ["scrypt", N, R, P, salt.toString("base64url"), key.toString("base64url")].join("$");
}

const isPowerOfTwo = (n: number) => Number.isInteger(n) && n > 1 && (n & (n - 1)) === 0;

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const parts = stored.split("$");
  if (parts.length !== 6 || parts[0] !== "scrypt") return false;
  const [n, r, p] = parts.slice(1, 4).map(Number) as [number, number, number];
  const salt = Buffer.from(parts[4]!, "base64url");
  const expected = Buffer.from(parts[5]!, "base64url");
  // A malformed hash must never verify (an empty key would compare equal to an empty key).
  if (!isPowerOfTwo(n) || n > 2 ** 20 || !(r >= 1 && r <= 32) || !(p >= 1 && p <= 16)) return false;
  if (expected.length !== KEY_LEN || salt.length < 16) return false;
  try {
    const key = await scrypt(password, salt, KEY_LEN, { N: n, r, p, maxmem: 256 * n * r + 1024 * 1024 });
    return timingSafeEqual(key, expected);
  } catch {
    return false;
  }
}

/** A hash that never matches; verified against when the user does not exist, so timing does not reveal it. */
export const DUMMY_HASH = `scrypt$${N}$8$1$AAAAAAAAAAAAAAAAAAAAAA$${"A".repeat(43)}`; // 16-byte salt, 32-byte key
