// Every page and API route of the app, read from the file system, so that a new route is covered by the
// access-control tests without anyone remembering to list it.
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";

const APP = path.join(process.cwd(), "app");

function walk(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    const p = path.join(dir, name);
    if (statSync(p).isDirectory()) walk(p, out);
    else out.push(p);
  }
  return out;
}

function urlPath(file: string): string {
  const segments = path
    .relative(APP, path.dirname(file))
    .split(path.sep)
    .filter((s) => s && !/^\(.*\)$/.test(s) && !s.startsWith("_"))
    .map((s) => (/^\[.*\]$/.test(s) ? "e2e-nonexistent-id" : s));
  return "/" + segments.join("/");
}

export function pageRoutes(): string[] {
  return walk(APP)
    .filter((f) => /[/\\]page\.tsx$/.test(f))
    .map(urlPath)
    .sort();
}

export type ApiRoute = { path: string; method: string; file: string };

export function apiRoutes(): ApiRoute[] {
  return walk(path.join(APP, "api"))
    .filter((f) => /[/\\]route\.ts$/.test(f))
    .flatMap((file) => {
      const src = readFileSync(file, "utf8");
      const methods = [...src.matchAll(/export const (GET|POST|PUT|PATCH|DELETE)\b/g)].map((m) => m[1]!);
      return methods.map((method) => ({ path: urlPath(file), method, file }));
    });
}

export const PUBLIC_PAGES = new Set(["/login", "/setup"]);
export const PUBLIC_APIS = new Set(["POST /api/auth/login", "POST /api/setup"]);
/** Mutations a 只读 user may make: ending their own session, keeping their own export options, their password. */
export const VIEWER_ALLOWED_MUTATIONS = new Set([
  "POST /api/auth/logout",
  "PUT /api/me/export-options",
  "POST /api/me/password",
]);
