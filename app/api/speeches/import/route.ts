import { can } from "@/lib/auth/roles";
import { parseInput } from "@/lib/blocks/schemas";
import { AppError } from "@/lib/errors";
import { authed } from "@/lib/http/route";
import { readUploadedFile } from "@/lib/http/upload";
import { DEFAULT_LIMITS } from "@/lib/mining/decode-document";
import { importSpeech } from "@/lib/speech-import/import-speech";
import { IMPORT_MSG } from "@/lib/speech-import/messages";
import { importSpeechFields } from "@/lib/speech-import/schemas";

/** 导入讲话稿: one .docx or .txt (field `file`), optionally a meeting, `alsoCorpus` and which speech (`order`). */
export const POST = authed("edit", {}, async ({ req, user }) => {
  const file = await readUploadedFile(req, DEFAULT_LIMITS.maxFileBytes);
  const fields = parseInput(importSpeechFields, file.fields);
  // The corpus has its own permission; today every editor holds it, but the roles may part.
  if (fields.alsoCorpus && !can(user.role, "import")) throw new AppError("forbidden", IMPORT_MSG.corpusForbidden);
  const result = await importSpeech({ fileName: file.name, bytes: file.bytes, userId: user.id, ...fields });
  return Response.json(result, { status: 201 });
});
