// Saving a speech without losing a keystroke: a copy goes to localStorage on every change, the server gets the
// latest text a few seconds after typing stops, one save at a time, each naming the version it started from.
// A stale version comes back as a conflict (the user's text is kept and shown beside the newer one); a lost
// connection leaves the text in localStorage and retries until the server answers; so does an expired session,
// until the user signs in again (here, or in another tab). Nothing is read from the editor while pinyin is being
// composed (the letters would be saved as text).
import type { SpeechDetail } from "@/lib/speeches/types";
import { backupKey, removeBackup, sameAsServer, writeBackup, type SavePayload } from "./draft-backup";

export type { SavePayload };
export type SaveStatus = "saved" | "dirty" | "saving" | "offline" | "signed-out" | "conflict" | "final" | "error";
/** The newer copy the server holds when a save was refused. */
export type ServerCopy = SpeechDetail;
export type SaverState = {
  status: SaveStatus;
  message: string | null;
  conflict: ServerCopy | null;
  savedAt: Date | null;
  /** The 讲话人 the last save's speaker line set (undefined before the first save answers). */
  speaker?: string | null;
};

export const SIGNED_OUT_MESSAGE = "登录已失效，请重新登录；您的修改已保存在本机，登录后回到此页会恢复。";
const RETRY_MS = [2_000, 5_000, 10_000, 30_000];
const COMPOSING_RETRY_MS = 300;
const KEEPALIVE_LIMIT = 60_000; // browsers refuse keepalive bodies over 64 KB

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
  /** Drafts of other tabs or visits recovered into this one: removed once their text is saved. */
  private recoveredKeys: string[] = [];
  /** The next save goes over a newer version on purpose: the server keeps the text it replaces as a version. */
  private overwriteNext = false;
  private isComposing: () => boolean = () => false;

  constructor(
    private readonly speechId: string,
    /** Whose drafts (draftScope: user and speech) this saver keeps in localStorage. */
    private readonly scope: string,
    version: number,
    private readonly onState: (s: SaverState) => void,
    private readonly delayMs = 2_000,
  ) {
    this.version = version;
  }

  /** Tells the saver how to know that pinyin is being composed (the editor exists only after the first render). */
  watchComposition(isComposing: () => boolean) {
    this.isComposing = isComposing;
  }

  get status() {
    return this.state.status;
  }

  /** Why the last save failed, in Chinese (null when it did not). */
  get message() {
    return this.state.message;
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
    this.scheduleBackup(); // also during a conflict or after 定稿: what is typed then is kept too
    if (this.state.status === "conflict" || this.state.status === "final") return;
    // Offline or signed out, the note stays while the user types on: each change tries again.
    if (this.state.status !== "offline" && this.state.status !== "signed-out")
      this.set({ status: "dirty", message: null });
    this.schedule(this.delayMs);
  }

  /** The copy in localStorage, 300 ms after a change, at the next idle moment (after a frame is painted rather
   * than between a keystroke and its paint), 200 ms later at the latest. */
  private scheduleBackup() {
    if (this.backupTimer) return;
    this.backupTimer = setTimeout(() => {
      const run = () => {
        if (!this.backupTimer) return; // closed meanwhile (it backed up itself)
        this.backupTimer = null;
        this.backup();
      };
      if (typeof requestIdleCallback === "function") requestIdleCallback(run, { timeout: 200 });
      else run();
    }, 300);
  }

  private backup() {
    if (!this.latest || !this.hasUnsaved) return;
    if (this.isComposing()) return; // the composition's end reports a change, which writes it
    writeBackup(this.scope, this.version, this.latest());
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
      if (this.hasUnsaved && this.state.status !== "conflict" && this.state.status !== "final") return this.flush();
      return;
    }
    if (!this.hasUnsaved || !this.latest || this.state.status === "conflict" || this.state.status === "final") return;
    if (this.isComposing()) return this.schedule(COMPOSING_RETRY_MS);
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
    let body: {
      version?: number;
      speaker?: string | null;
      error?: { message?: string; details?: { current?: ServerCopy } };
    } | null;
    try {
      res = await fetch(`/api/speeches/${this.speechId}`, {
        method: "PUT",
        headers: { "Content-Type": "application/json" },
        credentials: "same-origin",
        body: JSON.stringify({ baseVersion: this.version, ...payload, ...(this.overwriteNext && { overwrite: true }) }),
      });
      body = await res.json().catch(() => null);
    } catch {
      this.backup();
      this.set({ status: "offline", message: "网络已断开，修改已保存在本机，恢复连接后自动保存。" });
      this.schedule(RETRY_MS[Math.min(this.retry++, RETRY_MS.length - 1)]);
      return;
    }
    if (res.ok && typeof body?.version === "number") {
      this.retry = 0;
      this.overwriteNext = false;
      this.version = body.version;
      this.savedSeq = seq;
      if (body.speaker !== undefined) this.set({ speaker: body.speaker });
      if (!this.hasUnsaved) {
        removeBackup(backupKey(this.scope));
        this.recoveredKeys.splice(0).forEach(removeBackup);
        this.set({ status: "saved", message: null, savedAt: new Date() });
      } else {
        this.set({ status: "dirty" });
        this.schedule(this.delayMs);
      }
      return;
    }
    this.backup();
    if (res.status === 401) return this.set({ status: "signed-out", message: SIGNED_OUT_MESSAGE });
    const message = body?.error?.message ?? `保存失败（${res.status}），修改已保存在本机。`;
    const current = body?.error?.details?.current;
    if (res.status === 409 && current) {
      // A new conflict asks the user again; the overwrite chosen for the last one is spent.
      this.overwriteNext = false;
      // The "newer" version is our own text: an earlier save of it went through but its answer was lost.
      if (sameAsServer(payload, current)) {
        this.version = current.version;
        this.savedSeq = seq;
        this.set({ status: this.hasUnsaved ? "dirty" : "saved", message: null, savedAt: new Date() });
        if (this.hasUnsaved) this.schedule(this.delayMs);
        else removeBackup(backupKey(this.scope));
        return;
      }
      return this.set({ status: "conflict", message, conflict: current });
    }
    // 409 without a newer copy: someone set the speech to 定稿 meanwhile. The text stays in the browser.
    if (res.status === 409)
      return this.set({ status: "final", message: `${message}您未保存的修改留在本机，可复制后再用。` });
    // A server error, a rate limit, or a 200 without the new version (a proxy's page): try again later.
    if (res.status >= 500 || res.status === 429 || res.ok) {
      this.set({ status: "offline", message: "服务器暂时无法保存，修改已保存在本机，稍后自动重试。" });
      this.schedule(RETRY_MS[Math.min(this.retry++, RETRY_MS.length - 1)]);
      return;
    }
    this.set({ status: "error", message });
  }

  /** The user keeps their own text: it is saved over the newer version, on purpose (the newer one is kept as a
   *  version by the server). */
  keepMine() {
    const conflict = this.state.conflict;
    if (!conflict) return;
    this.version = conflict.version;
    this.overwriteNext = true;
    this.set({ status: "dirty", conflict: null, message: null });
    this.changeSeq++;
    void this.flush();
  }

  /** The user takes the newer text: ours is first kept as a version (采用较新版本前的我的修改), then `apply` resets
   *  the editor to the newer text. False, with the conflict still open and a message, when ours could not be kept. */
  async takeTheirs(apply?: (theirs: ServerCopy) => void): Promise<boolean> {
    const conflict = this.state.conflict;
    if (!conflict) return false;
    if (this.latest && this.hasUnsaved) {
      const { title, content } = this.latest();
      const kept = await fetch(`/api/speeches/${this.speechId}/versions/discarded`, {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        credentials: "same-origin",
        body: JSON.stringify({ baseVersion: this.version, title, content }),
      }).catch(() => null);
      // Meanwhile the clerk chose otherwise (保留我的版本): that choice stands.
      if (this.state.conflict !== conflict) return false;
      if (!kept?.ok) {
        const reason = kept
          ? ((await kept.json().catch(() => null))?.error?.message ?? `（${kept.status}）`)
          : "网络已断开。";
        this.set({ message: `没能把您的修改存为版本，为免丢失，暂不采用较新的版本：${reason}可先复制全文。` });
        return false;
      }
    }
    apply?.(conflict);
    this.version = conflict.version;
    this.overwriteNext = false;
    this.savedSeq = this.changeSeq;
    removeBackup(backupKey(this.scope));
    this.recoveredKeys.splice(0).forEach(removeBackup);
    this.set({ status: "saved", conflict: null, message: null, savedAt: new Date() });
    return true;
  }

  /** A draft recovered from localStorage (`key`), based on `baseVersion`: saved from there, or refused as a conflict. */
  recover(baseVersion: number, payload: () => SavePayload, key: string) {
    this.version = baseVersion;
    if (key !== backupKey(this.scope)) this.recoveredKeys.push(key);
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

  /** Leaving the page: write the backup now and send what fits in a keepalive request. The backup stays until
   * the next visit finds the server already holding the same text. */
  leave() {
    if (!this.hasUnsaved || !this.latest || this.state.status === "conflict" || this.state.status === "final") return;
    if (this.isComposing()) return;
    this.backup();
    const body = JSON.stringify({ baseVersion: this.version, ...this.latest() });
    // Too big for keepalive, already going, or bound to be refused (signed out): the backup is restored on next open.
    if (body.length * 3 > KEEPALIVE_LIMIT || this.inFlight || this.state.status === "signed-out") return;
    void fetch(`/api/speeches/${this.speechId}`, {
      method: "PUT",
      headers: { "Content-Type": "application/json" },
      credentials: "same-origin",
      body,
      keepalive: true,
    }).catch(() => undefined);
  }

  /** The composer goes away inside the app (another page): back up and save now, then stop the timers. */
  close() {
    if (this.backupTimer) clearTimeout(this.backupTimer);
    if (this.timer) clearTimeout(this.timer);
    this.backupTimer = this.timer = null;
    if (!this.hasUnsaved) return;
    this.backup();
    void this.flush();
  }
}
