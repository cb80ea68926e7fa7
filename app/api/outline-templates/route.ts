import { authed } from "@/lib/http/route";
import { listOutlineTemplates } from "@/lib/outline-templates/list-templates";
import { saveOutlineTemplate } from "@/lib/outline-templates/save-template";
import { saveOutlineTemplateInput } from "@/lib/outline-templates/schemas";

export const GET = authed("read", {}, async ({ user }) => ({ templates: await listOutlineTemplates(user) }));

export const POST = authed("edit", { body: saveOutlineTemplateInput }, async ({ body, user }) =>
  Response.json({ template: await saveOutlineTemplate(user, body) }, { status: 201 }),
);
