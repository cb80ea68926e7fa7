import type { Metadata } from "next";
import { EmptyState, PageTitle } from "@/components/ui/empty-state";

export const metadata: Metadata = { title: "会议" };

export default function MeetingsPage() {
  return (
    <>
      <PageTitle title="会议" description="安全生产工作会议、安委会全体会议、季度例会等，以及每次会议用过的素材。" />
      <EmptyState title="还没有会议">
        会议登记功能即将上线：登记会议后，系统会记录每次讲话用过哪些段落，避免领导在不同会议上重复同样的话。
      </EmptyState>
    </>
  );
}
