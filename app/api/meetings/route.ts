import { authed } from "@/lib/http/route";
import { createMeeting } from "@/lib/meetings/create-meeting";
import { listMeetings } from "@/lib/meetings/list-meetings";
import { createMeetingInput, listMeetingsQuery } from "@/lib/meetings/schemas";

export const GET = authed("read", { query: listMeetingsQuery }, async ({ query }) => listMeetings(query));

export const POST = authed("edit", { body: createMeetingInput }, async ({ body, user }) =>
  Response.json({ meeting: await createMeeting(user.id, body) }, { status: 201 }),
);
