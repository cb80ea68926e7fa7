// Saving a speech without losing a keystroke: a copy goes to localStorage on every change, the server gets the
// latest text a few seconds after typing stops, one save at a time, each naming the version it started from.
// A stale version comes back as a conflict (the user's text is kept and shown beside the newer one); a lost
// connection leaves the text in localStorage and retries until the server answers.
import type { SpeechDoc, SpeechSettings } from "@/lib/speech-doc/types";
import type { SpeechDetail } from "@/lib/speeches/types";

export type SaveStatus = "saved" | "dirty" | "saving" | "offline" | "conflict" | "error";
export type SavePayload = { title: string; content: SpeechDoc; settings: SpeechSettings };
/** The newer copy the server holds when a save was refused. */
export type ServerCopy = SpeechDetail;
export type SaverState = {
  status: SaveStatus;
  message: string | null;
  conflict: ServerCopy | null;
  savedAt: Date | null;
};

type Backup = { baseVersion: number; payload: SavePayload; at: string };

const RETRY_MS = [2_000, 5_000, 10_000, 30_000];
const KEEPALIVE_LIMIT = 60_000; // browsers refuse keepalive bodies over 64 KB

export const backupKey = (speechId: string) => `jianggao:speech-draft:${speechId}`;

export function readBackup(speechId: string): Backup | null {
  try {
    const raw = localStorage.getItem(backupKey(speechId));
    return raw ? (JSON.parse(raw) as Backup) : null;
  } catch {
    return null;
  }
}

export class SpeechSaver {
  version: number;
  private state: SaverState = { status: "saved", message: null, conflict: null, savedAt: null };
  private latest: (() => SavePayload) | null = null;
  private changeSeq = 0;
  private savedSeq = 0;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private backupTimer: ReturnType<typeof setTimeout> | null = null;
  private inFlight: Promise<void> | null = null;
  private retry = 0;

  constructor(
    private readonly speechId: string,
    version: number,
    private readonly onState: (s: SaverState) => void,
    private readonly delayMs = 2_000,
  ) {
    this.version = version;
  }

  get status() {
    return this.state.status;
  }

  get hasUnsaved() {
    return this.changeSeq !== this.savedSeq;
  }

  private set(patch: Partial<SaverState>) {
    // Every keystroke reports a change: render only when something visible differs.
    if ((Object.keys(patch) as (keyof SaverState)[]).every((k) => this.state[k] === patch[k])) return;
    this.state = { ...this.state, ...patch };
    this.onState(this.state);
  }

  /** Called after every change the user made (never during a pinyin composition). */
  changed(payload: () => SavePayload) {
    this.latest = payload;
    this.changeSeq++;
    if (this.state.status === "conflict") return; // wait for the user's decision
    if (this.state.status !== "offline") this.set({ status: "dirty", message: null });
    this.scheduleBackup();
    this.schedule(this.delayMs);
  }

  private scheduleBackup() {
    if (this.backupTimer) return;
    this.backupTimer = setTimeout(() => {
      this.backupTimer = null;
      this.writeBackup();
    }, 300);
  }

  private writeBackup() {
    if (!this.latest || !this.hasUnsaved) return;
    try {
      const backup: Backup = { baseVersion: this.version, payload: this.latest(), at: new Date().toISOString() };
      localStorage.setItem(backupKey(this.speechId), JSON.stringify(backup));
    } catch {
      // storage full or disabled: the server copy is all we have, and the status says 未保存
    }
  }

