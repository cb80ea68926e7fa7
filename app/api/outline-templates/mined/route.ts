import { authed } from "@/lib/http/route";
import { minedOutlineTemplates } from "@/lib/outline-templates/mined-templates";

export const GET = authed("read", {}, async () => minedOutlineTemplates());
