import { authed } from "@/lib/http/route";
import { exportTrackedChanges } from "@/lib/export/export-tracked-changes";
import { attachmentHeader } from "@/lib/export/file-name";
import { compareQuery } from "@/lib/speeches/versions/schemas";

/** ?from=<version id|current>&to=<version id|current, default current>: the comparison as a Word file with 修订. */
export const GET = authed("read", { query: compareQuery }, async ({ query, user, params, ip }) => {
  const file = await exportTrackedChanges({ speechId: String(params.id), from: query.from, to: query.to, user, ip });
  return new Response(Buffer.from(file.bytes), {
    headers: {
      "Content-Type": file.contentType,
      "Content-Disposition": attachmentHeader(file.fileName),
      "Cache-Control": "no-store",
    },
  });
});
