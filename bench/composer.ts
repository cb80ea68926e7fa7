// Composer benchmark (issue 8): what a clerk waits for in the composer, in Chromium, against a production build
// served by `next start`, on a fresh database holding the sample corpus. One 20,000-character speech of 60
// sections (recombined from the corpus's blocks, with provenance and placeholders) is opened cold, typed in,
// given blocks from the panel and reorganised from the outline; then 30 clerks autosave speeches of their own
// at once. Figures on stdout (JSON), progress and breakdowns on stderr. See composer-browser.ts and
// composer-autosave.ts for how each figure is measured.
//
// BENCH_AUTOSAVE_SECONDS shortens the autosave run (default: the 2 minutes) for trial runs only;
// BENCH_COMPOSER_PARTS=browser or =autosave runs one half (trial runs; the figures of the other half are null).
import { explainAutosave, runAutosave, type Clerk } from "./composer-autosave";
import { launchBrowser, runBrowser, type BrowserFigures } from "./composer-browser";
import {
  benchDatabase,
  buildApp,
  corpusBlocks,
  createSpeechWith,
  log,
  logLoadAtStart,
  machineLoad,
  round,
  seedLikeFirstStart,
  Session,
  SIGNALS,
  startServer,
  type Server,
} from "./composer-env";
import { usedBlockIds } from "../lib/speech-doc/doc-text";
import { buildSpeech, describe } from "./composer-speech";
import { measureCompare, measureSnapshots } from "./composer-versions";

const CLERKS = Number(process.env.BENCH_CLERKS ?? 30);
const AUTOSAVE_SECONDS = Number(process.env.BENCH_AUTOSAVE_SECONDS ?? 120);
const AUTOSAVE_INTERVAL_MS = 3_000;
// Also =versions (compare_ms, snapshot_ms: composer-versions.ts); parts may be combined with commas.
const PARTS = new Set((process.env.BENCH_COMPOSER_PARTS ?? "browser,autosave,versions").split(","));

const SPEAKERS = [
  "副县长 李华",
  "常务副县长 赵强",
  "县委书记 周明",
  "应急管理局局长 吴刚",
  "副市长 郑伟",
  "县委副书记 孙立",
];

