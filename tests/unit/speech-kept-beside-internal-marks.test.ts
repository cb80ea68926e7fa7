import { describe, expect, it } from "vitest";
import { COUNTY_SPEECH_BLOCKS, COUNTY_SPEECH_HEAD, COUNTY_SPEECH_REST } from "@/lib/testing/county-speech-lines";
import { textsOf } from "@/lib/testing/mined-page";

// An outside review of the office-record rules (noise-office-records.ts) found a 保密 speech's unnumbered headings on
// 内部公文 taken as a system's watermark band, since 内部公文 counted as a classification word alone. A page written
// for this test: the headings of such a speech, and the band the rule was made for.
describe("a speech's headings on internal documents", () => {
  const headings = ["加强内部公文流转管理　严禁外传工作秘密", "健全机关内部公文"];
  const body = [
    "收到的文件要当天登记，按规定范围传阅，阅后及时交回，不得私自留存、复印。",
    "办公室要会同各科室修订公文管理制度，明确印发范围、传阅程序和保管期限，做到有据可查。",
  ];

  it("keeps the headings that name 内部公文, beside a 严禁外传 or an office's name", () => {
    const page = [...COUNTY_SPEECH_HEAD, headings[0]!, body[0]!, headings[1]!, body[1]!, ...COUNTY_SPEECH_REST];
    expect(textsOf(page)).toEqual(expect.arrayContaining(headings.map((h) => h.replace(/　/g, ""))));
  });

  it("still drops a reader's band with 内部公文 beside his stamp", () => {
    const band = "赵春燕 0708 内部公文 严禁外传";
    const page = [...COUNTY_SPEECH_HEAD, band, ...COUNTY_SPEECH_REST.slice(0, 2), band, ...COUNTY_SPEECH_REST.slice(2)];
    expect(textsOf(page)).toEqual(COUNTY_SPEECH_BLOCKS);
  });
});
