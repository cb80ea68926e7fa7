// Where to go after signing in (`/login?next=…`). The value is parsed as a URL against the app's own origin, the
// way the browser will resolve it, and followed only when it stays on that origin: `/\evil.example/`,
// `/<TAB>/evil.example/`, `//evil.example` and `https://evil.example/` all resolve elsewhere and fall back to "/".
// Pages learn their own path from PAGE_PATH_HEADER, which proxy.ts sets on every page request (overwriting what
// a client sent), to send a signed-out user to sign-in and back.

/** Request header holding the page's path and query, set by proxy.ts only. */
export const PAGE_PATH_HEADER = "x-page-path";

/** The app's first page: where sign-in and setup lead when no other page was asked for ("/" only redirects here). */
export const HOME_PATH = "/library";

/** Where to go after signing in: `next` when it is a page of ours other than the bare root, else the home page. */
export function afterSignInPath(next: unknown, origin: string = FALLBACK_ORIGIN): string {
  const path = safeNextPath(next, origin);
  return path === "/" ? HOME_PATH : path;
}

/** A placeholder origin for callers that do not know the app's own; only relative paths then pass. */
export const FALLBACK_ORIGIN = "http://app.invalid";

/** The path, query and fragment of `next` when it resolves to `origin`, else "/". */
export function safeNextPath(next: unknown, origin: string = FALLBACK_ORIGIN): string {
  if (typeof next !== "string" || next === "" || next.length > 2000) return "/";
  let base: URL;
  let target: URL;
  try {
    base = new URL(origin);
    target = new URL(next, base);
  } catch {
    return "/";
  }
  if (target.origin !== base.origin || target.username || target.password) return "/";
  const path = `${target.pathname}${target.search}${target.hash}`;
  // A path that a later resolution could still read as protocol-relative (defence in depth; URL already
  // collapses backslashes into slashes for http(s)).
  return path.startsWith("/") && !path.startsWith("//") ? path : "/";
}

/** The sign-in page, asked to come back to `next` afterwards when it is a relative path to a page of ours (an
 *  absolute URL, even to our own origin, is dropped: a page path never needs one). */
export function signInPath(next: unknown): string {
  const path = typeof next === "string" && next.startsWith("/") ? safeNextPath(next) : "/";
  return path === "/" ? "/login" : `/login?next=${encodeURIComponent(path)}`;
}
