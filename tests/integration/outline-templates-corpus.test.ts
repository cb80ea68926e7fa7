// Mined outline templates and the coverage hint against the imported sample corpus, in a database of its own (the
// shared one holds other tests' corpus speeches): the common shapes with their counts and most typical speech, a
// new speech from one, and which usual parts a speech lacks compared with speeches of its meeting type.
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as minedRoute from "@/app/api/outline-templates/mined/route";
import * as coverageRoute from "@/app/api/speeches/[id]/coverage/route";
import { createSession, SESSION_COOKIE } from "@/lib/auth/sessions";
import { seedCategoriesIfEmpty } from "@/lib/categories/seed-categories";
import { seedSampleCorpusOnce } from "@/lib/corpus/seed-sample-corpus";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import { clearCorpusStructureCache, corpusStructure } from "@/lib/outline-templates/corpus-structure";
import { TEMPLATE_MSG } from "@/lib/outline-templates/messages";
import { minedOutlineTemplates } from "@/lib/outline-templates/mined-templates";
import { mineShapes } from "@/lib/outline-templates/mine-shapes";
import { speechCoverage } from "@/lib/outline-templates/speech-coverage";
import { createSpeech } from "@/lib/speeches/create-speech";
import { createTestCorpusSpeech } from "@/lib/testing/corpus-speech";
import { createTestMeeting, createTestSpeech, createTestUser } from "@/lib/testing/factories";
import { headingNode, paragraphNode, testDoc } from "@/lib/testing/speech-docs";
import { useIsolatedDatabase, type IsolatedDatabase } from "../support/isolated-database";

let iso: IsolatedDatabase;
beforeAll(async () => {
  iso = await useIsolatedDatabase("templates");
  clearCorpusStructureCache();
  await seedCategoriesIfEmpty();
  expect(await seedSampleCorpusOnce(path.join(process.cwd(), "data/corpus"))).toBe(5);
}, 300_000);
afterAll(async () => {
  clearCorpusStructureCache();
  await iso.restore();
});

describe("mined outline templates (sample corpus)", () => {
  it("offers the common shapes, most followed first, each with its count and its most typical speech's headings", async () => {
    const started = performance.now();
    const mined = await minedOutlineTemplates();
    const coldMs = performance.now() - started;
    expect(mined.corpusSpeeches).toBe(await db().corpusSpeech.count());
    // What the sample corpus holds (headings as the miner classified them): two shapes followed by two speeches.
    expect(mined.templates.map((t) => [t.shapeKey, t.speechCount])).toEqual([
      ["形势分析—隐患排查—责任落实", 2],
      ["思想认识—隐患排查—责任落实", 2],
    ]);
    for (const t of mined.templates) {
      // The representative follows the shape: its level-1 headings' categories, adjacent repeats once.
      const top = t.headings.filter((h) => h.level === 1).map((h) => h.categoryKey);
      expect(top.filter((k, i) => k && k !== top[i - 1])).toEqual(t.shape);
      expect(t.headings.some((h) => h.level === 2)).toBe(true);
      expect(t.headings.every((h) => (h.targetChars ?? 0) > 0)).toBe(true);
      const source = await db().corpusSpeech.findUniqueOrThrow({ where: { id: t.representative.corpusSpeechId } });
      expect(t.representative.title).toBe(source.title);
    }
    // Fast on the sample corpus, and answered from memory until the corpus changes.
    expect(coldMs).toBeLessThan(1_000);
    const again = performance.now();
    expect(await minedOutlineTemplates()).toBe(mined);
    expect(performance.now() - again).toBeLessThan(50);
  });

  it("agrees with mining the stored headings directly", async () => {
    const rows = await db().$queryRaw<
      { speechId: string; position: number; level: number; text: string; key: string }[]
    >`
      SELECT s.speech_id AS "speechId", s.position, b.level, b.text, c.key
      FROM block_sources s JOIN blocks b ON b.id = s.block_id JOIN categories c ON c.id = b.category_id
      WHERE b.kind = 'HEADING' AND s.speech_id IS NOT NULL ORDER BY s.speech_id, s.position`;
    const direct = mineShapes(rows.map((r) => ({ ...r, categoryKey: r.key })));
    const mined = await minedOutlineTemplates();
    expect(mined.templates.map((t) => t.representative.corpusSpeechId)).toEqual(direct.map((s) => s.representativeId));
  });

  it("starts a new speech from a mined template; a shape no longer in the corpus is refused", async () => {
    const user = await createTestUser();
    const [template] = (await minedOutlineTemplates()).templates;
    const speech = await createSpeech(user.id, {
      title: "从常见结构新建",
      from: { kind: "mined", shapeKey: template!.shapeKey },
    });
    const headings = speech.content.content
      .filter((n) => n.type === "heading")
      .map((n) => [(n as { attrs: { level: number } }).attrs.level, n.content?.[0]?.text]);
    expect(headings).toEqual(template!.headings.map((h) => [h.level, h.text]));
    expect(speech.settings.targetChars).toBe(template!.headings.reduce((n, h) => n + (h.targetChars ?? 0), 0));
    await expect(
      createSpeech(user.id, { title: "x", from: { kind: "mined", shapeKey: "结尾—开场" } }),
    ).rejects.toMatchObject({ code: "not_found", message: TEMPLATE_MSG.minedGone });
  });

  it("answers GET /api/outline-templates/mined to a signed-in reader", async () => {
    const viewer = await createTestUser({ role: "VIEWER" });
    const cookie = `${SESSION_COOKIE}=${(await createSession(viewer.id)).token}`;
    const res = await minedRoute.GET(
      new Request("http://localhost/api/outline-templates/mined", { headers: { cookie } }),
    );
    expect(res.status).toBe(200);
    expect((await res.json()).templates).toHaveLength(2);
    const anonymous = await minedRoute.GET(new Request("http://localhost/api/outline-templates/mined"));
    expect(anonymous.status).toBe(401);
  });
});

