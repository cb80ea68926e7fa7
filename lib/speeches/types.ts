// What the speech pages and the composer read and send. Days are "2025-03-01", moments ISO timestamps.
import type { SpeechDoc, SpeechSettings } from "../speech-doc/types";

export const SPEECH_STATUSES = ["DRAFT", "REVIEW", "FINAL"] as const;
export type SpeechStatus = (typeof SPEECH_STATUSES)[number];
export const SPEECH_STATUS_LABELS: Record<SpeechStatus, string> = { DRAFT: "草稿", REVIEW: "审阅", FINAL: "定稿" };

export type UserRef = { id: string; displayName: string } | null;
export type MeetingRef = { id: string; title: string; date: string | null };

/** A row of the 讲话稿 list (and of a meeting's speeches). */
export type SpeechListItem = {
  id: string;
  title: string;
  status: SpeechStatus;
  kind: string | null;
  meeting: MeetingRef | null;
  speaker: string | null;
  /** "2025-03-01" or null */
  date: string | null;
  updatedAt: string;
  updatedBy: UserRef;
  /** Characters of the body (headings and paragraphs), as of the last save. */
  charCount: number;
  version: number;
};

export type SpeechList = { speeches: SpeechListItem[]; total: number; page: number; pageSize: number };

/** Everything the editor needs to open a speech. */
export type SpeechDetail = {
  id: string;
  title: string;
  status: SpeechStatus;
  kind: string | null;
  speaker: string | null;
  date: string | null;
  meeting: (MeetingRef & { type: string | null; level: string | null; location: string | null }) | null;
  content: SpeechDoc;
  /** Stored settings merged over DEFAULT_SETTINGS. */
  settings: SpeechSettings;
  version: number;
  charCount: number;
  createdAt: string;
  createdBy: UserRef;
  updatedAt: string;
  updatedBy: UserRef;
};

/** The answer to a successful save (small: autosave runs every few seconds). */
export type SpeechSaved = {
  id: string;
  title: string;
  version: number;
  charCount: number;
  updatedAt: string;
  updatedBy: UserRef;
  /** The 讲话人 as the saved speaker line set it: the composer follows it (reuse warnings, 讲话信息). */
  speaker: string | null;
};

/** A use of a block by the same speaker in another speech, inside the reuse window (before or after). */
export type ReuseWarning = {
  blockId: string;
  speechId: string;
  speechTitle: string;
  meetingId: string | null;
  meetingTitle: string | null;
  /** "2025-03-01" or null */
  meetingDate: string | null;
  /** The day the warning is about: the meeting's, else the speech's, else the day of the use. */
  date: string;
  /** The day comes after the speech's own (its meeting's) day: the speaker is still to say it. */
  later: boolean;
  usedAt: string;
};

/** The library's "not used by this speaker" filter that matches the speech's reuse window. */
export type ReuseFilter = { notSpeaker: string; since: string } | null;

export type OutlineSources = {
  corpus: {
    id: string;
    title: string | null;
    speaker: string | null;
    date: string | null;
    fileName: string;
    headingCount: number;
  }[];
  speeches: {
    id: string;
    title: string;
    speaker: string | null;
    meetingTitle: string | null;
    updatedAt: string;
    headingCount: number;
  }[];
};
