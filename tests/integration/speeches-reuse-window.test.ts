// The reuse window on a real database: centred on the speech's meeting day (else its own date, else today),
// reaching before and after it, in months and in the speaker's nearest occasions; uses after that day are `later`.
import { describe, expect, it } from "vitest";
import { createSpeech } from "../../lib/speeches/create-speech";
import { reuseFilter, reuseWarnings } from "../../lib/speeches/reuse-warnings";
import { saveSpeech } from "../../lib/speeches/save-speech";
import type { SpeechSettings } from "../../lib/speech-doc/types";
import { createTestBlock, createTestMeeting, createTestUser, unique } from "../../lib/testing/factories";
import { asCreateSpeech, asSave } from "../../lib/testing/route-input";
import { docUsing } from "../../lib/testing/speech-docs";

// Today for every test: 2021-06-01 (noon in Beijing).
const NOW = new Date("2021-06-01T04:00:00Z");

async function setup() {
  const user = await createTestUser();
  const speaker = `县长 ${unique("赵六")}`;
  const speech = async (
    title: string,
    opts: { meeting?: string; date?: string; used?: { id: string }[]; settings?: Partial<SpeechSettings> },
  ) => {
    const meeting = opts.meeting ? await createTestMeeting({ title, date: new Date(opts.meeting) }) : null;
    const s = await createSpeech(
      user.id,
      asCreateSpeech({ title: `在${title}上的讲话`, speaker, meetingId: meeting?.id ?? null, date: opts.date }),
    );
    const content = docUsing(opts.used ?? [], "讲话", speaker);
    await saveSpeech(asSave({ id: s.id, userId: user.id, baseVersion: 1, content, settings: opts.settings }));
    return s;
  };
  return { speaker, speech };
}

/** The warnings as [block, date, later], for the blocks given. */
async function warned(speechId: string, blocks: Record<string, { id: string }>) {
  const names = new Map(Object.entries(blocks).map(([name, b]) => [b.id, name]));
  const warnings = await reuseWarnings({ speechId, blockIds: [...names.keys()], now: NOW });
  return warnings.map((w) => [names.get(w.blockId), w.date, w.later]);
}

describe("reuse window (real database)", () => {
  it("is centred on the speech's meeting: a use two weeks before it and one planned a week after both warn", async () => {
    const { speech } = await setup();
    const b = {
      before: await createTestBlock(),
      after: await createTestBlock(),
      yearBefore: await createTestBlock(),
      yearAfter: await createTestBlock(),
    };
    const months = { reuseMeetings: 0, reuseMonths: 6 };
    await speech("六月例会", { meeting: "2021-06-17", used: [b.before] });
    await speech("七月专题会", { meeting: "2021-07-08", used: [b.after] });
    await speech("去年七月例会", { meeting: "2020-07-01", used: [b.yearBefore] });
    await speech("明年七月例会", { meeting: "2022-07-01", used: [b.yearAfter] });
    // Drafted today for next month's meeting: today's window (since 2020-12-01) would miss neither June nor July,
    // but would also reach on to 2022; the meeting's window is 2021-01-01 … 2022-01-01.
    const current = await speech("七月安委会", { meeting: "2021-07-01", settings: months });
    expect(await warned(current.id, b)).toEqual([
      ["after", "2021-07-08", true],
      ["before", "2021-06-17", false],
    ]);
    expect(await reuseFilter(current.id, NOW)).toMatchObject({ since: "2021-01-01" });
  });

  it("counts the speaker's nearest occasions on both sides of the day, however far", async () => {
    const { speech } = await setup();
    const b = {
      near: await createTestBlock(),
      far: await createTestBlock(),
      next: await createTestBlock(),
      afterNext: await createTestBlock(),
    };
    await speech("前年例会", { meeting: "2019-03-01", used: [b.far] });
    await speech("去年例会", { meeting: "2020-03-01", used: [b.near] });
    await speech("后年例会", { meeting: "2023-03-01", used: [b.next] });
    await speech("大后年例会", { meeting: "2024-03-01", used: [b.afterNext] });
    const current = await speech("今年例会", { meeting: "2021-03-01", settings: { reuseMeetings: 1, reuseMonths: 0 } });
    expect(await warned(current.id, b)).toEqual([
      ["next", "2023-03-01", true],
      ["near", "2020-03-01", false],
    ]);
  });

  it("without a meeting is centred on the speech's date, and without either on today, bounded both ways", async () => {
    const { speech } = await setup();
    const b = {
      spring: await createTestBlock(),
      autumn: await createTestBlock(),
      nextYear: await createTestBlock(),
    };
    const months = { reuseMeetings: 0, reuseMonths: 3 };
    await speech("春季检查", { meeting: "2021-04-15", used: [b.spring] });
    await speech("秋季检查", { meeting: "2021-10-15", used: [b.autumn] });
    await speech("明年检查", { meeting: "2022-06-01", used: [b.nextYear] });
    // Dated 2021-09-01: 2021-06-01 … 2021-12-01.
    const dated = await speech("九月讲话", { date: "2021-09-01", settings: months });
    expect(await warned(dated.id, b)).toEqual([["autumn", "2021-10-15", true]]);
    // Undated: today ± 3 months, 2021-03-01 … 2021-09-01; the meeting a year ahead is out.
    const undated = await speech("未定日期的讲话", { settings: months });
    expect(await warned(undated.id, b)).toEqual([["spring", "2021-04-15", false]]);
    expect(await reuseFilter(undated.id, NOW)).toMatchObject({ since: "2021-03-01" });
  });
});
