import { authed } from "@/lib/http/route";
import { confirmAllReviewFiles } from "@/lib/imports/review-file";

/** 全部确认入库: every file of the import held for review, as it is now (202: the worker stores them). */
export const POST = authed("import", {}, async ({ user, params }) =>
  Response.json(await confirmAllReviewFiles(String(params.id), user.id), { status: 202 }),
);
