import { listImportFiles } from "@/lib/imports/import-progress";
import { queueImportFile } from "@/lib/imports/queue-import-file";
import { authed } from "@/lib/http/route";
import { readUploadedFile } from "@/lib/http/upload";
import { DEFAULT_LIMITS } from "@/lib/mining/decode-document";

/** Progress of every file of the import (polled by the uploader and the report page while it runs). */
export const GET = authed("read", {}, async ({ params }) => ({ progress: await listImportFiles(String(params.id)) }));

/** Receives one file; the background worker mines and stores it (202: accepted, not yet done). */
export const POST = authed("import", {}, async ({ req, params }) => {
  const file = await readUploadedFile(req, DEFAULT_LIMITS.maxFileBytes);
  return Response.json({ file: await queueImportFile(String(params.id), file) }, { status: 202 });
});
