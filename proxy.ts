// First gate for every request: without a session cookie, pages redirect to sign-in and API calls
// (including server-action POSTs) get 401. The cookie is validated against the database in the
// page layout and in the route wrapper; this only spares anonymous requests any further work.
import { NextResponse, type NextRequest } from "next/server";

const SESSION_COOKIE = "jgt_session";
const PUBLIC_PAGES = new Set(["/login", "/setup"]);
const PUBLIC_APIS = new Set(["/api/auth/login", "/api/setup"]);

export function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  if (PUBLIC_PAGES.has(pathname) || PUBLIC_APIS.has(pathname)) return NextResponse.next();
  if (request.cookies.get(SESSION_COOKIE)?.value) return NextResponse.next();

  const isApi = pathname.startsWith("/api/");
  const isServerAction = request.method === "POST" && request.headers.has("next-action");
  if (isApi || isServerAction) {
    return NextResponse.json({ error: { code: "unauthenticated", message: "请先登录。" } }, { status: 401 });
  }
  const login = new URL("/login", request.url);
  if (pathname !== "/") login.searchParams.set("next", pathname + search);
  return NextResponse.redirect(login);
}

export const config = {
  // Everything except static assets.
  matcher: ["/((?!_next/static|_next/image|favicon.ico|icon.svg|robots.txt|screenshots/).*)"],
};
