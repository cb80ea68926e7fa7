import { authed } from "@/lib/http/route";
import { exportOptionsInput } from "@/lib/export/options-schema";
import { getUserExportOptions, saveUserExportOptions } from "@/lib/export/user-export-options";

export const GET = authed("read", {}, async ({ user }) => ({ options: await getUserExportOptions(user.id) }));

/** Export options are the user's own: anyone signed in who may export (read) may keep theirs. */
export const PUT = authed("read", { body: exportOptionsInput }, async ({ body, user }) => ({
  options: await saveUserExportOptions(user.id, body),
}));
