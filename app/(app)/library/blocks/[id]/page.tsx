import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { BlockView } from "@/components/library/block/block-view";
import { can } from "@/lib/auth/roles";
import { getBlockDetail } from "@/lib/blocks/get-block-detail";
import { listCategories } from "@/lib/categories/seed-categories";
import { isAppError } from "@/lib/errors";
import { requireUser } from "../../../../_lib/current-user";

export const metadata: Metadata = { title: "素材详情" };

export default async function BlockPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requireUser();
  const { id } = await params;
  const [detail, categories] = await Promise.all([
    getBlockDetail(id, user.id).catch((err) => {
      if (isAppError(err) && err.code === "not_found") notFound();
      throw err;
    }),
    listCategories(),
  ]);
  return (
    <BlockView
      detail={detail}
      categories={categories.map((c) => ({ id: c.id, key: c.key, name: c.name }))}
      canEdit={can(user.role, "edit")}
    />
  );
}
