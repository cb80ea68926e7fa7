import { listCategories } from "@/lib/categories/seed-categories";
import { authed } from "@/lib/http/route";

export const GET = authed("read", {}, async () => ({ categories: await listCategories() }));
