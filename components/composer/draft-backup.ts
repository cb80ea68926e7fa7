// The browser's copy of unsaved text, one entry per user, speech and tab (two tabs on one speech must not delete
// each other's drafts; a colleague signing in on the same browser must not inherit them), kept in localStorage so
// that it outlives a crash, a closed tab or a lost connection. Drafts older than a month are dropped.
import type { SpeechDoc, SpeechSettings } from "@/lib/speech-doc/types";

export type SavePayload = { title: string; content: SpeechDoc; settings: SpeechSettings };
export type Backup = { baseVersion: number; payload: SavePayload; at: string; tab: string };

const PREFIX = "jianggao:speech-draft:";
const TAB_KEY = "jianggao:tab";
const MAX_AGE_MS = 30 * 24 * 3600 * 1000;

/** Whose draft of which speech: the user and the speech. */
export const draftScope = (userId: string, speechId: string) => `${userId}/${speechId}`;

/** This tab's id: kept in sessionStorage, so a reload of the tab finds its own drafts again. */
export function tabId(): string {
  try {
    let id = sessionStorage.getItem(TAB_KEY);
    if (!id) {
      id = Math.random().toString(36).slice(2, 10);
      sessionStorage.setItem(TAB_KEY, id);
    }
    return id;
  } catch {
    return "tab";
  }
}

export const backupKey = (scope: string, tab = tabId()) => `${PREFIX}${scope}:${tab}`;

export function writeBackup(scope: string, baseVersion: number, payload: SavePayload): void {
  const tab = tabId();
  const backup: Backup = { baseVersion, payload, at: new Date().toISOString(), tab };
  try {
    localStorage.setItem(backupKey(scope, tab), JSON.stringify(backup));
  } catch {
    // storage full or disabled: the status line still says 未保存
  }
}

export function removeBackup(key: string): void {
  try {
    localStorage.removeItem(key);
  } catch {
    /* nothing stored */
  }
}

/** Every draft of this user's speech in this browser, newest first; drafts past a month are removed. */
export function backupsOf(scope: string): { key: string; backup: Backup }[] {
  const out: { key: string; backup: Backup }[] = [];
  const stale: string[] = [];
  try {
    for (let i = 0; i < localStorage.length; i++) {
      const key = localStorage.key(i);
      if (!key?.startsWith(PREFIX)) continue;
      const backup = JSON.parse(localStorage.getItem(key) ?? "null") as Backup | null;
      if (!backup?.payload?.content || Date.now() - Date.parse(backup.at) > MAX_AGE_MS) stale.push(key);
      else if (key.startsWith(`${PREFIX}${scope}:`)) out.push({ key, backup });
    }
  } catch {
    return out;
  }
  stale.forEach(removeBackup);
  return out.sort((a, b) => b.backup.at.localeCompare(a.backup.at));
}

/** JSON with object keys sorted: PostgreSQL's jsonb reorders keys, so plain strings never compare equal. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v) =>
    v && typeof v === "object" && !Array.isArray(v)
      ? Object.fromEntries(
          Object.keys(v)
            .sort()
            .map((k) => [k, (v as Record<string, unknown>)[k]]),
        )
      : v,
  );
}

/** Whether a draft holds nothing the server does not already have (text and settings). */
export function sameAsServer(payload: SavePayload, server: { content: SpeechDoc; settings: SpeechSettings }): boolean {
  return (
    canonical(payload.content) === canonical(server.content) &&
    canonical(payload.settings) === canonical(server.settings)
  );
}
