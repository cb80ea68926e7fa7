// The search route under concurrent clerks: a production build served by `next start` on loopback, SEARCH_USERS
// signed-in users each searching, reading the answer, thinking 0–1 s (uniform; a clerk really reads for several
// seconds, so this is about ten times the load 20 clerks make) and searching again, for HTTP_SECONDS. Meanwhile the
// library changes every CHANGE_EVERY_MS (a block curated or not, as a clerk or an import would change it), so the
// facet counts kept between searches are counted again as they are after every change in an office at work.
import { performance } from "node:perf_hooks";
import { seededRandom } from "../lib/testing/seeded-random";
import { buildApp, log, pct, round, Session, startServer } from "./composer-env";
import { searchPath, type SearchCase } from "./search-queries";

const THINK_MS = 1000;
const CHANGE_EVERY_MS = 2000;

export type HttpFigures = { requests: number; p50: number; p95: number; failed: number; byKind: Map<string, number[]> };

export async function runConcurrentSearches(opts: {
  databaseUrl: string;
  /** One account per simulated clerk, signed in one after another (sign-ins are rate-limited, as they should be). */
  users: { username: string; password: string }[];
  cases: SearchCase[];
  seconds: number;
}): Promise<HttpFigures> {
  log("生产构建…");
  buildApp();
  const server = await startServer(opts.databaseUrl);
  try {
    const sessions: Session[] = [];
    for (const user of opts.users) sessions.push(await Session.signIn(server.url, user));
    // One untimed pass over the cases, as the in-process figures are warm too.
    for (const c of opts.cases) await (await sessions[0]!.request("GET", searchPath(c))).arrayBuffer();
    const byKind = new Map<string, number[]>();
    const all: number[] = [];
    let failed = 0;
    const until = performance.now() + opts.seconds * 1000;
    const { db } = await import("../lib/db/client");
    let changes = 0;
    const changer = setInterval(() => {
      changes++;
      void db().$executeRaw`UPDATE blocks SET curated = NOT curated
        WHERE id = (SELECT id FROM blocks ORDER BY id OFFSET ${(changes * 7919) % 90_000} LIMIT 1)`;
    }, CHANGE_EVERY_MS);
    await Promise.all(
      sessions.map(async (s, i) => {
        const r = seededRandom(1000 + i);
        await new Promise((res) => setTimeout(res, r() * THINK_MS));
        while (performance.now() < until) {
          const c = opts.cases[Math.floor(r() * opts.cases.length)]!;
          const t = performance.now();
          const res = await s.request("GET", searchPath(c));
          await res.arrayBuffer();
          const ms = performance.now() - t;
          if (!res.ok) failed++;
          all.push(ms);
          byKind.set(c.kind, [...(byKind.get(c.kind) ?? []), ms]);
          await new Promise((res) => setTimeout(res, r() * THINK_MS));
        }
      }),
    );
    clearInterval(changer);
    log(
      `${opts.users.length} 人同时检索 ${opts.seconds} s：${all.length} 次，p50 ${round(pct(all, 50))} p95 ${round(pct(all, 95))} ` +
        `最大 ${round(Math.max(...all))} ms；失败 ${failed}；其间素材库变化 ${changes} 次`,
    );
    return { requests: all.length, p50: pct(all, 50), p95: pct(all, 95), failed, byKind };
  } finally {
    await server.stop();
  }
}
