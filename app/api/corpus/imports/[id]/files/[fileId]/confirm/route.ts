import { authed } from "@/lib/http/route";
import { confirmReviewFile } from "@/lib/imports/review-file";
import { reviewVersionInput } from "@/lib/imports/review-schemas";

/** 确认入库: the reviewed file goes to the worker, which stores it as the clerk left it (202: not yet stored). */
export const POST = authed("import", { body: reviewVersionInput }, async ({ user, params, body }) =>
  Response.json(
    await confirmReviewFile({ importId: String(params.id), fileId: String(params.fileId) }, body, user.id),
    { status: 202 },
  ),
);
