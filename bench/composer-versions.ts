// The versions half of the composer benchmark (issue 13):
// - compare_ms: the benchmark's 20,000-character speech against a copy with 40 scattered edits (typed,
//   deleted and replaced characters in 40 paragraphs) and one level-1 section moved to the end: compared
//   (lib/speech-doc/compare) and rendered to HTML by the compare view's own components, in this process; median of
//   10 after 3 warm-ups. The page adds the two texts' database reads and the HTTP round trip.
// - snapshot_ms: saving a named version through the route (POST /api/speeches/:id/versions, the whole HTTP request),
//   p95 of 100 after 5 warm-ups.
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { CompareRows } from "../components/versions/compare-rows";
import { CompareSummaryLine } from "../components/versions/compare-summary";
import { compareDocs } from "../lib/speech-doc/compare/compare-docs";
import { seededRandom } from "../lib/testing/seeded-random";
import type { ParagraphNode, SpeechDoc, SpeechNode } from "../lib/speech-doc/types";
import { log, median, pct, type Session } from "./composer-env";

const EDITS = 40;

/** 40 paragraphs edited (a word typed, a few characters deleted, or replaced) and one level-1 section moved last. */
export function revisedCopy(doc: SpeechDoc, seed = 13): SpeechDoc {
  const r = seededRandom(seed);
  const content: SpeechNode[] = doc.content.slice();
  const paragraphs = content.flatMap((n, i) => (n.type === "paragraph" && n.content?.length ? [i] : []));
  const step = Math.floor(paragraphs.length / EDITS);
  for (let e = 0; e < EDITS; e++) {
    const i = paragraphs[e * step]!;
    const node = content[i] as ParagraphNode;
    const old = node.content!.map((t) => t.text).join("");
    const at = Math.floor(r() * (old.length - 6));
    const text =
      e % 3 === 0
        ? old.slice(0, at) + "进一步" + old.slice(at)
        : e % 3 === 1
          ? old.slice(0, at) + old.slice(at + 3)
          : old.slice(0, at) + "切实" + old.slice(at + 2);
    content[i] = { ...node, content: [{ type: "text", text }] };
  }
  const level1 = content.flatMap((n, i) => (n.type === "heading" && n.attrs.level === 1 ? [i] : []));
  const start = level1[2]!;
  const end = level1[3]!;
  const section = content.splice(start, end - start);
  content.push(...section);
  return { type: "doc", content };
}

function compareAndRender(a: SpeechDoc, b: SpeechDoc): { ms: number; html: number; changes: number } {
  const t0 = performance.now();
  const { rows, summary } = compareDocs(a, b);
  const html = renderToStaticMarkup(
    createElement(
      "section",
      null,
      createElement(CompareSummaryLine, { summary }),
      createElement(CompareRows, { rows }),
    ),
  );
  return { ms: performance.now() - t0, html: html.length, changes: summary.changes };
}

export function measureCompare(doc: SpeechDoc): number {
  const revised = revisedCopy(doc);
  for (let i = 0; i < 3; i++) compareAndRender(doc, revised);
  const runs = Array.from({ length: 10 }, () => compareAndRender(doc, revised));
  const { rows, summary } = compareDocs(doc, revised);
  log(
    `对照：${summary.changes} 处修改（移动 ${summary.moves} 组、${summary.sectionsMoved} 节），+${summary.insertedChars}/−${summary.deletedChars} 字，` +
      `${rows.length} 行，HTML ${Math.round(runs[0]!.html / 1024)} KB；每次 ${runs.map((x) => x.ms.toFixed(1)).join(" / ")} ms`,
  );
  return median(runs.map((x) => x.ms));
}

export async function measureSnapshots(session: Session, speechId: string): Promise<number> {
  const save = async (i: number) => {
    const t0 = performance.now();
    await session.json("POST", `/api/speeches/${speechId}/versions`, { name: `第${i + 1}稿` });
    return performance.now() - t0;
  };
  for (let i = 0; i < 5; i++) await save(i);
  const times: number[] = [];
  for (let i = 0; i < 100; i++) times.push(await save(5 + i));
  log(
    `保存版本：p50 ${median(times).toFixed(1)} ms，p95 ${pct(times, 95).toFixed(1)} ms，最慢 ${Math.max(...times).toFixed(1)} ms`,
  );
  return pct(times, 95);
}
