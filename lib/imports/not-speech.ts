// What the import says of a file the miner kept nothing of: a file that is not speech material at all (a password
// file, a program: the miner removed every line) is refused with the reason it is not, whoever uploaded it, as
// there is nothing a clerk could confirm; any other file, as having no speech in it.
import { AppError } from "../errors";
import type { MinedDocument } from "../mining/types";
import type { FileVerdict } from "./file-verdict";

export function nothingToStore(mined: Pick<MinedDocument, "notSpeech">): string {
  return mined.notSpeech
    ? `看起来不是讲话材料：${mined.notSpeech.reason}。未导入。`
    : "文件中没有找到讲话内容（可能全是网页杂质或格式不对）。";
}

/** With no clerk to confirm it (command line, seed), a file judged not speech material is refused. */
export function refuseNotSpeech(verdict: FileVerdict): void {
  const notSpeech = verdict.reasons.find((r) => r.code === "not_speech");
  if (notSpeech) throw new AppError("invalid_input", `${notSpeech.message}。未导入。`);
}
