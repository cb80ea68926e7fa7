import { z } from "zod";
import { startImport } from "@/lib/corpus/import-files";
import { listImports } from "@/lib/corpus/import-report";
import { listRunningImports } from "@/lib/imports/import-progress";
import { authed } from "@/lib/http/route";

const query = z.object({ running: z.enum(["1"]).optional() });

/** The import history; `?running=1`: the signed-in user's imports still in progress, with each file's stage. */
export const GET = authed("read", { query }, async ({ user, query }) =>
  query.running ? { running: await listRunningImports(user.id) } : { imports: await listImports() },
);

/**
 * Opens an import batch; files are then posted one by one so each shows its own progress. Files judged 需要检查
 * are held for the clerk's review before they reach the library.
 */
export const POST = authed("import", {}, async ({ user }) =>
  Response.json(await startImport(user.id, { holdForReview: true }), { status: 201 }),
);
