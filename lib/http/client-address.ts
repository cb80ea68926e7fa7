// The client's address for throttling and the audit log. X-Forwarded-For is written by whoever sent the request,
// so it is believed only as far as the operator says proxies stand in front of the app (TRUST_PROXY).
//
// Next.js gives route handlers no socket address: `next start` copies the socket's address into X-Forwarded-For
// only when the request carried none, so a client that sends its own header hides its address. Our server
// entry (scripts/peer-address.mjs, loaded by `npm start` and the end-to-end server) therefore stamps the socket's
// address into PEER_HEADER before Next.js sees the request, overwriting any value a client sent, and marks the
// process with PEER_ENV so that the header is read only where it was stamped.
import { isIP } from "node:net";

export const PEER_HEADER = "x-jgt-peer";
export const PEER_ENV = "JGT_PEER_HEADER";

type Env = Record<string, string | undefined>;

/** TRUST_PROXY: unset, "", "0" or "false" → no proxy; "1" or "true" → one; a whole number N → N proxies. */
export function trustedHops(env: Env = process.env): number {
  const raw = (env.TRUST_PROXY ?? "").trim().toLowerCase();
  if (raw === "" || raw === "0" || raw === "false") return 0;
  if (raw === "true") return 1;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 0 || n > 10) {
    throw new Error(
      `TRUST_PROXY 应为 0–10 的整数或 true/false（TRUST_PROXY must be 0–10), 当前为 "${env.TRUST_PROXY}"`,
    );
  }
  return n;
}

/** A syntactically valid IP address in a canonical short form (IPv4-mapped IPv6 as IPv4), else null. */
export function normaliseAddress(raw: string | null | undefined): string | null {
  const value = (raw ?? "").trim();
  if (!value || value.length > 64) return null;
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(value);
  const address = mapped ? mapped[1]! : value;
  return isIP(address) ? address.toLowerCase() : null;
}

/** The socket's address as stamped by our server entry, or null when this process was started without it. */
export function peerAddress(req: Request, env: Env = process.env): string | null {
  if (env[PEER_ENV] !== "1") return null;
  return normaliseAddress(req.headers.get(PEER_HEADER));
}

/**
 * Without trusted proxies: the socket's address. With N trusted proxies: the Nth X-Forwarded-For entry from the
 * right (each proxy appends the address it received the request from, so the entries to its left are whatever
 * the client claimed). A missing or malformed entry falls back to the socket's address. Null when nothing is
 * known (e.g. `next dev` started without our entry); callers then treat all such requests as one address.
 */
export function clientAddress(req: Request, env: Env = process.env): string | null {
  const peer = peerAddress(req, env);
  const hops = trustedHops(env);
  if (hops === 0) return peer;
  const chain = (req.headers.get("x-forwarded-for") ?? "").split(",").map((s) => s.trim());
  if (chain.length < hops) return peer;
  return normaliseAddress(chain[chain.length - hops]) ?? peer;
}
