import { startImport } from "@/lib/corpus/import-files";
import { listImports } from "@/lib/corpus/import-report";
import { authed } from "@/lib/http/route";

export const GET = authed("read", {}, async () => ({ imports: await listImports() }));

/** Opens an import batch; files are then posted one by one so each shows its own progress. */
export const POST = authed("import", {}, async ({ user }) => Response.json(await startImport(user.id), { status: 201 }));
