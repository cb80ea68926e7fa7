// 复制为纯文本: the speech with its numbers written out, onto the clipboard; returns the message to show.
import { copyText } from "@/components/ui/copy-text";
import { speechPlainText } from "@/lib/speech-doc/plain-text";
import type { SpeechDoc, SpeechSettings } from "@/lib/speech-doc/types";

export async function copySpeechText(doc: SpeechDoc, settings: SpeechSettings): Promise<string> {
  return (await copyText(speechPlainText(doc, settings))) ? "全文已复制为纯文本。" : "复制失败，请手动选择文字复制。";
}
