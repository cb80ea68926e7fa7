// Autosave under load: N clerks, each signed in with a session of their own and editing a speech of their own,
// save the whole 20,000-character text every few seconds (PUT /api/speeches/ID with the version they started
// from, one save at a time, as the composer's saver does), all at once against one `next start` on loopback.
// Every request is timed from sending it to having read the whole answer. At the end every speech is read back
// and compared with the last text its clerk sent: a clerk whose stored text or version differs lost a save (or
// had two applied out of order).
import { performance } from "node:perf_hooks";
import type { SpeechDoc, SpeechSettings } from "../lib/speech-doc/types";
import type { SpeechSaved } from "../lib/speeches/types";
import { log, pct, round, type Session } from "./composer-env";
import { seededRandom as rng } from "../lib/testing/seeded-random";
import { editedCopy } from "./composer-speech";

export type Clerk = { session: Session; speechId: string; userId: string };

type ClerkState = {
  clerk: Clerk;
  title: string;
  settings: SpeechSettings;
  doc: SpeechDoc;
  version: number;
  firstVersion: number;
  saved: number;
  lastSent: SpeechDoc | null;
  lastSentVersion: number | null;
  errors: string[];
  late: number;
};

export type AutosaveResult = {
  latencies: number[];
  p95: number;
  lost: number;
  errors: number;
  late: number;
};

/** JSON with sorted keys (PostgreSQL's jsonb does not keep key order). */
export function canonical(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(canonical).join(",")}]`;
  if (v && typeof v === "object")
    return `{${Object.keys(v)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonical((v as Record<string, unknown>)[k])}`)
      .join(",")}}`;
  return JSON.stringify(v);
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, Math.max(0, ms)));

export async function runAutosave(
  clerks: Clerk[],
  opts: { seconds: number; intervalMs: number },
): Promise<AutosaveResult> {
  // Each clerk opens their speech first (as the editor does): text, settings and version.
  const states: ClerkState[] = await Promise.all(
    clerks.map(async (clerk) => {
      const s = await clerk.session.getSpeech(clerk.speechId);
      return {
        clerk,
        title: s.title,
        settings: s.settings,
        doc: s.content,
        version: s.version,
        firstVersion: s.version,
        saved: 0,
        lastSent: null,
        lastSentVersion: null,
        errors: [],
        late: 0,
      };
    }),
  );
  const latencies: number[] = [];
  const timeline: { at: number; ms: number }[] = [];
  let inFlight = 0;
  let maxInFlight = 0;
  const start = performance.now() + 500;
  const end = start + opts.seconds * 1000;

  const run = async (st: ClerkState, index: number) => {
    const r = rng(1000 + index);
    // Clerks do not save in step: each starts at its own moment within the first interval.
    let next = start + (index / states.length) * opts.intervalMs + r() * 200;
    for (let n = 1; next < end; n++) {
      await sleep(next - performance.now());
      if (performance.now() - next > opts.intervalMs / 2) st.late++;
      st.doc = editedCopy(st.doc, n, r);
      const body = JSON.stringify({ baseVersion: st.version, title: st.title, content: st.doc, settings: st.settings });
      st.lastSent = st.doc;
      inFlight++;
      maxInFlight = Math.max(maxInFlight, inFlight);
      const t0 = performance.now();
      let status = 0;
      let text = "";
      try {
        const res = await st.clerk.session.request("PUT", `/api/speeches/${st.clerk.speechId}`, body);
        status = res.status;
        text = await res.text();
      } catch (err) {
        text = (err as Error).message;
      }
      const ms = performance.now() - t0;
      inFlight--;
      latencies.push(ms);
      timeline.push({ at: t0 - start, ms });
      if (status === 200) {
        const answer = JSON.parse(text) as SpeechSaved | { saved: SpeechSaved };
        const saved = "saved" in answer ? answer.saved : answer;
        if (typeof saved.version !== "number") throw new Error(`保存的回答里没有版本号：${text.slice(0, 200)}`);
        st.version = saved.version;
        st.lastSentVersion = saved.version;
        st.saved++;
      } else {
        st.errors.push(`${status} ${text.slice(0, 200)}`);
        st.lastSentVersion = null;
      }
      next += opts.intervalMs;
    }
  };
  log(`自动保存：${states.length} 位文字秘书，每 ${opts.intervalMs / 1000} 秒保存一次，共 ${opts.seconds} 秒…`);
  await Promise.all(states.map((st, i) => run(st, i)));

  // Read every speech back and compare with what its clerk sent last.
  let lost = 0;
  for (const st of states) {
    const stored = await st.clerk.session.getSpeech(st.clerk.speechId);
    const problems: string[] = [];
    if (!st.lastSent) problems.push("没有发出任何保存");
    else if (canonical(stored.content) !== canonical(st.lastSent)) problems.push("正文与最后一次保存的不同");
    if (st.lastSentVersion === null) problems.push("最后一次保存没有成功");
    else if (stored.version !== st.lastSentVersion)
      problems.push(`版本 ${stored.version} ≠ 最后保存返回的 ${st.lastSentVersion}`);
    if (stored.version !== st.firstVersion + st.saved)
      problems.push(`版本 ${stored.version} ≠ 初始 ${st.firstVersion} + 成功保存 ${st.saved} 次`);
    if (problems.length) {
      lost++;
      log(`  讲话稿 ${st.clerk.speechId}：${problems.join("；")}`);
    }
  }

  const errors = states.reduce((n, s) => n + s.errors.length, 0);
  const late = states.reduce((n, s) => n + s.late, 0);
  for (const s of states) for (const e of s.errors.slice(0, 3)) log(`  保存失败：${e}`);
  // Where the time went, on stderr: the spread, and the p95 over time (warm-up, steady state).
  log(
    `自动保存：${latencies.length} 次请求，p50 ${round(pct(latencies, 50))} ms，p95 ${round(pct(latencies, 95))} ms，` +
      `p99 ${round(pct(latencies, 99))} ms，最大 ${round(Math.max(...latencies))} ms；同时在途最多 ${maxInFlight}；` +
      `失败 ${errors}；晚于计划半个间隔以上 ${late} 次；丢失 ${lost}`,
  );
  const window = 20_000;
  const windows: string[] = [];
  for (let w = 0; w * window < opts.seconds * 1000; w++) {
    const xs = timeline.filter((t) => t.at >= w * window && t.at < (w + 1) * window).map((t) => t.ms);
    if (xs.length) windows.push(`${(w * window) / 1000}s: p50 ${round(pct(xs, 50))} p95 ${round(pct(xs, 95))}`);
  }
  log(`  每 ${window / 1000} 秒：${windows.join("；")}`);
  return { latencies, p95: pct(latencies, 95), lost, errors, late };
}

