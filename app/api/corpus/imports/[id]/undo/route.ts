import { undoImport } from "@/lib/corpus/undo-import";
import { authed } from "@/lib/http/route";

export const POST = authed("import", {}, async ({ user, params }) => ({
  result: await undoImport(String(params.id), user.id),
}));
