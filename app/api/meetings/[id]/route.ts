import { authed } from "@/lib/http/route";
import { deleteMeeting } from "@/lib/meetings/delete-meeting";
import { getMeeting } from "@/lib/meetings/get-meeting";
import { updateMeetingInput } from "@/lib/meetings/schemas";
import { updateMeeting } from "@/lib/meetings/update-meeting";

export const GET = authed("read", {}, async ({ params }) => ({ meeting: await getMeeting(String(params.id)) }));

export const PATCH = authed("edit", { body: updateMeetingInput }, async ({ body, user, params }) => ({
  meeting: await updateMeeting(String(params.id), user.id, body),
}));

export const DELETE = authed("edit", {}, async ({ user, params }) => {
  await deleteMeeting(String(params.id), user.id);
  return { ok: true };
});
