// A speech as the editor opens it: text, settings over the defaults, version, status, meeting, who saved last.
import { db } from "../db/client";
import { loadSpeechDetail } from "./speech-row";
import type { SpeechDetail } from "./types";

export async function getSpeech(id: string): Promise<SpeechDetail> {
  return loadSpeechDetail(db(), id);
}