  private schedule(ms: number) {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = null;
      void this.flush();
    }, ms);
  }

  /** Saves now if anything is unsaved; resolves when the server has answered. */
  async flush(): Promise<void> {
    if (this.inFlight) {
      await this.inFlight;
      if (this.hasUnsaved && this.state.status !== "conflict") return this.flush();
      return;
    }
    if (!this.hasUnsaved || !this.latest || this.state.status === "conflict") return;
    this.inFlight = this.send();
    try {
      await this.inFlight;
    } finally {
      this.inFlight = null;
    }
  }

  private async send() {
    const seq = this.changeSeq;
    const payload = this.latest!();
    this.set({ status: "saving" });
    let res: Response;
    try {
      res = await fetch(`/api/speeches/${this.speechId}`, {
        method: "PUT",
        headers: { "Content-Type": "application/json" },
        credentials: "same-origin",
        body: JSON.stringify({ baseVersion: this.version, ...payload }),
      });
    } catch {
      this.writeBackup();
      this.set({ status: "offline", message: "网络已断开，修改已保存在本机，恢复连接后自动保存。" });
      this.schedule(RETRY_MS[Math.min(this.retry++, RETRY_MS.length - 1)]);
      return;
    }
    const body = await res.json().catch(() => null);
    if (res.ok) {
      this.retry = 0;
      this.version = body.version;
      this.savedSeq = seq;
      if (!this.hasUnsaved) {
        try {
          localStorage.removeItem(backupKey(this.speechId));
        } catch {
          /* nothing stored */
        }
        this.set({ status: "saved", message: null, savedAt: new Date() });
      } else {
        this.set({ status: "dirty" });
        this.schedule(this.delayMs);
      }
      return;
    }
    this.writeBackup();
    const message: string = body?.error?.message ?? `保存失败（${res.status}），修改已保存在本机。`;
    const current = body?.error?.details?.current as ServerCopy | undefined;
    if (res.status === 409 && current) {
      this.set({ status: "conflict", message, conflict: current });
      return;
    }
    if (res.status >= 500 || res.status === 429) {
      this.set({ status: "offline", message: "服务器暂时无法保存，修改已保存在本机，稍后自动重试。" });
      this.schedule(RETRY_MS[Math.min(this.retry++, RETRY_MS.length - 1)]);
      return;
    }
    this.set({ status: "error", message });
  }

  /** The user keeps their own text: it is saved over the newer version, on purpose. */
  keepMine() {
    const conflict = this.state.conflict;
    if (!conflict) return;
    this.version = conflict.version;
    this.set({ status: "dirty", conflict: null, message: null });
    this.changeSeq++;
    void this.flush();
  }

  /** The user takes the newer text: the editor is reset to it by the caller, nothing of ours is sent. */
  takeTheirs() {
    const conflict = this.state.conflict;
    if (!conflict) return;
    this.version = conflict.version;
    this.savedSeq = this.changeSeq;
    try {
      localStorage.removeItem(backupKey(this.speechId));
    } catch {
      /* nothing stored */
    }
    this.set({ status: "saved", conflict: null, message: null, savedAt: new Date() });
  }

  /** Text recovered from localStorage, based on `baseVersion`: saved from there (or refused as a conflict). */
  recover(baseVersion: number, payload: () => SavePayload) {
    this.version = baseVersion;
    this.changed(payload);
    void this.flush();
  }

  /** Connection back: try at once. */
  online() {
    if (this.state.status === "offline") {
      this.retry = 0;
      void this.flush();
    }
  }

  /** Leaving the page: write the backup synchronously and send what fits in a keepalive request. */
  leave() {
    if (!this.hasUnsaved || !this.latest || this.state.status === "conflict") return;
    this.writeBackup();
    const body = JSON.stringify({ baseVersion: this.version, ...this.latest() });
    if (body.length * 3 > KEEPALIVE_LIMIT || this.inFlight) return; // the backup is restored on next open
    void fetch(`/api/speeches/${this.speechId}`, {
      method: "PUT",
      headers: { "Content-Type": "application/json" },
      credentials: "same-origin",
      body,
      keepalive: true,
    }).catch(() => undefined);
  }

  dispose() {
    if (this.timer) clearTimeout(this.timer);
    if (this.backupTimer) clearTimeout(this.backupTimer);
  }
}