describe("coverage hint (sample corpus)", () => {
  const speechWith = async (meetingType: string | null, ...nodes: Parameters<typeof testDoc>) => {
    const meeting = meetingType ? await createTestMeeting({ type: meetingType, title: "会议" }) : null;
    return createTestSpeech({
      title: "讲话",
      meetingId: meeting?.id,
      content: testDoc(...nodes) as unknown as Prisma.InputJsonValue,
    });
  };

  it("compares with the whole corpus when fewer than 5 speeches share the type, naming usual parts the speech lacks", async () => {
    const bare = await speechWith("季度例会", paragraphNode("今天召开这次会议。"));
    const hint = await speechCoverage(bare.id);
    expect(hint).toMatchObject({ meetingType: "季度例会", wholeCorpus: true, comparedWith: 10 });
    // Every corpus speech of the sample has 形势分析 and 责任落实 blocks; the opening is there.
    const keys = hint.missing.map((m) => m.key);
    expect(keys).toEqual(expect.arrayContaining(["形势分析", "责任落实"]));
    expect(keys).not.toContain("开场");
    expect(hint.missing.every((m) => m.share >= 0.5)).toBe(true);
    expect(hint.missing.map((m) => m.share)).toEqual([...hint.missing.map((m) => m.share)].sort((a, b) => b - a));

    const covered = await speechWith(
      "季度例会",
      paragraphNode("今天召开这次会议。"),
      headingNode(1, "认清形势"),
      headingNode(1, "压实责任落实"),
    );
    const after = (await speechCoverage(covered.id)).missing.map((m) => m.key);
    expect(after).not.toContain("形势分析");
    expect(after).not.toContain("责任落实");
    expect(after.length).toBe(keys.length - 2);
  });

  it("compares with corpus speeches of the same meeting type when there are at least 5 of them", async () => {
    for (let i = 0; i < 5; i++) {
      await createTestCorpusSpeech({
        title: `在全县第${i + 1}次安全生产警示教育大会上的讲话`,
        sections: [
          {
            heading: `深刻汲取事故教训${i}`,
            categoryKey: "宣传培训",
            paragraphs: [{ text: `警示教育${i}`, categoryKey: "宣传培训" }],
          },
        ],
      });
    }
    const speech = await speechWith("警示教育大会", headingNode(1, "认清形势"));
    const hint = await speechCoverage(speech.id);
    expect(hint).toMatchObject({ meetingType: "警示教育大会", wholeCorpus: false, comparedWith: 5 });
    expect(hint.missing.map((m) => [m.key, m.share])).toEqual([["宣传培训", 1]]);
    // The structure was recomputed: the new documents changed the corpus's signature.
    expect((await corpusStructure()).speeches).toHaveLength(15);
  });

  it("answers GET /api/speeches/:id/coverage; an unknown speech is a 404", async () => {
    const viewer = await createTestUser({ role: "VIEWER" });
    const cookie = `${SESSION_COOKIE}=${(await createSession(viewer.id)).token}`;
    const speech = await speechWith(null, headingNode(1, "认清形势"));
    const ok = await coverageRoute.GET(new Request("http://localhost/x", { headers: { cookie } }), {
      params: Promise.resolve({ id: speech.id }),
    });
    expect(ok.status).toBe(200);
    expect((await ok.json()).coverage).toMatchObject({ meetingType: null, wholeCorpus: true });
    const missing = await coverageRoute.GET(new Request("http://localhost/x", { headers: { cookie } }), {
      params: Promise.resolve({ id: "no-such-speech" }),
    });
    expect(missing.status).toBe(404);
  });
});
