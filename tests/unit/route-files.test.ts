// Static guard: every API route handler goes through the wrapper in lib/http/route.ts, and only the sign-in
// and first-run setup routes are public.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = path.resolve(import.meta.dirname, "../..");
const API_DIR = path.join(ROOT, "app", "api");
const METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS"];
const PUBLIC_ALLOWED = ["app/api/auth/login/route.ts", "app/api/setup/route.ts"];

const routeFiles = (readdirSync(API_DIR, { recursive: true }) as string[])
  .filter((f) => path.basename(f) === "route.ts")
  .map((f) => path.relative(ROOT, path.join(API_DIR, f)).split(path.sep).join("/"))
  .sort();

/** Every exported HTTP method of a route file and how it is defined ("authed", "publicRoute" or "other: …"). */
function exportedHandlers(source: string): { method: string; via: string }[] {
  const found: { method: string; via: string }[] = [];
  const names = METHODS.join("|");
  for (const m of source.matchAll(
    new RegExp(`export\\s+(?:const|let|var)\\s+(${names})\\b\\s*(?::[^=]+)?=\\s*([^\\n]*)`, "g"),
  )) {
    const init = m[2].trim();
    found.push({
      method: m[1],
      via: init.startsWith("authed(") ? "authed" : init.startsWith("publicRoute(") ? "publicRoute" : `other: ${init}`,
    });
  }
  for (const m of source.matchAll(
    new RegExp(`export\\s+(?:default\\s+)?(?:async\\s+)?function\\s*\\*?\\s*(${names})\\b`, "g"),
  )) {
    found.push({ method: m[1], via: "other: function declaration" });
  }
  for (const m of source.matchAll(/export\s*\{([^}]*)\}/g)) {
    for (const spec of m[1].split(",")) {
      const exported = spec
        .trim()
        .split(/\s+as\s+/)
        .pop()
        ?.trim();
      if (exported && METHODS.includes(exported)) found.push({ method: exported, via: "other: re-export" });
    }
  }
  return found;
}

describe("app/api route files", () => {
  it("finds the route files, including the two public ones", () => {
    expect(routeFiles.length).toBeGreaterThanOrEqual(2);
    for (const f of PUBLIC_ALLOWED) expect(routeFiles).toContain(f);
  });

  it.each(routeFiles)("%s exports only handlers built with authed() or publicRoute()", (file) => {
    const source = readFileSync(path.join(ROOT, file), "utf8");
    const handlers = exportedHandlers(source);
    expect(handlers.length, `${file} exports no HTTP handler`).toBeGreaterThan(0);
    for (const h of handlers) {
      expect(["authed", "publicRoute"], `${file} ${h.method} is defined as ${h.via}`).toContain(h.via);
    }
  });

  it("uses publicRoute only in the sign-in and setup routes", () => {
    const publicFiles = routeFiles.filter((f) => /\bpublicRoute\s*\(/.test(readFileSync(path.join(ROOT, f), "utf8")));
    expect(publicFiles.sort()).toEqual([...PUBLIC_ALLOWED].sort());
  });

  it("the export scanner recognises every way of defining a handler", () => {
    const sample = [
      'export const GET = authed("read", {}, async () => ({}));',
      "export const POST = publicRoute({}, async () => ({}));",
      "export async function PUT(req: Request) { return new Response(); }",
      "export const PATCH = async () => new Response();",
      "export { remove as DELETE };",
    ].join("\n");
    expect(exportedHandlers(sample)).toEqual([
      { method: "GET", via: "authed" },
      { method: "POST", via: "publicRoute" },
      { method: "PATCH", via: "other: async () => new Response();" },
      { method: "PUT", via: "other: function declaration" },
      { method: "DELETE", via: "other: re-export" },
    ]);
  });
});
