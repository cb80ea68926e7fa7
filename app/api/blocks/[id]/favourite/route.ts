import { favouriteInput } from "@/lib/blocks/schemas";
import { setFavourite } from "@/lib/blocks/set-favourite";
import { authed } from "@/lib/http/route";

export const PUT = authed("edit", { body: favouriteInput }, async ({ body, user, params }) =>
  setFavourite(String(params.id), user.id, body.on),
);