export async function composerBenchmark() {
  const { resolveChromium, NO_BROWSER_MESSAGE } = await import("../e2e/support/browser");
  if (PARTS.has("browser") && !(await resolveChromium())) throw new Error(NO_BROWSER_MESSAGE);
  logLoadAtStart();
  buildApp();
  const database = await benchDatabase("benchcomposer");
  const { db } = await import("../lib/db/client");
  const { createTestUser } = await import("../lib/testing/factories");
  let server: Server | null = null;
  let browser: Awaited<ReturnType<typeof launchBrowser>> | null = null;
  let figures: BrowserFigures | null = null;
  let autosave: Awaited<ReturnType<typeof runAutosave>> | null = null;
  const versions: { compareMs?: number; snapshotMs?: number } = {};
  // The server, the database and the browser go away however the run ends, Ctrl-C included (the server is in
  // our process group, so the terminal's interrupt reaches it even if we are killed first).
  let cleaning: Promise<void> | null = null;
  const cleanUp = () =>
    (cleaning ??= (async () => {
      await server?.stop().catch((e) => log(`停止服务器失败：${(e as Error).message}`));
      await db()
        .$disconnect()
        .catch(() => undefined);
      await database.drop().catch((e) => log(`删除测试数据库失败：${(e as Error).message}`));
      await Promise.race([browser?.close().catch(() => undefined), new Promise((r) => setTimeout(r, 5_000).unref())]);
    })());
  const interrupted = () => void cleanUp().finally(() => process.exit(130));
  // on, not once, and kept to the end: tsx relays the terminal's signal, so a second one comes during clean-up.
  for (const sig of SIGNALS) process.on(sig, interrupted);
  try {
    await seedLikeFirstStart();
    const corpus = await corpusBlocks();
    const paragraphs = corpus.filter((b) => b.kind === "PARAGRAPH");
    log(`示例语料：${corpus.length} 条素材（${paragraphs.length} 段正文）`);
    // Speeches take some paragraphs verbatim (with provenance): the benchmark's speech from a third of the
    // library's paragraphs, the clerks' speeches from another third; a third of the library is in no speech.
    const mainPool = paragraphs.filter((_, i) => i % 3 === 0);
    const clerkPool = paragraphs.filter((_, i) => i % 3 === 1);

    const editor = await createTestUser({ role: "EDITOR", displayName: "基准测试编辑" });
    const title = "在全县安全生产工作会议上的讲话";
    const speaker = "县长 王明";
    const doc = buildSpeech(corpus, { seed: 8, provenanceBlocks: mainPool, title, speakerLine: speaker });
    const main = await createSpeechWith(editor.id, { title, speaker, content: doc });
    log(`基准讲话稿：${describe(doc)}`);

    const clerkUsers = await Promise.all(
      Array.from({ length: PARTS.has("autosave") ? CLERKS : 0 }, (_, i) =>
        createTestUser({ role: "EDITOR", displayName: `文字秘书${i + 1}` }),
      ),
    );
    const clerkSpeeches: string[] = [];
    for (const [i, user] of clerkUsers.entries()) {
      const title = `在${SPEAKERS[i % SPEAKERS.length]!.split(" ")[0]}安全生产专题会议上的讲话（${i + 1}）`;
      const speaker = SPEAKERS[i % SPEAKERS.length]!;
      const doc = buildSpeech(corpus, { seed: 100 + i, provenanceBlocks: clerkPool, title, speakerLine: speaker });
      clerkSpeeches.push((await createSpeechWith(user.id, { title, speaker, content: doc })).id);
    }
    // Panel inserts: paragraphs not in the benchmark's speech yet (its speaker is nobody else's, so no reuse
    // question is expected; composer-browser.ts skips a block that asks anyway).
    const inSpeech = new Set(usedBlockIds(doc));
    const insertable = paragraphs.filter((b) => !inSpeech.has(b.id)).map((b) => b.id);
    await db().$disconnect();

    server = await startServer(database.url);
    if (PARTS.has("browser")) {
      browser = await launchBrowser();
      figures = await runBrowser(browser, { base: server.url, user: editor, speechId: main.id, insertable });
      await browser.close();
      browser = null;
    }
    if (PARTS.has("autosave")) {
      const clerks: Clerk[] = await Promise.all(
        clerkUsers.map(async (u, i) => ({
          session: await Session.signIn(server!.url, u),
          speechId: clerkSpeeches[i]!,
          userId: u.id,
        })),
      );
      autosave = await runAutosave(clerks, { seconds: AUTOSAVE_SECONDS, intervalMs: AUTOSAVE_INTERVAL_MS });
      await explainAutosave(clerks[0]!, autosave.latencies);
    }
    if (PARTS.has("versions")) {
      versions.compareMs = measureCompare(doc);
      versions.snapshotMs = await measureSnapshots(await Session.signIn(server.url, editor), main.id);
    }
  } finally {
    // The signal handlers stay: a Ctrl-C during this clean-up must wait for it too.
    await cleanUp();
  }
  log(`结束时机器负载（1 分钟平均）：${machineLoad()}`);
  const or = (x: number | undefined) => (x === undefined || Number.isNaN(x) ? null : round(x));
  return {
    open_ms: or(figures?.openMs),
    key_p95_ms: or(figures?.keyP95Ms),
    insert_ms: or(figures?.insertMs),
    renumber_ms: or(figures?.renumberMs),
    autosave_p95_ms: or(autosave?.p95),
    autosave_lost: autosave ? autosave.lost : null,
    compare_ms: or(versions.compareMs),
    snapshot_ms: or(versions.snapshotMs),
  };
}
