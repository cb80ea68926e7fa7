import { authed } from "@/lib/http/route";
import { discardReviewFile } from "@/lib/imports/review-file";
import { reviewVersionInput } from "@/lib/imports/review-schemas";

/** 放弃: the file held for review is not imported. */
export const POST = authed("import", { body: reviewVersionInput }, async ({ user, params, body }) =>
  discardReviewFile({ importId: String(params.id), fileId: String(params.fileId) }, body, user.id),
);
