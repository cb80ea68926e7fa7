import { importFileIntoBatch } from "@/lib/corpus/import-files";
import { authed } from "@/lib/http/route";
import { readUploadedFile } from "@/lib/http/upload";
import { DEFAULT_LIMITS } from "@/lib/mining/decode-document";

export const POST = authed("import", {}, async ({ req, user, params }) => {
  const file = await readUploadedFile(req, DEFAULT_LIMITS.maxFileBytes);
  return { result: await importFileIntoBatch(String(params.id), file, user.id) };
});
