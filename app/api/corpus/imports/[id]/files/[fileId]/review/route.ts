import { authed } from "@/lib/http/route";
import { editReviewFile } from "@/lib/imports/review-file";
import { reviewEditInput } from "@/lib/imports/review-schemas";

/** One fix of a file held for review (merge, split, category); answers the draft's new version. */
export const POST = authed("import", { body: reviewEditInput }, async ({ user, params, body }) =>
  editReviewFile({ importId: String(params.id), fileId: String(params.fileId) }, body, user.id),
);
