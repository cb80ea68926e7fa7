// First gate for every request:
// - a URL holding a NUL character (%00) is refused with 400 (PostgreSQL cannot store it);
// - without a session cookie, pages redirect to sign-in and API calls (including server-action POSTs) get 401;
// - every page gets a Content-Security-Policy with a fresh nonce (lib/http/csp.ts), passed to Next.js in the
//   request's headers so that it puts the nonce on its scripts; API answers are marked Cache-Control: no-store;
// - every page learns its own path in PAGE_PATH_HEADER (to send a signed-out user to sign-in and back); a value
//   a client sent is overwritten, or removed on API calls, so that no page reads a header we did not set.
// The cookie is validated against the database in the page layout and in the route wrapper; this only spares
// anonymous requests any further work.
import { NextResponse, type NextRequest } from "next/server";
import { PAGE_PATH_HEADER, signInPath } from "./lib/auth/next-path";
import { SESSION_COOKIE } from "./lib/auth/session-cookie";
import { contentSecurityPolicy, newNonce } from "./lib/http/csp";

const PUBLIC_PAGES = new Set(["/login", "/setup"]);
const PUBLIC_APIS = new Set(["/api/auth/login", "/api/setup"]);
const NUL_MESSAGE = "提交的内容含有无效字符（空字符），请删除后重试。";

function pass(request: NextRequest, isApi: boolean): NextResponse {
  const headers = new Headers(request.headers);
  if (isApi) {
    headers.delete(PAGE_PATH_HEADER);
    const res = request.headers.has(PAGE_PATH_HEADER)
      ? NextResponse.next({ request: { headers } })
      : NextResponse.next();
    res.headers.set("Cache-Control", "no-store");
    return res;
  }
  const nonce = newNonce();
  const csp = contentSecurityPolicy(nonce, { dev: process.env.NODE_ENV === "development" });
  headers.set(PAGE_PATH_HEADER, request.nextUrl.pathname + request.nextUrl.search);
  headers.set("x-nonce", nonce);
  headers.set("Content-Security-Policy", csp);
  const res = NextResponse.next({ request: { headers } });
  res.headers.set("Content-Security-Policy", csp);
  return res;
}

export function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  const isApi = pathname.startsWith("/api/");
  if (/%00/.test(request.url)) {
    return isApi
      ? NextResponse.json({ error: { code: "invalid_input", message: NUL_MESSAGE } }, { status: 400 })
      : new NextResponse(NUL_MESSAGE, { status: 400, headers: { "content-type": "text/plain; charset=utf-8" } });
  }
  if (PUBLIC_PAGES.has(pathname) || PUBLIC_APIS.has(pathname)) return pass(request, isApi);
  if (request.cookies.get(SESSION_COOKIE)?.value) return pass(request, isApi);

  const isServerAction = request.method === "POST" && request.headers.has("next-action");
  if (isApi || isServerAction) {
    return NextResponse.json(
      { error: { code: "unauthenticated", message: "请先登录。" } },
      { status: 401, headers: { "Cache-Control": "no-store" } },
    );
  }
  return NextResponse.redirect(new URL(signInPath(pathname + search), request.url));
}

export const config = {
  // Everything except static assets.
  matcher: ["/((?!_next/static|_next/image|favicon.ico|icon.svg|robots.txt|screenshots/).*)"],
};
