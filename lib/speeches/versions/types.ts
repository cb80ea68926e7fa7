// Versions of a speech's text as the version list and the compare view read them.
import type { SpeechStatus, UserRef } from "../types";

export const VERSION_KINDS = ["NAMED", "AUTO", "BEFORE_RESTORE", "STATUS"] as const;
export type VersionKind = (typeof VERSION_KINDS)[number];
export const VERSION_KIND_LABELS: Record<VersionKind, string> = {
  NAMED: "命名版本",
  AUTO: "自动保存",
  BEFORE_RESTORE: "恢复前",
  STATUS: "状态变更",
};

export type SpeechVersionItem = {
  id: string;
  kind: VersionKind;
  /** 第一稿, 送审稿 …; for automatic versions what took them (当天首次保存, 草稿 → 审阅). */
  name: string | null;
  note: string | null;
  /** The speech's version whose text this holds. */
  version: number;
  title: string;
  charCount: number;
  status: SpeechStatus;
  createdAt: string;
  createdBy: UserRef;
};

/** "current" or a version's id. */
export type VersionRef = string;
export const CURRENT = "current";
