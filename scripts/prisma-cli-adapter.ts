// Driver adapter used only by the Prisma CLI (migrate diff/dev/deploy). Two work-arounds, see README:
// 1. the schema engine reads catalog columns of type "char" (18) and name (19), which adapter-pg cannot map
//    (prisma/orm#27403): they are relabelled as text (25) before the adapter sees them;
// 2. the shadow database must be dropped only after its pool is closed.
import pg from "pg";
import { PrismaPg } from "@prisma/adapter-pg";

const CATALOG_TEXT_TYPES = new Set([18, 19]);
const TEXT_OID = 25;

type QueryResultLike = { fields?: { dataTypeID: number }[] };

function relabel<T>(result: T): T {
  for (const field of (result as QueryResultLike)?.fields ?? []) {
    if (CATALOG_TEXT_TYPES.has(field.dataTypeID)) field.dataTypeID = TEXT_OID;
  }
  return result;
}

class CatalogFriendlyPool extends pg.Pool {
  // pg's query() has many overloads; the adapter only uses the promise form.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  override query(...args: any[]): any {
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    const out = (super.query as any)(...args);
    return out && typeof out.then === "function" ? out.then(relabel) : out;
  }
}

function explicitConfig(url: string, database?: string): pg.PoolConfig {
  const u = new URL(url);
  return {
    host: u.hostname || "127.0.0.1",
    port: Number(u.port || 5432),
    user: decodeURIComponent(u.username || process.env.USER || "postgres"),
    password: decodeURIComponent(u.password || ""),
    database: database ?? decodeURIComponent(u.pathname.slice(1) || "postgres"),
    allowExitOnIdle: true,
  };
}

export function cliAdapterFactory(url: string) {
  const main = new PrismaPg(new CatalogFriendlyPool(explicitConfig(url)));
  return {
    provider: "postgres" as const,
    adapterName: main.adapterName,
    connect: () => main.connect(),
    async connectToShadowDb() {
      const shadowName = `prisma_shadow_${Date.now()}_${Math.random().toString(36).slice(2, 8)}`;
      const admin = new pg.Client(explicitConfig(url));
      await admin.connect();
      await admin.query(`CREATE DATABASE "${shadowName}"`);
      await admin.end();
      const shadow = new PrismaPg(new CatalogFriendlyPool(explicitConfig(url, shadowName)));
      const adapter = await shadow.connect();
      const dispose = adapter.dispose.bind(adapter);
      adapter.dispose = async () => {
        await dispose();
        await adapter
          .underlyingDriver()
          .end()
          .catch(() => undefined);
        const dropper = new pg.Client(explicitConfig(url));
        await dropper.connect();
        await dropper.query(`DROP DATABASE IF EXISTS "${shadowName}" WITH (FORCE)`);
        await dropper.end();
      };
      return adapter;
    },
  };
}
