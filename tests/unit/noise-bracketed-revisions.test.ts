import { describe, expect, it } from "vitest";
import {
  COUNTY_CHECK,
  COUNTY_SPEECH_BLOCKS,
  COUNTY_SPEECH_HEAD,
  COUNTY_SPEECH_REST,
} from "@/lib/testing/county-speech-lines";
import { textsOf } from "@/lib/testing/mined-page";

// An online document exported with its revisions shown inline in hexagonal brackets and no closing tag: a deletion
// (〔删除：…〕, its words no longer the text's), an insertion (〔插入：…〕, its words kept), a comment's anchor
// (〔批注2〕). Written for these tests around the county speech.
const withCheck = (line: string) => [...COUNTY_SPEECH_HEAD, "二、抓好排查", line, ...COUNTY_SPEECH_REST.slice(2)];

describe("an online document's bracketed revision marks", () => {
  it("cuts a deletion whole, with the words it deleted", () => {
    const line = COUNTY_CHECK.replace("开展一次", "开展一次〔删除：拉网式〕");
    expect(textsOf(withCheck(line))).toEqual(COUNTY_SPEECH_BLOCKS);
  });

  it("keeps an insertion's words and drops its mark", () => {
    const line = COUNTY_CHECK.replace("全覆盖排查", "〔插入：全覆盖〕排查");
    expect(textsOf(withCheck(line))).toEqual(COUNTY_SPEECH_BLOCKS);
  });

  it("cuts a comment's anchor inside a sentence", () => {
    const line = COUNTY_CHECK.replace("实行闭环管理", "实行闭环管理〔批注3〕");
    expect(textsOf(withCheck(line))).toEqual(COUNTY_SPEECH_BLOCKS);
  });

  it("keeps a document number's year and a speech's own word 删除", () => {
    const own = "要按照县安委〔2024〕3号文件要求，删除重复台账，对隐患整改情况逐项销号。";
    const texts = textsOf(withCheck(own));
    expect(texts).toContain(own);
  });
});
