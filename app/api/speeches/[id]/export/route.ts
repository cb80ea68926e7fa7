import { authed } from "@/lib/http/route";
import { exportSpeech } from "@/lib/export/export-speech";
import { attachmentHeader } from "@/lib/export/file-name";
import { exportQuery } from "@/lib/export/options-schema";

/** The speech as a download: ?format=docx (official layout) or txt; options override the user's saved ones once. */
export const GET = authed("read", { query: exportQuery }, async ({ query, user, params, ip }) => {
  const file = await exportSpeech({ speechId: String(params.id), user, query, ip });
  return new Response(Buffer.from(file.bytes), {
    headers: {
      "Content-Type": file.contentType,
      "Content-Disposition": attachmentHeader(file.fileName),
      "Cache-Control": "no-store",
    },
  });
});
