// The export as a clerk waits for it: GET /api/speeches/:id/export through the app's own route handler (session
// check, reading the speech and the user's options, the DOCX, the audit entry, the response body), on a fresh
// database. The first request is timed apart: it loads the route's code, as the first export after a server
// start does. Only the HTTP transport of `next start` on loopback is left out.
import type { SpeechDoc } from "../lib/speech-doc/types";

export type RequestFigures = { coldMs: number; medianMs: number; bytes: number };

export async function timeExportRequests(
  doc: SpeechDoc,
  runs: number,
  median: (xs: number[]) => number,
): Promise<RequestFigures> {
  const { createTestDatabase } = await import("../tests/support/test-database");
  const database = await createTestDatabase("benchexport");
  process.env.DATABASE_URL = database.url;
  const { db } = await import("../lib/db/client");
  try {
    const { createTestSpeech, createTestUser } = await import("../lib/testing/factories");
    const { createSession, SESSION_COOKIE } = await import("../lib/auth/sessions");
    const user = await createTestUser({ role: "EDITOR" });
    const cookie = `${SESSION_COOKIE}=${(await createSession(user.id)).token}`;
    const speech = await createTestSpeech({
      title: "在全县安全生产工作会议上的讲话",
      date: new Date("2024-03-01T00:00:00Z"),
      content: doc as object,
    });
    let bytes = 0;
    const once = async () => {
      const route = await import("../app/api/speeches/[id]/export/route");
      const req = new Request(`http://localhost/api/speeches/${speech.id}/export?format=docx`, {
        headers: { host: "localhost", cookie },
      });
      const res = await route.GET(req, { params: Promise.resolve({ id: speech.id }) });
      if (res.status !== 200) throw new Error(`导出请求失败（${res.status}）：${await res.text()}`);
      bytes = (await res.arrayBuffer()).byteLength;
    };
    let t = performance.now();
    await once();
    const coldMs = performance.now() - t;
    const times: number[] = [];
    for (let i = 0; i < runs; i++) {
      t = performance.now();
      await once();
      times.push(performance.now() - t);
    }
    return { coldMs, medianMs: median(times), bytes };
  } finally {
    await db().$disconnect();
    await database.drop();
  }
}
