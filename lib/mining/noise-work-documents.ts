// What a clerk's own tools leave around a speech: an AI assistant's chat, a meeting's minutes or 纪要, a recording's
// transcript, a reader's study notes, an office system's records. Each is recognised by its own marks and does nothing to other files.
import { markAiChat } from "./noise-ai-chat";
import { markMeetingMinutes } from "./noise-minutes";
import { markOfficeRecords } from "./noise-office-records";
import { markMeetingSummary } from "./noise-meeting-summary";
import { markSpeakerTranscript } from "./noise-speaker-transcript";
import { markStudyNotes } from "./noise-study-notes";

/** Marks the tools' lines. */
export function markWorkDocuments(texts: string[], verdict: (string | null)[]): void {
  markAiChat(texts, verdict);
  markMeetingMinutes(texts, verdict);
  markMeetingSummary(texts, verdict);
  markSpeakerTranscript(texts, verdict);
  markStudyNotes(texts, verdict);
  markOfficeRecords(texts, verdict);
}
