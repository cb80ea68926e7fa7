"use client";
// 草稿 → 审阅 → 定稿 and back: the text is saved first, then the status changes on the server.
import { useCallback, useState } from "react";
import { api } from "@/components/ui/api-client";
import type { SpeechStatus } from "@/lib/speeches/types";
import type { SpeechSaver } from "./speech-saver";

const DONE: Record<SpeechStatus, string> = {
  FINAL: "已定稿，讲话稿现在只读。",
  REVIEW: "已提交审阅。",
  DRAFT: "已重新打开，可以继续修改。",
};

export function useSpeechStatus(
  speechId: string,
  initial: SpeechStatus,
  saver: SpeechSaver,
  show: (m: string) => void,
) {
  const [status, setStatus] = useState<SpeechStatus>(initial);
  const change = useCallback(
    async (next: SpeechStatus) => {
      try {
        await saver.flush();
        if (saver.hasUnsaved) throw new Error("正文还没有保存成功，请先处理保存问题再更改状态。");
        await api(`/api/speeches/${speechId}/status`, { body: { status: next } });
        setStatus(next);
        show(DONE[next]);
      } catch (err) {
        show((err as Error).message);
      }
    },
    [speechId, saver, show],
  );
  return { status, change };
}
