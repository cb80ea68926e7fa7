import { closeImport } from "@/lib/imports/complete-import";
import { authed } from "@/lib/http/route";

/** The uploader has sent every file; the import completes when the worker has finished them all. */
export const POST = authed("import", {}, async ({ params }) => await closeImport(String(params.id)));
