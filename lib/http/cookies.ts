// Session cookie handling on plain Request/Response objects (usable from route handlers and tests alike).
import { SESSION_COOKIE } from "../auth/sessions";
import { clientAddress } from "./client-address";

export function readCookie(req: Request, name: string): string | undefined {
  const header = req.headers.get("cookie");
  if (!header) return undefined;
  for (const part of header.split(";")) {
    const eq = part.indexOf("=");
    if (eq < 0) continue;
    if (part.slice(0, eq).trim() !== name) continue;
    const raw = part.slice(eq + 1).trim();
    try {
      return decodeURIComponent(raw);
    } catch {
      return undefined; // a malformed value is no session, not a server error
    }
  }
  return undefined;
}

/** Secure when the request reached us over HTTPS (directly or through a proxy), or when forced by env. */
export function isHttps(req: Request): boolean {
  if (process.env.COOKIE_SECURE === "1") return true;
  if (process.env.COOKIE_SECURE === "0") return false;
  const proto = req.headers.get("x-forwarded-proto")?.split(",")[0]?.trim();
  return proto === "https" || new URL(req.url).protocol === "https:";
}

export function sessionCookie(req: Request, token: string, expiresAt: Date): string {
  const parts = [
    `${SESSION_COOKIE}=${encodeURIComponent(token)}`,
    "Path=/",
    "HttpOnly",
    "SameSite=Lax",
    `Expires=${expiresAt.toUTCString()}`,
  ];
  if (isHttps(req)) parts.push("Secure");
  return parts.join("; ");
}

export function clearSessionCookie(req: Request): string {
  const parts = [`${SESSION_COOKIE}=`, "Path=/", "HttpOnly", "SameSite=Lax", "Max-Age=0"];
  if (isHttps(req)) parts.push("Secure");
  return parts.join("; ");
}

/** The client's address (lib/http/client-address.ts): X-Forwarded-For counts only behind TRUST_PROXY. */
export function clientIp(req: Request): string | null {
  return clientAddress(req);
}
