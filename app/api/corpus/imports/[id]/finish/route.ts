import { finishImport } from "@/lib/corpus/import-files";
import { authed } from "@/lib/http/route";

export const POST = authed("import", {}, async ({ user, params }) => ({ totals: await finishImport(String(params.id), user.id) }));