/**
 * Where an autosave's time goes, measured after the load test on one clerk's speech, one request at a time:
 * the whole PUT alone (no other clerk), the save use case called in-process (validation and the database
 * transaction, no HTTP), and an authenticated request that does nothing (HTTP, routing, session lookup).
 */
export async function explainAutosave(clerk: Clerk, under: number[]): Promise<void> {
  const { saveSpeech } = await import("../lib/speeches/save-speech");
  const { saveSpeechInput } = await import("../lib/speeches/schemas");
  const s = await clerk.session.getSpeech(clerk.speechId);
  let doc = s.content;
  let version = s.version;
  const r = rng(7);
  const put: number[] = [];
  const useCase: number[] = [];
  const me: number[] = [];
  const validation: number[] = [];
  for (let i = 0; i < 20; i++) {
    doc = editedCopy(doc, 1000 + i, r);
    const body = JSON.stringify({ baseVersion: version, title: s.title, content: doc, settings: s.settings });
    let t = performance.now();
    const res = await clerk.session.request("PUT", `/api/speeches/${clerk.speechId}`, body);
    const answer = JSON.parse(await res.text()) as SpeechSaved | { saved: SpeechSaved };
    put.push(performance.now() - t);
    version = ("saved" in answer ? answer.saved : answer).version;
    doc = editedCopy(doc, 2000 + i, r);
    t = performance.now();
    const saved = await saveSpeech({
      id: clerk.speechId,
      userId: clerk.userId,
      baseVersion: version,
      title: s.title,
      content: doc,
      settings: s.settings,
    });
    useCase.push(performance.now() - t);
    t = performance.now();
    saveSpeechInput.parse({ baseVersion: version, title: s.title, content: doc, settings: s.settings });
    validation.push(performance.now() - t);
    version = saved.version;
    t = performance.now();
    await (await clerk.session.request("GET", "/api/me")).text();
    me.push(performance.now() - t);
  }
  log(
    `自动保存的耗时构成（一次一个请求）：单独一次 PUT p50 ${round(pct(put, 50))} ms；其中保存用例本身（校验+事务，进程内）` +
      `p50 ${round(pct(useCase, 50))} ms（其中一次输入校验 p50 ${round(pct(validation, 50))} ms，路由和用例各校验一次）；一个什么都不做的登录后请求 p50 ${round(pct(me, 50))} ms；` +
      `30 人同时保存时 p50 ${round(pct(under, 50))} p95 ${round(pct(under, 95))} ms`,
  );
}
