"use client";
// 编辑 and 删除 on a meeting's page; after a delete the list is shown.
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Button } from "@/components/ui/form-controls";
import type { MeetingRow } from "@/lib/meetings/types";
import { MeetingFormDialog } from "./meeting-form-dialog";
import { DeleteMeetingDialog } from "./meeting-list";

export function MeetingActions({ meeting }: { meeting: MeetingRow }) {
  const router = useRouter();
  const [open, setOpen] = useState<"edit" | "delete" | null>(null);
  return (
    <>
      <Button variant="secondary" onClick={() => setOpen("edit")}>
        编辑会议
      </Button>
      <Button variant="danger" onClick={() => setOpen("delete")}>
        删除会议
      </Button>
      {open === "edit" ? <MeetingFormDialog meeting={meeting} onClose={() => setOpen(null)} /> : null}
      {open === "delete" ? (
        <DeleteMeetingDialog
          meeting={meeting}
          onClose={() => setOpen(null)}
          onDeleted={() => {
            router.push("/meetings");
            router.refresh();
          }}
        />
      ) : null}
    </>
  );
}
