// What the meeting pages and the speech forms read about a meeting. Days are "2025-03-01" (DATE columns, no time).
import type { SpeechListItem } from "../speeches/types";

export type MeetingRow = {
  id: string;
  title: string;
  /** "2025-03-01" or null */
  date: string | null;
  type: string | null;
  level: string | null;
  audience: string | null;
  location: string | null;
  speechCount: number;
  createdAt: string;
  updatedAt: string;
};

export type MeetingDetail = MeetingRow & { speeches: SpeechListItem[] };

export type MeetingList = { meetings: MeetingRow[]; total: number; page: number; pageSize: number };
